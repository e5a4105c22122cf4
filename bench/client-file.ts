// Open a full client file: the app's 'clients.file' with its claims' history and decisions (the
// client and every record kind, medical history included, claims, documents, tasks, notes, each
// claim's status history and decisions; the medical read logged), through dispatch as the UI calls
// it — against the same rows read with hand-written statements and the same audit row appended by
// hand. For comparison, the same file read part by part: 'clients.file' and one 'claims.get' a claim.
import { createHash } from 'node:crypto';
import type { BenchContext } from './context';
import { sampleClientIds } from './context';
import { stats, timeEach, WITHIN_3X, withinRatio, type Row } from './timing';

const PER_CLIENT = [
  'SELECT * FROM family_member WHERE insured_person_id = ? AND deleted_at IS NULL ORDER BY relation, birth_date, id',
  'SELECT * FROM employment_period WHERE insured_person_id = ? ORDER BY start_date DESC, id',
  'SELECT * FROM monthly_income WHERE insured_person_id = ? ORDER BY month DESC, source, id',
  `SELECT i.* FROM medical_impairment i JOIN medical_determination d ON d.id = i.determination_id
   WHERE d.insured_person_id = ? ORDER BY i.determination_id, i.id`,
  'SELECT * FROM life_event WHERE insured_person_id = ? ORDER BY event_date DESC, id',
  'SELECT * FROM representation WHERE insured_person_id = ? ORDER BY created_at DESC, id',
  'SELECT * FROM consent WHERE insured_person_id = ? ORDER BY signed_date DESC, id',
  'SELECT * FROM fee_agreement WHERE insured_person_id = ? ORDER BY created_at DESC, id',
  `SELECT c.*, s.full_name FROM claim_status_change c JOIN claim k ON k.id = c.claim_id JOIN staff_member s ON s.id = c.staff_id
   WHERE k.insured_person_id = ? AND k.deleted_at IS NULL ORDER BY c.claim_id, c.id`,
  `SELECT d.* FROM claim_decision d JOIN claim k ON k.id = d.claim_id
   WHERE k.insured_person_id = ? AND k.deleted_at IS NULL ORDER BY d.claim_id, d.decided_date, d.id`,
  'SELECT * FROM task WHERE insured_person_id = ? ORDER BY due_date, id',
  'SELECT * FROM diagnosis WHERE insured_person_id = ? ORDER BY since_date DESC, id',
  'SELECT * FROM treating_doctor WHERE insured_person_id = ? ORDER BY doctor_name, id',
  'SELECT * FROM hospitalisation WHERE insured_person_id = ? ORDER BY from_date DESC, id',
  'SELECT * FROM medication WHERE insured_person_id = ? ORDER BY medication_name, id',
];
const PER_CLIENT_IN_OFFICE = [
  'SELECT * FROM insured_person WHERE id = ? AND office_id = ? AND deleted_at IS NULL',
  'SELECT * FROM claim WHERE insured_person_id = ? AND office_id = ? AND deleted_at IS NULL ORDER BY updated_at DESC, id DESC',
  'SELECT * FROM document WHERE insured_person_id = ? AND office_id = ? AND deleted_at IS NULL ORDER BY created_at DESC, id DESC',
  'SELECT * FROM note WHERE insured_person_id = ? AND office_id = ? AND deleted_at IS NULL ORDER BY created_at DESC, id DESC',
];

function rawReader(ctx: BenchContext): (clientId: number) => unknown[] {
  const perClient = PER_CLIENT.map((text) => ctx.sqlite.prepare(text));
  const medical = ctx.sqlite.prepare(
    'SELECT * FROM medical_determination WHERE insured_person_id = ? ORDER BY committee_date DESC, id',
  );
  const inOffice = PER_CLIENT_IN_OFFICE.map((text) => ctx.sqlite.prepare(text));
  const head = ctx.sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const append = ctx.sqlite.prepare(
    'INSERT INTO audit_log (id, at, office_id, staff_id, action, entity, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return (clientId) => {
    const determinations = medical.all(clientId);
    const rows = [
      ...inOffice.map((s) => s.all(clientId, ctx.officeId)),
      ...perClient.map((s) => s.all(clientId)),
      determinations,
    ];
    const last = head.get() as { id: number; hash: string };
    const at = new Date().toISOString();
    const details = JSON.stringify({ clientId, rows: determinations.length });
    const hash = createHash('sha256').update(`${last.hash}\n${at}\n${details}`).digest('hex');
    append.run(
      last.id + 1,
      at,
      ctx.officeId,
      ctx.session.staffId,
      'read_medical',
      'medical_determination',
      details,
      last.hash,
      hash,
    );
    return rows;
  };
}

export async function benchClientFile(ctx: BenchContext, count: number): Promise<Row[]> {
  const ids = sampleClientIds(ctx, count);
  const { call } = ctx;
  const byParts = async (id: number) => {
    const file = (await call('clients.file', { id })) as { claims: { id: number }[] };
    for (const claim of file.claims) await call('claims.get', { id: claim.id });
  };
  const open = (id: number) => call('clients.file', { id, withClaimHistory: true });
  // Every way reads the same pages: the first would pay for reading them off the disk for the others.
  for (const id of ids) await open(id);
  const app = stats(await timeEach(ids, open));
  const parts = stats(await timeEach(ids, byParts));
  const byHand = stats(await timeEach(ids, rawReader(ctx)));
  const p95 = { unit: 'ms' as const, app: app.p95, raw: byHand.p95, appCpu: app.cpu.p95, rawCpu: byHand.cpu.p95 };
  const operation = "open a full client file with its claims' history and decisions ('clients.file', one call)";
  return [
    {
      operation: `${operation}, p50 (${count} clients)`,
      unit: 'ms',
      app: app.p50,
      raw: byHand.p50,
      appCpu: app.cpu.p50,
      rawCpu: byHand.cpu.p50,
      target: '—',
      pass: null,
    },
    {
      operation: `${operation}, p95`,
      ...p95,
      target: `≤ 20 ms and ${WITHIN_3X}`,
      pass: app.p95 <= 20 && withinRatio(p95, 3),
    },
    {
      operation: "the same file part by part ('clients.file', then 'claims.get' a claim), p95",
      unit: 'ms',
      app: parts.p95,
      raw: byHand.p95,
      appCpu: parts.cpu.p95,
      rawCpu: byHand.cpu.p95,
      target: '—',
      pass: null,
    },
  ];
}
