// Gradient-boosted regression trees for the logistic loss (Newton steps, as in XGBoost), small and
// deterministic: the detector's features interact (og:type=article on a WordPress service page is
// not what it is on a dated, signed story), and a sum of small trees says so where a sum of
// weights cannot. The same rows in the same order give the same trees to the last bit: features are
// tried in name order, the first best split wins, and every threshold and leaf is rounded as the
// weights file keeps it before it changes a score.
import type { DetectTree } from '../core/detect-model';

export interface BoostConfig {
  /** How many trees. */
  rounds: number;
  /** Splits from the root to a leaf (1: stumps, 2: a split and a split of each half). */
  depth: number;
  /** Shrinkage: each tree adds this share of its Newton step. */
  learningRate: number;
  /** L2 penalty on a leaf's value (in units of example weight). */
  lambda: number;
  /** A split must leave at least this much curvature (sum of weight * p * (1 - p)) on each side. */
  minChildWeight: number;
}

export interface BoostData {
  /** Feature values by name, one record per example; a missing name is 0. */
  x: readonly Readonly<Record<string, number>>[];
  y: readonly number[];
  weight: readonly number[];
  /** A starting log-odds per example (another model's score), 0 when absent. */
  offset?: readonly number[];
}

const round = (v: number, places: number): number => Math.round(v * 10 ** places) / 10 ** places;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** A tree's log-odds for one example. */
export function treeValue(tree: DetectTree, x: Readonly<Record<string, number>>): number {
  let node: DetectTree | number = tree;
  while (typeof node !== 'number') node = (x[node[0]] ?? 0) <= node[1] ? node[2] : node[3];
  return node;
}

interface Split {
  feature: string;
  threshold: number;
  gain: number;
}

/** The best split of `members` (example indices) by gain, or null when none leaves enough on both sides. */
function bestSplit(members: readonly number[], names: readonly string[], values: readonly Float64Array[], g: Float64Array, h: Float64Array, config: BoostConfig): Split | null {
  let G = 0;
  let H = 0;
  for (const i of members) {
    G += g[i] ?? 0;
    H += h[i] ?? 0;
  }
  const parent = (G * G) / (H + config.lambda);
  let best: Split | null = null;
  names.forEach((feature, j) => {
    const column = values[j] as Float64Array;
    const sorted = [...members].sort((a, b) => (column[a] ?? 0) - (column[b] ?? 0) || a - b);
    let gl = 0;
    let hl = 0;
    for (let k = 0; k < sorted.length - 1; k++) {
      const i = sorted[k] as number;
      gl += g[i] ?? 0;
      hl += h[i] ?? 0;
      const here = column[i] ?? 0;
      const next = column[sorted[k + 1] as number] ?? 0;
      if (here === next) continue;
      const hr = H - hl;
      if (hl < config.minChildWeight || hr < config.minChildWeight) continue;
      const gr = G - gl;
      const gain = (gl * gl) / (hl + config.lambda) + (gr * gr) / (hr + config.lambda) - parent;
      // The rounded threshold must still fall between the two values, or the split is not the one measured.
      const threshold = round((here + next) / 2, 4);
      if (!(threshold >= here && threshold < next)) continue;
      if (gain > (best?.gain ?? 1e-9)) best = { feature, threshold, gain };
    }
  });
  return best;
}

function leaf(members: readonly number[], g: Float64Array, h: Float64Array, config: BoostConfig): number {
  let G = 0;
  let H = 0;
  for (const i of members) {
    G += g[i] ?? 0;
    H += h[i] ?? 0;
  }
  return round((-G / (H + config.lambda)) * config.learningRate, 2);
}

function grow(members: readonly number[], depth: number, names: readonly string[], values: readonly Float64Array[], g: Float64Array, h: Float64Array, config: BoostConfig): DetectTree | number {
  const split = depth > 0 ? bestSplit(members, names, values, g, h, config) : null;
  if (!split) return leaf(members, g, h, config);
  const column = values[names.indexOf(split.feature)] as Float64Array;
  const below = members.filter((i) => (column[i] ?? 0) <= split.threshold);
  const above = members.filter((i) => (column[i] ?? 0) > split.threshold);
  return [split.feature, split.threshold, grow(below, depth - 1, names, values, g, h, config), grow(above, depth - 1, names, values, g, h, config)];
}

/** Fits `config.rounds` trees on top of the offset; a tree that cannot split is left out. */
export function fitBoosted(data: BoostData, names: readonly string[], config: BoostConfig): DetectTree[] {
  const n = data.x.length;
  const values = names.map((name) => Float64Array.from(data.x, (x) => x[name] ?? 0));
  const score = Float64Array.from({ length: n }, (_, i) => data.offset?.[i] ?? 0);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const all = Array.from({ length: n }, (_, i) => i);
  const trees: DetectTree[] = [];
  for (let r = 0; r < config.rounds; r++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(score[i] ?? 0);
      const w = data.weight[i] ?? 1;
      g[i] = w * (p - (data.y[i] ?? 0));
      h[i] = w * p * (1 - p);
    }
    const tree = grow(all, config.depth, names, values, g, h, config);
    if (typeof tree === 'number') break;
    trees.push(tree);
    for (let i = 0; i < n; i++) score[i] = (score[i] ?? 0) + treeValue(tree, data.x[i] ?? {});
  }
  return trees;
}
