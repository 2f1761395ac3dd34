import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeCountBars } from '../../src/core/clean/count-bars';
import { measurePage } from '../../src/core/clean/main-content';

const PROSE = '<p>The council met on Tuesday evening and agreed, after a long debate that ran past midnight, to keep the library open on Sundays through the summer.</p>';

function run(html: string): { text: string; removed: string[] } {
  const doc = new JSDOM(`<body><div id="page">${html}</div></body>`).window.document;
  const stats = measurePage(doc);
  const removed = removeCountBars(stats.buttons ?? [], stats.protectedSet).map((r) => `${r.category}/${r.ruleId}`);
  return { text: (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim(), removed };
}

describe('removeCountBars', () => {
  it('removes a bar of buttons whose counts stand beside them, up to its outermost box', () => {
    const bar = '<div class="x"><div><div><button aria-label="clap"></button></div><p><span>--</span></p></div><div><button aria-label="responses"></button><p>4</p></div><div><button>Listen</button><button>Share</button></div></div>';
    const { text, removed } = run(`<h1>Search, rebuilt</h1>${bar}${PROSE}`);
    expect(removed).toEqual(['share/count-bar']);
    expect(text).not.toMatch(/--|\b4\b|Listen/);
    expect(text).toContain('The council met');
  });

  it('reads counts written as 1,204, 1.2K, 3M, and separators between them', () => {
    expect(run(`<div><button>Like</button> 1,204 · <button>Reply</button> 1.2K | <span role="button">Repost</span> 3M</div>${PROSE}`).removed).toEqual(['share/count-bar']);
  });

  it('keeps buttons beside words, a single button with its count, and a gallery counter with its picture', () => {
    expect(run(`<div><button>+</button> Serves 4 <button>-</button></div>${PROSE}`).removed).toEqual([]);
    expect(run(`<div><button>Like</button> 12</div>${PROSE}`).removed).toEqual([]);
    expect(run(`<figure><img src="a.jpg" alt=""><button>Previous</button><span>1 / 5</span><button>Next</button></figure>${PROSE}`).removed).toEqual([]);
    // Buttons alone leave no stray number: nothing for this step.
    expect(run(`<div><button>Like</button><button>Share</button></div>${PROSE}`).removed).toEqual([]);
  });

  it('never removes the story or its ancestors', () => {
    const doc = new JSDOM('<body><main><button>Up</button> 3 <button>Down</button></main></body>').window.document;
    const stats = measurePage(doc);
    expect(removeCountBars(stats.buttons ?? [], stats.protectedSet)).toEqual([]);
  });
});
