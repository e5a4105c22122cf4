// "In force on a day" is one notion (db/repositories/consent-state): the export gate, the dashboard
// and the client list agree on when a power of attorney or a medical waiver holds — a record marked
// active that has ended, has not started yet, or was revoked as of today does not; one revoked from
// a later day still does. On a real store in a temp folder; readiness renders no PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import { expectOk, openTestApp, setUpAndLogIn, type TestApp } from '../support/app';
import { validId } from '../support/ids';

let app: TestApp;
let owner: string;

beforeAll(async () => {
  app = await openTestApp(1_000_000); // the clock: 2026-03-01 in Israel; idle for months without signing out
  owner = await setUpAndLogIn(app);
});

afterAll(() => app?.dispose());

/** A client with a general disability claim (a medical one), a power of attorney and a waiver as given. */
async function clientWith(
  first8: string,
  firstNameHe: string,
  attorney: Partial<InputOf<'representation.create'>>,
  waiver: Partial<InputOf<'consents.create'>> = {},
) {
  const client = expectOk(
    await app.call(owner, 'clients.create', {
      idNumber: validId(first8),
      firstNameHe,
      lastNameHe: 'מזרחי',
      birthDate: '1970-02-02',
      sex: 'female',
    }),
  );
  const claim = expectOk(
    await app.call(owner, 'claims.create', { clientId: client.id, benefit: 'general_disability' }),
  );
  expectOk(
    await app.call(owner, 'representation.create', {
      clientId: client.id,
      scope: 'general',
      status: 'active',
      signedDate: '2025-01-01',
      activeFrom: '2025-01-01',
      ...attorney,
    } as InputOf<'representation.create'>),
  );
  expectOk(
    await app.call(owner, 'consents.create', {
      clientId: client.id,
      kind: 'medical_waiver',
      signedDate: '2025-01-01',
      ...waiver,
    } as InputOf<'consents.create'>),
  );
  return { clientId: client.id, claimId: claim.id };
}

const blockers = async (claimId: number) =>
  expectOk(await app.call(owner, 'paperwork.readiness', { claimId })).blockers;

/** The blockers' kinds with the clock on another day (in Israel), then back on 2026-03-01. */
async function kindsOn(day: string, claimId: number): Promise<string[]> {
  app.clock.now = new Date(`${day}T08:00:00Z`);
  try {
    return (await blockers(claimId)).map((b) => b.kind);
  } finally {
    app.clock.now = new Date('2026-03-01T08:00:00Z');
  }
}

describe('in force on a day', () => {
  let ended: Awaited<ReturnType<typeof clientWith>>;
  let notYet: Awaited<ReturnType<typeof clientWith>>;
  let revokedToday: Awaited<ReturnType<typeof clientWith>>;
  let revokedLater: Awaited<ReturnType<typeof clientWith>>;

  beforeAll(async () => {
    ended = await clientWith('40000001', 'אביגיל', { endedDate: '2026-02-01' });
    notYet = await clientWith('40000002', 'בתיה', { activeFrom: '2026-04-01', signedDate: '2026-02-20' });
    revokedToday = await clientWith('40000003', 'גאולה', {}, { revokedDate: '2026-03-01' });
    revokedLater = await clientWith('40000004', 'דבורה', {}, { revokedDate: '2026-05-01', expiryDate: '2027-01-01' });
  });

  it('the export gate refuses an active record that has ended or not started, saying so', async () => {
    expect(await blockers(ended.claimId)).toEqual([
      {
        kind: 'power_of_attorney',
        template: 'poa',
        message: 'ייפוי הכוח לגמלת נכות כללית הסתיים ב-01/02/2026 — יש להחתים את המבוטח על ייפוי כוח חדש (בל/70).',
      },
    ]);
    expect(await blockers(notYet.claimId)).toEqual([
      {
        kind: 'power_of_attorney',
        template: 'poa',
        message: 'ייפוי הכוח לגמלת נכות כללית נכנס לתוקף רק ב-01/04/2026 — אין לייצא לפני כן.',
      },
    ]);
    const refused = await app.call(owner, 'paperwork.export', { claimId: ended.claimId });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('הסתיים ב-01/02/2026');
  });

  it('a waiver revoked today no longer holds; one revoked from a later day still does until then', async () => {
    expect((await blockers(revokedToday.claimId)).map((b) => b.kind)).toEqual(['medical_waiver']);
    expect(await blockers(revokedLater.claimId)).toEqual([]);
    expect(await kindsOn('2026-05-01', revokedLater.claimId)).toEqual(['medical_waiver']);
  });

  it('the power of attorney that has not started yet holds from its first day', async () => {
    expect(await kindsOn('2026-04-01', notYet.claimId)).toEqual([]);
  });

  it('the dashboard and the client list count the same clients as the gate', async () => {
    const summary = expectOk(await app.call(owner, 'dashboard.summary', {}));
    const byClient = new Map(summary.consents.clients.map((g) => [g.clientId, [g.attorney, g.waiver]]));
    expect(byClient.get(ended.clientId)).toEqual(['ended', null]);
    expect(byClient.get(notYet.clientId)).toEqual(['missing', null]);
    expect(byClient.get(revokedToday.clientId)).toEqual([null, 'revoked']);
    expect(byClient.has(revokedLater.clientId)).toBe(false);
    expect(summary.consents).toMatchObject({
      total: 3,
      attorney: { ended: 1, missing: 1, revoked: 0 },
      waiver: { revoked: 1, expired: 0, missing: 0 },
    });

    const names = async (consentProblem: InputOf<'clients.list'>['consentProblem']) =>
      expectOk(await app.call(owner, 'clients.list', { consentProblem, limit: 50 })).rows.map((r) => r.firstNameHe);
    expect(await names('poa_expired')).toEqual(['אביגיל']);
    expect(await names('poa_missing')).toEqual(['בתיה']);
    expect(await names('waiver_revoked')).toEqual(['גאולה']);
  });
});

// The edges of "in force" on the day itself (2026-03-01): a paper signed tomorrow is not yet in force;
// one whose end or expiry date is today still is, to the end of the day.
describe('in force on its first and last day', () => {
  it('a waiver signed tomorrow does not hold today, and holds tomorrow', async () => {
    const signedTomorrow = await clientWith('40000005', 'הדסה', {}, { signedDate: '2026-03-02' });
    expect((await blockers(signedTomorrow.claimId)).map((b) => b.kind)).toEqual(['medical_waiver']);
    expect(await kindsOn('2026-03-02', signedTomorrow.claimId)).toEqual([]);
  });

  it('a waiver expiring today and a power of attorney ending today still hold today, not tomorrow', async () => {
    const lastDay = await clientWith('40000006', 'ורד', { endedDate: '2026-03-01' }, { expiryDate: '2026-03-01' });
    expect(await blockers(lastDay.claimId)).toEqual([]);
    expect(await kindsOn('2026-03-02', lastDay.claimId)).toEqual(['power_of_attorney', 'medical_waiver']);
  });
});
