// Runs the bench's pages through one per-page task (comparePage for npm run bench, featurePage for
// npm run fit-detector), on `jobs` worker threads of this same script (each command is one bundle).
// Page i of the run goes to worker i % jobs, and which extractor runs first on it still alternates
// with i, so each worker interleaves ours and Readability on the same core as a single thread would.
// Results come back as plain data, page by page, and are put back in the run's order, so the output
// does not depend on the number of jobs. Both sets take about half as long on two idle cores as on one.
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { comparePage } from './compare-page';
import type { BenchPage, LoadOptions, SetName } from './dataset';
import { featurePage } from './feature-rows';
import { nextTurn } from '../node/load-document';
import { loadTrafilatura } from './trafilatura-set';
import { loadWcxb } from './wcxb-set';

const LOADERS = { wcxb: loadWcxb, trafilatura: loadTrafilatura } as const;

/** The per-page tasks a worker can run, by name (a function cannot be sent to a thread). */
const TASKS = {
  compare: comparePage,
  features: (page: BenchPage) => featurePage(page),
  probe: (page: BenchPage) => featurePage(page, true),
} as const;
type TaskName = keyof typeof TASKS;
type TaskResult<T extends TaskName> = ReturnType<(typeof TASKS)[T]>;

/** What a worker is told: which pages to load (the same way as the main thread) and which of them are its own. */
interface WorkerTask {
  task: TaskName;
  sets: SetName[];
  load: LoadOptions;
  jobs: number;
  worker: number;
}

type WorkerMessage<R> = { index: number; record: R } | { error: string };

/** The pages of the given sets, in run order. */
export function loadSets(sets: readonly SetName[], load: LoadOptions): Array<[SetName, BenchPage[]]> {
  return sets.map((set) => [set, LOADERS[set](load)]);
}

async function runOwnPages(task: WorkerTask, send: (message: WorkerMessage<unknown>) => void): Promise<void> {
  const pages = loadSets(task.sets, task.load).flatMap(([, list]) => list);
  const run = TASKS[task.task];
  for (let index = task.worker; index < pages.length; index += task.jobs) {
    const page = pages[index];
    if (!page) continue;
    send({ index, record: run(page, index) });
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

/** Runs `task` on every page of `sets` on `jobs` threads; `progress` hears of each finished page. */
export async function runPages<T extends TaskName>(
  task: T,
  sets: readonly SetName[],
  load: LoadOptions,
  jobs: number,
  progress: (done: number, total: number, set: SetName) => void,
): Promise<Map<SetName, TaskResult<T>[]>> {
  type R = TaskResult<T>;
  const bySet = loadSets(sets, load);
  const total = bySet.reduce((n, [, list]) => n + list.length, 0);
  const slots: (R | undefined)[] = new Array<R | undefined>(total);
  let done = 0;
  const take = (index: number, record: R): void => {
    slots[index] = record;
    progress(++done, total, record.set);
  };
  if (jobs <= 1) {
    const pages = bySet.flatMap(([, list]) => list);
    const run = TASKS[task] as (page: BenchPage, index: number) => R;
    for (const [index, page] of pages.entries()) {
      take(index, run(page, index));
      await nextTurn();
    }
  } else {
    const script = fileURLToPath(import.meta.url);
    await Promise.all(Array.from({ length: Math.min(jobs, Math.max(1, total)) }, (_, worker) => new Promise<void>((resolve, reject) => {
      const data: WorkerTask = { task, sets: [...sets], load, jobs, worker };
      const thread = new Worker(script, { workerData: data });
      thread.on('message', (message: WorkerMessage<R>) => {
        if ('error' in message) reject(new Error(`bench worker ${worker}: ${message.error}`));
        else take(message.index, message.record);
      });
      thread.on('error', reject);
      thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench worker ${worker} exited with ${code}`))));
    })));
  }
  const records = new Map<SetName, R[]>();
  let offset = 0;
  for (const [set, list] of bySet) {
    const own = slots.slice(offset, offset + list.length);
    offset += list.length;
    const missing = own.findIndex((r) => r === undefined);
    if (missing !== -1) throw new Error(`bench: no result for ${set} page ${list[missing]?.id ?? missing}`);
    records.set(set, own.filter((r): r is R => r !== undefined));
  }
  return records;
}
