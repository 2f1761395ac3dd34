// Removal records name what matched and why, on every fixture, and carry what a reader needs to put the
// block back in its place: its markup within the size caps (sanitized clean when it is shown) and an anchor that finds the right
// block of the article again.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/core/index';
import type { Article, Removal } from '../../src/core/types';
import { allRules } from '../../src/core/rules/all-rules';
import { STEP_RULES, HIDDEN_MATCHES } from '../../src/core/rules/step-rules';
import { articleBlocks, blockLabel } from '../../src/core/article-blocks';
import { SITE_TITLE_MATCH } from '../../src/core/clean/site-title';
import { MATCH_SUFFIXES } from '../../src/core/clean/match-clutter';
import { MAX_REMOVAL_HTML, MAX_REMOVED_HTML } from '../../src/core/restore-limits';
import { sanitizeRemovedMarkup, withSanitizedHtml } from '../../src/core/removed-markup';
import { htmlRoot } from '../../src/fixture-format/expectations';
import { listFixtureNames, loadFixture } from './fixture-schema';

const fixtures = listFixtureNames().map(loadFixture);
/** A window to sanitize with, as the popup has one. */
const WIN = new JSDOM('').window as unknown as Window & typeof globalThis;

function extracted(html: string, url: string, keep?: Array<{ ruleId: string; match: string }>): Article {
  const dom = new JSDOM(html, { url });
  const result = extractArticle(dom.window.document, url, keep ? { keep } : {});
  if (!result.ok) throw new Error(`${url}: ${result.message}`);
  return result.article;
}

const byFixture = fixtures
  .filter((f) => f.expected.isArticle)
  .map((f) => ({ name: f.name, article: extracted(f.html, f.expected.url) }));

/** Every match string a table rule's data can produce. */
function tableMatches(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const rule of allRules()) {
    const set = new Set<string>();
    for (const token of rule.match.tokens ?? []) for (const slot of ['class', 'id', 'tag', 'data-testid', 'data-component']) set.add(`${slot}~="${token}"`);
    for (const selector of rule.match.selectors ?? []) set.add(selector);
    for (const list of Object.values(rule.match.labels ?? {})) for (const phrase of list) set.add(`label "${phrase}"`);
    for (const list of Object.values(rule.match.headings ?? {})) for (const phrase of list) set.add(`heading "${phrase}"`);
    for (const re of rule.match.patterns ?? []) set.add(`pattern ${String(re)}`);
    for (const match of [...set]) for (const suffix of Object.values(MATCH_SUFFIXES)) set.add(`${match}${suffix}`);
    out.set(rule.id, set);
  }
  return out;
}

describe('removal records', () => {
  it('name, on every fixture, what of the rule matched and the reason the rule data gives', () => {
    const matches = tableMatches();
    const reasons = new Map<string, string>([...allRules(), ...Object.values(STEP_RULES)].map((rule) => [rule.id, rule.reason]));
    const problems: string[] = [];
    let count = 0;
    for (const { name, article } of byFixture) {
      for (const r of article.removed) {
        count += 1;
        const where = `${name}: ${r.ruleId} "${r.text.slice(0, 40)}"`;
        if (!r.match.trim()) problems.push(`${where}: no match`);
        if (r.reason !== reasons.get(r.ruleId)) problems.push(`${where}: reason is not the rule's`);
        const table = matches.get(r.ruleId);
        if (table && !table.has(r.match)) problems.push(`${where}: match ${r.match} is not in the rule's data`);
        const step = Object.values(STEP_RULES).find((s) => s.id === r.ruleId);
        // The title-repeat step also takes a story's opening headline for the title when the page's
        // title names only the site (clean/site-title.ts; fixture story-without-metadata), and says so.
        const stepMatch = step && 'match' in step && (r.match === step.match || (step === STEP_RULES.titleRepeat && r.match === SITE_TITLE_MATCH));
        if (step && 'match' in step && !stepMatch) problems.push(`${where}: match ${r.match} is not the step's`);
        if (r.ruleId === STEP_RULES.pageChrome.id && !/^outside the story: <[a-z0-9-]+(?:[#.][^>]+)?>$/.test(r.match)) problems.push(`${where}: page-chrome match ${r.match}`);
        if (r.ruleId === STEP_RULES.hidden.id && !(Object.values(HIDDEN_MATCHES) as string[]).includes(r.match)) problems.push(`${where}: unknown hidden match`);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(100);
  });

  it('carry markup within the caps, or say why not, and no internal marks anywhere; it sanitizes clean', () => {
    const problems: string[] = [];
    const win = new JSDOM('').window as unknown as Window & typeof globalThis;
    for (const { name, article } of byFixture) {
      expect(article.html, name).not.toMatch(/data-tr-/);
      let total = 0;
      for (const r of article.removed) {
        const where = `${name}: ${r.ruleId} "${r.text.slice(0, 40)}"`;
        if (r.markup === undefined) {
          if (!r.unrestorable) problems.push(`${where}: neither markup nor a reason`);
          continue;
        }
        total += r.markup.length;
        if (r.markup.length > MAX_REMOVAL_HTML) problems.push(`${where}: markup over the cap`);
        // Only the image mark travels (the sanitizer reads it, then drops it): what it drops anyway does not.
        if (/<script|<style|\son\w+=|data-tr-(?!img)|style=|class=/i.test(r.markup)) problems.push(`${where}: markup carries what is never shown ${r.markup.slice(0, 80)}`);
      }
      if (total > MAX_REMOVED_HTML) problems.push(`${name}: ${total} bytes of removed markup`);
      for (const r of withSanitizedHtml(article.removed, win)) {
        if (r.html !== undefined && /<script|\son\w+=|javascript:|data-tr-|style=|class=/i.test(r.html)) problems.push(`${name}: unsanitized html ${r.html.slice(0, 80)}`);
      }
      // Every rule-made record of a fixture is restorable there (the fixtures have no giant blocks), but
      // an empty one, which shows nothing (story-in-header: an ad slot waiting for its script).
      const empty = (r: Removal): boolean => r.text === '' && r.unrestorable === 'empty';
      const lost = article.removed.filter((r) => r.category !== 'unsafe' && r.ruleId !== STEP_RULES.trackingImage.id && r.markup === undefined && !empty(r));
      if (lost.length) problems.push(`${name}: not restorable: ${lost.map((r) => `${r.ruleId} (${r.unrestorable})`).join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('anchor each block to a block of the article that the anchor text names', () => {
    const problems: string[] = [];
    let anchored = 0;
    for (const { name, article } of byFixture) {
      const blocks = articleBlocks(htmlRoot(article.html));
      for (const r of article.removed) {
        if (!r.anchor) continue;
        anchored += 1;
        const block = blocks[r.anchor.block];
        if (!block || blockLabel(block) !== r.anchor.text) problems.push(`${name}: ${r.ruleId} anchor ${r.anchor.block} names "${r.anchor.text}"`);
      }
    }
    expect(problems).toEqual([]);
    expect(anchored).toBeGreaterThan(50);
  });
});

const para = (n: number): string => `<p>Paragraph ${n} of the story carries enough words to count as real prose for any extractor, with detail ${n}.</p>`;
const URL_ = 'https://news.example.com/world/2025/02/20/story';

function story(inner: string): string {
  return `<!doctype html><html lang="en"><head><title>A story</title></head><body>
    <div class="cookie-banner"><p>We use cookies to personalise content and ads.</p></div>
    <article><h1>A story about places</h1>${inner}</article>
    <footer><p>© Example News. All rights reserved.</p></footer></body></html>`;
}

function removal(article: Article, text: string): Removal {
  const found = article.removed.find((r) => r.text.includes(text));
  if (!found) throw new Error(`no removal with "${text}" in ${article.removed.map((r) => r.text).join(' | ')}`);
  return found;
}

describe('the place of a removed block', () => {
  const article = extracted(
    story(`${para(1)}<div class="ad-slot"><span>Advertisement</span></div>${para(2)}${para(3)}
      <aside class="newsletter-signup"><p>Get our morning briefing in your inbox.</p></aside>${para(4)}
      <div class="promo-box"><p>Try our app today</p></div><div class="ad-slot"><p>Sponsored by Someone Else</p></div>`),
    URL_,
  );
  const blocks = articleBlocks(htmlRoot(article.html));
  const at = (r: Removal): string => (r.anchor ? `${r.anchor.side} ${blockLabel(blocks[r.anchor.block] ?? htmlRoot('')).slice(0, 11)}` : 'none');

  it('is before the next block the article kept, between the paragraphs it sat between', () => {
    const ad = removal(article, 'Advertisement');
    expect(at(ad)).toBe('before Paragraph 2');
    expect(ad.anchor?.inside).toBe(true);
    const newsletter = removal(article, 'morning briefing');
    expect(at(newsletter)).toBe('before Paragraph 4');
  });

  it('is after the last kept block for blocks that ended the page, in page order, marked as outside', () => {
    const promo = removal(article, 'Try our app');
    const sponsor = removal(article, 'Sponsored by');
    expect(at(promo)).toBe('after Paragraph 4');
    expect(at(sponsor)).toBe('after Paragraph 4');
    expect(promo.anchor?.inside).toBe(false);
    expect((promo.anchor?.order ?? 0) < (sponsor.anchor?.order ?? 0)).toBe(true);
  });

  it('is before the first block for a block at the top of the page', () => {
    const cookie = removal(article, 'We use cookies');
    expect(at(cookie)).toMatch(/^before /);
    expect(cookie.anchor?.inside).toBe(false);
    expect(cookie.anchor?.block).toBe(0);
  });

  it('holds a hidden block as a visible one: put back, it is shown', () => {
    const page = story(`${para(1)}<div hidden><p>Corrections: an earlier version misspelled a name.</p></div>${para(2)}`);
    const hidden = removal(extracted(page, URL_), 'Corrections');
    expect(hidden).toMatchObject({ ruleId: 'hidden', match: '[hidden]', markup: '<div><p>Corrections: an earlier version misspelled a name.</p></div>' });
    const kept = extracted(page, URL_, [{ ruleId: 'hidden', match: '[hidden]' }]);
    expect(kept.text).toMatch(/Paragraph 1[^\n]*\nCorrections: an earlier version misspelled a name\.\nParagraph 2/);
    expect(kept.html).not.toMatch(/hidden/);
  });

  it('holds the block as markup with absolute links, without what is never shown, and sanitizes it when shown', () => {
    const page = story(`${para(1)}<div class="share-bar" onclick="steal()"><a href="/share?u=1" style="color:red">Share this</a><script>x()</script></div>${para(2)}`);
    const share = removal(extracted(page, URL_), 'Share this');
    expect(share.markup).toBe('<div><a href="https://news.example.com/share?u=1">Share this</a></div>');
    expect(sanitizeRemovedMarkup(share.markup ?? '', WIN)).toBe('<div><a href="https://news.example.com/share?u=1" rel="noopener noreferrer">Share this</a></div>');
  });

  it('neutralises hostile markup when it is shown, whatever the record carries', () => {
    const hostile = '<div><img src="https://news.example.com/a.jpg" onerror="steal()"><script>steal()</script><a href="javascript:steal()">Win</a><iframe src="https://evil.example/"></iframe><p>A prize</p></div>';
    const html = sanitizeRemovedMarkup(hostile, WIN) ?? '';
    expect(html).toContain('A prize');
    expect(html).toContain('src="https://news.example.com/a.jpg"');
    expect(html).not.toMatch(/onerror|<script|javascript:|<iframe|steal/);
  });

  it('says "empty" at once for a block that shows nothing, and "unsafe" when its markup sanitizes to nothing', () => {
    const page = story(`${para(1)}<form class="newsletter-signup" action="/join"><input type="email" name="e"><button></button></form>${para(2)}`
      + `<div class="share-bar"><a href="/share">Share this</a></div>${para(3)}`);
    const article = extracted(page, URL_);
    // No text and no picture: nothing of it can be shown, and it says so without being serialised.
    const form = article.removed.find((r) => r.ruleId === 'newsletter-box');
    expect(form).toMatchObject({ unrestorable: 'empty' });
    expect(form).not.toHaveProperty('markup');
    // Markup that sanitizes to nothing is found out when it is shown (here, a record as a hostile page could make it).
    const share = removal(article, 'Share this');
    const forged = { ...share, markup: '<form action="/join"><input name="q"><button></button></form><script>steal()</script>' };
    expect(sanitizeRemovedMarkup(forged.markup, WIN)).toBeNull();
    const shown = withSanitizedHtml([forged, share], WIN);
    expect(shown[0]).toMatchObject({ unrestorable: 'unsafe' });
    expect(shown[0]).not.toHaveProperty('html');
    expect(shown[0]).not.toHaveProperty('markup');
    expect(shown[1]?.html).toBe('<div><a href="https://news.example.com/share" rel="noopener noreferrer">Share this</a></div>');
  });

});

describe('the size caps', () => {
  it('say "too large" for a block over 20 KB and keep the total under 200 KB', () => {
    // Hidden blocks: the hidden step has no size bound (the rules' maxChars would keep big blocks in the page).
    const big = `<div hidden>${'<span>Buy now and save on everything you never needed. </span>'.repeat(500)}</div>`;
    const medium = (n: number): string => `<div hidden><p>Sign up ${n}: ${'x'.repeat(15_000)}</p></div>`;
    const page = story(`${para(1)}${big}${para(2)}${Array.from({ length: 16 }, (_, i) => medium(i) + para(i + 3)).join('')}`);
    const article = extracted(page, URL_);
    const ads = article.removed.filter((r) => r.text.startsWith('Buy now'));
    expect(ads.length).toBe(1);
    const signups = article.removed.filter((r) => r.text.startsWith('Sign up'));
    expect(signups.length).toBe(16);
    for (const r of ads) expect(r).toMatchObject({ unrestorable: 'too-large' });
    for (const r of ads) expect(r.markup).toBeUndefined();
    const restorable = signups.filter((r) => r.markup !== undefined);
    expect(restorable.length).toBeGreaterThan(8);
    expect(restorable.length).toBeLessThan(16);
    expect(signups.slice(restorable.length).every((r) => r.unrestorable === 'too-large')).toBe(true);
    const total = article.removed.reduce((sum, r) => sum + (r.markup?.length ?? 0), 0);
    expect(total).toBeLessThanOrEqual(MAX_REMOVED_HTML);
    // The article itself is whole whatever its removed blocks weigh.
    expect(article.text).toContain('Paragraph 18 of the story');
  });
});

describe('per-site exceptions (ExtractOptions.keep)', () => {
  const page = story(`${para(1)}<div class="promo-box"><p>Advertisement</p><p>Our own podcast, every morning at six, about the places in the news.</p></div>${para(2)}${para(3)}`);

  it('keep the block a rule and match name, whole, where the page has it', () => {
    const plain = extracted(page, URL_);
    const promo = removal(plain, 'Our own podcast');
    expect(plain.text).not.toContain('Our own podcast');
    const kept = extracted(page, URL_, [{ ruleId: promo.ruleId, match: promo.match }]);
    expect(kept.text).toContain('Our own podcast');
    // Kept whole: its "Advertisement" line is not taken by the label rule either.
    expect(kept.text).toMatch(/Paragraph 1[^\n]*\nAdvertisement\nOur own podcast[^\n]*\nParagraph 2/);
    expect(kept.html).not.toMatch(/data-tr-/);
    expect(kept.removed.some((r) => r.text.includes('Our own podcast'))).toBe(false);
  });

  it('keep a kept widget whole after Readability too: its title printed twice is not a repeated line then', () => {
    const widget = story(`${para(1)}<div class="video-widget"><p>We are not scammers, police say</p><p>We are not scammers, police say</p></div>${para(2)}${para(3)}`);
    const plain = removal(extracted(widget, URL_), 'We are not scammers');
    const kept = extracted(widget, URL_, [{ ruleId: plain.ruleId, match: plain.match }]);
    expect(kept.text).toMatch(/\nWe are not scammers, police say\nWe are not scammers, police say\n/);
    expect(kept.removed.some((r) => r.text.includes('We are not scammers'))).toBe(false);
  });

  it('leave other matches of the rule alone, and a step rule\'s exception switches its step off', () => {
    const promo = removal(extracted(page, URL_), 'Our own podcast');
    const other = extracted(page, URL_, [{ ruleId: promo.ruleId, match: 'class~="no-such-token"' }]);
    expect(other.text).not.toContain('Our own podcast');
    const cookie = extracted(page, URL_, [{ ruleId: 'cookie-box', match: 'class~="cookie"' }]);
    expect(cookie.removed.some((r) => r.ruleId === 'cookie-box')).toBe(false);
  });

  it('put a kept block back in its place where Readability would leave it out', () => {
    const ads = story(`${para(1)}<div class="ad-slot"><span>Advertisement</span></div>${para(2)}${para(3)}`);
    const ad = removal(extracted(ads, URL_), 'Advertisement');
    const kept = extracted(ads, URL_, [{ ruleId: ad.ruleId, match: ad.match }]);
    expect(kept.text).toMatch(/Paragraph 1[^\n]*\nAdvertisement\nParagraph 2/);
    expect(kept.html).not.toMatch(/data-tr-/);
  });

  it('keep one block of page chrome by its own match, not the rest of the chrome', () => {
    const body = Array.from({ length: 6 }, (_, i) => para(i + 1)).join('');
    const page = `<!doctype html><html lang="en"><head><title>A story</title><meta property="og:type" content="article"></head><body>
      <nav id="site-nav"><a href="/">Home</a> <a href="/world">World news</a></nav>
      <div class="layout"><div class="column"><h1>A story about places</h1><article>${body}</article></div>
      <aside class="rail"><p>Editor's picks for the weekend ahead.</p></aside></div>
      <footer><p>Copyright of the publisher.</p></footer></body></html>`;
    const plain = extracted(page, URL_);
    const rail = removal(plain, "Editor's picks");
    expect(rail).toMatchObject({ ruleId: 'page-chrome', match: 'outside the story: <aside.rail>' });
    expect(removal(plain, 'Home').match).toBe('outside the story: <nav#site-nav>');
    const kept = extracted(page, URL_, [{ ruleId: rail.ruleId, match: rail.match }]);
    expect(kept.text).toContain("Editor's picks for the weekend ahead.");
    expect(kept.text).not.toContain('World news');
    expect(kept.text).not.toContain('Copyright of the publisher');
  });

  it('refuse a malformed list and ignore exceptions for rules that do not exist', () => {
    const dom = new JSDOM(page, { url: URL_ });
    const bad = extractArticle(dom.window.document, URL_, { keep: [{ ruleId: 'Bad Id', match: 'x' }] });
    expect(bad).toMatchObject({ ok: false, reason: 'failed' });
    expect(extracted(page, URL_, [{ ruleId: 'retired-rule', match: 'class~="x"' }]).text).toContain('Paragraph 3');
  });
});
