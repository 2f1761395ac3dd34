// Whether the headline a page prints is the title it declares (og:title, JSON-LD headline), typography
// aside: a theme prints curly quotes and dashes where the declared title has straight ones ("‘The
// river keeps the score’" in the <h1>, "'The river keeps the score'" in og:title: probe detection2's
// qa-interview page), or the other way round.

/** Single quotes and primes, double quotes and guillemets, and dashes, each as its plain form. */
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033«»]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** A title as compared: quotes straight, dashes as hyphens, "…" as three dots, whitespace collapsed. */
export function titleKey(text: string | null | undefined): string {
  return (text ?? '').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(/\u2026/g, '...').replace(/\s+/g, ' ').trim();
}

/** Whether two titles are the same words in the same order, quotes, dashes and spacing aside. */
export function sameTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  return titleKey(a) === titleKey(b);
}
