import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { snapshotPick, storyCoverage } from '../../src/core/clean/story-coverage';
import { containerChrome, trimContainer } from '../../src/core/clean/fallback-container';

const doc = new JSDOM('<body></body>').window.document;
const para = (n: number) => `<p>Paragraph ${n} says something long enough to count as a paragraph of the story here.</p>`;
const element = (html: string): Element => {
  const div = doc.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('storyCoverage', () => {
  it('counts the prose Readability left out before and between the paragraphs it kept, not after the last', () => {
    const pick = element([1, 2, 3, 4, 5, 6].map(para).join(''));
    const kept = element([2, 4].map(para).join(''));
    const one = para(1).replace(/<\/?p>/g, '').length;
    expect(storyCoverage(snapshotPick(pick), kept)).toEqual({ keptInPick: 1, missedBeforeOrBetween: 2 * one });
  });

  it('says how much of Readability\'s result the pick holds, wherever the pick has it, and ignores short lines', () => {
    // Readability turns a <div> of text into a <p> (WCXB 0341): the pick's whole text is searched.
    const pick = element(`${para(1)}<p>Share</p><div>${para(2).replace(/<\/?p>/g, '')}</div>`);
    const kept = element(`${para(2)}${para(7)}<p>Menu</p>`);
    expect(storyCoverage(snapshotPick(pick), kept).keptInPick).toBe(0.5);
  });

  it('finds nothing missed when Readability kept the story and the pick adds only what follows it (comments)', () => {
    const pick = element([1, 2, 3].map(para).join('') + '<section class="comments">' + [8, 9].map(para).join('') + '</section>');
    const kept = element([1, 2, 3].map(para).join(''));
    expect(storyCoverage(snapshotPick(pick), kept).missedBeforeOrBetween).toBe(0);
  });

  it('reads the pick without the chrome the fallback would trim, and leaves the tree as it was', () => {
    const html = `<header><h1>Headline of the story</h1></header><nav><p>${'Menu entry that is long enough to count as one. '.repeat(2)}</p></nav>${para(1)}<aside><p>${'An aside paragraph long enough to count here. '.repeat(2)}</p></aside><header><p>${'A second header with a long enough line in it. '.repeat(2)}</p></header>${para(2)}<footer>${para(3)}</footer>`;
    const pick = element(html);
    const before = pick.innerHTML;
    const snapshot = snapshotPick(pick, containerChrome(pick));
    expect(snapshot.paragraphs).toEqual([1, 2].map((n) => para(n).replace(/<\/?p>/g, '')));
    expect(pick.innerHTML).toBe(before);
    const trimmed = element(html);
    trimContainer(trimmed);
    expect(snapshot).toEqual(snapshotPick(trimmed));
  });
});


describe('containerChrome', () => {
  // The definition it walks for, as selectors: chrome by tag or role, and every header outside chrome
  // but the one holding the headline (the first <h1> under a header, outside chrome); outermost only.
  const CHROME = 'nav, footer, aside, form, button, input, select, textarea, iframe, noscript, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [role="dialog"]';
  const bySelectors = (container: Element): Element[] => {
    const inChrome = (e: Element) => {
      const outer = e.closest(CHROME);
      return outer !== null && container.contains(outer);
    };
    const h1 = Array.from(container.querySelectorAll('header h1')).find((h) => !inChrome(h)) ?? null;
    const headers = Array.from(container.querySelectorAll('header')).filter((h) => !inChrome(h) && !(h1 && h.contains(h1)));
    const all = [...Array.from(container.querySelectorAll(CHROME)), ...headers].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
    const out: Element[] = [];
    for (const e of all) if (!out.length || !out[out.length - 1]?.contains(e)) out.push(e);
    return out;
  };
  const pages = [
    '<div id="c"><header><h1>Title</h1><nav>menu</nav></header><p>text</p><header>second</header><footer><header>in footer</header></footer></div>',
    '<div id="c"><header role="banner"><h1>Title</h1></header><header><p>kicker</p><header><h1>Real</h1></header></header><aside><h1>No</h1></aside></div>',
    '<header><div id="c"><h1>Under a header above</h1><header>inner</header><form><input><button>b</button></form></div></header>',
    '<form id="c"><header><h1>Inside a form</h1></header><nav>n</nav><div role="search">s</div><p>text</p></form>',
    '<div id="c"><div role="dialog"><nav>x</nav></div><noscript><p>n</p></noscript><section><header><span>by</span></header><h1>Loose</h1></section><iframe></iframe></div>',
  ];
  it('finds what the selector definition finds, on headers, roles, nesting and a chrome container', () => {
    for (const html of pages) {
      const page = new JSDOM(`<body>${html}</body>`).window.document;
      const container = page.getElementById('c') as Element;
      const found = containerChrome(container);
      const expected = bySelectors(container);
      expect(found.length, html).toBe(expected.length);
      expect(found.every((element, i) => element === expected[i]), html).toBe(true);
    }
  });
});
