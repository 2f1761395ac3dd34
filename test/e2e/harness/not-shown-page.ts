// The not-shown notice of the popup / reader page (src/render/not-shown-view.ts), read in the page by
// one self-contained function (Chromium through Playwright, Firefox through Puppeteer), and the order
// the page itself gives its paragraphs, read from the fixture in Node: restored blocks must stand
// where the page had them.
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import type { Fixture } from './fixtures';

export interface NotShownSnapshot {
  /** Whether the notice line is rendered and visible. */
  visible: boolean;
  text: string;
  toggle: string;
  pressed: string | null;
  /** The restored blocks' texts, in the order they stand in #content. */
  restored: string[];
  /** The label each restored block shows (its ::before content) and its accessible name. */
  labels: string[];
  /** #content's text, restored blocks included, whitespace collapsed. */
  content: string;
}

/** Runs in the extension page. Must stay self-contained. */
export function readNotShown(): NotShownSnapshot {
  const flat = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
  const line = document.getElementById('not-shown');
  const box = line?.getBoundingClientRect();
  const blocks = [...document.querySelectorAll('#content .restored-block')];
  return {
    visible: !!line && !line.hidden && !!box && box.width > 0 && box.height > 0,
    text: flat(document.getElementById('not-shown-text')?.textContent),
    toggle: flat(document.getElementById('not-shown-toggle')?.textContent),
    pressed: document.getElementById('not-shown-toggle')?.getAttribute('aria-pressed') ?? null,
    restored: blocks.map((b) => flat(b.textContent)),
    labels: blocks.map((b) => `${getComputedStyle(b, '::before').content} / ${b.getAttribute('aria-label') ?? ''}`),
    content: flat(document.getElementById('content')?.textContent),
  };
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The fixture's keep and notShown strings sorted by where they stand in the page's own text. */
export function pageOrder(fixture: Fixture): string[] {
  const dom = new JSDOM(fixture.html);
  const text = collapse(dom.window.document.body.textContent ?? '');
  dom.window.close();
  const strings = [...fixture.expected.keep, ...(fixture.expected.notShown ?? [])].map(collapse);
  return strings.map((s) => ({ s, at: text.indexOf(s) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at).map((x) => x.s);
}

/** Which of `ordered` are missing from `content` or out of order there (empty: all in page order). */
export function orderProblems(ordered: readonly string[], content: string): string[] {
  const problems: string[] = [];
  let from = 0;
  for (const s of ordered) {
    const at = content.indexOf(s, from);
    if (at < 0) problems.push(content.includes(s) ? `out of page order: "${s.slice(0, 60)}"` : `missing: "${s.slice(0, 60)}"`);
    else from = at + s.length;
  }
  return problems;
}

/** The English line of the notice for `count` paragraphs (the e2e browsers run in English). */
export function noticeLine(count: number): string {
  return count === 1 ? '1 paragraph of the page is not shown.' : `${count} paragraphs of the page are not shown.`;
}

/** What the notice's test does with an extension page, in Playwright or in Puppeteer. */
export interface NoticeDriver {
  read(): Promise<NotShownSnapshot>;
  clickToggle(): Promise<void>;
  /** Brings the first restored block into view. */
  scrollToRestored(): Promise<void>;
  screenshot(file: string): Promise<unknown>;
}

/**
 * On a page showing `fixture` (which expects lost paragraphs): the line counts them; one click shows
 * them in place, in the page's order, marked; another takes them out. Screenshots `<prefix>.png` and
 * `<prefix>-restored.png`.
 */
export async function checkNoticeAndRestore(driver: NoticeDriver, fixture: Fixture, prefix: string): Promise<void> {
  const want = fixture.expected.notShown ?? [];
  await driver.screenshot(`${prefix}.png`);
  const before = await driver.read();
  expect(before.visible).toBe(true);
  expect(before.text).toBe(noticeLine(want.length));
  expect(before.restored).toEqual([]);
  for (const text of want) expect(before.content).not.toContain(text);

  await driver.clickToggle();
  const after = await driver.read();
  expect(after.pressed).toBe('true');
  expect(after.restored).toHaveLength(want.length);
  want.forEach((text, i) => expect(after.restored[i]).toContain(text));
  expect(after.labels.every((l) => l.includes('Restored from the page'))).toBe(true);
  expect(orderProblems(pageOrder(fixture), after.content)).toEqual([]);
  await driver.scrollToRestored();
  await driver.screenshot(`${prefix}-restored.png`);

  await driver.clickToggle();
  const hidden = await driver.read();
  expect(hidden.restored).toEqual([]);
  expect(hidden.content).toBe(before.content);
  expect(hidden.text).toBe(before.text);
}

/** Runs in the extension page: the first restored block in the middle of the view. */
export function scrollToRestored(): void {
  document.querySelector('#content .restored-block')?.scrollIntoView({ block: 'center' });
}
