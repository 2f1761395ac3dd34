// Entry point of `npm run bench` (dist/bench.js). Data: WCXB dev split, CC-BY-4.0, Murrough-Foley,
// "web-content-extraction-benchmark" (see ../shared/bench/README.md).
import { writeFileSync } from 'node:fs';
import { BENCH_USAGE, parseBenchArgs } from './args';
import { comparePage } from './compare-page';
import type { PageRecord } from './compare-page';
import { benchDir, loadBench } from './dataset';
import { checkFixtures } from './fixture-leaks';
import { nextTurn } from '../node/load-document';
import { formatReport } from './report';
import { REFERENCE, buildResults } from './results';

const parsed = parseBenchArgs(process.argv.slice(2));
if (parsed.ok === 'help') {
  process.stdout.write(BENCH_USAGE);
  process.exit(0);
}
if (!parsed.ok) {
  process.stderr.write(`bench: ${parsed.message}\n\n${BENCH_USAGE}`);
  process.exit(2);
}
const { options } = parsed;

let pages;
try {
  pages = loadBench({ sample: options.sample, types: options.types ?? undefined });
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

process.stderr.write(`WCXB dev set (CC-BY-4.0) at ${benchDir()}: ${pages.length} pages` +
  `${options.sample > 1 ? `, every ${options.sample}th` : ''}${options.types ? `, types ${options.types.join(',')}` : ''}\n`);
const started = Date.now();
const records: PageRecord[] = [];
for (const [index, page] of pages.entries()) {
  records.push(comparePage(page, index));
  await nextTurn();
  if ((index + 1) % 25 === 0 || index + 1 === pages.length) {
    const heap = (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0);
    process.stderr.write(`  ${index + 1}/${pages.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s, heap ${heap} MB\n`);
  }
}
const fixtures = await checkFixtures(options.fixturesDir);
const results = buildResults(records, fixtures);
process.stdout.write(`\nWCXB dev set: ${results.pages} pages${options.sample > 1 ? ` (every ${options.sample}th)` : ''}\n\n`);
process.stdout.write(formatReport(results));

if (options.jsonPath) {
  const perPage = records.map((r) => ({
    id: r.id, pageType: r.pageType, spa: r.spa, urlSource: r.urlSource,
    oursF1: r.ours.score.f1, readabilityF1: r.readability.score.f1,
    oursOutcome: r.ours.outcome, oursExtractor: r.ours.extractor ?? null, readabilityOutcome: r.readability.outcome,
    oursMs: r.ours.ms, readabilityMs: r.readability.ms,
    isArticle: r.detection?.ours ?? null, readerable: r.detection?.readerable ?? null,
  }));
  const saved = { date: new Date().toISOString(), sample: options.sample, types: options.types, reference: REFERENCE, ...results, perPage };
  writeFileSync(options.jsonPath, JSON.stringify(saved, null, 2) + '\n');
  process.stderr.write(`wrote ${options.jsonPath}\n`);
}
