// How the detector's features become a score (detect.ts judgePage): a weight per feature plus a few
// small trees that read several features at once, both data in rules/detect-weights.ts (fitted by
// `npm run fit-detector`). A weight alone cannot say that a feature's worth depends on another's:
// og:type=article on a service page without a date or prose, many buttons beside a long story.

/**
 * A tree as data: [feature, threshold, below, above]; a page whose feature value (0 when absent) is
 * at most the threshold goes below, else above; a number is a leaf, in log-odds. The fit writes
 * every tree so that the page with no feature at all (every value 0, so always below) ends on a
 * leaf of 0: that part of a tree's worth is in the bias.
 */
export type DetectTree = readonly [string, number, DetectTree | number, DetectTree | number];

/** A page's feature values by name (0 when absent). */
export type FeatureValues = ReadonlyMap<string, number>;

/**
 * What one tree adds to a page's score, and the feature it is credited to: the first on the page's
 * path whose value sent it above its threshold, where the page parted from the empty page's path
 * (a page that never parts ends on the empty page's leaf, 0). Every credited feature is present.
 */
export function treeCredit(tree: DetectTree, values: FeatureValues): { feature: string; value: number } | null {
  let node: DetectTree | number = tree;
  let credited: string | null = null;
  while (typeof node !== 'number') {
    const feature: string = node[0];
    if ((values.get(feature) ?? 0) > node[1]) {
      credited ??= feature;
      node = node[3];
    } else node = node[2];
  }
  return credited === null || node === 0 ? null : { feature: credited, value: node };
}

/**
 * Each present feature's share of the score: its weight times its value, plus what the trees credit
 * to it (treeCredit); the bias is not included. Own keys of `weights` only: the features' names
 * come from a page's facts, which arrive as a message.
 */
export function featureShares(values: FeatureValues, weights: Readonly<Record<string, number>>, trees: readonly DetectTree[]): Map<string, number> {
  const shares = new Map<string, number>();
  for (const [name, value] of values) {
    const weight = Object.hasOwn(weights, name) ? (weights[name] ?? 0) : 0;
    shares.set(name, weight * value);
  }
  for (const tree of trees) {
    const credit = treeCredit(tree, values);
    if (credit) shares.set(credit.feature, (shares.get(credit.feature) ?? 0) + credit.value);
  }
  return shares;
}
