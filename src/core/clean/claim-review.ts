// A fact-check's claim and verdict, and a review's rating. Fact-checkers print them in a box above the story ("Claim: … Our
// rating: False", a meter picture), made of short blocks that Readability scores as nothing and that
// often stand outside the story's container, so the clean view lost the core of the page. The same
// facts are declared for search engines in schema.org's ClaimReview (Google's fact-check markup, used
// by fact-checkers in every language): what was claimed, who claimed it, and the rating's name. When the
// article does not show them, they are put at its top from the declaration, as a quote and a line.
// A review (a film's, a book's, a restaurant's) prints its rating as stars above the story, outside its
// container, and declares it in schema.org's Review: the rating line comes back the same way.
import { jsonLdNodes } from '../json-ld-nodes';
import { walkElements } from './walk';

/** A fact-check as the page declares it. */
export interface DeclaredClaim {
  claim: string;
  /** Who made the claim, when the page says. */
  claimant: string | null;
  /** The rating's name ("False", "Mostly true", "Faux"). */
  rating: string;
}

const MAX_CLAIM_CHARS = 600;
const MAX_RATING_CHARS = 80;
/** The article's first elements, where a kept claim box would stand, and the longest line that may print the rating. */
const OPENING_ELEMENTS = 120;
const MAX_RATING_LINE = 120;

/** The most a rating may count to, to be shown as stars ("★★★★☆"); a rating out of 100 is shown as figures only. */
const MAX_STARS = 10;

/** The two labels, in the languages fact-checkers publish in most; English otherwise. */
const ENGLISH: [claim: string, rating: string] = ['Claim', 'Rating'];
const LABELS: Record<string, [claim: string, rating: string]> = {
  en: ENGLISH,
  fr: ['Affirmation', 'Verdict'],
  es: ['Afirmación', 'Veredicto'],
  pt: ['Alegação', 'Classificação'],
  de: ['Behauptung', 'Bewertung'],
  it: ['Affermazione', 'Verdetto'],
  nl: ['Bewering', 'Oordeel'],
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null);

function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value !== null && typeof value === 'object') return text((value as Record<string, unknown>).name);
  return text(value);
}

/** The first ClaimReview the page declares with a claim and a named rating, or null. */
export function declaredClaim(doc: Document): DeclaredClaim | null {
  for (const record of jsonLdNodes(doc, ['@graph', 'mainEntity', 'review'])) {
    const types = Array.isArray(record['@type']) ? record['@type'] : [record['@type']];
    if (!types.includes('ClaimReview')) continue;
    const claim = text(record.claimReviewed);
    const rated = record.reviewRating !== null && typeof record.reviewRating === 'object' ? (record.reviewRating as Record<string, unknown>) : {};
    // The rating's words: alternateName, as Google's markup asks; some sites give only a name.
    const ratingName = text(rated.alternateName) ?? text(rated.name);
    const item = record.itemReviewed as Record<string, unknown> | undefined;
    if (claim && ratingName && claim.length <= MAX_CLAIM_CHARS && ratingName.length <= MAX_RATING_CHARS) {
      return { claim, claimant: item ? nameOf(item.author) : null, rating: ratingName };
    }
  }
  return null;
}

/** A review's rating as the page declares it: its value out of its best. */
export interface DeclaredRating {
  value: number;
  best: number;
}

const number = (value: unknown): number | null => {
  const parsed = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value.trim().replace(',', '.')) : NaN;
  return Number.isFinite(parsed) ? parsed : null;
};

/**
 * The rating of the Review the page declares itself to be (out of 5 unless it says otherwise), or null.
 * Only a review of its own, at the top of its data: a product's reviews by its buyers are not the
 * page's verdict. Not a fact-check's: that rating is a word.
 */
export function declaredRating(doc: Document): DeclaredRating | null {
  for (const record of jsonLdNodes(doc, ['@graph', 'mainEntity'])) {
    const types = Array.isArray(record['@type']) ? record['@type'] : [record['@type']];
    if (!types.some((type) => type === 'Review' || type === 'CriticReview')) continue;
    const rated = record.reviewRating !== null && typeof record.reviewRating === 'object' ? (record.reviewRating as Record<string, unknown>) : null;
    const value = rated ? number(rated.ratingValue) : null;
    const best = (rated ? number(rated.bestRating) : null) ?? 5;
    if (value !== null && best > 0 && value >= 0 && value <= best) return { value, best };
  }
  return null;
}

/** "★★★★☆ 4/5", "★★★½☆ 3.5/5"; a rating out of more than ten in figures only ("86/100"). */
export function ratingLine(rating: DeclaredRating): string {
  const figures = `${rating.value}/${rating.best}`;
  if (rating.best > MAX_STARS || !Number.isInteger(rating.best)) return figures;
  const whole = Math.floor(rating.value);
  const half = rating.value - whole >= 0.5 ? 1 : 0;
  return `${'★'.repeat(whole)}${half ? '½' : ''}${'☆'.repeat(rating.best - whole - half)} ${figures}`;
}

const fold = (value: string): string =>
  value
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'«»„]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Whether the article already shows the fact-check: the claim anywhere, or a short line near its top that ends in the rating ("Our rating: False"). */
function shown(article: Element, claim: DeclaredClaim): boolean {
  if (fold(article.textContent ?? '').includes(fold(claim.claim))) return true;
  const rating = fold(claim.rating);
  let found = false;
  let seen = 0;
  walkElements(article, (element) => {
    if (++seen > OPENING_ELEMENTS) return 'stop';
    const line = fold(element.textContent ?? '');
    if (line.length <= MAX_RATING_LINE && (line === rating || line.endsWith(` ${rating}`) || line.endsWith(`:${rating}`))) found = true;
    return found ? 'stop' : undefined;
  });
  return found;
}

/** Whether the article's opening shows a rating already: stars, or the figures ("4/5", "4 out of 5"). */
function ratingShown(article: Element, rating: DeclaredRating): boolean {
  const figures = new RegExp(`(?<![\\d.,])${String(rating.value).replace('.', '[.,]')}\\s*(?:/|out of|of|von|sur|de|su)\\s*${rating.best}(?!\\d)`, 'i');
  let found = false;
  let seen = 0;
  walkElements(article, (element) => {
    if (++seen > OPENING_ELEMENTS) return 'stop';
    const line = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line.length <= MAX_RATING_LINE && (/[★☆⭐]/.test(line) || figures.test(line))) found = true;
    return found ? 'stop' : undefined;
  });
  return found;
}

/**
 * Puts the declared rating at the top of the article ("Rating: ★★★★☆ 4/5"), labelled in the page's
 * language where known, unless the article's opening shows one. Returns whether it did.
 */
export function restoreRating(article: Element, rating: DeclaredRating, lang: string | null): boolean {
  if (ratingShown(article, rating)) return false;
  const doc = article.ownerDocument;
  const [, ratingLabel] = LABELS[(lang ?? 'en').slice(0, 2).toLowerCase()] ?? ENGLISH;
  const line = doc.createElement('p');
  const label = doc.createElement('strong');
  label.textContent = `${ratingLabel}:`;
  line.append(label, ` ${ratingLine(rating)}`);
  insertAtTop(article, [line]);
  return true;
}

/**
 * Puts the declared claim and rating at the top of the article ("Claim: … — who", "Rating: False"),
 * labelled in the page's language where known, unless the article shows them. Returns whether it did.
 */
export function restoreClaim(article: Element, claim: DeclaredClaim, lang: string | null): boolean {
  if (shown(article, claim)) return false;
  const doc = article.ownerDocument;
  const [claimLabel, ratingLabel] = LABELS[(lang ?? 'en').slice(0, 2).toLowerCase()] ?? ENGLISH;
  const quote = doc.createElement('blockquote');
  const said = doc.createElement('p');
  const label = doc.createElement('strong');
  label.textContent = `${claimLabel}:`;
  said.append(label, ` ${claim.claim}`);
  quote.append(said);
  if (claim.claimant) {
    const by = doc.createElement('p');
    by.textContent = `— ${claim.claimant}`;
    quote.append(by);
  }
  const verdict = doc.createElement('p');
  const verdictLabel = doc.createElement('strong');
  verdictLabel.textContent = `${ratingLabel}: ${claim.rating}`;
  verdict.append(verdictLabel);
  insertAtTop(article, [quote, verdict]);
  return true;
}

/** Readability wraps its result in one <div>: the blocks go inside it, before the first block (after a lead picture). */
function insertAtTop(article: Element, blocks: Element[]): void {
  const first = article.firstElementChild;
  const into = first && first.tagName === 'DIV' && first.nextElementSibling === null ? first : article;
  let before = into.firstElementChild;
  while (before && isPicture(before)) before = before.nextElementSibling;
  for (const block of blocks) into.insertBefore(block, before);
}

/** A block that is only a picture (the lead figure put back above the text). */
function isPicture(element: Element): boolean {
  if ((element.textContent ?? '').trim()) return false;
  let picture = false;
  walkElements(element, (el) => {
    if (el.localName === 'img' || el.localName === 'picture') picture = true;
    return picture ? 'stop' : undefined;
  });
  return picture;
}
