// The main thread's side of `tidy-reader --jobs N`: N worker threads (started when there is work
// for them), each given one input at a time. What happens to a worker is that input's answer, never
// the run's end: an input that runs past the time limit has its worker terminated ("timeout"), one
// that fills the worker's heap ends it ("too-large"), a worker that dies otherwise fails its input
// ("failed"); a fresh worker takes the next input.
import { Worker } from 'node:worker_threads';
import type { Answer } from './process-input';
import type { AnswerMessage, ReadyMessage, TaskMessage, WorkerSetup } from './worker';

/**
 * The heap a worker may use (V8's old generation). A page at the default limits needs well under
 * half of it (20,000 paragraphs: about 600 MB of process memory); a page that needs more fails alone.
 */
export const WORKER_HEAP_MB = 1024;

/** Why the pool could not get an answer from a worker. */
export interface PoolFailure {
  error: 'timeout' | 'too-large' | 'failed';
  message: string;
}

export type PoolResult = { ok: true; answer: Answer } | ({ ok: false } & PoolFailure);

export interface PoolOptions {
  size: number;
  /** The script the workers run (dist/cli.js, which serves inputs when it is not the main thread). */
  script: URL;
  setup: WorkerSetup;
  /** An input's time limit, from the moment its worker is ready for it (jsdom loaded). */
  timeoutMs: number;
  /** A worker's heap (default WORKER_HEAP_MB). */
  heapMb?: number;
}

interface Job {
  task: TaskMessage;
  settle(result: PoolResult): void;
  timer?: NodeJS.Timeout;
  timedOut?: boolean;
}

function isAnswer(value: unknown): value is AnswerMessage {
  return typeof value === 'object' && value !== null && 'id' in value && 'answer' in value;
}

function isReady(value: unknown): value is ReadyMessage {
  return typeof value === 'object' && value !== null && 'ready' in value && value.ready === true;
}

function firstLine(error: Error): string {
  return (error.message.split('\n')[0] ?? '').slice(0, 200);
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly errors = new Map<Worker, Error>();
  private readonly ready = new Set<Worker>();
  private readonly queue: Job[] = [];
  private workers = 0;
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  /** Answers one input in a worker; never rejects. */
  run(file: string, stdin?: Uint8Array): Promise<PoolResult> {
    return new Promise((settle) => {
      this.queue.push({ task: { id: this.nextId++, file, stdin }, settle });
      this.dispatch();
    });
  }

  /** Terminates every worker (pending inputs are not answered). */
  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.idle, ...this.running.keys()];
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (!this.closed && this.queue.length > 0 && (this.idle.length > 0 || this.workers < this.options.size)) {
      const worker = this.idle.pop() ?? this.spawn();
      const job = this.queue.shift();
      if (job) this.start(worker, job);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.options.script, {
      workerData: this.options.setup,
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb ?? WORKER_HEAP_MB },
      // The workers' console output would interleave with the answers: inputs report through messages.
      stdout: true,
      stderr: true,
    });
    this.workers++;
    worker.on('message', (message: unknown) => this.answered(worker, message));
    worker.on('error', (error: Error) => this.errors.set(worker, error));
    worker.on('exit', (code) => this.exited(worker, code));
    return worker;
  }

  private start(worker: Worker, job: Job): void {
    this.running.set(worker, job);
    // Copied, not transferred: stdin's bytes may share a pooled buffer with other data.
    worker.postMessage(job.task);
    if (this.ready.has(worker)) this.startClock(worker, job);
  }

  private startClock(worker: Worker, job: Job): void {
    job.timer = setTimeout(() => {
      job.timedOut = true;
      void worker.terminate();
    }, this.options.timeoutMs);
  }

  private answered(worker: Worker, message: unknown): void {
    if (isReady(message)) {
      this.ready.add(worker);
      const waiting = this.running.get(worker);
      if (waiting) this.startClock(worker, waiting);
      return;
    }
    const job = this.running.get(worker);
    if (!job || !isAnswer(message) || message.id !== job.task.id) return;
    clearTimeout(job.timer);
    this.running.delete(worker);
    this.idle.push(worker);
    job.settle({ ok: true, answer: message.answer });
    this.dispatch();
  }

  private exited(worker: Worker, code: number): void {
    this.workers--;
    const job = this.running.get(worker);
    const error = this.errors.get(worker);
    this.running.delete(worker);
    this.errors.delete(worker);
    this.ready.delete(worker);
    const idle = this.idle.indexOf(worker);
    if (idle !== -1) this.idle.splice(idle, 1);
    if (job) {
      clearTimeout(job.timer);
      job.settle({ ok: false, ...this.failure(job, error, code) });
    }
    this.dispatch();
  }

  private failure(job: Job, error: Error | undefined, code: number): PoolFailure {
    const seconds = this.options.timeoutMs / 1000;
    if (job.timedOut) return { error: 'timeout', message: `no answer within ${seconds} s (--timeout)` };
    if (error && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return { error: 'too-large', message: `ran out of memory (a page may use ${this.options.heapMb ?? WORKER_HEAP_MB} MB)` };
    }
    return { error: 'failed', message: `the worker stopped: ${error ? firstLine(error) : `exit code ${code}`}` };
  }
}
