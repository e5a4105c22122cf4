// The client list on a real store: every filter (benefit, claim status, staff member, consent state),
// search with filters, sort, windows, the export of the current view, the duplicate-ID lookup and the
// intake's one-transaction create.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import { expectOk, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { officeWithClient } from '../support/office';
import { logInAs } from '../support/staff';
import { tempDir } from '../support/temp';

let app: TestApp;
let token: string;
const ids: Record<'avraham' | 'sarah' | 'moshe' | 'rachel', number> = { avraham: 0, sarah: 0, moshe: 0, rachel: 0 };
let lawyerId: number;
let clerkId: number;
let taskId: number;
const exportDir = tempDir('mitzui-list-export-');

async function list(input: InputOf<'clients.list'> = {}) {
  return expectOk(await app.call(token, 'clients.list', input));
}

async function names(input: InputOf<'clients.list'>): Promise<string[]> {
  return (await list(input)).rows.map((r) => r.firstNameHe);
}

async function staffIdOf(username: string): Promise<number> {
  const staff = expectOk(await app.call(token, 'staff.list', {}));
  return staff.find((s) => s.username === username)!.id;
}

beforeAll(async () => {
  // Today in the test app: 2026-03-01.
  const office = await officeWithClient({
    idNumber: validId('31415926'),
    firstNameHe: 'אברהם',
    lastNameHe: 'כהן',
    birthDate: '1961-11-03',
    sex: 'male',
  });
  ({ app, token } = office);
  ids.avraham = office.clientId;
  const create = async (first8: string, firstNameHe: string, lastNameHe: string, birthDate: string, as = token) =>
    expectOk(
      await app.call(as, 'clients.create', {
        idNumber: validId(first8),
        firstNameHe,
        lastNameHe,
        birthDate,
        sex: 'female',
        fileNumber: `F-${first8}`,
      }),
    ).id;
  ids.sarah = await create('27182818', 'שרה', 'לוי', '1975-04-12');
  const clerkToken = await logInAs(app, 'staff', 'clerk');
  clerkId = await staffIdOf('clerk');
  ids.moshe = await create('16180339', 'משה', 'כהן', '1990-01-30', clerkToken);
  ids.rachel = await create('14142135', 'רחל', 'מזרחי', '1983-07-07');
  await logInAs(app, 'lawyer', 'lawyer');
  lawyerId = await staffIdOf('lawyer');
  const deleted = await create('12345678', 'נמחק', 'כהן', '1970-01-01');
  expectOk(await app.call(token, 'clients.delete', { id: deleted, version: 1 }));

  // Avraham: a general-disability claim made ready; power of attorney and waiver in force.
  const claim = expectOk(
    await app.call(token, 'claims.create', { clientId: ids.avraham, benefit: 'general_disability' }),
  );
  expectOk(await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to: 'ready' }));
  expectOk(
    await app.call(token, 'representation.create', {
      clientId: ids.avraham,
      scope: 'general',
      status: 'active',
      signedDate: '2026-01-05',
      activeFrom: '2026-01-05',
    }),
  );
  expectOk(
    await app.call(token, 'consents.create', {
      clientId: ids.avraham,
      kind: 'medical_waiver',
      signedDate: '2026-01-05',
    }),
  );
  // Sarah: a draft mobility claim; she revoked the power of attorney; her waiver expired.
  expectOk(await app.call(token, 'claims.create', { clientId: ids.sarah, benefit: 'mobility' }));
  expectOk(
    await app.call(token, 'representation.create', {
      clientId: ids.sarah,
      scope: 'general',
      status: 'revoked',
      signedDate: '2025-05-01',
      revokedDate: '2026-01-10',
    }),
  );
  expectOk(
    await app.call(token, 'consents.create', {
      clientId: ids.sarah,
      kind: 'medical_waiver',
      signedDate: '2025-01-01',
      expiryDate: '2026-02-01',
    }),
  );
  // Moshe (opened by the clerk): the power of attorney ended; the waiver was revoked.
  expectOk(
    await app.call(token, 'representation.create', {
      clientId: ids.moshe,
      scope: 'general',
      status: 'ended',
      signedDate: '2024-01-01',
      endedDate: '2025-12-31',
    }),
  );
  expectOk(
    await app.call(token, 'consents.create', {
      clientId: ids.moshe,
      kind: 'medical_waiver',
      signedDate: '2024-01-01',
      revokedDate: '2026-02-15',
    }),
  );
  // Rachel: no papers at all, and an open task for the lawyer.
  taskId = expectOk(
    await app.call(token, 'tasks.create', {
      kind: 'call',
      title: 'לחזור למבוטחת',
      dueDate: '2026-03-05',
      clientId: ids.rachel,
      assignedTo: lawyerId,
    }),
  ).id;
});

afterAll(() => {
  app?.dispose();
  exportDir.cleanup();
});

describe('clients.list filters', () => {
  it('lists live clients by name with the total, leaving out the deleted', async () => {
    const page = await list();
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => `${r.lastNameHe} ${r.firstNameHe}`)).toEqual([
      'כהן אברהם',
      'כהן משה',
      'לוי שרה',
      'מזרחי רחל',
    ]);
  });

  it('filters by benefit: a client with a claim for it', async () => {
    expect(await names({ benefit: 'general_disability' })).toEqual(['אברהם']);
    expect(await names({ benefit: 'mobility' })).toEqual(['שרה']);
    expect((await list({ benefit: 'old_age' })).total).toBe(0);
  });

  it('filters by claim status, and with a benefit both hold of one claim', async () => {
    expect(await names({ claimStatus: 'ready' })).toEqual(['אברהם']);
    expect(await names({ claimStatus: 'draft' })).toEqual(['שרה']);
    expect(await names({ benefit: 'mobility', claimStatus: 'ready' })).toEqual([]);
    expect(await names({ benefit: 'mobility', claimStatus: 'draft' })).toEqual(['שרה']);
  });

  it('filters by staff member: who opened the file, or has an open task for the client', async () => {
    expect(await names({ staffId: clerkId })).toEqual(['משה']);
    expect(await names({ staffId: lawyerId })).toEqual(['רחל']);
    expectOk(await app.call(token, 'tasks.complete', { id: taskId, version: 1, done: true }));
    expect(await names({ staffId: lawyerId })).toEqual([]);
    const reopened = expectOk(await app.call(token, 'tasks.complete', { id: taskId, version: 2, done: false }));
    expect(reopened.doneAt).toBeNull();
    expect(await names({ staffId: lawyerId })).toEqual(['רחל']);
  });

  it('filters by the state of the power of attorney and of the medical waiver', async () => {
    expect(await names({ consentProblem: 'poa_missing' })).toEqual(['רחל']);
    expect(await names({ consentProblem: 'poa_revoked' })).toEqual(['שרה']);
    expect(await names({ consentProblem: 'poa_expired' })).toEqual(['משה']);
    expect(await names({ consentProblem: 'waiver_missing' })).toEqual(['רחל']);
    expect(await names({ consentProblem: 'waiver_expired' })).toEqual(['שרה']);
    expect(await names({ consentProblem: 'waiver_revoked' })).toEqual(['משה']);
  });

  it('shows each row with its open claims and consent states', async () => {
    const rows = (await list()).rows;
    const avraham = rows.find((r) => r.id === ids.avraham)!;
    expect(avraham.openClaims).toEqual([{ benefit: 'general_disability', status: 'ready' }]);
    expect([avraham.powerOfAttorney, avraham.medicalWaiver]).toEqual(['active', 'active']);
    const sarah = rows.find((r) => r.id === ids.sarah)!;
    expect([sarah.powerOfAttorney, sarah.medicalWaiver]).toEqual(['revoked', 'expired']);
    expect(sarah.fileNumber).toBe('F-27182818');
  });

  it('combines the search with filters', async () => {
    expect((await names({ query: 'כהן' })).sort()).toEqual(['אברהם', 'משה']);
    expect(await names({ query: 'כהן', consentProblem: 'poa_expired' })).toEqual(['משה']);
    expect(await names({ query: '2718', benefit: 'mobility' })).toEqual(['שרה']);
    expect((await list({ query: 'כהן', claimStatus: 'draft' })).total).toBe(0);
  });

  it('lists the matches of one or two typed characters newest first, of more by relevance, each with the exact total', async () => {
    // Both are Cohen: ranked, a tie is broken by name (Avraham first); the newest file is Moshe's.
    expect(await names({ query: 'כהן' })).toEqual(['אברהם', 'משה']);
    expect(await names({ query: 'כה' })).toEqual(['משה', 'אברהם']);
    expect(await names({ query: 'כ' })).toEqual(['משה', 'אברהם']);
    expect((await list({ query: 'כ' })).total).toBe(2);
    // A 1 begins a number of every live client (the deleted one is in no search): newest first.
    expect(await names({ query: '1' })).toEqual(['רחל', 'משה', 'שרה', 'אברהם']);
    expect(await names({ query: '1', limit: 1, offset: 1 })).toEqual(['משה']);
  });

  it('sorts by a column either way and pages in windows, counting only when asked', async () => {
    expect(await names({ sort: 'birthDate', direction: 'desc' })).toEqual(['משה', 'רחל', 'שרה', 'אברהם']);
    expect(await names({ sort: 'fileNumber' })).toEqual(['אברהם', 'רחל', 'משה', 'שרה']);
    const second = await list({ sort: 'birthDate', direction: 'desc', limit: 2, offset: 2, withTotal: false });
    expect(second.total).toBeNull();
    expect(second.rows.map((r) => r.firstNameHe)).toEqual(['שרה', 'אברהם']);
  });

  it('refuses an unknown filter value with a Hebrew message naming the field', async () => {
    const reply = await app.call(token, 'clients.list', { consentProblem: 'whatever' as never });
    expect(reply.ok).toBe(false);
    if (!reply.ok)
      expect(reply.error).toMatchObject({
        field: 'consentProblem',
        message: 'יש לבחור מצב ייפוי הכוח והוויתור על סודיות מהרשימה',
      });
  });

  it('keeps the unfiltered list on the live-row name index', () => {
    const plan = app.store.sqlite
      .prepare(
        'EXPLAIN QUERY PLAN SELECT p.id FROM insured_person p WHERE p.office_id = 1 AND p.deleted_at IS NULL ORDER BY p.last_name_he ASC, p.first_name_he ASC, p.id LIMIT 100 OFFSET 0',
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toContain('insured_person_live_name');
  });
});

describe('export of the current view', () => {
  it('writes only the clients the filters keep, and logs the filters', async () => {
    const result = expectOk(
      await app.call(token, 'clients.export', {
        targetFolder: exportDir.dir,
        format: 'csv',
        consentProblem: 'poa_revoked',
      }),
    );
    expect(result.count).toBe(1);
    const text = fs.readFileSync(result.file, 'utf8');
    expect(text).toContain(validId('27182818'));
    expect(text).not.toContain(validId('31415926'));
    expect(path.dirname(result.file)).toBe(exportDir.dir);
    const logged = app.store.sqlite
      .prepare("SELECT details FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get() as string;
    expect(JSON.parse(logged)).toMatchObject({ count: 1, consentProblem: 'poa_revoked' });
  });
});

describe('clients.byIdNumber', () => {
  it('finds the client holding an ID number, typed with or without leading zeros', async () => {
    expect(expectOk(await app.call(token, 'clients.byIdNumber', { idNumber: validId('31415926') }))).toEqual({
      id: ids.avraham,
      firstNameHe: 'אברהם',
      lastNameHe: 'כהן',
      deleted: false,
    });
    expect(expectOk(await app.call(token, 'clients.byIdNumber', { idNumber: validId('11111111') }))).toBeNull();
    expect(expectOk(await app.call(token, 'clients.byIdNumber', { idNumber: validId('12345678') }))?.deleted).toBe(
      true,
    );
  });
});

describe('clients.intake', () => {
  const client = {
    idNumber: validId('22360679'),
    firstNameHe: 'יוסף',
    lastNameHe: 'אזולאי',
    birthDate: '1968-02-14',
    sex: 'male' as const,
  };

  it('writes nothing when one record is refused, and names the record under its place', async () => {
    const reply = await app.call(token, 'clients.intake', {
      ...client,
      incomes: [
        { month: '2026-01', source: 'employee', income: '9000' },
        { month: '2026-01', source: 'employee', income: '9100' },
      ],
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.field).toBe('incomes.1.month');
    expect(expectOk(await app.call(token, 'clients.byIdNumber', { idNumber: client.idNumber }))).toBeNull();
  });

  it('creates the client and every record once', async () => {
    const created = expectOk(
      await app.call(token, 'clients.intake', {
        ...client,
        family: [{ relation: 'spouse', firstName: 'מרים', birthDate: '1970-05-05' }],
        employment: [{ kind: 'employee', employerName: 'מפעל', startDate: '2010-01-01' }],
        incomes: [{ month: '2026-01', source: 'employee', income: '9000' }],
        medical: [{ committeeKind: 'first_tier', committeeDate: '2025-11-01', weightedPercent: 65 }],
        events: [{ kind: 'work_injury', eventDate: '2025-06-01', days: 30 }],
      }),
    );
    const file = expectOk(await app.call(token, 'clients.file', { id: created.id }));
    expect([
      file.family.length,
      file.employment.length,
      file.incomes.length,
      file.medical.length,
      file.events.length,
    ]).toEqual([1, 1, 1, 1, 1]);
    expect(file.incomes[0]!.income).toBe('9000.00');
    const again = await app.call(token, 'clients.intake', client);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.field).toBe('idNumber');
  });
});
