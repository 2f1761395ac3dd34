// The bench's printed report: one section per data set (src/bench/report-set.ts), then the fixtures'
// boilerplate leaks and the time over the whole run.
import { f3, label, pad } from './report-format';
import { formatSet, timeLines } from './report-set';
import type { BenchResults, LeakTotals } from './results';

function leakRow(name: string, t: LeakTotals): string {
  return `  ${label(name)}${pad(t.leaked, 8)}${pad(t.fixturesWithLeaks, 10)}${pad(f3(t.keepRecall), 13)}${pad(t.fixturesWithMissing, 10)}`;
}

function leakLines(r: BenchResults): string[] {
  const out = [`Fixture leaks (${r.leaks.fixtures} fixtures${r.leaks.problems ? `, ${r.leaks.problems} NOT CHECKED` : ''})` +
    `   leaked  fixtures  keep-recall  missing`];
  out.push(leakRow('Readability 0.6', r.leaks.readability));
  out.push(leakRow('Tidy Reader', r.leaks.ours));
  for (const fixture of r.leaks.details) {
    if (fixture.problem) out.push(`  ! ${fixture.name}: ${fixture.problem}`);
    const ours = fixture.ours;
    if (!ours) continue;
    if (ours.outcome !== 'ok') out.push(`  ! ${fixture.name}: extraction ${ours.outcome}`);
    if (ours.leaked.length) out.push(`  leak ${fixture.name}: ${ours.leaked.map((s) => JSON.stringify(s)).join(', ')}`);
    if (ours.missing.length) out.push(`  lost ${fixture.name}: ${ours.missing.map((s) => JSON.stringify(s.slice(0, 60))).join(', ')}`);
  }
  return out;
}

/** Renders the results as the text the bench prints. */
export function formatReport(r: BenchResults, sample: number): string {
  const out: string[] = [];
  for (const set of r.sets) out.push(...formatSet(set, sample));
  out.push(`== All sets`, '', ...leakLines(r), '');
  if (r.sets.length > 1) out.push(...timeLines(r.timing).map((line, i) => (i === 0 ? line.replace('(ms,', '(ms, every set,') : line)));
  return out.join('\n') + '\n';
}
