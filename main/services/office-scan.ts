// The whole-office rights scan: scanClient over every client, in the
// background. Clients go in chunks — each loaded with a few range queries, scanned, and written with
// its progress in one transaction — and the event loop gets a turn between chunks, so the app keeps
// answering. One running scan per office; a cancelled scan keeps what it found so far; a run left
// "running" by a process that ended is marked failed (its findings stay).
import { todayInIsrael } from '../../shared/dates';
import type { Benefit } from '../../shared/domain/enums';
import { toHundredths } from '../../shared/money';
import { AppError } from '../../shared/api/result';
import { scanClient } from '../../shared/rules/scan/scan-client';
import type { Store } from '../../db/open';
import type { StoreKeeper } from '../store-keeper';
import { audit, type Call } from './context';
import type { Handlers } from './handler';
import { clientFiles, nextClientIds, type ScanSubject } from './office-scan-files';
import {
  finishRun,
  findRun,
  insertFindings,
  insertRun,
  listFindings,
  liveClientCount,
  recordProgress,
  runningRunIds,
  type NewFinding,
} from './office-scan-store';
import { factsOf } from './rights';

/** The benefit a calculator's right is claimed under: a finding is "claimed" when such a claim exists. */
export const BENEFIT_OF: Record<string, Benefit> = {
  'general-disability': 'general_disability',
  'special-services': 'special_services',
  'disabled-child': 'disabled_child',
  'work-injury-allowance': 'work_injury',
  'work-disability': 'work_injury',
  unemployment: 'unemployment',
  'reserve-duty': 'reserve_duty',
  'old-age': 'old_age',
  'old-age-income-supplement': 'old_age',
  survivors: 'survivors',
  nursing: 'nursing',
  'income-support': 'income_support',
  maternity: 'maternity',
  accident: 'accident_victims',
};

/** Milliseconds of work per turn before the event loop gets the thread back. */
const TURN_MS = 30;

interface Job {
  runId: number;
  officeId: number;
  store: Store;
  cancelled: boolean;
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

/**
 * The findings worth keeping for one client: eligible or maybe, each marked claimed or not. A "maybe"
 * keeps what it is worth at best (every missing fact at its most favourable), so that sorting by
 * amount ranks the office's open questions by their value; its first missing fact settles it.
 */
export function findingsOf({ file, received }: ScanSubject, date: string): NewFinding[] {
  const claimed = new Set(file.claims.map((c) => c.benefit));
  return scanClient(factsOf(file, received), date)
    .rights.filter((right) => right.verdict !== 'no')
    .map((right) => {
      const atBest = right.verdict === 'maybe' && right.worth !== null;
      const amount = atBest ? right.worth : (right.result?.amount ?? null);
      return {
        clientId: file.client.id,
        calculator: right.calculator,
        verdict: right.verdict as NewFinding['verdict'],
        amountAgorot: amount === null ? null : toHundredths(amount),
        unit: atBest ? right.worthUnit : (right.result?.unit ?? null),
        claimed: BENEFIT_OF[right.calculator] !== undefined && claimed.has(BENEFIT_OF[right.calculator]!),
        missing: right.missing,
      };
    });
}

function runJob(call: Call, job: Job, scanDate: string): void {
  const jobs = jobsOf(call);
  let lastId = 0;
  let processed = 0;
  let chunk = 25;

  const stop = (status: 'done' | 'failed', error: string | null = null) => {
    jobs.delete(job.officeId);
    finishRun(job.store.db, job.runId, status, call.now().toISOString(), error);
  };

  const turn = () => {
    // A restore swapped the store, or the app closed: this run belongs to a store no longer in use.
    if (call.keeper.store !== job.store || !job.store.sqlite.open) {
      jobs.delete(job.officeId);
      return;
    }
    if (job.cancelled) return; // scan.cancel has closed the run
    try {
      const started = performance.now();
      const scoped = { ...call, store: job.store };
      const ids = nextClientIds(scoped, lastId, chunk);
      if (ids.length === 0) return stop('done');
      const findings = clientFiles(scoped, ids).flatMap((subject) => findingsOf(subject, scanDate));
      job.store.db.transaction(() => {
        insertFindings(job.store.db, job.runId, findings);
        recordProgress(job.store.db, job.runId, processed + ids.length);
      });
      lastId = ids[ids.length - 1]!;
      processed += ids.length;
      // Aim each turn at TURN_MS whatever the machine: grow or shrink the chunk by what this one took.
      const took = Math.max(1, performance.now() - started);
      chunk = Math.min(chunk * 2, 2000, Math.max(5, Math.round((chunk * TURN_MS) / took)));
      setImmediate(turn);
    } catch (error) {
      console.error(error);
      stop('failed', error instanceof Error ? error.message : String(error));
    }
  };
  setImmediate(turn);
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
    const id = insertRun(db, { officeId, startedBy: call.session.staffId, scanDate, total, startedAt: call.now().toISOString() });
    // One row for the whole run: it reads every client's file, medical data included.
    audit(call, { action: 'scan', entity: 'scan_run', entityId: id, details: { clients: total, date: scanDate } });
    return id;
  });
  const job: Job = { runId, officeId, store: call.store, cancelled: false };
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
    // Between two turns nothing is half-written: the run closes now with what it has found.
    job.cancelled = true;
    jobs.delete(job.officeId);
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
