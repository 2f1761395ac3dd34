// Emphasis marks that a Markdown parser will read as emphasis, or none. CommonMark opens '*' only
// when the mark is "left-flanking" and closes it only when "right-flanking", judged by the characters
// on either side: `word**"quoted"**word` or `**Note:**Text` would print their asterisks. So the walker
// writes marks as placeholders, and once a paragraph is whole, resolveEmphasis keeps each pair whose
// two marks can open and close where they stand, and drops the others (their text stays).

const OPEN = '\u0001';
const CLOSE = '\u0002';
const END = '\u0003';
/** Stands for a <br> until the paragraph is split into lines (a line end, for flanking). */
export const BREAK = '\u0000';

/** `inner` between emphasis marks (`*`, `**` or `~~`), white space kept outside them; '' stays ''. */
export function emphasize(inner: string, mark: string): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner) ?? [];
  return core ? `${lead}${OPEN}${mark}${END}${core}${CLOSE}${mark}${END}${trail}` : inner;
}

interface Mark {
  open: boolean;
  mark: string;
  /** Index of the mark's placeholder in the text. */
  at: number;
  length: number;
  /** The pair's other mark. */
  partner?: Mark;
  /** The run of marks with no text between them that this one belongs to. */
  run: number;
}

const isSpace = (char: string | undefined): boolean => char === undefined || char === BREAK || /\s/u.test(char);
const isPunctuation = (char: string | undefined): boolean => char !== undefined && /[\p{P}\p{S}]/u.test(char);

/** CommonMark's flanking rules for a delimiter run between the characters `before` and `after`. */
function flanking(before: string | undefined, after: string | undefined): { left: boolean; right: boolean } {
  return {
    left: !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before)),
    right: !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after)),
  };
}

function readMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  const stack: Mark[] = [];
  const pattern = new RegExp(`([${OPEN}${CLOSE}])([^${END}]*)${END}`, 'g');
  let run = 0;
  let lastEnd = -1;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (at !== lastEnd) run += 1;
    lastEnd = at + match[0].length;
    const mark: Mark = { open: match[1] === OPEN, mark: match[2] ?? '', at, length: match[0].length, run };
    if (mark.open) stack.push(mark);
    else {
      const opener = stack.pop();
      if (opener) {
        opener.partner = mark;
        mark.partner = opener;
      }
    }
    marks.push(mark);
  }
  return marks;
}

/** Two emphases of one kind that touch (`<em>one</em><em>two</em>`) become one: the marks between go. */
function mergeTouching(text: string): string {
  return text.replace(new RegExp(`${CLOSE}([^${END}]*)${END}${OPEN}\\1${END}`, 'g'), '');
}

/** The paragraph with every emphasis placeholder resolved to its mark, or to nothing where it would not work. */
export function resolveEmphasis(paragraph: string): string {
  const text = mergeTouching(paragraph);
  const marks = readMarks(text);
  if (marks.length === 0) return text;
  const keep = new Set<Mark>();
  const runs = new Map<number, Mark[]>();
  for (const mark of marks) runs.set(mark.run, [...(runs.get(mark.run) ?? []), mark]);
  const usable = (mark: Mark): boolean => {
    const run = runs.get(mark.run) ?? [mark];
    // A parser sees the marks of one character as one delimiter run, and a neighbouring mark of another
    // character as punctuation beside it.
    const char = mark.mark[0];
    const start = run.findIndex((other) => other.mark[0] === char);
    let end = start;
    while (run[end + 1]?.mark[0] === char) end += 1;
    const first = run[start] ?? mark;
    const last = run[end] ?? mark;
    const before = start > 0 ? run[start - 1]?.mark : text[first.at - 1];
    const after = end < run.length - 1 ? run[end + 1]?.mark : text[last.at + last.length];
    const side = flanking(before?.slice(-1), after?.[0]);
    // A run that closes one pair and opens another of the same character would read as one run: keep the closer.
    const mixed = run.some((other) => other.open !== mark.open && other.mark[0] === char);
    return mark.open ? side.left && !mixed : side.right;
  };
  for (const mark of marks) {
    if (mark.open && mark.partner && usable(mark) && usable(mark.partner)) {
      keep.add(mark);
      keep.add(mark.partner);
    }
  }
  let out = '';
  let from = 0;
  for (const mark of marks) {
    out += text.slice(from, mark.at) + (keep.has(mark) ? mark.mark : '');
    from = mark.at + mark.length;
  }
  return out + text.slice(from);
}
