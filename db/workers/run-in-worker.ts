// Runs one of the worker entries main/build.mjs bundles (main/workers/<name>.ts or db/workers/<name>.ts
// → dist/main/workers/<name>.mjs) on a thread of its own, handing each message it posts to
// `onMessage`. Every worker thread of the app starts here: no worker runs code from a string.
import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

/** The entries main/build.mjs bundles as workers. */
export const WORKER_ENTRIES = ['office-scan', 'file-check', 'read-queries', 'read-file', 'import-check'] as const;
export type WorkerEntry = (typeof WORKER_ENTRIES)[number];

export interface WorkerRun<In = never> {
  /** Settles when the worker ends: fulfilled when it ran to its end, rejected when it threw or was stopped. */
  done: Promise<void>;
  /** Sends the worker a message (a worker that lives on between answers reads them). */
  post(message: In): void;
  /** Whether the worker keeps the process alive: while someone waits on its answer. It starts not held. */
  hold(held: boolean): void;
  /** Ends the worker where it is; no message comes after. */
  stop(): void;
}

/**
 * Where the bundled entry lies. Every bundle (dist/main/*.mjs, dist/bench/*.mjs) finds it in the
 * sibling folder main/workers; run from source (the tests), this module finds the built one, so the
 * tests run the same file the app does (test/support/build-workers.ts builds it first).
 */
export function workerFile(name: WorkerEntry): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? `../../dist/main/workers/${name}.mjs` : `../main/workers/${name}.mjs`, here);
}

/**
 * `resourceLimits` caps the worker's heap: past it the worker ends and `done` rejects
 * (ERR_WORKER_OUT_OF_MEMORY). `transferList` moves ports or buffers of `data` to the worker.
 */
export function runInWorker<M, In = never>(
  name: WorkerEntry,
  data: unknown,
  onMessage: (message: M) => void,
  resourceLimits?: ResourceLimits,
  transferList?: Transferable[],
): WorkerRun<In> {
  const worker = new Worker(workerFile(name), { workerData: data, resourceLimits, transferList });
  // A run the app closes on is left behind, as a crash would leave it (the next start marks it so).
  worker.unref();
  let stopped = false;
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: M) => {
      if (!stopped) onMessage(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 && !stopped
        ? resolve()
        : reject(new Error(stopped ? 'stopped' : `The ${name} worker stopped (exit code ${code})`)),
    );
  });
  return {
    done,
    post: (message) => worker.postMessage(message),
    hold: (held) => (held ? worker.ref() : worker.unref()),
    stop: () => {
      stopped = true;
      void worker.terminate();
    },
  };
}

/** What a worker that answers once posts: its result, or why it failed. */
export type Answer<T> = { result: T } | { error: string };

/** Runs `name` for one answer (the first message it posts); the process waits for it. */
export function askWorker<T>(name: WorkerEntry, data: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const run = runInWorker<Answer<T>>(name, data, (answer) => {
      answered = true;
      if ('result' in answer) resolve(answer.result);
      else reject(new Error(answer.error));
    });
    run.hold(true);
    run.done.then(
      () => answered || reject(new Error(`The ${name} worker ended before it answered`)),
      (error: unknown) => answered || reject(error instanceof Error ? error : new Error(String(error))),
    );
  });
}
