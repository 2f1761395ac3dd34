// Long sentences are spoken in pieces: some engines stop an utterance after about 200–300 characters
// (Chrome with some voices cuts it silently; older Chrome stopped any utterance after ~15 s). A piece
// ends after a clause mark if there is one late enough, else at a space, else at a word boundary
// (Chinese and Japanese have no spaces), else at the limit.

/** The longest piece, in UTF-16 code units. */
export const MAX_CHUNK = 200;

/** A cut before this share of the limit would leave a stub piece: look for a later one first. */
const EARLIEST = 0.4;

const CLAUSE_END = /[,;:—–)\]»”、，；：）】」』]/u;

function clauseCut(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i -= 1) {
    const char = text[i] ?? '';
    if (CLAUSE_END.test(char) && (/\s/.test(text[i + 1] ?? ' ') || /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/.test(char))) return i + 1;
  }
  return -1;
}

function spaceCut(text: string, from: number, to: number): number {
  for (let i = to; i >= from; i -= 1) if (/\s/.test(text[i] ?? '')) return i;
  return -1;
}

function wordCut(text: string, from: number, to: number, lang: string | undefined): number {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  }
  let cut = -1;
  for (const { index } of segmenter.segment(text.slice(0, to + 1))) if (index >= from && index <= to) cut = index;
  return cut;
}

/** Never between the two halves of a surrogate pair (an emoji, a rare CJK character). */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/** `text` in pieces of at most `max` characters, cut where a listener would pause. */
export function chunkText(text: string, lang: string | undefined, max = MAX_CHUNK): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const from = Math.floor(max * EARLIEST);
    let cut = clauseCut(rest, from, max);
    if (cut < 0) cut = spaceCut(rest, from, max);
    if (cut <= 0) cut = wordCut(rest, from, max, lang);
    if (cut <= 0) cut = safeCut(rest, max);
    const piece = rest.slice(0, cut).trim();
    if (piece) chunks.push(piece);
    rest = rest.slice(cut).trim();
  }
  if (rest) chunks.push(rest);
  return chunks;
}
