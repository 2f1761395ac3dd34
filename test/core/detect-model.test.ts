// The detector's model (src/core/detect-model.ts): weights plus trees, and which feature each tree's
// leaf is credited to, so that the verdict's signals still add up to its score.
import { describe, expect, it } from 'vitest';
import { featureShares, treeCredit } from '../../src/core/detect-model';
import type { DetectTree } from '../../src/core/detect-model';

// og:type=article counts for much only beside a dated headline.
const TREE: DetectTree = ['og-article', 0.5, 0, ['headline-date', 0.5, -0.8, 0.6]];

describe('treeCredit', () => {
  it('credits the leaf to the first feature that sent the page above its threshold', () => {
    expect(treeCredit(TREE, new Map([['og-article', 1]]))).toEqual({ feature: 'og-article', value: -0.8 });
    expect(treeCredit(TREE, new Map([['og-article', 1], ['headline-date', 1]]))).toEqual({ feature: 'og-article', value: 0.6 });
  });

  it('credits nothing to a page that takes the empty page\'s path, whatever else it has', () => {
    expect(treeCredit(TREE, new Map())).toBeNull();
    expect(treeCredit(TREE, new Map([['headline-date', 1], ['links', 0.7]]))).toBeNull();
  });

  it('credits a deeper feature when the page parts from the empty page\'s path there', () => {
    const tree: DetectTree = ['buttons', 0.4, ['paragraph-score', 0.3, 0, -0.5], 0.2];
    expect(treeCredit(tree, new Map([['paragraph-score', 0.9]]))).toEqual({ feature: 'paragraph-score', value: -0.5 });
  });
});

describe('featureShares', () => {
  it('adds each feature\'s weight times its value and the trees\' credits, and nothing for unknown names', () => {
    const shares = featureShares(new Map([['og-article', 1], ['links', 0.5], ['constructor', 1]]), { 'og-article': 0.7, links: -0.4 }, [TREE, TREE]);
    expect(shares.get('og-article')).toBeCloseTo(0.7 - 1.6);
    expect(shares.get('links')).toBeCloseTo(-0.2);
    expect(shares.get('constructor')).toBe(0);
  });
});
