// The "why not an article" sentences of the popup (src/render/verdict-reasons.ts): what they say for
// typical verdicts, that every sentence exists in English, and that the tables name exactly the
// detector's features (src/core/rules/detect-weights.ts), so a new feature gets a decision.
import { describe, expect, it } from 'vitest';
import type { Signal } from '../../src/core/types';
import { DETECT_WEIGHTS } from '../../src/core/rules/detect-weights';
import { t } from '../../src/i18n/t';
import { KIND_SIGNALS, MARKUP_SIGNALS, TEXT_SIGNALS, UNSPECIFIC_SIGNALS, verdictReasons } from '../../src/render/verdict-reasons';

const prior: Signal = { name: 'prior', weight: -1.9 };
const say = (signals: Signal[]): string => verdictReasons([prior, ...signals]).map((key) => t(key)).join(' ');

describe('verdictReasons', () => {
  it('names the page kind with the heaviest evidence and what the page lacks', () => {
    // The e2e suite's front page: teasers, many headings over little text, no long paragraphs.
    const front = [
      { name: 'paragraph-mean', weight: 0.21 },
      { name: 'heading-density', weight: -0.25 },
      { name: 'og-website', weight: -0.16 },
      { name: 'time-many', weight: -0.12 },
      { name: 'links', weight: -0.16 },
    ];
    expect(say(front)).toBe('It looks like a home page or section front, full of story teasers. It has no article details (author, date) and little continuous text.');
    expect(verdictReasons([prior, { name: 'url-search', weight: -2 }, { name: 'buttons', weight: -0.07 }])).toEqual(['whySearch', 'whyNoMarkupLittleText']);
    const shop = [
      { name: 'schema-product', weight: -0.61 },
      { name: 'prices', weight: -0.23 },
      { name: 'og-website', weight: -0.14 },
      { name: 'paragraph-score', weight: 0.31 },
      { name: 'paragraph-cluster', weight: 0.68 },
    ];
    expect(verdictReasons([prior, ...shop])).toEqual(['whyShop', 'whyNoMarkup']);
    expect(verdictReasons([prior, { name: 'url-forum', weight: -0.84 }, { name: 'time-few', weight: 0.4 }])).toEqual(['whyForum', 'whyLittleText']);
  });

  it('names no kind on weak evidence, and says so when nothing stands out', () => {
    expect(verdictReasons([prior, { name: 'links', weight: -0.3 }, { name: 'buttons', weight: -0.07 }])).toEqual(['whyNoMarkupLittleText']);
    const articleLike = [
      { name: 'og-article', weight: 0.76 },
      { name: 'paragraph-score', weight: 0.5 },
      { name: 'paragraph-cluster', weight: 0.45 },
    ];
    expect(verdictReasons([prior, ...articleLike])).toEqual(['whyWeak']);
  });

  it('explains a detector failure and an empty document instead', () => {
    expect(verdictReasons([{ name: 'detector-error', weight: 0, detail: 'boom' }])).toEqual(['whyError']);
    expect(verdictReasons([{ name: 'no-body', weight: 0 }])).toEqual(['whyEmpty']);
  });
});

describe('the signal tables', () => {
  const tabled = [...KIND_SIGNALS.flatMap((kind) => kind.signals), ...MARKUP_SIGNALS, ...TEXT_SIGNALS, ...UNSPECIFIC_SIGNALS];

  it('decide about every feature of the detector, once', () => {
    const features = ['prior', ...Object.keys(DETECT_WEIGHTS)].sort();
    expect([...tabled].sort()).toEqual(features);
  });

  it('put negative features under kinds and positive ones under markup or text', () => {
    const weight = (name: string): number => DETECT_WEIGHTS[name] ?? 0;
    for (const name of KIND_SIGNALS.flatMap((kind) => kind.signals)) expect(weight(name), name).toBeLessThan(0);
    for (const name of [...MARKUP_SIGNALS, ...TEXT_SIGNALS]) expect(weight(name), name).toBeGreaterThan(0);
  });
});
