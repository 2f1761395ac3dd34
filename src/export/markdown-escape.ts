// Escaping page text for Markdown, in two places: inside a line (characters that open inline syntax)
// and at the start of every output line (characters that open a block). Page text looks like Markdown
// far more often than one would think ("1. Open the box", "Total<br>===", "- eggs" after a <br>), and
// a missed escape turns a sentence into a list or a heading. Markdown read back by markdown-it is
// checked against the HTML's text (test/export/markdown-roundtrip.test.ts).

/** Escapes what opens inline syntax anywhere in a line: code, emphasis, links, raw HTML, entities, strikethrough. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*[\]]|<(?=[a-z/!?])/gi, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/~(?=~)|(?<=~)~/g, '\\~')
    .replace(/&(?=#\d{1,7};|#x[\da-f]{1,6};|[a-z][a-z\d]{1,31};)/gi, '\\&');
}

/** A line that would be a GFM table's delimiter row ("--- | ---", "|:--|"). */
const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Escapes what would make a line start a block: an ATX heading, a quote, a bullet, a setext underline
 * or thematic break, a table delimiter row, an ordered-list number. The line is already trimmed and
 * inline-escaped ('*', '_', '`', '~', '<' and '[' are safe by then).
 */
export function escapeLineStart(line: string): string {
  if (/^(?:#|>|[-+](?=\s|$)|[-=]+\s*$)/.test(line) || (line.includes('-') && DELIMITER_ROW.test(line))) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Escapes a closing sequence of '#' that an ATX heading would drop ("Learn C #" keeps its '#'). */
export function escapeHeadingEnd(text: string): string {
  return text.replace(/(\s)(#+)$/, '$1\\$2');
}

/** A URL as a link destination: in <…> when it holds spaces, parentheses or angle brackets. */
export function linkDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : url;
}
