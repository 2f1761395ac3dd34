// The repeated-line step (src/core/clean/video-debris.ts removeRepeatedLines) on an article as
// Readability returns it: a detached element.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockText } from '../../src/core/text';
import { removeRepeatedLines } from '../../src/core/clean/video-debris';

function detached(html: string): Element {
  const doc = new JSDOM('<body></body>').window.document;
  const root = doc.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('removeRepeatedLines', () => {
  it('drops the second of two identical lines in a row, in a detached article too', () => {
    const root = detached('<figure><img src="/a.jpg"><figcaption>The crane on the north quay.</figcaption></figure><p>The crane on the north quay.</p><div><span>Play: the crane</span><span>Play: the crane</span></div><p>Then the story.</p>');
    expect(removeRepeatedLines(root)).toHaveLength(2);
    expect(blockText(root).split('\n')).toEqual(['The crane on the north quay.', 'Play: the crane', 'Then the story.']);
  });

  it('leaves a word that runs inside a line alone, whatever stood before it (WCXB 2534, 0163)', () => {
    const root = detached('<h3>Power BI</h3><p><strong><span>Power BI</span></strong> is a Microsoft tool for charts.</p><p>Enablement of <span>DNS</span>-based blocking</p><p>Enablement of <span>DNS</span>-caching</p>' +
      '<h3>Tableau</h3><p><span><a href="/t">Tableau</a></span><span> is also a visualization tool.</span></p>' +
      '<dt><code>-C <em><span>&lt;commit&gt;</span></em></code></dt><dd>Take an existing <em><span>&lt;commit&gt;</span></em> object.</dd>');
    expect(removeRepeatedLines(root)).toEqual([]);
    expect(blockText(root)).toContain('Power BI is a Microsoft tool');
    expect(blockText(root)).toContain('Enablement of DNS-caching');
    expect(blockText(root)).toContain('Take an existing <commit> object.');
    expect(blockText(root)).toContain('Tableau is also a visualization tool.');
  });
});
