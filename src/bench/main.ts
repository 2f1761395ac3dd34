// Entry point of `npm run bench` (dist/bench.js): both dev sets of ../shared/bench (WCXB, CC-BY-4.0,
// Murrough-Foley; trafilatura's evaluation corpus, Apache-2.0, Barbaresi and contributors), each page
// parsed once and run through plain Readability and ours side by side (see its README).
import { writeFileSync } from 'node:fs';
import { BENCH_USAGE, parseBenchArgs } from './args';
import type { PageRecord } from './compare-page';
import { setDir } from './dataset';
import type { SetName } from './dataset';
import { checkFixtures } from './fixture-leaks';
import { perPageJson } from './json-output';
import { formatReport } from './report';
import { REFERENCE, buildResults } from './results';
import { formatNotices, noticePages, summarizeNotices } from './not-shown-rate';
import { runAsWorker, runPages } from './run-pages';

// dist/bench.js is also the script of its own worker threads (src/bench/run-pages.ts).
if (await runAsWorker()) process.exit(0);

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

let records: Map<SetName, PageRecord[]>;
const started = Date.now();
let lastReport = 0;
try {
  for (const set of options.sets) process.stderr.write(`${set}: ${setDir(set)}\n`);
  records = await runPages('compare', options.sets, { sample: options.sample, types: options.types ?? undefined }, options.jobs, (done, total, set) => {
    if (done % 25 !== 0 && done !== total) return;
    const heap = (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0);
    process.stderr.write(`  ${done}/${total} pages (${set}), ${((Date.now() - started) / 1000).toFixed(0)} s, main heap ${heap} MB\n`);
    lastReport = done;
  });
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
if (lastReport === 0) process.stderr.write('bench: no page matched the options\n');
const fixtures = await checkFixtures(options.fixturesDir);
const results = buildResults(records, fixtures);
process.stdout.write('\n' + formatReport(results, options.sample));
// The not-shown notice (issue 9), judged per set against its truth: WCXB's main text, trafilatura's snippets.
const NOTICE_UNITS: Record<SetName, [string, string]> = { wcxb: ['WCXB', 'token 4-grams'], trafilatura: ['trafilatura', 'snippets'] };
const noticeLines = [...records].flatMap(([set, list]) => formatNotices(NOTICE_UNITS[set][0], summarizeNotices(noticePages(list)), NOTICE_UNITS[set][1]));
process.stdout.write(['', 'Not-shown notice (issue 9), article pages:', ...noticeLines, ''].join('\n'));
process.stderr.write(`bench took ${((Date.now() - started) / 1000).toFixed(0)} s on ${options.jobs} thread(s)\n`);

if (options.jsonPath) {
  const saved = {
    date: new Date().toISOString(), setsRun: options.sets, sample: options.sample, types: options.types, jobs: options.jobs,
    reference: REFERENCE, ...results,
    perPage: Object.fromEntries([...records].map(([set, list]) => [set, list.map(perPageJson)])),
  };
  writeFileSync(options.jsonPath, JSON.stringify(saved, null, 2) + '\n');
  process.stderr.write(`wrote ${options.jsonPath}\n`);
}
