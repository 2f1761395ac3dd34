// The worker thread's side of `tidy-reader --jobs N` (./worker-pool.ts has the main thread's side):
// it answers one input at a time, each in its own turn of the event loop, so that the closed
// window of the last page is freed before the next one is parsed.
import { parentPort, workerData } from 'node:worker_threads';
import { preloadJsdom } from '../node/load-document';
import type { CliOptions } from './args';
import { processInput } from './process-input';
import type { Answer } from './process-input';

/** What every worker is started with. */
export interface WorkerSetup {
  options: CliOptions;
  cwd: string;
}

/** An input for a worker: its name, and for stdin the bytes the main thread read. */
export interface TaskMessage {
  id: number;
  file: string;
  stdin?: Uint8Array;
}

export interface AnswerMessage {
  id: number;
  answer: Answer;
}

/** Sent once the worker has loaded what every page needs: inputs' time limits start from there. */
export interface ReadyMessage {
  ready: true;
}

function isSetup(value: unknown): value is WorkerSetup {
  return typeof value === 'object' && value !== null && 'options' in value && 'cwd' in value && typeof value.cwd === 'string';
}

function isTask(value: unknown): value is TaskMessage {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'number' && 'file' in value && typeof value.file === 'string';
}

/** Serves the main thread's inputs until it terminates this worker. */
export function serveInputs(): void {
  const port = parentPort;
  const setup: unknown = workerData;
  if (!port || !isSetup(setup)) throw new Error('tidy-reader: a worker needs its setup from the main thread');
  preloadJsdom();
  const ready: ReadyMessage = { ready: true };
  port.postMessage(ready);
  port.on('message', (task: unknown) => {
    if (!isTask(task)) return;
    void processInput({ file: task.file, stdin: task.stdin, cwd: setup.cwd }, setup.options).then((answer) => {
      const message: AnswerMessage = { id: task.id, answer };
      port.postMessage(message);
    });
  });
}
