// L2-regularised logistic regression by Newton's method, with a weight per example: small and exact
// (a detector has a few dozen features), deterministic (no random start, no learning rate), so that the
// same rows in the same order give the same coefficients to the last bit.

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Gauss-Jordan solve of a small dense system (the Newton step), with partial pivoting. */
function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const m = matrix.map((row, i) => [...row, rhs[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] ?? [], m[c] ?? []];
    const pivotRow = m[c] ?? [];
    for (let r = 0; r < n; r++) {
      const row = m[r];
      if (r === c || !row) continue;
      const f = (row[c] ?? 0) / (pivotRow[c] || 1e-12);
      if (f === 0) continue;
      for (let k = c; k <= n; k++) row[k] = (row[k] ?? 0) - f * (pivotRow[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / ((row[i] ?? 0) || 1e-12));
}

export interface LogisticData {
  /** One row of feature values per example. */
  x: readonly (readonly number[])[];
  /** 1 for the positive class, 0 for the other. */
  y: readonly number[];
  /** Weight per example (1 when absent). */
  weight?: readonly number[];
  /** A fixed log-odds per example added to the model's (features whose weight is set by hand). */
  offset?: readonly number[];
}

/**
 * Fits [bias, ...coefficients]. The L2 penalty applies to the coefficients, not the bias, scaled by
 * the total example weight (so `l2` means the same for 500 pages as for 5,000).
 */
export function fitLogistic(data: LogisticData, l2: number): number[] {
  const { x, y } = data;
  const d = (x[0]?.length ?? 0) + 1;
  const beta = new Array<number>(d).fill(0);
  const totalWeight = x.reduce((sum, _, i) => sum + (data.weight?.[i] ?? 1), 0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    x.forEach((features, i) => {
      const row = [1, ...features];
      const p = sigmoid(row.reduce((z, v, j) => z + v * (beta[j] ?? 0), data.offset?.[i] ?? 0));
      const w = data.weight?.[i] ?? 1;
      const curvature = w * p * (1 - p);
      const residual = w * (p - (y[i] ?? 0));
      row.forEach((vj, j) => {
        if (vj === 0) return;
        grad[j] = (grad[j] ?? 0) + residual * vj;
        const h = hess[j];
        if (h) row.forEach((vk, k) => (h[k] = (h[k] ?? 0) + curvature * vj * vk));
      });
    });
    for (let j = 1; j < d; j++) {
      grad[j] = (grad[j] ?? 0) + l2 * totalWeight * (beta[j] ?? 0);
      const h = hess[j];
      if (h) h[j] = (h[j] ?? 0) + l2 * totalWeight;
    }
    const step = solve(hess, grad);
    let largest = 0;
    step.forEach((s, j) => {
      beta[j] = (beta[j] ?? 0) - s;
      largest = Math.max(largest, Math.abs(s));
    });
    if (largest < 1e-9) break;
  }
  return beta;
}

/** The log-odds a fitted model gives one example. */
export function logOdds(beta: readonly number[], features: readonly number[]): number {
  return features.reduce((z, v, j) => z + v * (beta[j + 1] ?? 0), beta[0] ?? 0);
}
