// Runs the bench's pages through comparePage, on `jobs` worker threads of this same script (the bench
// is one bundle, dist/bench.js). Page i of the run goes to worker i % jobs, and which extractor runs
// first on it still alternates with i, so each worker interleaves ours and Readability on the same
// core as a single thread would. Records come back as plain data, page by page, and are put back in
// the run's order, so the report does not depend on the number of jobs. Both sets take about half as
// long on two idle cores as on one.
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { comparePage } from './compare-page';
import type { PageRecord } from './compare-page';
import type { BenchPage, LoadOptions, SetName } from './dataset';
import { nextTurn } from './page-loader';
import { loadTrafilatura } from './trafilatura-set';
import { loadWcxb } from './wcxb-set';

const LOADERS = { wcxb: loadWcxb, trafilatura: loadTrafilatura } as const;

/** What a worker is told: which pages to load (the same way as the main thread) and which of them are its own. */
interface WorkerTask {
  sets: SetName[];
  load: LoadOptions;
  jobs: number;
  worker: number;
}

type WorkerMessage = { index: number; record: PageRecord } | { error: string };

/** The pages of the given sets, in run order. */
export function loadSets(sets: readonly SetName[], load: LoadOptions): Array<[SetName, BenchPage[]]> {
  return sets.map((set) => [set, LOADERS[set](load)]);
}

async function runOwnPages(task: WorkerTask, send: (message: WorkerMessage) => void): Promise<void> {
  const pages = loadSets(task.sets, task.load).flatMap(([, list]) => list);
  for (let index = task.worker; index < pages.length; index += task.jobs) {
    const page = pages[index];
    if (!page) continue;
    send({ index, record: comparePage(page, index) });
    await nextTurn();
  }
}

/** When this script was started as a bench worker, runs its share of the pages and returns true. */
export async function runAsWorker(): Promise<boolean> {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  try {
    await runOwnPages(workerData as WorkerTask, (message) => port.postMessage(message));
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
  return true;
}

/** Runs every page of `sets` on `jobs` threads; `progress` hears of each finished page. */
export async function runPages(
  sets: readonly SetName[],
  load: LoadOptions,
  jobs: number,
  progress: (done: number, total: number, set: SetName) => void,
): Promise<Map<SetName, PageRecord[]>> {
  const bySet = loadSets(sets, load);
  const total = bySet.reduce((n, [, list]) => n + list.length, 0);
  const slots: (PageRecord | undefined)[] = new Array<PageRecord | undefined>(total);
  let done = 0;
  const take = (index: number, record: PageRecord): void => {
    slots[index] = record;
    progress(++done, total, record.set);
  };
  if (jobs <= 1) {
    const pages = bySet.flatMap(([, list]) => list);
    for (const [index, page] of pages.entries()) {
      take(index, comparePage(page, index));
      await nextTurn();
    }
  } else {
    const script = fileURLToPath(import.meta.url);
    await Promise.all(Array.from({ length: Math.min(jobs, Math.max(1, total)) }, (_, worker) => new Promise<void>((resolve, reject) => {
      const task: WorkerTask = { sets: [...sets], load, jobs, worker };
      const thread = new Worker(script, { workerData: task });
      thread.on('message', (message: WorkerMessage) => {
        if ('error' in message) reject(new Error(`bench worker ${worker}: ${message.error}`));
        else take(message.index, message.record);
      });
      thread.on('error', reject);
      thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench worker ${worker} exited with ${code}`))));
    })));
  }
  const records = new Map<SetName, PageRecord[]>();
  let offset = 0;
  for (const [set, list] of bySet) {
    const own = slots.slice(offset, offset + list.length);
    offset += list.length;
    const missing = own.findIndex((r) => r === undefined);
    if (missing !== -1) throw new Error(`bench: no result for ${set} page ${list[missing]?.id ?? missing}`);
    records.set(set, own.filter((r): r is PageRecord => r !== undefined));
  }
  return records;
}
