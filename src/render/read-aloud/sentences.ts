// Sentences of the rendered article, found with Intl.Segmenter in the article's language over its text
// runs (text-runs.ts). Each sentence keeps where it lies in the DOM (for the highlight and the scroll)
// and the pieces it is spoken in (chunks.ts).
import { chunkText } from './chunks';
import type { TextRun } from './text-runs';

/** A stretch of one text node: [start, end) of its data. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

export interface Sentence {
  /** The sentence with its whitespace collapsed. */
  text: string;
  /** What is spoken, in order: the sentence, cut where it is too long for some engines. */
  chunks: string[];
  /** Where it is in the page, one piece per text node it spans (never empty). */
  pieces: TextPiece[];
  /** The block it belongs to. */
  block: Element;
}

/**
 * Line breaks in the HTML source ("rescued from\n<a>online scam centres</a>", the seed fixture) are
 * spaces on screen, but Intl.Segmenter ends a sentence at each: they become spaces of the same length
 * (so offsets stay those of the DOM). A <br> is not text: text-runs.ts ends the run there.
 */
const SOURCE_BREAKS = /[\n\r\t\f\v\u0085\u2028\u2029]/g;

/** A sentence has something to say: a letter or a digit, not only a dash or a bullet. */
const SAYABLE = /[\p{L}\p{N}]/u;

/** A sentence segmenter for `lang`, or for the default locale when the tag is unknown to Intl. */
export function sentenceSegmenter(lang: string | undefined): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}

/** The text pieces covering [start, end) of a run's text. */
function piecesOf(run: TextRun, start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  run.nodes.forEach((node, i) => {
    const nodeStart = run.starts[i] ?? 0;
    const nodeEnd = nodeStart + node.data.length;
    const from = Math.max(start, nodeStart);
    const to = Math.min(end, nodeEnd);
    if (from < to) pieces.push({ node, start: from - nodeStart, end: to - nodeStart });
  });
  return pieces;
}

/** The sentences of the runs, in order. */
export function sentencesOf(runs: readonly TextRun[], lang: string | undefined): Sentence[] {
  const segmenter = sentenceSegmenter(lang);
  const sentences: Sentence[] = [];
  for (const run of runs) {
    for (const { segment, index } of segmenter.segment(run.text.replace(SOURCE_BREAKS, ' '))) {
      const lead = segment.length - segment.trimStart().length;
      const trimmed = segment.trim();
      if (!SAYABLE.test(trimmed)) continue;
      const pieces = piecesOf(run, index + lead, index + lead + trimmed.length);
      const text = trimmed.replace(/\s+/g, ' ');
      sentences.push({ text, chunks: chunkText(text, lang), pieces, block: run.block });
    }
  }
  return sentences;
}

/** A place in the DOM: a text node and an offset in its data. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** Where a sentence starts. */
export function startOf(sentence: Sentence): TextPoint {
  const first = sentence.pieces[0];
  if (!first) throw new Error('A sentence without text');
  return { node: first.node, offset: first.start };
}

/** Negative when a comes before b in the document, 0 when they are the same point. */
export function comparePoints(a: TextPoint, b: TextPoint): number {
  if (a.node === b.node) return a.offset - b.offset;
  return a.node.compareDocumentPosition(b.node) & 0x4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

/**
 * The index of the first sentence that starts at or after `point`, or -1 when none does (or when the
 * point's node left the page): after the article's DOM changed, reading goes on from the same place.
 */
export function indexFrom(sentences: readonly Sentence[], point: TextPoint): number {
  if (!point.node.isConnected) return -1;
  return sentences.findIndex((sentence) => comparePoints(startOf(sentence), point) >= 0);
}
