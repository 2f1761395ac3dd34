// A cheap scan of the tags of an HTML string, for the checks that run before jsdom builds a DOM
// (./prescan-page.ts). It follows the HTML tokenizer where that decides what is a tag: comments,
// doctypes and processing instructions are skipped, the text of script, style, textarea, title and
// the other raw-text elements is not markup, quoted attribute values may hold ">", and plaintext ends
// all markup. It builds no tokens it does not hand out and copies no text, so a 20 MB page takes
// tens of milliseconds.
import { RAW_TEXT } from './element-kinds';

export interface Tag {
  /** 'start', 'end', or 'comment' (comments, bogus comments and processing instructions: all become Comment nodes). */
  kind: 'start' | 'end' | 'comment';
  /** Lower-case tag name ('' for a comment). */
  name: string;
  /** Offsets of the tag's "<" and of the character after its ">". */
  from: number;
  to: number;
  /** Ends with "/>" (meaningful for foreign elements: svg, math). */
  selfClosing: boolean;
  /** How many attributes the tag has. */
  attributes: number;
  /** Where the attribute past MAX_ATTRIBUTES starts (the rest up to ">" can be cut), or -1. */
  excessFrom: number;
}

/**
 * Attributes kept per tag. The parser checks each new attribute against the tag's earlier ones, so a
 * tag with 100,000 attributes took minutes; real tags have a few dozen at most.
 */
export const MAX_ATTRIBUTES = 100;


const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

const enum AttributeState {
  BetweenAttributes,
  Name,
  AfterName,
  BeforeValue,
  UnquotedValue,
}

/**
 * Reads the attributes of a tag whose name ends at `from` up to its ">" (the tokenizer's attribute
 * states, without building the attributes): quoted values may hold ">", an unclosed quote runs to
 * the end of the page.
 */
function readAttributes(html: string, from: number): Pick<Tag, 'to' | 'selfClosing' | 'attributes' | 'excessFrom'> {
  let state = AttributeState.BetweenAttributes;
  let attributes = 0;
  let excessFrom = -1;
  const startAttribute = (at: number): void => {
    attributes++;
    if (attributes === MAX_ATTRIBUTES + 1) excessFrom = at;
  };
  for (let i = from; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (code === GT && state !== AttributeState.BeforeValue) {
      const selfClosing = state === AttributeState.BetweenAttributes && html.charCodeAt(i - 1) === SLASH;
      return { to: i + 1, selfClosing, attributes, excessFrom };
    }
    const space = isSpace(code);
    switch (state) {
      case AttributeState.BetweenAttributes:
        if (!space && code !== SLASH) {
          startAttribute(i);
          state = AttributeState.Name;
        }
        break;
      case AttributeState.Name:
        if (space) state = AttributeState.AfterName;
        else if (code === SLASH) state = AttributeState.BetweenAttributes;
        else if (code === EQUALS) state = AttributeState.BeforeValue;
        break;
      case AttributeState.AfterName:
        if (code === SLASH) state = AttributeState.BetweenAttributes;
        else if (code === EQUALS) state = AttributeState.BeforeValue;
        else if (!space) {
          startAttribute(i);
          state = AttributeState.Name;
        }
        break;
      case AttributeState.BeforeValue:
        if (code === QUOTE || code === APOSTROPHE) {
          const close = html.indexOf(code === QUOTE ? '"' : "'", i + 1);
          if (close === -1) return { to: html.length, selfClosing: false, attributes, excessFrom };
          i = close;
          state = AttributeState.BetweenAttributes;
        } else if (code === GT) {
          return { to: i + 1, selfClosing: false, attributes, excessFrom };
        } else if (!space) state = AttributeState.UnquotedValue;
        break;
      case AttributeState.UnquotedValue:
        if (space) state = AttributeState.BetweenAttributes;
        break;
    }
  }
  return { to: html.length, selfClosing: false, attributes, excessFrom };
}

/**
 * The end of a comment, doctype or processing instruction starting at `from` ("<!" or "<?"). Anything
 * but a comment ends at the first ">": in HTML content "<![CDATA[" is a bogus comment too (WCXB page
 * 4312 has one before its whole body), and in svg or math it only wraps script or style text.
 */
function skipDeclaration(html: string, from: number): number {
  if (html.startsWith('<!--', from)) {
    // "<!-->" and "<!--->" are complete (empty) comments in the tokenizer.
    if (html.startsWith('>', from + 4)) return from + 5;
    if (html.startsWith('->', from + 4)) return from + 6;
    const close = html.indexOf('-->', from + 4);
    return close === -1 ? html.length : close + 3;
  }
  const close = html.indexOf('>', from + 2);
  return close === -1 ? html.length : close + 1;
}

function readName(html: string, from: number): { name: string; after: number } {
  let i = from;
  while (i < html.length) {
    const code = html.charCodeAt(i);
    if (isSpace(code) || code === SLASH || code === GT) break;
    i++;
  }
  return { name: html.slice(from, i).toLowerCase(), after: i };
}

/** The end tag of each raw-text element, built once. */
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'gi')]));

/** Where the raw text of `name` that starts at `from` ends (the "<" of its end tag), or the string's end. */
function rawTextEnd(html: string, from: number, name: string): number {
  const endTag = RAW_TEXT_END.get(name);
  if (!endTag) return from;
  endTag.lastIndex = from;
  return endTag.exec(html)?.index ?? html.length;
}

/** Calls `visit` for every tag and comment, in order, until it returns false. */
export function scanTags(html: string, visit: (tag: Tag) => boolean): void {
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    const next = html.charCodeAt(i + 1);
    if (next === BANG || next === QUESTION) {
      const to = skipDeclaration(html, i);
      // A doctype makes no node past the first; every other "<!…>" or "<?…>" is a Comment node.
      const doctype = (html.charCodeAt(i + 2) | 0x20) === 0x64 && html.slice(i + 2, i + 9).toLowerCase() === 'doctype';
      if (!doctype && !visit({ kind: 'comment', name: '', from: i, to, selfClosing: false, attributes: 0, excessFrom: -1 })) return;
      i = html.indexOf('<', to);
      continue;
    }
    const end = next === SLASH;
    if (!isLetter(html.charCodeAt(end ? i + 2 : i + 1))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const { name, after } = readName(html, end ? i + 2 : i + 1);
    const rest = readAttributes(html, after);
    if (!visit({ kind: end ? 'end' : 'start', name, from: i, ...rest })) return;
    if (end || rest.to >= html.length) {
      i = html.indexOf('<', rest.to);
      continue;
    }
    if (name === 'plaintext') return;
    i = html.indexOf('<', RAW_TEXT.has(name) ? rawTextEnd(html, rest.to, name) : rest.to);
  }
}
