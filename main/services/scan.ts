// The whole-office rights scan: scanClient over every client, on worker threads (main/workers/
// office-scan.ts, one a core, each over its own range of clients) that read with connections of their
// own, so the app keeps answering. Each worker posts each chunk's findings; this thread writes them
// with the run's progress in one transaction.
// One running scan per office; a cancelled scan keeps what it found so far; a run left "running" by
// a process that ended is marked failed (its findings stay).
import { availableParallelism } from 'node:os';
import { todayInIsrael } from '../../shared/dates';
import { AppError } from '../../shared/api/result';
import type { Store } from '../../db/open';
import {
  clientIdCuts,
  finishRun,
  findRun,
  insertFindings,
  insertRun,
  listFindings,
  liveClientCount,
  recordProgress,
  runningRunIds,
} from '../../db/repositories/office-scan';
import type { StoreKeeper } from '../store-keeper';
import type { ScanMessage, ScanWork } from '../workers/office-scan-messages';
import { runInWorker, type WorkerRun } from '../../db/workers/run-in-worker';
import { keyOf } from '../../db/sqlite';
import { audit, type Call } from './context';
import type { Handlers } from './handler';

interface Job {
  runId: number;
  officeId: number;
  store: Store;
  workers: WorkerRun[];
}

/** Live jobs per running app (its keeper), by office. */
const jobsByKeeper = new WeakMap<StoreKeeper, Map<number, Job>>();

function jobsOf(call: Call): Map<number, Job> {
  let jobs = jobsByKeeper.get(call.keeper);
  if (!jobs) {
    jobsByKeeper.set(call.keeper, (jobs = new Map()));
  }
  return jobs;
}

/** Runs marked running with no job in this process were cut off (the app closed mid-scan). */
function closeOrphans(call: Call): void {
  const live = jobsOf(call).get(call.session.officeId)?.runId;
  for (const id of runningRunIds(call.store.db, call.session.officeId)) {
    if (id !== live) finishRun(call.store.db, id, 'failed', call.now().toISOString(), 'interrupted');
  }
}

/** One worker a core: the rules' work is all CPU, and this thread only writes what they find. */
const WORKERS = Math.max(1, Math.min(4, availableParallelism()));

function runJob(call: Call, job: Job, scanDate: string): void {
  const jobs = jobsOf(call);
  let processed = 0;
  let running = 0;
  const stop = (status: 'done' | 'failed', error: string | null = null) => {
    jobs.delete(job.officeId);
    for (const worker of job.workers) worker.stop();
    finishRun(job.store.db, job.runId, status, call.now().toISOString(), error);
  };
  // A restore or a new data key swapped the store, or the app closed: this run belongs to a store no
  // longer in use, and nothing more is written to it.
  const abandoned = () => {
    if (call.keeper.store === job.store && job.store.sqlite.open) return false;
    jobs.delete(job.officeId);
    for (const worker of job.workers) worker.stop();
    return true;
  };
  const onMessage = (message: ScanMessage) => {
    if (jobs.get(job.officeId) !== job || abandoned()) return;
    if (message.kind === 'done') {
      if (--running === 0) stop('done');
      return;
    }
    try {
      job.store.db.transaction(() => {
        insertFindings(job.store.db, job.runId, message.findings);
        recordProgress(job.store.db, job.runId, processed + message.clients);
      });
      processed += message.clients;
    } catch (error) {
      console.error(error);
      stop('failed', error instanceof Error ? error.message : String(error));
    }
  };
  const cuts = clientIdCuts(job.store.db, job.officeId, WORKERS);
  const bounds = [0, ...cuts, Number.MAX_SAFE_INTEGER];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const work: ScanWork = {
      file: job.store.file,
      hexKey: keyOf(job.store.sqlite)?.toString('hex') ?? null,
      officeId: job.officeId,
      scanDate,
      range: { afterId: bounds[i]!, upTo: bounds[i + 1]! },
    };
    const worker = runInWorker<ScanMessage>('office-scan', work, onMessage);
    running++;
    job.workers.push(worker);
    worker.done.catch((error: unknown) => {
      // Stopped by scan.cancel or above: the run is closed already. A worker that opened a swapped
      // store's file with the key it no longer has fails too.
      if (jobs.get(job.officeId) !== job || abandoned()) return;
      console.error(error);
      stop('failed', error instanceof Error ? error.message : String(error));
    });
  }
}

export function startScan(call: Call): NonNullable<ReturnType<typeof findRun>> {
  const { db } = call.store;
  const { officeId } = call.session;
  const running = jobsOf(call).get(officeId);
  if (running) return findRun(db, officeId, running.runId)!;
  const scanDate = todayInIsrael(call.now());
  const runId = db.transaction(() => {
    closeOrphans(call);
    const total = liveClientCount(db, officeId);
    const id = insertRun(db, {
      officeId,
      startedBy: call.session.staffId,
      scanDate,
      total,
      startedAt: call.now().toISOString(),
    });
    // One row for the whole run: it reads every client's file, medical data included.
    audit(call, { action: 'scan', entity: 'scan_run', entityId: id, details: { clients: total, date: scanDate } });
    return id;
  });
  const job: Job = { runId, officeId, store: call.store, workers: [] };
  jobsOf(call).set(officeId, job);
  runJob(call, job, scanDate);
  return findRun(db, officeId, runId)!;
}

function runOf(call: Call, runId?: number) {
  closeOrphans(call);
  const run = findRun(call.store.db, call.session.officeId, runId);
  if (runId !== undefined && !run) throw new AppError('not_found', 'notFound', 'runId');
  return run;
}

export const scanHandlers: Handlers<'scan.start' | 'scan.status' | 'scan.cancel' | 'scan.findings'> = {
  'scan.start': startScan,
  'scan.status': (call, input) => runOf(call, input.runId),
  'scan.cancel': (call, input) => {
    const run = runOf(call, input.runId)!;
    const jobs = jobsOf(call);
    const job = jobs.get(call.session.officeId);
    if (job?.runId !== run.id) return run;
    // Each chunk is written whole or not at all: the run closes now with what it has found.
    jobs.delete(job.officeId);
    for (const worker of job.workers) worker.stop();
    call.store.db.transaction(() => {
      finishRun(call.store.db, run.id, 'cancelled', call.now().toISOString());
      audit(call, { action: 'cancel', entity: 'scan_run', entityId: run.id, details: { processed: run.processed } });
    });
    return findRun(call.store.db, call.session.officeId, run.id)!;
  },
  'scan.findings': (call, input) => {
    const run = runOf(call, input.runId);
    if (!run) return { run: null, rows: [], total: 0 };
    return { run, ...listFindings(call.store.db, { ...input, runId: run.id }) };
  },
};
