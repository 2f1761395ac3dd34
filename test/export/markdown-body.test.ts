// HTML -> Markdown (src/export/markdown-body.ts) on the structures an article body holds.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/export/markdown-body';
import { relatedToMarkdown } from '../../src/export/markdown';

function md(html: string): string {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`);
  try {
    return htmlToMarkdown(dom.window.document.body);
  } finally {
    try {
      dom.window.close();
    } catch {
      // jsdom's close recurses through the tree and overflows on the 5,000-level page; the window goes anyway.
    }
  }
}

describe('htmlToMarkdown', () => {
  it('renders headings and paragraphs with collapsed white space', () => {
    expect(md('<h2>A   heading</h2>\n<p>One\n  paragraph.</p><p>Two.</p>')).toBe('## A heading\n\nOne paragraph.\n\nTwo.');
    expect(md('<h4><strong>1. Bold all through</strong></h4>')).toBe('#### 1. Bold all through');
  });

  it('drops soft hyphens, which an editor would keep inside the words', () => {
    expect(md('<p>Mit\u00adtel\u00adal\u00adter and <code>x\u00ady</code></p>')).toBe('Mittelalter and `xy`');
  });

  it('keeps a word and its reading (ruby) inside the line, without spaces', () => {
    expect(md('<p><ruby>港市<rp>(</rp><rt>みなとし</rt><rp>)</rp></ruby>の<ruby>水島<rt>みずしま</rt></ruby>小学校</p>'))
      .toBe('港市(みなとし)の水島みずしま小学校');
  });

  it('renders emphasis, code spans, links and images inline', () => {
    expect(md('<p>An <em>odd</em> <strong>bold</strong> <code>x`y</code> <a href="https://a.example/p?q=1">link</a> ' +
      '<img src="https://a.example/i.png" alt="A [cat]"></p>'))
      .toBe('An *odd* **bold** ``x`y`` [link](https://a.example/p?q=1) ![A \\[cat\\]](https://a.example/i.png)');
  });

  it('keeps white space outside emphasis marks and drops empty ones', () => {
    expect(md('<p>a<em> b </em>c<strong> </strong>d</p>')).toBe('a *b* c d');
  });

  it('drops javascript: and fragment-only links, keeping their text', () => {
    expect(md('<p><a href="javascript:alert(1)">bad</a> and <a href="#top">top</a></p>')).toBe('bad and top');
  });

  it('renders nested, ordered and loose lists', () => {
    expect(md('<ul><li>one<ul><li>one.a</li></ul></li><li>two</li></ul>')).toBe('- one\n  - one.a\n- two');
    expect(md('<ol start="3"><li>three</li><li>four</li></ol>')).toBe('3. three\n4. four');
    expect(md('<ul><li><p>a</p><p>b</p></li><li><p>c</p></li></ul>')).toBe('- a\n\n  b\n\n- c');
  });

  it('renders blockquotes, rules and fenced code', () => {
    expect(md('<blockquote><p>Quoted.</p><p>More.</p></blockquote>')).toBe('> Quoted.\n>\n> More.');
    expect(md('<p>a</p><hr><p>b</p>')).toBe('a\n\n---\n\nb');
    expect(md('<pre><code>if (a) {\n  b();\n}\n</code></pre>')).toBe('```\nif (a) {\n  b();\n}\n```');
    expect(md('<pre>has ``` inside</pre>')).toBe('````\nhas ``` inside\n````');
  });

  it('renders line breaks as hard breaks', () => {
    expect(md('<p>line one<br>line two<br></p>')).toBe('line one  \nline two');
  });

  it('renders a simple table as a GFM table and a layout table as blocks', () => {
    expect(md('<table><thead><tr><th>Name</th><th>Score</th></tr></thead><tbody><tr><td>A|B</td><td>1</td></tr></tbody></table>'))
      .toBe('| Name | Score |\n| --- | --- |\n| A\\|B | 1 |');
    expect(md('<table><tr><td><p>Layout paragraph.</p></td></tr></table>')).toBe('Layout paragraph.');
    expect(md('<table><tr><td colspan="2">wide</td></tr><tr><td>a</td><td>b</td></tr></table>')).toBe('wide\n\na\n\nb');
  });

  it('renders figures with their captions', () => {
    expect(md('<figure><img src="https://a.example/p.jpg" alt="Port"><figcaption>The port at dawn.</figcaption></figure>'))
      .toBe('![Port](https://a.example/p.jpg)\n\n*The port at dawn.*');
  });

  it('escapes text that would read as Markdown syntax', () => {
    expect(md('<p>1. Not a list, *not* emphasis, a_b and _c_</p>')).toBe('1\\. Not a list, \\*not\\* emphasis, a_b and \\_c\\_');
    expect(md('<p># not a heading</p><p>- not an item</p><p>&lt;div&gt; stays text</p>'))
      .toBe('\\# not a heading\n\n\\- not an item\n\n\\<div> stays text');
  });

  it('skips scripts, styles and forms', () => {
    expect(md('<p>kept</p><script>alert(1)</script><style>p{}</style><form><input value="x"></form>')).toBe('kept');
  });

  it('treats custom elements as blocks and survives 5,000 levels of nesting', () => {
    expect(md('<story-body><p>One.</p><p>Two.</p></story-body>')).toBe('One.\n\nTwo.');
    const deep = '<div>'.repeat(5000) + '<p>bottom</p>' + '</div>'.repeat(5000);
    expect(md(deep)).toBe('bottom');
  });
});

describe('relatedToMarkdown', () => {
  it('lists related links with source, time and summary', () => {
    expect(relatedToMarkdown([
      { url: 'https://news.example/a', title: 'First [story]', source: 'Wire', time: '2 hours ago', summary: 'What happened.' },
      { url: 'https://news.example/b (2)', title: 'Second' },
    ])).toBe('## Related\n\n- [First \\[story\\]](https://news.example/a) — Wire, 2 hours ago  \n  What happened.\n' +
      '- [Second](<https://news.example/b%20(2)>)');
    expect(relatedToMarkdown([])).toBe('');
  });
});
