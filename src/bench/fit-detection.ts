// Fitting the detector's weights (src/core/rules/detect-weights.ts) on feature rows of both dev sets,
// and judging the fit by domain-grouped k-fold cross-validation: every site's pages sit in one fold,
// so a fold's model has never seen the site it is scored on (STYLE.md habit 12). Folds come from a
// seeded shuffle of the sorted site names, so the same rows always give the same folds and weights.
import type { FeatureRow } from './feature-rows';
import { fitLogistic, logOdds } from './logistic';
import { fitBoosted, treeValue } from './boosting';
import type { BoostConfig } from './boosting';
import type { DetectTree } from '../core/detect-model';

export interface FitConfig {
  /** L2 penalty on the weights (per unit of example weight). */
  l2: number;
  folds: number;
  seed: number;
  /** Features whose weight is set by hand (too rare in the dev sets to fit); they are not fitted. */
  fixed: Readonly<Record<string, number>>;
  /** Features measured but given no weight. */
  drop: readonly string[];
  /**
   * trafilatura's pages (all counted as articles): 'train' fits on them too (and scores each in its
   * own fold, like WCXB's), 'holdout' only scores them with the model fitted on WCXB alone.
   */
  trafilatura: 'train' | 'holdout';
  /** Weight of one trafilatura page against one WCXB page in the fit. */
  trafilaturaWeight: number;
  /** Whether each feature gets a fitted weight (else only the trees weigh them, from the bias alone). */
  weights: boolean;
  /** Trees boosted on top of the weighted sum, for what the features say together (rounds 0: none). */
  trees: BoostConfig;
}

/** What the detector decided on one page under cross-validation. */
export interface ScoredRow {
  row: FeatureRow;
  /** Log-odds from the model that did not see this page's site. */
  score: number;
  fold: number;
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  accuracy: number;
  precision: number;
  recall: number;
}

export interface FitReport {
  bias: number;
  weights: Record<string, number>;
  /** Each ends on 0 for the page with no feature (the bias holds that part). */
  trees: DetectTree[];
  /** Out-of-fold verdicts, in row order. */
  scored: ScoredRow[];
  /** Cross-validated figures: WCXB article vs the rest, and trafilatura recall. */
  wcxb: Confusion;
  trafilatura: Confusion;
  /** The same figures for the final weights on the pages they were fitted on (optimistic). */
  devWcxb: Confusion;
  devTrafilatura: Confusion;
  /** Readability's isProbablyReaderable on the same rows (measured in the same run), by set. */
  readerableWcxb: Confusion;
  readerableTrafilatura: Confusion;
  rows: { wcxb: number; trafilatura: number; skipped: string[] };
}

/** A small seeded generator (mulberry32): the folds must not change from run to run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold per site: the sorted site names, shuffled with the seed, dealt out in turn. */
export function assignFolds(domains: readonly string[], folds: number, seed: number): Map<string, number> {
  const sites = [...new Set(domains)].sort();
  const next = random(seed);
  for (let i = sites.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [sites[i], sites[j]] = [sites[j] ?? '', sites[i] ?? ''];
  }
  return new Map(sites.map((site, i) => [site, i % folds]));
}

/** Counts verdicts (log-odds > 0 means "article") against the rows' labels. */
export function confusion(scored: readonly { row: FeatureRow; score: number }[]): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { row, score } of scored) {
    const said = score > 0;
    if (said && row.isArticle) tp++;
    else if (said) fp++;
    else if (row.isArticle) fn++;
    else tn++;
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return { tp, fp, fn, tn, accuracy: ratio(tp + tn, scored.length), precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

const round2 = (v: number): number => Math.round(v * 100) / 100;

/** The tree with `shift` added to every leaf. */
function shifted(tree: DetectTree, shift: number): DetectTree {
  const leaf = (node: DetectTree | number): DetectTree | number => (typeof node === 'number' ? round2(node + shift) : shifted(node, shift));
  return [tree[0], tree[1], leaf(tree[2]), leaf(tree[3])];
}

/** The leaf a page with no feature at all ends on (every value 0: always below). */
function emptyLeaf(tree: DetectTree): number {
  let node: DetectTree | number = tree;
  while (typeof node !== 'number') node = node[2];
  return node;
}

interface Model {
  bias: number;
  beta: number[];
  trees: DetectTree[];
  score: (row: FeatureRow) => number;
}

/**
 * Fits on `train` and returns a scorer: the weights first (logistic regression), then trees boosted
 * on what the weights leave unexplained. Weights and leaves are rounded as detect-weights.ts keeps
 * them, and each tree's empty-page leaf moves into the bias (see DetectTree).
 */
function fitOn(train: readonly FeatureRow[], names: readonly string[], config: FitConfig): Model {
  const fixedScore = (row: FeatureRow): number =>
    Object.entries(config.fixed).reduce((z, [name, w]) => z + w * (row.features[name] ?? 0), 0);
  const vector = (row: FeatureRow): number[] => names.map((n) => row.features[n] ?? 0);
  const weight = train.map((r) => (r.set === 'trafilatura' ? config.trafilaturaWeight : 1));
  const y = train.map((r) => (r.isArticle ? 1 : 0));
  const beta = config.weights
    ? fitLogistic({ x: train.map(vector), y, weight, offset: train.map(fixedScore) }, config.l2).map(round2)
    : [...fitLogistic({ x: train.map(() => []), y, weight, offset: train.map(fixedScore) }, config.l2).map(round2), ...names.map(() => 0)];
  const linear = (row: FeatureRow): number => logOdds(beta, vector(row)) + fixedScore(row);
  const features = (row: FeatureRow): Record<string, number> => {
    const own: Record<string, number> = {};
    for (const n of names) if (row.features[n]) own[n] = row.features[n] ?? 0;
    return own;
  };
  const boosted = config.trees.rounds > 0
    ? fitBoosted({ x: train.map(features), y, weight, offset: train.map(linear) }, names, config.trees)
    : [];
  let bias = beta[0] ?? 0;
  const trees = boosted.map((tree) => {
    const base = emptyLeaf(tree);
    bias = round2(bias + base);
    return shifted(tree, -base);
  });
  const coefficients = [bias, ...beta.slice(1)];
  return {
    bias,
    beta: coefficients,
    trees,
    score: (row) => {
      const own = features(row);
      return round2(logOdds(coefficients, vector(row)) + fixedScore(row) + trees.reduce((z, t) => z + treeValue(t, own), 0));
    },
  };
}

/** Fits the detector on the rows, cross-validates it by site, and returns weights and figures. */
export function fitDetector(allRows: readonly FeatureRow[], config: FitConfig): FitReport {
  const rows = allRows.filter((r) => !r.problem);
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.features)))]
    .filter((n) => !(n in config.fixed) && !config.drop.includes(n))
    .sort();
  const inFit = (r: FeatureRow): boolean => r.set === 'wcxb' || config.trafilatura === 'train';
  const folds = assignFolds(rows.map((r) => r.domain), config.folds, config.seed);
  const scored: ScoredRow[] = rows.map((row) => ({ row, score: 0, fold: folds.get(row.domain) ?? 0 }));
  for (let k = 0; k < config.folds; k++) {
    const model = fitOn(rows.filter((r) => inFit(r) && folds.get(r.domain) !== k), names, config);
    for (const entry of scored) if (entry.fold === k && inFit(entry.row)) entry.score = model.score(entry.row);
  }
  const final = fitOn(rows.filter(inFit), names, config);
  // Held out: scored by the final model, which never saw them.
  for (const entry of scored) if (!inFit(entry.row)) entry.score = final.score(entry.row);
  const weights: Record<string, number> = { ...config.fixed };
  names.forEach((name, j) => (weights[name] = final.beta[j + 1] ?? 0));
  const of = (set: FeatureRow['set'], list: readonly { row: FeatureRow; score: number }[]) => confusion(list.filter((e) => e.row.set === set));
  const dev = rows.map((row) => ({ row, score: final.score(row) }));
  const readerable = rows.map((row) => ({ row, score: row.readerable ? 1 : -1 }));
  return {
    bias: final.bias,
    weights,
    trees: final.trees,
    scored,
    wcxb: of('wcxb', scored),
    trafilatura: of('trafilatura', scored),
    devWcxb: of('wcxb', dev),
    devTrafilatura: of('trafilatura', dev),
    readerableWcxb: of('wcxb', readerable),
    readerableTrafilatura: of('trafilatura', readerable),
    rows: {
      wcxb: rows.filter((r) => r.set === 'wcxb').length,
      trafilatura: rows.filter((r) => r.set === 'trafilatura').length,
      skipped: allRows.filter((r) => r.problem).map((r) => `${r.set} ${r.id}: ${r.problem ?? ''}`),
    },
  };
}
