// What the popup / reader page shows, read in the page by one self-contained function (it runs in
// Chromium through Playwright and in Firefox through Puppeteer), and checked in Node.
import type { Expected, Fixture } from './fixtures';
import { clickShowsArticle } from './fixtures';

export interface RenderedRelated {
  title: string;
  href: string;
  target: string;
  source: string;
  time: string;
  summary: string;
}

export interface RenderedView {
  state: string;
  title: string;
  byline: string;
  meta: string;
  /** The article's visible text (innerText), whitespace collapsed. */
  contentText: string;
  /** The visible text of the page outside #related (innerText), one line per entry, trimmed, no empty lines. */
  lines: string[];
  related: RenderedRelated[];
  message: string;
  /** Ids of the buttons that are rendered and visible. */
  visibleButtons: string[];
  /** The not-shown notice's line when it is visible, else ''. */
  notShown: string;
  /** The line under the article saying the site's paywall cuts the story, when it is visible, else ''. */
  paywallNote: string;
  /** The next-page line's link, when the line is visible, else ''. */
  nextPage: string;
}

/** Runs in the extension page: a plain snapshot of what it renders. Must stay self-contained. */
export function readRenderedView(): RenderedView {
  const text = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const q = (sel: string): Element | null => document.querySelector(sel);
  const visible = (el: Element): boolean => {
    const box = (el as HTMLElement).getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const related = [...document.querySelectorAll('#related li')].map((li) => {
    const a = li.querySelector('a.related-title');
    return {
      title: text(a),
      href: a?.getAttribute('href') ?? '',
      target: a?.getAttribute('target') ?? '',
      source: text(li.querySelector('.related-source')),
      time: text(li.querySelector('.related-time')),
      summary: text(li.querySelector('.related-summary')),
    };
  });
  const buttons = ['open-reader', 'hide-clutter', 'show-removed', 'clean-anyway'];
  const linesOf = (el: HTMLElement | null): string[] =>
    (el?.innerText ?? '')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l !== '');
  // The page's visible lines minus those of the #related section, where related headlines belong.
  const outsideRelated = linesOf(document.body);
  for (const line of linesOf(document.getElementById('related'))) {
    const at = outsideRelated.indexOf(line);
    if (at >= 0) outsideRelated.splice(at, 1);
  }
  return {
    state: document.body.dataset.state ?? '',
    title: text(q('#title')),
    byline: text(q('#byline')),
    meta: text(q('#meta')),
    // What a reader sees of the article (innerText: a closed <details>' body or a hidden block is not seen).
    contentText: ((q('#content') as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim(),
    lines: outsideRelated,
    related,
    message: text(q('#message')),
    visibleButtons: buttons.filter((id) => {
      const el = document.getElementById(id);
      return el !== null && visible(el);
    }),
    notShown: ((el) => (el && visible(el) ? text(el) : ''))(document.getElementById('not-shown')),
    paywallNote: ((el) => (el && visible(el) ? text(el) : ''))(document.getElementById('paywall-note')),
    nextPage: ((el) => (el && visible(el) ? document.getElementById('next-page-link')?.getAttribute('href') ?? '' : ''))(document.getElementById('next-page-note')),
  };
}

/** Boilerplate strings at least this long are also looked for inside the body, not only as lines. */
const LONG_BOILERPLATE = 30;

/** Collapses whitespace (including no-break spaces) the way the snapshot does. */
export function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The fixture is served from 127.0.0.1, so the page's relative links resolve there rather than on the
 * site it was saved from (expected.url): map the local origin back before comparing.
 */
export function hrefAsOnSite(href: string, localOrigin: string, siteUrl: string): string {
  if (!href.startsWith(localOrigin + '/')) return href;
  return new URL(href.slice(localOrigin.length), siteUrl).href;
}

/** Everything that is wrong with a rendered article against a fixture's expectations. */
export function articleProblems(view: RenderedView, expected: Expected, localOrigin: string): string[] {
  const problems: string[] = [];
  // Nothing else can be judged without an article: one clear line instead of a page of consequences.
  if (view.state !== 'article') return [`data-state is "${view.state}", not "article" (message: "${view.message}")`];
  if (view.title === '') problems.push('#title is empty');
  for (const keep of expected.keep) {
    if (!view.contentText.includes(normalize(keep))) problems.push(`#content lacks kept text: "${keep}"`);
  }
  if (expected.title !== undefined && view.title !== normalize(expected.title)) {
    problems.push(`#title is "${view.title}", expected "${expected.title}"`);
  }
  const lines = new Set(view.lines);
  for (const gone of expected.gone) {
    const want = normalize(gone);
    if (lines.has(want)) problems.push(`boilerplate shown as a line: "${gone}"`);
    // A long boilerplate string may be a prefix of its line: it must not be inside the body at all.
    else if (want.length >= LONG_BOILERPLATE && view.contentText.includes(want)) {
      problems.push(`#content contains boilerplate: "${gone}"`);
    }
  }
  // The not-shown notice: silent on a clean page, and counting the expected paragraphs where some are lost.
  const lost = expected.notShown?.length ?? 0;
  if (lost === 0 && view.notShown !== '') problems.push(`a not-shown notice on a clean page: "${view.notShown}"`);
  if (lost > 0 && !view.notShown.startsWith(String(lost))) problems.push(`the not-shown notice is "${view.notShown}", expected one for ${lost} paragraphs`);
  // The paywall line: under an article the site cuts short, and nowhere else.
  if ((view.paywallNote !== '') !== (expected.endsAtPaywall === true)) {
    problems.push(expected.endsAtPaywall ? 'no paywall note under a story the site cuts short' : `a paywall note under a whole story: "${view.paywallNote}"`);
  }
  // The next-page line: under one page of a story split over pages, with the next page's address.
  const nextPage = view.nextPage === '' ? '' : hrefAsOnSite(view.nextPage, localOrigin, expected.url);
  if (nextPage !== (expected.nextPage ?? '')) problems.push(`the next-page link is "${view.nextPage}", expected "${expected.nextPage ?? ''}"`);
  for (const want of expected.related) {
    // Related links belong in their own section, not duplicated in the article body.
    if (view.contentText.includes(normalize(want.title))) problems.push(`#content contains the related link "${want.title}"`);
    const got = view.related.find((r) => r.title === normalize(want.title));
    if (got === undefined) {
      problems.push(`#related lacks "${want.title}" (has: ${view.related.map((r) => `"${r.title}"`).join(', ')})`);
      continue;
    }
    const href = hrefAsOnSite(got.href, localOrigin, expected.url);
    if (href !== want.url) problems.push(`related "${want.title}": href ${got.href}, expected ${want.url}`);
    if (got.target !== '_blank') problems.push(`related "${want.title}": target "${got.target}", expected _blank`);
    for (const key of ['source', 'time', 'summary'] as const) {
      const value = want[key];
      if (value !== undefined && got[key] !== normalize(value)) {
        problems.push(`related "${want.title}": ${key} "${got[key]}", expected "${value}"`);
      }
    }
  }
  return problems;
}

/**
 * The popup's one-row bar and whatever shows under it (an open panel aside) may take at most this
 * many CSS pixels above the article, at 800x600 and at 360 px wide: the article must start high.
 */
export const MAX_CONTROLS_HEIGHT = 80;

/** Runs in the extension page: the bottom edge of the controls above the article, in CSS px from the page top. */
export function readControlsBottom(): number {
  const bar = document.querySelector('header.bar');
  return bar === null ? -1 : Math.round(bar.getBoundingClientRect().bottom + window.scrollY);
}

/**
 * What is wrong with the popup after one click on a fixture (no "Clean anyway"): an article fixture, or
 * one that reads as an article, must show as its expected.json says, with the quiet "not detected" line
 * exactly when the detector had said no; the rest must say "not an article" and offer "Clean anyway".
 */
export function clickProblems(fixture: Fixture, view: RenderedView, noteShown: boolean, localOrigin: string): string[] {
  const problems: string[] = [];
  if (clickShowsArticle(fixture)) {
    problems.push(...articleProblems(view, fixture.expected, localOrigin));
    if (noteShown !== !fixture.expected.isArticle) problems.push(`the "not detected" note is ${noteShown ? 'shown' : 'missing'}`);
  } else {
    if (view.state !== 'not-article') problems.push(`data-state is "${view.state}", not "not-article"`);
    if (!view.visibleButtons.includes('clean-anyway')) problems.push('no visible "Clean anyway"');
  }
  return problems.map((p) => `${fixture.name}: ${p}`);
}
