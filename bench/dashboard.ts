// The dashboard's summary ('dashboard.summary': its statements on a worker thread with a connection
// of its own, the latest scan, the shaping of the rows) against the same statements run by hand on
// the bench's connection; and for information the consent-state counts written the plain way, with
// the client list's per-client state lookups, beside the one pass the dashboard makes.
import { addDays, format, parseISO } from 'date-fns';
import {
  consentStateCountsSql,
  medicalWaiverStateSql,
  powerOfAttorneyStateSql,
} from '../db/repositories/consent-state';
import { liveClientIdSpan, readDashboard } from '../db/repositories/dashboard';
import { todayInIsrael } from '../shared/dates';
import type { BenchContext } from './context';
import { stats, timeEach, type Row } from './timing';

const PER_CLIENT_COUNTS = `SELECT attorney, waiver, count(*) AS n FROM (
  SELECT ${powerOfAttorneyStateSql} AS attorney, ${medicalWaiverStateSql} AS waiver
  FROM insured_person p WHERE p.office_id = @officeId AND p.deleted_at IS NULL) GROUP BY attorney, waiver`;

export async function benchDashboard(ctx: BenchContext, runs: number): Promise<Row[]> {
  const today = todayInIsrael(new Date());
  const days = {
    today,
    soon: format(addDays(parseISO(today), 6), 'yyyy-MM-dd'),
    reminder: format(addDays(parseISO(today), 14), 'yyyy-MM-dd'),
  };
  const rounds = Array.from({ length: runs }, (_, i) => i);
  const warmUp = 2;
  const app = stats(await timeEach(rounds, () => ctx.call('dashboard.summary', {}), warmUp));
  const raw = stats(
    await timeEach(
      rounds,
      () =>
        readDashboard(ctx.officeId, days, liveClientIdSpan(ctx.db, ctx.officeId), async (queries) =>
          queries.map((q) => ctx.sqlite.prepare(q.sql).all(q.params)),
        ),
      warmUp,
    ),
  );
  const params = { officeId: ctx.officeId, today, fromId: 0, toId: Number.MAX_SAFE_INTEGER };
  const onePass = stats(await timeEach(rounds, () => ctx.sqlite.prepare(consentStateCountsSql).all(params), warmUp));
  const perClient = stats(
    await timeEach(rounds.slice(0, 5), () => ctx.sqlite.prepare(PER_CLIENT_COUNTS).all(params), 1),
  );
  return [
    {
      operation: `'dashboard.summary', p95 (${runs} runs)`,
      unit: 'ms',
      app: app.p95,
      raw: raw.p95,
      appCpu: app.cpu.p95,
      rawCpu: raw.cpu.p95,
      target: '≤ 150 ms',
      pass: app.p95 <= 150,
    },
    {
      operation: "'dashboard.summary', p50",
      unit: 'ms',
      app: app.p50,
      raw: raw.p50,
      appCpu: app.cpu.p50,
      rawCpu: raw.cpu.p50,
      target: '—',
      pass: null,
    },
    {
      operation:
        'consent states counted per client (app: one pass; raw: the per-client lookups of the client list), p50',
      unit: 'ms',
      app: onePass.p50,
      raw: perClient.p50,
      appCpu: onePass.cpu.p50,
      rawCpu: perClient.cpu.p50,
      target: '—',
      pass: null,
    },
  ];
}
