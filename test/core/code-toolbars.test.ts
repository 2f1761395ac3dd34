import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isToolbarText, removeCodeToolbars } from '../../src/core/clean/code-toolbars';

function run(html: string): { text: string; removed: string[] } {
  const article = new JSDOM(`<body><div id="a"><p>Before the code.</p>${html}<p>After the code.</p></div></body>`).window.document.getElementById('a');
  if (!article) throw new Error('no article');
  const removed = removeCodeToolbars(article).map((r) => `${r.category}/${r.ruleId}`);
  return { text: (article.textContent ?? '').replace(/\s+/g, ' ').trim(), removed };
}

describe('removeCodeToolbars', () => {
  it("removes a code block's language label and copy control, below or above the block, in its box", () => {
    const below = run('<div class="highlight"><pre><code>fn main() {}</code></pre><div class="panel"><span>Rust</span><span role="button">Copy</span></div></div>');
    expect(below.removed).toEqual(['residue/code-toolbar']);
    expect(below.text).toBe('Before the code.fn main() {}After the code.');
    const above = run('<div class="code-block"><div class="top"><span>TypeScript</span><span>Copy code</span></div><div><pre><code>const x = 1;</code></pre></div></div>');
    expect(above.removed).toEqual(['residue/code-toolbar']);
    expect(above.text).not.toContain('TypeScript');
    expect(run('<p>bash</p><pre>cargo build</pre>').removed).toEqual(['residue/code-toolbar']);
    expect(run('<pre>ls -la</pre><div>Kopieren</div>').removed).toEqual(['residue/code-toolbar']);
  });

  it('keeps headings, labels with other words, and lines that are not beside a code block', () => {
    expect(run('<h3>Python</h3><pre>print(1)</pre>').removed).toEqual([]);
    expect(run('<p>Output:</p><pre>42</pre>').removed).toEqual([]);
    expect(run('<p>Run this in bash:</p><pre>make</pre>').removed).toEqual([]);
    expect(run('<p>Rust</p><p>More prose about Rust.</p><pre>fn main() {}</pre>').removed).toEqual([]);
    expect(run('<p>Rust</p>').removed).toEqual([]);
    // The bar's box holds a paragraph too: it is not the block's own toolbar box.
    expect(run('<div><p>Rust</p></div><div><pre>fn main() {}</pre><p>This block compiles a program that prints nothing at all and then exits, as the next section explains.</p></div>').removed).toEqual([]);
  });

  it('reads a bar as names and copy labels only', () => {
    expect(isToolbarText('JavaScript')).toBe(true);
    expect(isToolbarText('TypeScriptCopy code')).toBe(true);
    expect(isToolbarText('Photocopying')).toBe(false);
    expect(isToolbarText('TypeScript Copy code')).toBe(true);
    expect(isToolbarText('Shell · Copied!')).toBe(true);
    expect(isToolbarText('复制代码')).toBe(true);
    expect(isToolbarText('Go to the docs')).toBe(false);
    expect(isToolbarText('')).toBe(false);
  });
});
