// A stand-in for dist/cli.js as a worker thread (the protocol of src/cli/worker.ts), for the worker
// pool's tests: what it does is named in the input: "delayN-…" answers after N ms, "crash-…" exits,
// "throw-…" throws, "hang-…" never answers, "oom-…" fills its heap, "fail-…" answers a failure.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', (task) => {
  const { file } = task;
  if (file.startsWith('crash')) process.exit(3);
  if (file.startsWith('throw')) throw new Error('boom in worker');
  if (file.startsWith('hang')) for (;;);
  if (file.startsWith('oom')) {
    const hoard = [];
    for (;;) hoard.push(new Array(100_000).fill(hoard.length));
  }
  const ok = !file.startsWith('fail');
  const delay = Number(/delay(\d+)/.exec(file)?.[1] ?? 0);
  const stdin = task.stdin ? ` stdin=${Buffer.from(task.stdin).toString()}` : '';
  setTimeout(() => parentPort.postMessage({ id: task.id, answer: { ok, stdout: `${file}${stdin}\n`, stderr: '' } }), delay);
});
