// Main-thread time of the extension's scripts in a page, from a Chromium devtools.timeline trace:
// the EvaluateScript / FunctionCall slices whose script URL is the extension's.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** Starts a trace on `cdp`; the returned function stops it and returns the collected events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    // The protocol types the events as plain objects; these fields are all that is read.
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** Milliseconds of top-level script slices attributed to URLs under `origin` (nested slices not double counted). */
export function scriptTimeMs(events: readonly TraceEvent[], origin: string): number {
  const slices = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile') &&
        (e.args?.data?.url ?? '').startsWith(origin),
    )
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  const lastEnd = new Map<number, number>();
  for (const s of slices) {
    const end = s.ts + (s.dur ?? 0);
    const prev = lastEnd.get(s.tid) ?? -Infinity;
    if (s.ts >= prev) {
      total += s.dur ?? 0;
      lastEnd.set(s.tid, end);
    } else if (end > prev) {
      total += end - prev;
      lastEnd.set(s.tid, end);
    }
  }
  return total / 1000;
}
