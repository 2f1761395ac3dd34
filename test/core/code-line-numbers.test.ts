import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeCodeLineNumbers } from '../../src/core/clean/code-line-numbers';

const CODE = 'SELECT id\nFROM jobs\nWHERE run_after &lt;= now()\nLIMIT 10;';

function run(html: string): { text: string; removed: string[] } {
  const article = new JSDOM(`<body><div id="a">${html}</div></body>`).window.document.getElementById('a');
  if (!article) throw new Error('no article');
  const removed = removeCodeLineNumbers(article).map((r) => `${r.category}/${r.ruleId}`);
  return { text: article.textContent ?? '', removed };
}

describe('removeCodeLineNumbers', () => {
  it("removes a highlighter's gutter in the cell before the code, numbered from 1 or further down", () => {
    const table = (gutter: string) => `<table><tr><td><div><pre><span>${gutter}</span></pre></div></td><td><div class="highlight"><pre><code>${CODE}</code></pre></div></td></tr></table>`;
    const first = run(table('1\n2\n3\n4\n'));
    expect(first.removed).toEqual(['residue/code-line-numbers']);
    expect(first.text).toContain('SELECT id');
    expect(first.text).not.toMatch(/\b[1-4]\n/);
    expect(run(table('12\n13\n14\n15')).removed).toEqual(['residue/code-line-numbers']);
  });

  it('keeps figures that number no code: another count of lines, a gap, words between, or a column of results', () => {
    expect(run(`<pre>1\n2\n3</pre><pre><code>${CODE}</code></pre>`).removed).toEqual([]);
    expect(run(`<pre>1\n2\n4\n5</pre><pre><code>${CODE}</code></pre>`).removed).toEqual([]);
    expect(run(`<pre>1\n2\n3\n4</pre><p>The query:</p><pre><code>${CODE}</code></pre>`).removed).toEqual([]);
    expect(run('<pre>1\n2\n3\n4</pre>').removed).toEqual([]);
    expect(run('<pre>1\n2\n3</pre><pre>4\n5\n6</pre>').removed).toEqual([]);
  });
});
