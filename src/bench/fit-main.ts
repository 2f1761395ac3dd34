// Entry point of `npm run fit-detector` (dist/fit-detector.js): measures detectFeatures on every page
// of both dev sets (parsed as the bench parses them), fits the detector's weights, cross-validates the
// fit by site, prints the figures and every page it gets wrong, and writes
// src/core/rules/detect-weights.ts. Same data and same code give the same file, byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_JOBS } from './args';
import { SET_NAMES } from './dataset';
import { refeatured } from './feature-rows';
import type { FeatureRow } from './feature-rows';
import { fitDetector } from './fit-detection';
import type { FitConfig } from './fit-detection';
import { formatFitReport } from './fit-report';
import { runAsWorker, runPages } from './run-pages';
import { renderWeightsFile } from './weights-file';

// dist/fit-detector.js is also the script of its own worker threads (src/bench/run-pages.ts).
if (await runAsWorker()) process.exit(0);

/**
 * How the committed weights are fitted. trafilatura's pages are fitted on too, one page weighing as
 * much as one of WCXB: they are the news and blog pages of a dozen languages and small sites that
 * WCXB lacks. Fitted on WCXB alone, the detector found 86% of them (held out), against 93% with them
 * (cross-validated: their sites sit in the folds like WCXB's, so each is scored by a model that never
 * saw its site). WCXB accuracy stays 0.92; its precision goes from 0.93 to 0.90, its recall from 0.91
 * to 0.95. l2 0.003 gave the best cross-validated accuracy of 0.001, 0.003 and 0.01 (2026-12 features).
 * No trees (rounds 0): boosted on the weights, 30 trees of depth 2 gave WCXB 0.918 (P 0.908, R 0.940)
 * and trafilatura recall 0.938; depth 1, 50 trees or depth 3 moved WCXB by at most 4 pages either way,
 * and trees alone (no weights, 100 of depth 2) did worse, 0.907 and 0.930 (same folds, 2026-12-02 rows):
 * not worth their bytes in the background and the cleaner while they stay within a few pages.
 * media-page (a page that declares itself a video or a podcast, over one paragraph at most) is set by
 * hand: it fires on 3 pages of both sets (two WCXB service pages, and a media library's video page that
 * trafilatura counts as an article), too few to fit; -2.5 outweighs what a news site's video page at a
 * dated, slugged address with a share bar otherwise scores (probe ring "traps": 1.75 without it).
 */
export const FIT_CONFIG: FitConfig = {
  l2: 0.003,
  folds: 10,
  seed: 20261202,
  fixed: { 'url-search': -2, 'url-auth': -2, 'media-page': -2.5 },
  drop: [],
  trafilatura: 'train',
  trafilaturaWeight: 1,
  weights: true,
  trees: { rounds: 0, depth: 2, learningRate: 0.1, lambda: 1, minChildWeight: 3 },
};

const WEIGHTS_FILE = 'src/core/rules/detect-weights.ts';
const USAGE = `Usage: npm run fit-detector -- [--check] [--rows FILE [--probe]] [--from-rows FILE] [--jobs N]

Measures the detector's features on both dev sets in ../shared/bench (or $TIDY_BENCH_DIR), fits its
weights, prints site-grouped cross-validated accuracy, precision and recall and every page it gets
wrong, and writes ${WEIGHTS_FILE}.
  --check      write nothing; exit 1 when the file would change
  --rows FILE  also save the feature rows as JSON (to study features without parsing again)
  --probe      with --rows: also save raw page measures per row (src/bench/feature-probe.ts)
  --from-rows FILE
               fit from rows saved by --rows instead of parsing the pages (seconds, not minutes);
               rows saved with --probe carry the pages' facts, and their features are computed
               again by the current code; other rows must come from the current detector code,
               and any rows from the current content script's facts, or the weights will not fit it
  --jobs N     worker threads measuring pages (default ${DEFAULT_JOBS})
  -h, --help   show this help
`;

function fail(message: string): never {
  process.stderr.write(`fit-detector: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    strict: true,
    allowPositionals: false,
    options: { check: { type: 'boolean' }, rows: { type: 'string' }, probe: { type: 'boolean' }, 'from-rows': { type: 'string' }, jobs: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const jobs = values.jobs === undefined ? DEFAULT_JOBS : /^\d+$/.test(values.jobs) ? Number(values.jobs) : NaN;
if (!Number.isSafeInteger(jobs) || jobs < 1) fail(`--jobs: not a positive integer: ${values.jobs ?? ''}`);
if (values.rows === '') fail('--rows: give a file name');
if (values.probe && !values.rows) fail('--probe: only with --rows');
const fromRows = values['from-rows'];
if (fromRows !== undefined && (fromRows === '' || values.rows)) fail('--from-rows: give a file name, and no --rows');

const started = Date.now();

/** Every page of both sets measured (parsed as the bench parses them). */
async function measureRows(task: 'features' | 'probe'): Promise<FeatureRow[]> {
  const bySet = await runPages(task, SET_NAMES, {}, jobs, (done, total) => {
    if (done % 100 === 0 || done === total) process.stderr.write(`  ${done}/${total} pages, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  });
  return [...bySet.values()].flat();
}

/** Rows saved by --rows (an array of FeatureRow), their features measured again where they carry their facts. */
function readRows(file: string): FeatureRow[] {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data) || data.some((r) => typeof r !== 'object' || r === null || typeof (r as FeatureRow).features !== 'object')) {
    throw new Error(`${file}: not feature rows saved by --rows`);
  }
  return (data as FeatureRow[]).map(refeatured);
}

let rows: FeatureRow[];
try {
  if (fromRows) rows = readRows(fromRows);
  else rows = await measureRows(values.probe ? 'probe' : 'features');
} catch (error) {
  process.stderr.write(`fit-detector: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
if (values.rows) writeFileSync(values.rows, JSON.stringify(rows) + '\n');

const fit = fitDetector(rows, FIT_CONFIG);
process.stdout.write(formatFitReport(fit, FIT_CONFIG));
const text = renderWeightsFile(fit, FIT_CONFIG);
const current = readFileSync(WEIGHTS_FILE, 'utf8');
if (values.check) {
  process.stdout.write(current === text ? `${WEIGHTS_FILE} is up to date\n` : `${WEIGHTS_FILE} would change\n`);
  process.exit(current === text ? 0 : 1);
}
writeFileSync(WEIGHTS_FILE, text);
process.stdout.write(`${current === text ? 'unchanged' : 'wrote'} ${WEIGHTS_FILE} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
