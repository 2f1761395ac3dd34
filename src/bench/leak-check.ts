// Whether an extraction's text still holds boilerplate that must be gone, and the paragraphs to keep.

export interface LeakCheck {
  /** The `gone` strings found in the output. */
  leaked: string[];
  /** The `keep` strings missing from the output. */
  missing: string[];
  keepRecall: number;
}

/** Collapses white space so that line breaks between blocks do not hide a match. */
function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Compares one extraction's text with a fixture's expectations. */
export function checkText(text: string, expected: { gone: readonly string[]; keep: readonly string[] }): LeakCheck {
  const haystack = normalize(text);
  const leaked = expected.gone.filter((s) => haystack.includes(normalize(s)));
  const missing = expected.keep.filter((s) => !haystack.includes(normalize(s)));
  const keepRecall = expected.keep.length ? (expected.keep.length - missing.length) / expected.keep.length : 1;
  return { leaked, missing, keepRecall };
}

