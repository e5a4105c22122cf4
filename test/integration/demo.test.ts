// The demo-office generator on real SQLite files: valid and app-readable data, every claim status
// along the workflow, a sound store (integrity, foreign keys, audit chain, search index), and the same
// data for the same seed.
import { isNotNull } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { dataKeyFor } from '../../db/audit-key';
import { DEMO_DOCUMENT_TITLES } from '../../db/demo/documents';
import { DEMO_AS_OF } from '../../db/demo/generate';
import { DEMO_PASSWORD, DEMO_USERNAME } from '../../db/demo/staff';
import { openDatabase, type Store } from '../../db/open';
import { verifyAuditChain } from '../../db/repositories/audit';
import { searchInsuredPersons } from '../../db/repositories/insured-persons';
import { insuredPersons } from '../../db/schema';
import { clientIndexInStep } from '../../db/search/index-maintenance';
import { openApp } from '../../main/app';
import { fillDemoOffice } from '../../main/demo-office';
import { docketOffice } from '../../main/services/docket';
import { dataFiles, migrationsFolder } from '../../main/config/paths';
import { hashPassword } from '../../main/services/passwords';
import { claimStatuses, claimTransitions, type ClaimStatus, type documentKinds } from '../../shared/domain/enums';
import { isValidIsraeliId } from '../../shared/identity/israeli-id';
import { clientFields } from '../../shared/schemas/client';
import { expectOk } from '../support/app';
import { keepPdf, pdfText } from '../support/paperwork-pdf';
import { tempDir, testKeys } from '../support/temp';

const CLIENTS = 200;
const cleanups: (() => void)[] = [];
let passwordHash: string;

async function demoStore(seed: number, clients = CLIENTS): Promise<{ store: Store; dataDir: string }> {
  const { dir, cleanup } = tempDir('mitzui-demo-');
  const files = dataFiles(dir);
  const store = await openDatabase({
    keys: testKeys,
    file: files.database,
    backupDir: files.backups,
    migrationsFolder,
  });
  cleanups.push(() => {
    if (store.sqlite.open) store.close();
    cleanup();
  });
  await fillDemoOffice(store, { clients, seed, passwordHash, batchSize: 64 }, dataKeyFor(testKeys, dir));
  return { store, dataDir: dir };
}

function all<T>(store: Store, sql: string): T[] {
  return store.sqlite.prepare(sql).all() as T[];
}

/** A digest of each table's rows in id order: equal digests, equal data. */
function dump(store: Store): Record<string, string> {
  const tables = [
    'staff_member',
    'insured_person',
    'family_member',
    'monthly_income',
    'medical_committee',
    'claim',
    'claim_status_change',
    'claim_decision',
    'document',
    'task',
    'note',
    'audit_log',
  ];
  // The audit seals are keyed per data folder: equal data, other seals.
  const columns = (t: string) =>
    t === 'audit_log' ? 'id, at, office_id, staff_id, action, entity, entity_id, details' : '*';
  return Object.fromEntries(
    tables.map((t) => [
      t,
      createHash('sha256')
        .update(JSON.stringify(all(store, `SELECT ${columns(t)} FROM ${t} ORDER BY id`)))
        .digest('hex'),
    ]),
  );
}

/** Rows grouped by their claim (Map.groupBy needs Node 21). */
function byClaim<T extends { claim_id: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(row.claim_id, [...(groups.get(row.claim_id) ?? []), row]);
  return groups;
}

let demo: Store;
let demoDir: string;

beforeAll(async () => {
  passwordHash = await hashPassword(DEMO_PASSWORD);
  ({ store: demo, dataDir: demoDir } = await demoStore(1));
});
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

describe('demo office generator', () => {
  it('gives every client and relative a valid Israeli ID, unique within the office', () => {
    const clients = all<{ id_number: string }>(demo, 'SELECT id_number FROM insured_person').map((r) => r.id_number);
    const relatives = all<{ id_number: string }>(
      demo,
      'SELECT id_number FROM family_member WHERE id_number IS NOT NULL',
    ).map((r) => r.id_number);
    expect(clients).toHaveLength(CLIENTS);
    expect(relatives.length).toBeGreaterThan(CLIENTS);
    expect([...clients, ...relatives].filter((id) => !isValidIsraeliId(id))).toEqual([]);
    expect(new Set([...clients, ...relatives]).size).toBe(clients.length + relatives.length);
  });

  it('writes clients the app’s own schema accepts unchanged: names, phones, e-mail, bank, dates', () => {
    const rows = demo.db.select().from(insuredPersons).all();
    const fields = Object.keys(clientFields.shape) as (keyof typeof clientFields.shape)[];
    for (const row of rows) {
      const input = Object.fromEntries(fields.map((f) => [f, row[f]]));
      expect(clientFields.parse(input)).toEqual(input);
    }
    expect(rows.some((r) => r.preferredLanguage === 'ar') && rows.some((r) => r.preferredLanguage === 'he')).toBe(true);
    expect(rows.filter((r) => r.firstNameLatin).length).toBeGreaterThan(CLIENTS / 3);
  });

  it('puts claims in every status, each reached along the workflow, decided ones with their decisions', () => {
    const claims = all<{ id: number; status: ClaimStatus; outcome: string | null; appeal_route: string | null }>(
      demo,
      'SELECT id, status, outcome, appeal_route FROM claim',
    );
    expect(new Set(claims.map((c) => c.status))).toEqual(new Set(claimStatuses));
    const changes = byClaim(
      all<{ claim_id: number; from_status: ClaimStatus | null; to_status: ClaimStatus; at: string }>(
        demo,
        'SELECT * FROM claim_status_change ORDER BY id',
      ),
    );
    const decisions = byClaim(all<{ claim_id: number }>(demo, 'SELECT claim_id FROM claim_decision'));
    for (const claim of claims) {
      const steps = changes.get(claim.id)!;
      expect(steps[0]).toMatchObject({ from_status: null, to_status: 'draft' });
      steps.slice(1).forEach((step, i) => {
        expect(step.from_status).toBe(steps[i]!.to_status);
        expect(claimTransitions[step.from_status!]).toContain(step.to_status);
        expect(step.at > steps[i]!.at).toBe(true);
      });
      expect(steps[steps.length - 1]!.to_status).toBe(claim.status);
      const decided = steps.filter((s) => s.to_status === 'decided').length;
      expect(decisions.get(claim.id)?.length ?? 0).toBe(decided);
      expect(claim.outcome !== null).toBe(decided > 0);
      if (claim.status === 'appeal') expect(claim.appeal_route).not.toBeNull();
    }
  });

  it('books medical committees with a time and an NII branch or service centre: some ahead, the held ones with their outcome, protocol and determination', () => {
    type Row = {
      committee_date: string;
      committee_time: string | null;
      branch: string | null;
      service_centre: string | null;
      outcome: string;
      weighted_percent: number | null;
      protocol_received_date: string | null;
      determination_id: number | null;
      status: string;
      same_client: number;
      determination_date: string | null;
      determination_client: number;
    };
    const rows = all<Row>(
      demo,
      `SELECT m.*, c.status, c.insured_person_id = m.insured_person_id AS same_client, d.committee_date AS determination_date, d.insured_person_id = m.insured_person_id AS determination_client
       FROM medical_committee m JOIN claim c ON c.id = m.claim_id LEFT JOIN medical_determination d ON d.id = m.determination_id`,
    );
    const ahead = rows.filter((r) => r.committee_date > DEMO_AS_OF);
    const held = rows.filter((r) => r.outcome !== '[]');
    expect(ahead.length).toBeGreaterThan(5);
    expect(held.length).toBeGreaterThan(10);
    expect(
      rows.filter(
        (r) =>
          !/^(0[89]|1[0-4]):[0-5]\d$/.test(r.committee_time ?? '') ||
          (r.branch === null) === (r.service_centre === null),
      ),
    ).toEqual([]);
    // Most sit at a branch; some at a service centre (Yirka, Rahat…).
    expect(rows.filter((r) => r.service_centre !== null).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.branch !== null).length).toBeGreaterThan(rows.length / 2);
    expect(rows.every((r) => r.same_client === 1)).toBe(true);
    expect(ahead.every((r) => r.status === 'in_committee' && r.outcome === '[]' && r.determination_id === null)).toBe(
      true,
    );
    // The held ones whose ערר or court period still runs are on the docket, by the app's own sync.
    const docketed = all<{ binding: number; due_date: string }>(
      demo,
      "SELECT binding, due_date FROM task WHERE source_key LIKE 'committee:%'",
    );
    expect(docketed.length).toBeGreaterThan(0);
    expect(docketed.every((t) => t.binding === 1 && t.due_date >= DEMO_AS_OF)).toBe(true);
    for (const r of held) {
      expect(r.weighted_percent).not.toBeNull();
      expect(r.protocol_received_date! >= r.committee_date).toBe(true);
      expect([r.determination_date, r.determination_client]).toEqual([r.committee_date, 1]);
    }
  });

  it('writes nothing dated before the client’s intake or after the as-of date; tasks fall due after they are set', () => {
    const end = `${DEMO_AS_OF}T23:59:59.999Z`;
    const tables = [
      'family_member',
      'employment_period',
      'monthly_income',
      'medical_determination',
      'medical_committee',
      'life_event',
      'representation',
      'consent',
      'fee_agreement',
      'claim',
      'document',
      'task',
      'note',
    ];
    const outOfRange = tables.map((table) =>
      demo.sqlite
        .prepare(
          `SELECT count(*) FROM ${table} t JOIN insured_person p ON p.id = t.insured_person_id WHERE substr(t.created_at, 1, 10) < substr(p.created_at, 1, 10) OR t.created_at > ?`,
        )
        .pluck()
        .get(end),
    );
    expect(outOfRange).toEqual(tables.map(() => 0));
    expect(demo.sqlite.prepare('SELECT count(*) FROM audit_log WHERE at > ?').pluck().get(end)).toBe(0);
    expect(
      demo.sqlite.prepare('SELECT count(*) FROM task WHERE due_date < substr(created_at, 1, 10)').pluck().get(),
    ).toBe(0);
  });

  it('dockets the appeal deadlines of rejected and partly decided claims and the claim periods of events, by the app’s own sync', () => {
    const decided = all<{ decision: number; benefit: string }>(
      demo,
      `SELECT d.id AS decision, c.benefit FROM claim c JOIN claim_decision d ON d.id = (SELECT id FROM claim_decision WHERE claim_id = c.id ORDER BY decided_date DESC, id DESC LIMIT 1)
       WHERE c.status IN ('decided', 'appeal') AND c.outcome IN ('rejected', 'partly') AND c.deleted_at IS NULL
         AND coalesce(d.received_date, d.decided_date) >= date('${DEMO_AS_OF}', '-12 months', '+1 day')`,
    );
    const keys = new Set(
      all<{ source_key: string }>(demo, 'SELECT source_key FROM task WHERE source_key IS NOT NULL').map(
        (r) => r.source_key,
      ),
    );
    expect(decided.length).toBeGreaterThan(5);
    expect(decided.filter((d) => !keys.has(`decision:${d.decision}:labour_court`))).toEqual([]);
    const medical = all<{ n: number }>(
      demo,
      "SELECT count(*) AS n FROM task t JOIN claim c ON c.id = t.claim_id WHERE t.source_key LIKE '%:medical_appeal' AND c.benefit = 'income_support'",
    );
    expect(medical[0]!.n).toBe(0);
    expect([...keys].filter((k) => k.startsWith('event:')).length).toBeGreaterThan(0);
    expect(
      all(
        demo,
        'SELECT id FROM task WHERE source_key IS NOT NULL AND (binding = 0 OR rule IS NULL OR assigned_to IS NULL)',
      ),
    ).toEqual([]);
    // Docketing again finds nothing to do: the rows are the sync's own.
    expect(docketOffice(demo.db, 1, DEMO_AS_OF, `${DEMO_AS_OF}T07:00:00.000Z`)).toEqual({
      created: 0,
      moved: 0,
      removed: 0,
    });
  });

  it('leaves a sound store: integrity, foreign keys, an unbroken audit chain of ~10 rows a client, search in step', () => {
    expect(demo.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(demo.sqlite.pragma('foreign_key_check')).toEqual([]);
    const verdict = verifyAuditChain(demo.db);
    expect(verdict.ok).toBe(true);
    expect(verdict.rows / CLIENTS).toBeGreaterThan(8);
    expect(verdict.rows / CLIENTS).toBeLessThan(13);
    expect(clientIndexInStep(demo.db)).toBe(true);
    const indexed = (table: string, source: string) =>
      demo.sqlite.prepare(`SELECT (SELECT count(*) FROM ${table}) = (SELECT count(*) FROM ${source})`).pluck().get();
    expect([indexed('claim_search', 'claim'), indexed('note_search', 'note')]).toEqual([1, 1]);
  });

  it('is found by the app’s search by part of a name, an ID prefix and the end of a phone number', () => {
    const client = demo.db
      .select()
      .from(insuredPersons)
      .where(isNotNull(insuredPersons.mobilePhone))
      .limit(1)
      .offset(17)
      .get()!;
    const found = (query: string) =>
      searchInsuredPersons(demo.db, client.officeId, { query, direction: 'asc', limit: 50, offset: 0 }).rows.map(
        (r) => r.id,
      );
    expect(found(`${client.firstNameHe} ${client.lastNameHe.slice(0, 3)}`)).toContain(client.id);
    expect(found(client.idNumber.slice(0, 5))).toContain(client.id);
    expect(found(client.mobilePhone!.slice(-5))).toContain(client.id);
  });

  it('gives the same data for the same seed, and other data for another seed', async () => {
    const again = await demoStore(1);
    const other = await demoStore(2);
    expect(dump(again.store)).toEqual(dump(demo));
    expect(dump(other.store).insured_person).not.toBe(dump(demo).insured_person);
  });

  it('puts a file behind every document: each opens through the app as the PDF it says, titled by its kind', async () => {
    const kinds = all<{ id: number; kind: (typeof documentKinds)[number]; sha256: string; size_bytes: number }>(
      demo,
      'SELECT id, kind, sha256, size_bytes FROM document GROUP BY kind',
    );
    expect(kinds.length).toBeGreaterThan(5);
    const app = await openApp({ keys: testKeys, dataDir: demoDir });
    try {
      const login = expectOk(
        await app.dispatch(null, 'auth.login', { username: DEMO_USERNAME, password: DEMO_PASSWORD }),
      ) as { token: string };
      const session = app.sessions.resolve(login.token);
      for (const row of kinds) {
        const read = expectOk(await app.dispatch(session, 'documents.read', { id: row.id })) as {
          contentBase64: string;
          mimeType: string;
        };
        const bytes = Buffer.from(read.contentBase64, 'base64');
        expect(read.mimeType).toBe('application/pdf');
        expect([bytes.length, createHash('sha256').update(bytes).digest('hex')]).toEqual([row.size_bytes, row.sha256]);
        expect(pdfText(keepPdf(`demo-${row.kind}`, bytes))).toContain(DEMO_DOCUMENT_TITLES[row.kind]);
      }
    } finally {
      app.close();
    }
  });

  it('opens in the app: demo / demo-password signs in and reads a whole client file', async () => {
    demo.close();
    const app = await openApp({ keys: testKeys, dataDir: demoDir });
    try {
      const login = expectOk(
        await app.dispatch(null, 'auth.login', { username: DEMO_USERNAME, password: DEMO_PASSWORD }),
      ) as { token: string };
      const session = app.sessions.resolve(login.token);
      const file = expectOk(await app.dispatch(session, 'clients.file', { id: 3 })) as {
        client: { id: number };
        claims: unknown[];
      };
      expect(file.client.id).toBe(3);
      expect(file.claims.length).toBeGreaterThan(0);
      const committees = expectOk(
        await app.dispatch(session, 'committees.list', { from: DEMO_AS_OF, to: '2099-12-31' }),
      ) as { committeeTime: string; branch: string | null; serviceCentre: string | null; clientName: string }[];
      expect(committees.length).toBeGreaterThan(0);
      expect(committees.every((c) => c.committeeTime && (c.branch ?? c.serviceCentre) && c.clientName)).toBe(true);
    } finally {
      app.close();
    }
  });

  it('refuses a store that already holds an office', async () => {
    const { store } = await demoStore(3, 1);
    await expect(
      fillDemoOffice(store, { clients: 1, seed: 3, passwordHash }, dataKeyFor(testKeys, path.dirname(store.file))),
    ).rejects.toThrow(/already holds an office/);
  });
});
