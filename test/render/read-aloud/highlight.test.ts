// The sentence highlight: the CSS Custom Highlight API (a fake registry here: jsdom has none), and the
// <mark> fallback, which must put the article's DOM back exactly as it was.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createPainter, HIGHLIGHT_NAME, MARK_CLASS } from '../../../src/render/read-aloud/highlight';
import type { HighlightApi } from '../../../src/render/read-aloud/highlight';
import { sentencesOf } from '../../../src/render/read-aloud/sentences';
import { textRuns } from '../../../src/render/read-aloud/text-runs';

const HTML = '<p>First <em>sentence</em> here. Second <a href="#">one <b>with</b> links</a> inside. Third.</p>';

function setup() {
  const doc = new JSDOM(`<body><div id="content">${HTML}</div></body>`).window.document;
  const root = doc.getElementById('content') as HTMLElement;
  const sentences = sentencesOf(textRuns([root]), 'en');
  return { doc, root, sentences };
}

describe('the <mark> fallback', () => {
  it('wraps exactly the sentence and gives the DOM back as it was, node for node', () => {
    const { doc, root, sentences } = setup();
    const nodes = [...root.querySelectorAll('*')].flatMap((el) => [...el.childNodes]);
    const painter = createPainter(doc, null);
    expect(painter.mutates).toBe(true);
    painter.paint(sentences[1] ?? null);
    const marks = [...root.querySelectorAll(`mark.${MARK_CLASS}`)];
    expect(marks.map((m) => m.textContent).join('')).toBe('Second one with links inside.');
    expect(marks.length).toBe(5);
    // Painting the next sentence clears the last one first.
    painter.paint(sentences[2] ?? null);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Third.']);
    painter.paint(null);
    expect(root.innerHTML).toBe(HTML);
    // The same text nodes as before: the other sentences' positions stay valid.
    expect([...root.querySelectorAll('*')].flatMap((el) => [...el.childNodes])).toEqual(nodes);
    painter.paint(sentences[0] ?? null);
    expect(root.querySelector('mark')?.textContent).toBe('First ');
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent).join('')).toBe('First sentence here.');
  });

  it('puts page text into the mark as text, never as markup', () => {
    const doc = new JSDOM('<body><div id="content"></div></body>').window.document;
    const root = doc.getElementById('content') as HTMLElement;
    root.append(doc.createElement('p'));
    root.firstElementChild?.append(doc.createTextNode('Say <img src=x onerror=alert(1)> aloud.'));
    const [sentence] = sentencesOf(textRuns([root]), 'en');
    createPainter(doc, null).paint(sentence ?? null);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('mark')?.textContent).toBe('Say <img src=x onerror=alert(1)> aloud.');
  });
});

describe('the Highlight API painter', () => {
  it('registers one range over the sentence and never touches the DOM', () => {
    const { doc, root, sentences } = setup();
    const registry = new Map<string, Highlight>();
    const api: HighlightApi = {
      registry,
      create: (range) => ({ range }) as unknown as Highlight,
    };
    const painter = createPainter(doc, api);
    expect(painter.mutates).toBe(false);
    painter.paint(sentences[1] ?? null);
    const range = (registry.get(HIGHLIGHT_NAME) as unknown as { range: Range } | undefined)?.range;
    expect(range?.toString()).toBe('Second one with links inside.');
    expect(root.innerHTML).toBe(HTML);
    painter.paint(null);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });
});
