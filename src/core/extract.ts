// The one orchestrator: clone -> harvest related -> guard -> pre-clean by rules -> Readability (or our
// own container pick when it finds nothing usable) -> post-clean -> lazy images / absolute URLs ->
// sanitize -> text and metadata. Never mutates the given document and never throws.
import { Readability } from '@mozilla/readability';
import type { Article, ExtractOptions, ExtractResult, NotShownBlock, Removal, RelatedLink, Verdict } from './types';
import { detectReadable } from './detect';
import { declaredUrl, isLocalAddress } from './detect-url';
import { pageHeadline } from './detect-scan';
import { readableDocument } from './inner-roots';
import { endsAtPaywall } from './paywall';
import { readerCharThreshold } from './reader-threshold';
import { harvestRelated, readAlsoLines } from './related';
import { rulesForUrl } from './rules/all-rules';
import { measureShape } from './clean/guard';
import { contentClone } from './clean/content-clone';
import { walkElements } from './clean/walk';
import type { DocumentShape } from './clean/guard';
import type { ClutterRule } from './rules/rule-types';
import { pageMeter, holdsTooMuch } from './clean/main-content';
import type { PageStats } from './clean/main-content';
import { preClean } from './clean/pre-clean';
import { openAccordionButtons, openTabPanels } from './clean/tab-panels';
import { keepStoryAsides } from './clean/story-asides';
import { removeCountBars } from './clean/count-bars';
import { focusOn, removeOtherStories, trustedMain } from './clean/focus-main';
import { stripPage } from './clean/strip-page';
import { containerChrome, pickContainer, trimContainer } from './clean/fallback-container';
import { continuationBlocks, trailingParagraphs } from './clean/story-continuation';
import { postClean } from './clean/residue';
import { removeTrailingTeasers } from './clean/trailing-teasers';
import { RELATED_LIMITS } from './rules/related-selectors';
import { takeBylineParagraph } from './clean/byline-paragraph';
import { bylineNames, isDateOnly, preferredByline, printedByline, printedPair, removeHeaderScraps, takeClosingDateLine, takeMetaLine, withoutDate } from './clean/meta-line';
import { titleKey } from './clean/same-title';
import { copyLeadFigure, restoreLeadFigure } from './clean/lead-figure';
import { declaredClaim, declaredRating, restoreClaim, restoreRating } from './clean/claim-review';
import { unmarkPictureBoxes, unmarkScrollySteps } from './clean/picture-boxes';
import { nextStoryPage } from './clean/story-pages';
import { findDeclaredLead, findPrintedDek, restoreDeclaredLead, restorePrintedDek } from './clean/declared-lead';
import { absolutizeUrls, baseUrlOf } from './clean/absolute-urls';
import { bracketFootnoteMarks } from './clean/footnote-marks';
import { isMojibake, repairLinks, repairMojibake, repairSample, repairTree } from './clean/mojibake';
import { markedAuthor, readMetadata } from './clean/page-metadata';
import type { PageMetadata } from './clean/page-metadata';
import { takeSiteTitleHeadline } from './clean/site-title';
import { restoreSectionHeadings, shieldSectionHeadings } from './clean/section-headings';
import { sanitizeArticle } from './sanitize';
import { linkEmbeddedVideos } from './clean/video-links';
import { removeFieldForms } from './clean/entry-forms';
import { disabledBy, unknownDisableIds } from './disable';
import { isKeepList } from './keep';
import { markClone, markKept } from './clone-marks';
import { recordRemoval } from './removal-record';
import { attachMarkup, markPlaces, readPlaces } from './restorable';
import { articleBlocks, blockLabel } from './article-blocks';
import { copyKeptBlocks, putBackKept } from './kept-blocks';
import type { KeptCopy } from './kept-blocks';
import { STEP_RULES } from './rules/step-rules';
import type { Disabled } from './disable';
import { blockText, countWords, readingMinutes } from './text';
import { measureProse } from './prose';
import { paragraphsFoundIn, snapshotPick, storyCoverage } from './clean/story-coverage';
import { openingCopy, openingGap, snapshotOpening } from './clean/story-opening';
import type { OpeningSnapshot } from './clean/story-opening';
import type { PickSnapshot } from './clean/story-coverage';
import { firstParagraphOf, runElements, sectionRun } from './clean/template-sections';
import { findNotShown, survivedText } from './not-shown';
import { bySelector, listOf, tagListsWay, walkTagLists, withTagLists } from './tag-lists';
import { speedUpChecks } from './readability-speed';

const DEFAULT_MAX_ELEMENTS = 200_000;
/** Readability's output must hold at least this share of our own container's text to be preferred. */
const FALLBACK_SHARE = 0.35;
const MIN_READABILITY_CHARS = 140;
/** Our pick replaces a Readability result inside it only with this much more prose. */
const FALLBACK_PROSE_GAIN = 1.5;
/** How many of Readability's first substantial paragraphs containsSample looks for in our pick's text. */
const SAMPLE_PARAGRAPHS = 5;
/**
 * A Readability result of any length gives way to our pick when the pick holds this many times its
 * prose, holds at least MISSED_KEPT_SHARE of its paragraphs, and at least MISSED_SHARE of the extra
 * prose comes before or between the paragraphs Readability kept (story-coverage.ts). In a site-grouped
 * 5-fold cross-validation of the three on both dev sets every held-out fold gained; these are the most
 * cautious values of the plateau where no page lost more than 0.1 (at a gain of 1.5, or without the
 * before-or-between condition, comment threads and teaser rails came in).
 */
const MISSED_PROSE_GAIN = 2;
const MISSED_KEPT_SHARE = 0.8;
const MISSED_SHARE = 0.5;
/** Sections beside Readability's are put back when they hold this many prose characters, and this share of its text. */
const SECTIONS_MIN_ADDED = 200;
const SECTIONS_SHARE = 0.25;
/** A kept section is found in Readability's result by its first paragraph's first this many characters (as template-sections.ts). */
const SECTION_SAMPLE_CHARS = 80;
/** Above this many elements Readability (superlinear on huge pages) is skipped for our linear pick. */
const READABILITY_MAX_ELEMENTS = 40_000;

interface Body {
  element: Element;
  extractor: Article['extractor'];
  title: string | null;
  readability: Partial<PageMetadata> | null;
}

/**
 * The address whose host names the site: the one the page declares for itself (canonical link, else
 * og:url), else `url`. A saved copy or a local mirror (127.0.0.1, file:) keeps its site's name
 * (fixture story-without-metadata, served from 127.0.0.1 in the e2e suite).
 */
function siteAddress(document: Document, url: string): string {
  const canonical = headElement(document, 'link', isCanonicalLink)?.getAttribute('href') ?? null;
  const ogUrl = headElement(document, 'meta', (meta) => meta.getAttribute('property')?.toLowerCase() === 'og:url')?.getAttribute('content') ?? null;
  return declaredUrl(url, { canonical, ogUrl })?.href ?? url;
}

function isCanonicalLink(link: Element): boolean {
  return link.hasAttribute('href') && (link.getAttribute('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/).includes('canonical');
}

/**
 * The first element of a tag that passes `test`: among the <head>'s children, where the parser puts
 * <link> and <meta>, else anywhere (a page that opens its body early leaves them there; asking the
 * whole document each time costs a full pass under jsdom).
 */
function headElement(document: Document, tag: string, test: (element: Element) => boolean): Element | null {
  for (let child = document.head?.firstElementChild ?? null; child; child = child.nextElementSibling) {
    if (child.localName === tag && test(child)) return child;
  }
  for (const element of listOf(document.getElementsByTagName(tag))) if (test(element)) return element;
  return null;
}

/**
 * The site of a local copy (a saved page opened from a file or served from 127.0.0.1) that names no
 * site: the host of the address it declares (`site`, siteAddress), so that its meta line reads "quaysidetimes.example", not
 * "127.0.0.1". Null for a page at its own address (its host already says it) or with nothing declared.
 */
function localCopySite(site: string, url: string): string | null {
  if (!isLocalAddress(url) || site === url || isLocalAddress(site)) return null;
  try {
    const own = new URL(site);
    return own.protocol === 'http:' || own.protocol === 'https:' ? own.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** Extracts the clean article of a document (works on a clone; the verdict sits beside the result). */
export function extractArticle(page: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  let verdict: Verdict | undefined = options.verdict;
  let document = page;
  try {
    // Open shadow roots and same-origin frames hold text that a clone of the page lacks (fixture
    // shadow-root-story): read a copy with it in place. The copy has no window: keep the page's.
    document = readableDocument(page);
    verdict ??= detectReadable(document, url);
  } catch {
    verdict = undefined;
  }
  const window = options.window ?? (page.defaultView as (Window & typeof globalThis) | null) ?? undefined;
  try {
    return withTagLists(options.tagLists ?? 'walk', () => run(document, url, window ? { ...options, window } : options, verdict ?? { isArticle: false, score: 0, signals: [] }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return verdict ? { ok: false, reason: 'failed', message, verdict } : { ok: false, reason: 'failed', message };
  }
}

function run(document: Document, url: string, options: ExtractOptions, verdict: Verdict): ExtractResult {
  const unknown = unknownDisableIds(options.disable ?? []);
  if (unknown.length > 0) {
    return { ok: false, reason: 'failed', message: `disable names no step, rule or rule category: ${unknown.join(', ')}`, verdict };
  }
  if (options.keep !== undefined && !isKeepList(options.keep)) {
    return { ok: false, reason: 'failed', message: 'keep must be a list of {ruleId, match} exceptions', verdict };
  }
  const disabled = disabledBy(options.disable ?? [], options.keep ?? []);
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const shape = measureShape(document, maxElements);
  if (shape.elements > maxElements) {
    return { ok: false, reason: 'too-large', message: `more than ${maxElements} elements`, verdict };
  }
  if (!document.body || !(document.body.textContent ?? '').trim()) {
    return { ok: false, reason: 'empty', message: 'the page has no text', verdict };
  }
  const win = options.window ?? (document.defaultView as (Window & typeof globalThis) | null);
  if (!win) return { ok: false, reason: 'failed', message: 'no window to sanitize with', verdict };

  const base = baseUrlOf(document, url);
  const metadata = readMetadata(document, base);
  const rules = rulesForUrl(url);
  const prepared = prepare(document, shape, url, rules, disabled, verdict.isArticle);
  const { removed, related } = prepared;
  // Read before Readability rewrites the clone: the text that no rule removed.
  const survived = survivedText(prepared.clone);
  const body =
    shape.elements > READABILITY_MAX_ELEMENTS
      ? fallbackBody(prepared.clone, null, null)
      : chooseBody(prepared.clone, disabled, verdict.isArticle, metadata.title, freshPreparation(prepared.clone, () => prepare(document, shape, url, rules, disabled, verdict.isArticle).clone));
  if (!body) return { ok: false, reason: 'empty', message: 'no readable content found', verdict };
  if (prepared.leadFigure && body.extractor === 'readability') restoreLeadFigure(body.element, prepared.leadFigure);
  let title = pickTitle(document, body.title ?? metadata.title ?? '', metadata.title, metadata.headline);
  const lead = verdict.isArticle && !disabled.step('declared-lead') ? findDeclaredLead(document, metadata.excerpt) : null;
  if (lead) restoreDeclaredLead(body.element, lead);
  if (prepared.kept.length) putBackKept(body.element, prepared.kept);
  // A fact-check's claim and rating, from its ClaimReview, when the box that printed them was left out.
  const claim = verdict.isArticle && !disabled.step('claim-review') ? declaredClaim(document) : null;
  if (claim) restoreClaim(body.element, claim, metadata.lang ?? body.readability?.lang ?? null);
  // A review's rating, from its Review, when the stars above the story were left out.
  const rating = verdict.isArticle && !claim && !disabled.step('claim-review') ? declaredRating(document) : null;
  if (rating) restoreRating(body.element, rating, metadata.lang ?? body.readability?.lang ?? null);
  // The address that names the site: the one the page declares, else its own.
  const site = siteAddress(document, url);
  const own = disabled.step('title-repeat') ? null : takeSiteTitleHeadline(body.element, title, metadata.siteName ?? body.readability?.siteName ?? null, site, document);
  if (own) {
    title = own.title;
    removed.push(own.removal);
  }
  if (!disabled.step('residue')) removed.push(...postClean(body.element, rules, title, disabled, verdict.isArticle, { url, site, base }));
  // Read-also lines that Readability cut out of a story's text between <br>s: listed, and gone from the story.
  if (verdict.isArticle && !disabled.step('related') && !disabled.kept(STEP_RULES.relatedList.id, STEP_RULES.relatedList.match)) {
    const lines = readAlsoLines(body.element, url, base);
    for (const line of lines.lines) {
      removed.push(recordRemoval(line, STEP_RULES.relatedList, STEP_RULES.relatedList.match));
      line.remove();
    }
    addLinks(related, lines.links);
  }
  // Only on articles: a listing's or a service page's cards are what the page is about (WCXB 4467, 4100).
  if (verdict.isArticle && !disabled.step('teaser-list')) {
    const teasers = removeTrailingTeasers(body.element, { url, site, base }, document);
    removed.push(...teasers.removed);
    addLinks(related, teasers.links);
  }
  // Only on articles: a forum's first post has a date line like every other post, and it stays.
  const metaLine = disabled.step('meta-line') || !verdict.isArticle ? null : takeMetaLine(body.element, metadata.byline);
  if (metaLine) removed.push(metaLine.removal);
  // A republished story's "By <writer>, <outlet>" line opening its body, the outlet being the declared author or the site.
  const bylineParagraph = disabled.step('meta-line') || !verdict.isArticle ? null : takeBylineParagraph(body.element, [metadata.byline, metadata.siteName, metadata.publisher]);
  if (bylineParagraph) removed.push(bylineParagraph.removal);
  const closingDate = disabled.step('meta-line') || !verdict.isArticle ? null : takeClosingDateLine(body.element);
  if (closingDate) removed.push(closingDate);
  // The "By" line the page prints under its headline, for a page that marks and declares no author.
  const printedBy = verdict.isArticle ? printedByline(document, title) : null;
  if (verdict.isArticle && !disabled.step('meta-line')) {
    const authors = [metadata.byline, body.readability?.byline, metaLine?.byline, printedBy].filter((name): name is string => !!name);
    removed.push(...removeHeaderScraps(body.element, authors));
  }
  // A dek printed under the headline that the page does not declare: put back after the meta line's and
  // the header scraps' steps, which read a paragraph at the top as the story's start (a date line
  // under it would stay).
  const dek = verdict.isArticle && !lead && !disabled.step('declared-lead') ? findPrintedDek(document, title) : null;
  // Never what a rule took out as clutter (an AI summary box named a "summary").
  if (dek && !removed.some((removal) => removal.text.includes(dek.items?.[0] ?? dek.text))) restorePrintedDek(body.element, dek);
  // Before the links are made absolute: a reference's link is read as the page wrote it.
  if (!disabled.step('footnote-marks')) bracketFootnoteMarks(body.element, url);
  if (!disabled.step('absolute-urls')) absolutizeUrls(body.element, base);
  // Before the sanitizer drops every frame: a video site's player becomes a link to the video's page.
  linkEmbeddedVideos(body.element);
  // Where each removed block was, marked on the article before sanitizing, read back after.
  const places = markPlaces(body.element, removed);
  const clean = sanitizeArticle(body.element, win, (marked) => readPlaces(marked, places));
  removed.push(...clean.removed);
  attachMarkup(removed, base);
  let text = blockText(clean.body);
  if (!text.trim()) return { ok: false, reason: 'empty', message: 'nothing left after cleaning', verdict };
  // The article as the page's own lines read (findNotShown compares them), before any repair below.
  const pageText = text;
  // A page whose text was encoded twice ("weâ€™ve"): its words put back (clean/mojibake.ts).
  const twice = !disabled.step('mojibake') && isMojibake(text);
  if (twice) {
    repairTree(clean.body);
    text = blockText(clean.body);
  }
  const fix = (value: string | null): string | null => (value === null ? null : repairMojibake(value, twice));
  const counts = countWords(text);
  const info = { ...metadata, ...stripNulls(body.readability ?? {}) };
  const bylineOf = (declared: string | null, fromLine: string | null): string | null =>
    (declared && !isDateOnly(declared) ? withoutDate(declared) : null) ?? fromLine;
  // As the page prints it (findNotShown compares it with the page's lines), and repaired before its date
  // is cut off: "Â·" is one twice-encoded "·", not a letter and a separator.
  const printed = (name: string): boolean => printsName(document, name);
  const declaredByline = preferredByline(metadata.byline, body.readability?.byline ?? null, printed);
  // Else the author the page marks in its text (microdata, rel="author", an hCard), such as a blog's
  // "Posted by" line that the author-bio rule removed before Readability could see it; else the "By"
  // line it prints under its headline.
  // An organisation the page declares as the author (often the publisher) gives way to a person's "By"
  // line printed under the headline, and only to that: Readability's guess or a marked name is no
  // better than the organisation (a Wikipedia article's subject, a service page's heading).
  const pageByline = bylineParagraph?.byline ?? (metadata.organizationAuthor ? printedBy : null)
    ?? bylineOf(declaredByline, metaLine?.byline ?? null) ?? markedAuthor(document) ?? printedBy;
  const byline = twice ? (bylineOf(fix(declaredByline), fix(metaLine?.byline ?? null)) ?? fix(pageByline)) : pageByline;
  const article: Article = {
    url,
    title: repairMojibake(title.trim(), twice),
    byline: pairAsPrinted(document, bylineNames(byline, metadata.byline, [metadata.siteName, metadata.publisher])),
    siteName: fix(info.siteName ?? localCopySite(site, url)),
    publishedTime: metadata.publishedTime ?? info.publishedTime ?? metaLine?.date ?? null,
    lang: info.lang ?? null,
    dir: info.dir ?? null,
    excerpt: repairMojibake((info.excerpt ?? text.split('\n')[0] ?? '').replace(/\s+/g, ' ').trim(), twice).slice(0, 300),
    html: clean.body.innerHTML,
    text,
    wordCount: counts.words + counts.cjk,
    readingMinutes: readingMinutes(text),
    related: disabled.step('mojibake') ? related : repairLinks(related, twice),
    removed,
    extractor: body.extractor,
  };
  if (metadata.leadImage) article.leadImage = metadata.leadImage;
  if (verdict.isArticle && !disabled.step('paywall-note') && endsAtPaywall(document, removed)) article.endsAtPaywall = true;
  // A story split over pages: where it goes on (its pager went with the story-pages step).
  const nextPage = verdict.isArticle && !disabled.step('story-pages') ? nextStoryPage(document, { url, site, base }) : null;
  if (nextPage) article.nextPage = nextPage;
  const shown = [title.trim(), pageByline ?? '', pageText].join('\n');
  const notShown = findNotShown(document, { shown, survived, removed, byline: pageByline, base, win, isVisible: options.isVisible });
  // Its blocks are the page's own lines; their anchors name article lines, which were repaired alike.
  article.notShown = twice ? notShown.map((block) => repairedBlock(block)) : notShown;
  if (twice) {
    const blocks = articleBlocks(clean.body);
    for (const removal of removed) repairRemoval(removal, blocks);
  }
  return { ok: true, article, verdict };
}

/** Two authors as the page prints them ("A and B", not "A, B"), else the byline as it is. */
function pairAsPrinted(document: Document, byline: string | null): string | null {
  return printedPair(document, byline) ?? byline;
}

/** Whether the page's text holds `name` in one of its text nodes (a byline prints a name whole), read until it is found. */
function printsName(document: Document, name: string): boolean {
  const body = document.body;
  if (!body || !name.trim()) return false;
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.nodeValue ?? '').replace(/\s+/g, ' ').includes(name)) return true;
  return false;
}

/**
 * A removed block of a twice-encoded page: its text, its markup to put back, and its anchor's label,
 * read again from the repaired article's block (a label is the start of a block's text, cut by length).
 */
function repairRemoval(removal: Removal, blocks: readonly Element[]): void {
  removal.text = repairMojibake(removal.text, true);
  if (removal.markup !== undefined) removal.markup = repairMojibake(removal.markup, true);
  if (removal.anchor) {
    const block = blocks[removal.anchor.block];
    removal.anchor.text = block ? blockLabel(block) : repairMojibake(removal.anchor.text, true);
  }
}

/**
 * A not-shown block of a twice-encoded page, repaired as its article was (the HTML's runs hold no markup
 * characters); its anchors are samples of article lines, cut by length.
 */
function repairedBlock(block: NotShownBlock): NotShownBlock {
  const line = (value: string | null): string | null => (value === null ? null : repairSample(value));
  return {
    ...block,
    html: repairMojibake(block.html, true),
    text: repairMojibake(block.text, true),
    anchor: { after: line(block.anchor.after), before: line(block.anchor.before) },
  };
}

/** Adds links not yet listed to the related list, up to its limit. */
function addLinks(related: RelatedLink[], links: readonly RelatedLink[]): void {
  const listed = new Set(related.map((link) => link.url));
  for (const link of links) {
    if (related.length >= RELATED_LIMITS.maxLinks) return;
    if (listed.has(link.url)) continue;
    listed.add(link.url);
    related.push(link);
  }
}

interface Prepared {
  clone: Document;
  removed: Removal[];
  related: RelatedLink[];
  /** A copy of the story's lead picture, taken before Readability rewrites the clone. */
  leadFigure: Element | null;
  /** Copies of the blocks the user keeps on the site, to put back where Readability leaves them out. */
  kept: KeptCopy[];
}

/** Clone -> harvest related -> pre-clean by rules -> focus on the story -> strip -> lazy images. */
function prepare(document: Document, shape: DocumentShape, url: string, rules: readonly ClutterRule[], disabled: Disabled, isArticle: boolean): Prepared {
  const clone = contentClone(document, shape);
  // The page is measured in the walk that marks it: one walk of the clone fewer.
  const meter = pageMeter(clone);
  markClone(clone, meter.visit);
  const stats = meter.finish();
  if (!disabled.step('open-panels')) {
    openTabPanels(clone);
    openAccordionButtons(clone);
  }
  const removed: Removal[] = [];
  const related = disabled.step('related') ? [] : harvest(clone, url, stats, removed, disabled);
  if (!disabled.step('rules')) removed.push(...preClean(clone, rules, stats, disabled, isArticle));
  if (stats.buttons?.length && !disabled.step('count-bar')) removed.push(...removeCountBars(stats.buttons, stats.protectedSet));
  // A sign-up form can outweigh a short story in Readability's eyes: gone before the parse, on articles.
  if (isArticle && !disabled.step('entry-form')) removed.push(...removeFieldForms(clone, stats, disabled));
  // Only on pages detected as articles: a landing page's <main> holds sections a story never has.
  if (isArticle && !disabled.step('focus')) {
    // Our own container pick as the story too was tried: better on articles, worse on the pages the
    // detector wrongly calls articles (bench sample: 0.940 vs 0.938 articles, 0.793 vs 0.800 all).
    const story = trustedMain(stats);
    if (story) removed.push(...focusOn(clone, story, (match) => disabled.kept(STEP_RULES.pageChrome.id, match)));
    // The other stories beside the headlined one, in its own container, go too (the harvest listed them).
    if (story && stats.otherStories?.length) removed.push(...removeOtherStories(stats.otherStories));
  }
  stripPage(clone, !disabled.step('lazy-images'), !disabled.step('embed-fallbacks'));
  const leadFigure = isArticle && !disabled.step('lead-figure') ? copyLeadFigure(stats, clone) : null;
  const kept = disabled.keeping ? copyKeptBlocks(clone) : [];
  return { clone, removed, related, leadFigure, kept };
}

function harvest(clone: Document, url: string, stats: PageStats, removed: Removal[], disabled: Disabled): RelatedLink[] {
  // Unrepaired: run() repairs the list once, when it or the article proves the page twice encoded.
  const { links, containers } = harvestRelated(clone, url, false);
  const rule = STEP_RULES.relatedList;
  // Kept on this site by the user: its links are still listed, the block stays in the article.
  if (disabled.kept(rule.id, rule.match)) {
    for (const container of containers) markKept(container);
    return links;
  }
  for (const container of containers) {
    if (!container.isConnected || stats.protectedSet.has(container)) continue;
    // A harvested list beside a known story may be long (the seed's cards carry whole summaries):
    // the share-of-text guard is only needed when we do not know where the story is.
    const besideStory = stats.main !== null && !container.contains(stats.main);
    if (!besideStory && holdsTooMuch((container.textContent ?? '').trim().length, stats)) continue;
    removed.push(recordRemoval(container, rule, rule.match));
    container.remove();
  }
  return links;
}

/**
 * The prepared page again, unread, for the steps after Readability (which rewrites the one it parses):
 * first a copy of it made before the parse (a deep copy of the cleaned page costs less than cleaning
 * the page again), then, if asked again, a new preparation.
 */
function freshPreparation(clone: Document, again: () => Document): () => Document {
  let spare: Document | null = clone.cloneNode(true) as Document;
  return () => {
    const copy = spare;
    spare = null;
    return copy ?? again();
  };
}

/**
 * Readability's article, or our own container pick when Readability finds nothing or a fragment.
 * Readability rewrites the document it parses, so the fallback picks from a fresh preparation
 * (`again`), paid only on the pages that need it.
 */
function chooseBody(clone: Document, disabled: Disabled, isArticle: boolean, declaredTitle: string | null, again: () => Document): Body | null {
  const pick = disabled.step('fallback') ? null : pickContainer(clone);
  const pickChars = pick?.chars ?? 0;
  const chrome = pick ? containerChrome(pick.element) : [];
  const snapshot = pick ? snapshotPick(pick.element, chrome) : null;
  // Whether Readability missed part of the story is judged without what the pick marks as beside it
  // (its comments, a blog's sidebar): their paragraphs are not a part of the story Readability left out.
  const asides = pick ? bySelector(pick.element, ASIDES, isAside).filter((aside) => !chrome.some((c) => c.contains(aside))) : [];
  const coverage = pick && snapshot && asides.length ? snapshotPick(pick.element, [...chrome, ...outermost(asides)]) : snapshot;
  const opening = disabled.step('opening') ? null : snapshotOpening(clone, [clone.title, declaredTitle]);
  if (!disabled.step('section-headings')) shieldSectionHeadings(clone, [clone.title, declaredTitle]);
  if (!disabled.step('picture-boxes') && clone.body) {
    unmarkPictureBoxes(clone.body);
    unmarkScrollySteps(clone.body);
  }
  if (!disabled.step('story-asides') && clone.body) keepStoryAsides(clone.body);
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    // Weighed by script: a short Chinese or Japanese story is not a fragment (fixture asia-cjk-short-story).
    const charThreshold = readerCharThreshold(clone.body?.textContent ?? '');
    const reader = new Readability<Node>(clone, { charThreshold, keepClasses: false, serializer: (node) => node });
    if (tagListsWay() === 'walk') walkTagLists(reader);
    speedUpChecks(reader);
    parsed = reader.parse();
  } catch {
    parsed = null;
  }
  const content = parsed?.content;
  const element = content && content.nodeType === 1 ? (content as Element) : null;
  if (element) restoreSectionHeadings(element);
  const chars = element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim().length : 0;
  const readability: Partial<PageMetadata> | null = parsed
    ? {
        byline: parsed.byline ?? null,
        siteName: parsed.siteName ?? null,
        publishedTime: parsed.publishedTime ?? null,
        lang: parsed.lang ?? null,
        dir: parsed.dir === 'rtl' ? 'rtl' : parsed.dir === 'ltr' ? 'ltr' : null,
        excerpt: parsed.excerpt ?? null,
      }
    : null;
  const title = parsed?.title?.trim() || null;
  // A fragment is a small part OF our pick. A big comment thread can outweigh a short story (bench page
  // 0396): then our pick does not contain what Readability kept, and Readability is right.
  const empty = chars < MIN_READABILITY_CHARS;
  // Prepared once, when first asked for.
  let prepared: Body | null | undefined;
  const ours = (): Body | null => (prepared === undefined ? (prepared = fallbackBody(again(), title, readability)) : prepared);
  if (pickChars > 0 && (empty || chars < pickChars * FALLBACK_SHARE)) {
    const body = ours();
    if (body && (empty || !element || (containsSample((body.element.textContent ?? '').replace(/\s+/g, ' '), element) && addsProse(body.element, element)))) {
      return body;
    }
  }
  if (element && !empty && coverage && missedStory(coverage, element)) {
    // Readability kept part of the story: its opening, or a middle section, is missing (fixture
    // sectioned-story). Judged from the snapshot; the second preparation only when it is taken.
    const body = ours();
    if (body) return body;
  }
  if (element && !empty && snapshot && !disabled.step('sections')) addSections(element, snapshot, again);
  if (isArticle && element && !empty && coverage && !disabled.step('continuation')) addContinuation(element, coverage, again);
  if (element && !empty && opening) addOpening(element, opening, again);
  if (element && chars > 0) return { element, extractor: 'readability', title, readability };
  return null;
}

/**
 * Puts back the sections of a story split into sibling sections built alike that Readability left out
 * beside the one it kept (template-sections.ts), read from a fresh preparation of the page.
 */
function addSections(element: Element, snapshot: PickSnapshot, again: () => Document): void {
  const keptText = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const run = sectionRun(snapshot.layout, snapshot.paragraphs, keptText);
  if (!run) return;
  // Sections beside the kept ones come back when they hold enough prose to be the story's; those left
  // out between two kept ones are the story's whatever they hold.
  const beside = run.added >= SECTIONS_MIN_ADDED && run.added >= SECTIONS_SHARE * keptText.length;
  if (!beside && !run.gaps.length) return;
  const fresh = pickContainer(again());
  if (!fresh) return;
  // Laid out as the snapshot was: without the pick's chrome, which stays out of the copies too.
  trimContainer(fresh.element);
  const { before, after, gaps } = runElements(snapshotPick(fresh.element).layout, run);
  const doc = element.ownerDocument;
  // A section between may be in the result already, where Readability kept it inside another block (a
  // picture and its caption): its text and its pictures shown, it is not added twice.
  const address = (img: Element): string | null => {
    try {
      return new URL(img.getAttribute('src') ?? '', img.ownerDocument.baseURI).href;
    } catch {
      return img.getAttribute('src');
    }
  };
  const pictures = new Set(listOf(element.getElementsByTagName('img')).map((img) => address(img)));
  const shown = (section: Element): boolean => {
    const text = (section.textContent ?? '').replace(/\s+/g, ' ').trim();
    return (!text || keptText.includes(text)) && listOf(section.getElementsByTagName('img')).every((img) => pictures.has(address(img)));
  };
  for (const gap of gaps) {
    const next = keptBlockOf(element, snapshot.paragraphs[firstParagraphOf(snapshot.layout, run, gap.next)]);
    if (!next?.parentNode) continue;
    for (const section of gap.elements) if (!shown(section)) next.parentNode.insertBefore(doc.importNode(section, true), next);
  }
  if (!beside) return;
  const first = element.firstChild;
  for (const section of before) element.insertBefore(doc.importNode(section, true), first);
  for (const section of after) element.appendChild(doc.importNode(section, true));
}

/**
 * The block of Readability's result that holds a kept section: the outermost element of the result
 * that starts with the section's first paragraph (found by its opening) and holds nothing before it.
 */
function keptBlockOf(result: Element, paragraph: string | undefined): Element | null {
  if (!paragraph) return null;
  const sample = paragraph.slice(0, SECTION_SAMPLE_CHARS);
  let found: Element | null = null;
  walkElements(result, (element) => {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text.includes(sample)) return 'skip';
    if (text.startsWith(sample)) {
      found = element;
      return 'stop';
    }
    return undefined;
  });
  const block = found as Element | null;
  return block && block !== result ? block : null;
}

/**
 * Puts back the rest of the story that a CMS keeps in another block after the body Readability kept
 * (story-continuation.ts), read from a fresh preparation of the page; the preparation only when the
 * snapshot shows two or more paragraphs left out after the kept ones.
 */
function addContinuation(element: Element, snapshot: PickSnapshot, again: () => Document): void {
  const keptText = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const trailing = trailingParagraphs(snapshot, keptText);
  if (!trailing) return;
  const fresh = pickContainer(again());
  if (!fresh) return;
  trimContainer(fresh.element);
  const blocks = continuationBlocks(fresh.element, trailing.lastKept, trailing.missed);
  const doc = element.ownerDocument;
  // Readability wraps its result in one <div>: the rest goes inside it, after the last block.
  const only = element.firstElementChild;
  const into = only && only.tagName === 'DIV' && only.nextElementSibling === null ? only : element;
  for (const block of blocks) into.appendChild(doc.importNode(block, true));
}

/**
 * Puts back the story's opening paragraphs that Readability left out above the part it kept
 * (story-opening.ts), read from a fresh preparation of the page.
 */
function addOpening(element: Element, snapshot: OpeningSnapshot, again: () => Document): void {
  const keptText = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const gap = openingGap(snapshot, keptText);
  if (!gap) return;
  const copy = openingCopy(again(), snapshot, gap, keptText, element.ownerDocument);
  if (copy) element.insertBefore(copy, element.firstChild);
}

/** Whether our pick holds story prose that Readability's result missed before or between its paragraphs. */
function missedStory(pick: PickSnapshot, readability: Element): boolean {
  if (pick.prose <= MISSED_PROSE_GAIN * MIN_READABILITY_CHARS) return false;
  const kept = measureProse(readability).proseChars;
  if (pick.prose <= MISSED_PROSE_GAIN * Math.max(kept, 1)) return false;
  const coverage = storyCoverage(pick, readability);
  return coverage.keptInPick >= MISSED_KEPT_SHARE && coverage.missedBeforeOrBetween >= MISSED_SHARE * (pick.prose - kept);
}

/**
 * Whether our pick holds clearly more prose than Readability's result: then Readability kept a fragment
 * of the story. When the pick's extra text is a teaser rail, bylines, menus or a footer, Readability
 * had the whole story (fixture brief-teaser-rail: a three-paragraph brief beside 20 teasers).
 */
function addsProse(pick: Element, readability: Element): boolean {
  return measureProse(withoutAsides(pick)).proseChars > measureProse(readability).proseChars * FALLBACK_PROSE_GAIN;
}

/** The elements not inside another of them (document order kept). */
function outermost(elements: readonly Element[]): Element[] {
  return elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
}

/**
 * What a page marks as beside its story: `<aside>`, the complementary role, a blog theme's sidebar, and
 * the comment thread (WordPress's `id="comments"` and comment lists). Not "widget": page builders call
 * their content blocks widgets too (a listing's cards, WCXB 0076).
 */
const ASIDES = 'aside, [role="complementary"], [class~="sidebar"], [id="sidebar"], [id="comments"], [class~="comments"], [class~="comment-list"], [class~="commentlist"]';
/** What ASIDES says of one element, for the walk that answers it under jsdom. */
function isAside(element: Element): boolean {
  if (element.localName === 'aside' || element.getAttribute('role') === 'complementary' || element.id === 'sidebar' || element.id === 'comments') return true;
  const list = element.classList;
  return list.length > 0 && (list.contains('sidebar') || list.contains('comments') || list.contains('comment-list') || list.contains('commentlist'));
}

/**
 * The pick without what it marks as beside the story: a short post's pick may be the whole blog page,
 * and its comments and its sidebar's copyright and link notices are prose that is not the story's
 * (trafilatura 0234).
 * A copy, paid only on the pages that come to this choice.
 */
function withoutAsides(pick: Element): Element {
  if (!pick.querySelector(ASIDES)) return pick;
  const copy = pick.cloneNode(true) as Element;
  for (const aside of Array.from(copy.querySelectorAll(ASIDES))) aside.remove();
  return copy;
}

/**
 * True when the text holds most of the element's first SAMPLE_PARAGRAPHS substantial paragraphs:
 * Readability's result is part of the same story, not another part of the page. Not the first
 * paragraph alone: an affiliate disclaimer or a standfirst above the story's container opens
 * Readability's result but lies outside our pick (fixture roundup-product-cards). Where the pick is
 * a whole blog page, its sidebar's notices do not count as extra prose (addsProse; trafilatura 0234).
 */
function containsSample(text: string, element: Element): boolean {
  const { seen, found } = paragraphsFoundIn(text, element, SAMPLE_PARAGRAPHS);
  return seen === 0 || found * 2 > seen;
}

function fallbackBody(doc: Document, title: string | null, readability: Partial<PageMetadata> | null): Body | null {
  const pick = pickContainer(doc);
  if (!pick) return null;
  trimContainer(pick.element);
  return { element: pick.element, extractor: 'fallback', title, readability };
}

/**
 * The page's headline <h1> when the <title>/Readability title contains it or it extends it (a
 * site-name suffix or a cut at a colon otherwise leaks into the title: fixtures semantic-html5,
 * long-article). The headline is the <h1> the title names, as the detector reads it: not a logo's
 * <h1> above the story's, which gave the site's name as the story's title (fixture logo-headline).
 * `declared` is the title the page declares apart from its <title> (og:title, JSON-LD headline): where
 * the <title> is the site's name and that title together ("Crumb & Crust Notes: What Eleven Years of
 * Sourdough Taught Me"), the declared one is the story's, also when the site's name is the page's <h1>.
 * `headline` is the JSON-LD article's: a page that declares none may title its page from a template
 * (templatedTitle).
 */
function pickTitle(document: Document, candidate: string, declared: string | null, headline: string | null): string {
  const h1 = pageHeadline(document, document.title || candidate);
  const heading = (h1?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const flat = candidate.replace(/\s+/g, ' ').trim();
  const raw = (document.title ?? '').replace(/\s+/g, ' ').trim();
  const named = (declared ?? '').replace(/\s+/g, ' ').trim();
  const decorates = (title: string): boolean => named.length >= 8 && title.length > named.length && title.includes(named);
  // The <h1> is the other part of a "site: story" title: the site's name, not the story's headline.
  if (decorates(raw) && heading && raw.includes(heading) && !named.includes(heading) && !heading.includes(named)) return named;
  // The same with nothing declared: the <h2> that the rest of the title names is the headline.
  const printed = h1 && heading && isSiteHeading(h1) ? headlineBesideSiteName(document, raw, heading) : null;
  if (printed) return printed;
  // Quotes and dashes as a reader reads them: the <h1> prints "‘…’" where og:title writes "'…'".
  const [foldedHeading, foldedFlat, foldedRaw] = [titleKey(heading), titleKey(flat), titleKey(raw)];
  if (heading.length >= 8 && heading.length <= 300 && (foldedFlat.includes(foldedHeading) || foldedRaw.includes(foldedHeading) || foldedHeading.includes(foldedFlat))) return heading;
  // A <title> worded for search engines, while the headline printed is the one the page declares
  // (og:title or its JSON-LD headline): the page's own headline.
  if (heading.length >= 8 && heading.length <= 300 && heading === named) return heading;
  // A short section's name that the <h1> prints and og:title declares word for word, the <title> adding
  // the site's ("Photos - Daily Courier"): the 8-character floor above kept the site's name in the title
  // (probe ring traps, photos-landing; fixture meta-short-title).
  if (heading.length >= MIN_DECLARED_HEADING && heading === named && raw.includes(heading) && raw !== heading) return heading;
  if (!headline && h1 && templatedTitle(h1, heading, flat)) return heading;
  return decorates(flat) ? named : flat;
}

/** A headline the page both prints and declares word for word is taken from this many characters ("Photos"). */
const MIN_DECLARED_HEADING = 4;

/** Words of a headline, lower case. */
const titleWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** A story's headline has this many words at least; a shorter <h1> may be a section's name. */
const MIN_HEADLINE_WORDS = 4;
/** Below this share of the headline's words in the title, the title is about something else than the words printed. */
const MIN_SHARED_WORDS = 0.5;

/**
 * Whether the title is a template's and the <h1> the story's headline: a sports recap titled "Thunder
 * 118-112 Nuggets (Mar 4, 2026) Game Recap" over the printed "Kemble scores 41, Thunder rally past
 * Nuggets 118-112" (fixture title-templated-recap). The <h1> stands in an <article> with the story's
 * prose, in no page header, and shares less than half its words with the title.
 */
function templatedTitle(h1: Element, heading: string, title: string): boolean {
  const words = titleWords(heading);
  if (words.length < MIN_HEADLINE_WORDS || heading.length > 300 || isSiteHeading(h1)) return false;
  const article = h1.closest('article');
  if (!article || !listOf(article.getElementsByTagName('p')).some((p) => (p.textContent ?? '').trim().length >= 100)) return false;
  const own = new Set(titleWords(title));
  return words.filter((word) => own.has(word)).length < words.length * MIN_SHARED_WORDS;
}

/** What separates a title's parts: "Story - Site", "Blog » Blog Archive » Post", "Site | Story". */
const TITLE_PARTS = /\s+[|»·–—-]\s+/;
const TITLE_EDGE = /^\s*[|»·–—-]\s*|\s*[|»·–—-]\s*$/g;
/** A page header's names, whole class or id words ("header", "page-header", "masthead", "site-title"): not a story's "entry-header". */
const SITE_HEADER = /(?:^|\s)(?:header|headerbar|page-header|site-header|masthead|branding|site-title|site-name|site-description|logo|banner)(?:\s|$)/i;
/** Levels looked up from an <h1> for the page's header. */
const SITE_HEADER_LEVELS = 4;

/** Whether an <h1> names the site: it links home, or it stands in the page's header (a banner, a block so named). */
function isSiteHeading(h1: Element): boolean {
  const link = h1.querySelector('a[href]');
  if (link && (link.textContent ?? '').trim() === (h1.textContent ?? '').trim()) {
    try {
      const url = new URL(link.getAttribute('href') ?? '', h1.ownerDocument.baseURI);
      if (/^\/(?:index\.\w+)?$/.test(url.pathname)) return true;
    } catch {
      // an address that does not parse says nothing
    }
  }
  let at: Element | null = h1.parentElement;
  for (let level = 0; at && at.tagName !== 'BODY' && level < SITE_HEADER_LEVELS; level++, at = at.parentElement) {
    if ((at.tagName === 'HEADER' && !at.closest('article, main')) || at.getAttribute('role') === 'banner' || SITE_HEADER.test(`${at.getAttribute('class') ?? ''} ${at.id}`)) return true;
  }
  return false;
}

/** The <h2>s read for it: a blog's post heading comes early. */
const MAX_H2S = 40;

/**
 * The story's headline when the page's <h1> is its site's name (a small site's or an old blog's
 * header: "<h1>Marsh Notes</h1>" over "<h2>The year the rails came back</h2>") and the title is that
 * name and the headline ("Marsh Notes » Blog Archive » The year the rails came back", "Club News: … -
 * Harlow Valley Vintage Motorcycle Club"): the <h2> whose text is the title without the name, or one
 * of its other parts; null when the <h1> is no end part of the title or no <h2> says the rest (probe
 * ring legacy).
 */
function headlineBesideSiteName(document: Document, raw: string, heading: string): string | null {
  const parts = raw.split(TITLE_PARTS).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2 || (parts[0] !== heading && parts[parts.length - 1] !== heading)) return null;
  const rest = (parts[0] === heading ? raw.slice(raw.indexOf(heading) + heading.length) : raw.slice(0, raw.lastIndexOf(heading))).replace(TITLE_EDGE, '').trim();
  const h2s = document.body?.getElementsByTagName('h2') ?? [];
  for (let i = 0; i < h2s.length && i < MAX_H2S; i++) {
    const text = (h2s[i]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > heading.length && (text === rest || parts.includes(text))) return text;
  }
  return null;
}

function stripNulls<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, v] of Object.entries(value)) if (v !== null && v !== undefined && v !== '') (out as Record<string, unknown>)[key] = v;
  return out;
}
