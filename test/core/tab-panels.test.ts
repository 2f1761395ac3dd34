import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { openTabPanels } from '../../src/core/clean/tab-panels';

function open(html: string): Document {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  openTabPanels(doc);
  return doc;
}

const TABS = `
  <ul role="tablist"><li role="tab" aria-controls="p1"><a id="t1" href="#p1">Base charge</a></li><li role="tab" aria-controls="p2"><a id="t2" href="#p2">Usage charge</a></li></ul>
  <div id="p1" role="tabpanel" aria-labelledby="t1"><p>The base charge rises.</p></div>
  <div id="p2" role="tabpanel" aria-labelledby="t2" aria-hidden="true" style="display: none; color: red" hidden><p>The usage charge rises too.</p></div>`;

describe('openTabPanels', () => {
  it('shows every panel, each under its tab name, and drops the strip of tabs', () => {
    const doc = open(TABS);
    const second = doc.getElementById('p2');
    expect(second?.hasAttribute('hidden')).toBe(false);
    expect(second?.hasAttribute('aria-hidden')).toBe(false);
    expect(second?.getAttribute('style')).not.toMatch(/display/);
    expect(doc.body.textContent?.replace(/\s+/g, ' ').trim()).toBe('Base chargeThe base charge rises. Usage chargeThe usage charge rises too.');
    expect(doc.querySelector('[role="tablist"]')).toBeNull();
    expect(doc.querySelector('#p1 > p > strong')?.textContent).toBe('Base charge');
  });

  it('names a panel by the tab that controls it, and not twice when the panel already starts with the name', () => {
    const doc = open('<div role="tablist"><button role="tab" aria-controls="a">Python</button></div><section id="a" role="tabpanel" hidden><h3>Python</h3><pre>print(1)</pre></section>');
    expect(doc.getElementById('a')?.textContent).toBe('Pythonprint(1)');
    expect(doc.querySelector('[role="tablist"]')).toBeNull();
  });

  it('leaves an accordion marked up as tabs as it is: each header above its panel, inside the list', () => {
    const doc = open('<div role="tablist"><div role="tab" id="h1"><h5><a aria-controls="c1">Podcast Transcript</a></h5></div><div id="c1" role="tabpanel" aria-labelledby="h1" class="collapse"><p>The transcript.</p></div></div>');
    expect(doc.body.textContent?.replace(/\s+/g, ' ').trim()).toBe('Podcast TranscriptThe transcript.');
    expect(doc.querySelector('[role="tablist"]')).not.toBeNull();
  });

  it('keeps a strip with a tab that names no panel, and leaves a page without panels alone', () => {
    const doc = open('<div role="tablist"><button role="tab" aria-controls="a">One</button><button role="tab">Two</button></div><div id="a" role="tabpanel" hidden>First panel.</div>');
    expect(doc.querySelector('[role="tablist"]')).not.toBeNull();
    expect(doc.getElementById('a')?.hasAttribute('hidden')).toBe(false);
    const plain = open('<p hidden>Not a panel.</p>');
    expect(plain.querySelector('p')?.hasAttribute('hidden')).toBe(true);
  });
});
