// The sentences of a rendered article: the text runs of its blocks, Intl.Segmenter in the article's
// language, and where each sentence lies in the DOM.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { comparePoints, indexFrom, sentencesOf, startOf } from '../../../src/render/read-aloud/sentences';
import type { Sentence } from '../../../src/render/read-aloud/sentences';
import { textRuns } from '../../../src/render/read-aloud/text-runs';

function rootOf(html: string): HTMLElement {
  const doc = new JSDOM(`<body><div id="content">${html}</div></body>`).window.document;
  const root = doc.getElementById('content');
  if (!root) throw new Error('no root');
  return root;
}

/** The DOM text a sentence's pieces cover, joined as a Range would read it. */
function domText(sentence: Sentence): string {
  return sentence.pieces.map((p) => p.node.data.slice(p.start, p.end)).join('');
}

const texts = (root: HTMLElement, lang = 'en'): string[] => sentencesOf(textRuns([root]), lang).map((s) => s.text);

describe('sentences of the rendered article', () => {
  it('splits paragraphs into sentences and keeps a sentence whole across a link and a source line break', () => {
    // The seed fixture's HTML has "rescued from\n<a>…</a>": a line break Intl.Segmenter would end a sentence at.
    const root = rootOf('<p>On Thursday, 200 people were rescued from\n<a href="#">scam centres</a> in Myanmar. They went home.</p><p>Second paragraph!</p>');
    const sentences = sentencesOf(textRuns([root]), 'en');
    expect(sentences.map((s) => s.text)).toEqual([
      'On Thursday, 200 people were rescued from scam centres in Myanmar.',
      'They went home.',
      'Second paragraph!',
    ]);
    const first = sentences[0];
    expect(first?.pieces.length).toBe(3);
    expect(first && domText(first).replace(/\s+/g, ' ')).toBe(first?.text);
    expect(first?.block.tagName).toBe('P');
    // The second sentence starts after the space, in the paragraph's last text node.
    expect(sentences[1] && domText(sentences[1])).toBe('They went home.');
  });

  it('ends a run at a <br> and at every block, and reads a list item apart from its nested list', () => {
    const root = rootOf('<div>First line<br>second line</div><ul><li>Item one<ul><li>Nested item</li></ul>tail of one</li></ul><h2>A heading</h2>');
    expect(texts(root)).toEqual(['First line', 'second line', 'Item one', 'Nested item', 'tail of one', 'A heading']);
  });

  it('skips code listings, hidden blocks, and text without a letter or digit', () => {
    const root = rootOf('<p>Read this.</p><pre>const x = 1;</pre><p hidden>Hidden text.</p><p aria-hidden="true">Also hidden.</p><p>—</p><p> • </p><p>Read that 2.</p>');
    expect(texts(root)).toEqual(['Read this.', 'Read that 2.']);
  });

  it('segments in the article language: Chinese ends sentences at 。 without spaces', () => {
    const root = rootOf('<p>今天天气很好。我们去公园吧！你来吗？</p>');
    expect(texts(root, 'zh-CN')).toEqual(['今天天气很好。', '我们去公园吧！', '你来吗？']);
  });

  it('accepts a language tag Intl does not know', () => {
    const root = rootOf('<p>One. Two.</p>');
    expect(texts(root, 'xx-invalid-tag-')).toEqual(['One.', 'Two.']);
  });

  it('cuts a long sentence into spoken pieces but highlights it whole', () => {
    const long = `${'word '.repeat(60)}and then, after a comma, ${'more '.repeat(40)}end.`;
    const [sentence] = sentencesOf(textRuns([rootOf(`<p>${long}</p>`)]), 'en');
    expect(sentence?.chunks.length).toBeGreaterThan(1);
    expect(sentence?.chunks.join(' ')).toBe(sentence?.text);
    expect(sentence && domText(sentence)).toBe(long);
  });

  it('finds the same place again after the DOM changed (a paragraph put back before it)', () => {
    const root = rootOf('<p>Alpha one. Alpha two.</p><p>Beta one.</p>');
    const before = sentencesOf(textRuns([root]), 'en');
    const at = before[2];
    if (!at) throw new Error('no third sentence');
    const restored = root.ownerDocument.createElement('p');
    restored.textContent = 'Restored one. Restored two.';
    root.prepend(restored);
    const after = sentencesOf(textRuns([root]), 'en');
    expect(after.map((s) => s.text)).toEqual(['Restored one.', 'Restored two.', 'Alpha one.', 'Alpha two.', 'Beta one.']);
    expect(indexFrom(after, startOf(at))).toBe(4);
    expect(comparePoints(startOf(after[0] as Sentence), startOf(at))).toBeLessThan(0);
    // A point whose node left the page has no place any more.
    at.pieces[0]?.node.parentElement?.remove();
    expect(indexFrom(after, startOf(at))).toBe(-1);
  });
});
