// A claim's life through the API: draft to closed with who/when/why, decisions with exact amounts,
// refused moves, and search by benefit or form number.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, type TestApp } from '../support/app';
import { officeWithClient } from '../support/office';
import { validId } from '../support/ids';
import { logInAs } from '../support/staff';

let app: TestApp;
let token: string;
let clientId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({
    idNumber: validId('40506070'),
    firstNameHe: 'סמיר',
    lastNameHe: 'חורי',
    birthDate: '1966-06-06',
    sex: 'male',
  }));
});
afterEach(() => app.dispose());

async function newClaim() {
  return expectOk(
    await app.call(token, 'claims.create', {
      clientId,
      benefit: 'general_disability',
      formNumber: 'בל/7801',
      summary: 'תביעה ראשונה לנכות כללית',
    }),
  );
}

describe('claims', () => {
  it('walks the workflow and keeps every status change with who, when and why', async () => {
    let claim = await newClaim();
    expect(claim).toMatchObject({ status: 'draft', clientId, benefit: 'general_disability' });
    app.clock.advanceMinutes(20);
    claim = expectOk(
      await app.call(token, 'claims.transition', {
        id: claim.id,
        version: claim.version,
        to: 'ready',
        reason: 'כל המסמכים התקבלו',
      }),
    );
    claim = expectOk(
      await app.call(token, 'claims.transition', {
        id: claim.id,
        version: claim.version,
        to: 'filed',
        date: '2026-03-02',
      }),
    );
    expect(claim).toMatchObject({ status: 'filed', filedDate: '2026-03-02' });
    claim = expectOk(
      await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to: 'in_committee' }),
    );

    const { claim: decided, decision } = expectOk(
      await app.call(token, 'claims.decide', {
        claimId: claim.id,
        decidedDate: '2026-05-10',
        outcome: 'partly',
        percent: 50,
        monthlyAmount: '2145.5',
        retroactive: '12873.00',
        retroactiveFrom: '2025-11-01',
      }),
    );
    expect(decided).toMatchObject({
      status: 'decided',
      outcome: 'partly',
      decidedDate: '2026-05-10',
      retroactive: '12873.00',
    });
    expect(decision).toMatchObject({ monthlyAmount: '2145.50', percent: 50 });

    const appealed = expectOk(
      await app.call(token, 'claims.transition', {
        id: decided.id,
        version: decided.version,
        to: 'appeal',
        appealRoute: 'medical_appeal',
        reason: 'ערר על אחוזי הנכות',
      }),
    );
    expect(appealed).toMatchObject({ status: 'appeal', appealRoute: 'medical_appeal' });

    const detail = expectOk(await app.call(token, 'claims.get', { id: claim.id }));
    expect(detail.history.map((h) => `${h.fromStatus ?? '-'}>${h.toStatus}`)).toEqual([
      '->draft',
      'draft>ready',
      'ready>filed',
      'filed>in_committee',
      'in_committee>decided',
      'decided>appeal',
    ]);
    expect(detail.history[1]).toMatchObject({
      staffName: 'דנה כהן',
      reason: 'כל המסמכים התקבלו',
      at: '2026-03-01T08:20:00.000Z',
    });
    expect(detail.decisions).toHaveLength(1);
  });

  it('refuses a move the workflow does not allow, and an appeal without a route', async () => {
    const claim = await newClaim();
    const jump = await app.call(token, 'claims.transition', {
      id: claim.id,
      version: claim.version,
      to: 'decided',
      outcome: 'approved',
    });
    expect(jump).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'to', message: 'אי אפשר להעביר את התביעה מהסטטוס הנוכחי לסטטוס שנבחר' },
    });
    const noRoute = await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to: 'appeal' });
    expect(noRoute).toMatchObject({ ok: false, error: { field: 'appealRoute', message: 'יש לבחור מסלול ערעור' } });
    expect(expectOk(await app.call(token, 'claims.get', { id: claim.id })).status).toBe('draft');
  });

  it('puts the committee date, when given on the way to committee, in the calendar as a task for the handler', async () => {
    let claim = await newClaim();
    for (const to of ['ready', 'filed'] as const)
      claim = expectOk(await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to }));
    const bad = await app.call(token, 'claims.transition', {
      id: claim.id,
      version: claim.version,
      to: 'in_committee',
      committeeDate: '2026-02-30',
    });
    expect(bad).toMatchObject({ ok: false, error: { field: 'committeeDate' } });
    claim = expectOk(
      await app.call(token, 'claims.transition', {
        id: claim.id,
        version: claim.version,
        to: 'in_committee',
        committeeDate: '2026-04-14',
      }),
    );
    expect(claim.status).toBe('in_committee');
    const onTheDay = expectOk(
      await app.call(token, 'tasks.list', { dueFrom: '2026-04-14', dueTo: '2026-04-14', limit: 10 }),
    );
    expect(onTheDay).toHaveLength(1);
    expect(onTheDay[0]).toMatchObject({
      kind: 'committee',
      claimId: claim.id,
      clientId,
      title: 'ועדה בתביעה לנכות כללית',
    });
    // Without a date nothing is added.
    let other = await newClaim();
    for (const to of ['ready', 'filed', 'in_committee'] as const)
      other = expectOk(await app.call(token, 'claims.transition', { id: other.id, version: other.version, to }));
    expect(expectOk(await app.call(token, 'tasks.list', { claimId: other.id, limit: 10 }))).toEqual([]);
  });

  it('refuses a stale transition', async () => {
    const claim = await newClaim();
    expectOk(await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to: 'ready' }));
    const stale = await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to: 'closed' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('lists by client and status, and only lawyers delete', async () => {
    const a = await newClaim();
    await newClaim();
    expectOk(await app.call(token, 'claims.transition', { id: a.id, version: a.version, to: 'closed' }));
    expect(expectOk(await app.call(token, 'claims.list', { clientId })).length).toBe(2);
    expect(expectOk(await app.call(token, 'claims.list', { status: 'closed' })).map((c) => c.id)).toEqual([a.id]);
    const staff = await logInAs(app, 'staff');
    expect(await app.call(staff, 'claims.delete', { id: a.id, version: 2 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expectOk(await app.call(token, 'claims.delete', { id: a.id, version: 2 }));
    expect(expectOk(await app.call(token, 'claims.list', { clientId })).length).toBe(1);
  });
});

/** Files a claim and takes it to committee, ready for a decision. */
async function claimInCommittee(
  benefit: 'general_disability' | 'work_injury' | 'unemployment' | 'mobility',
  by = token,
) {
  let claim = expectOk(await app.call(by, 'claims.create', { clientId, benefit }));
  for (const to of ['ready', 'filed', 'in_committee'] as const) {
    claim = expectOk(await app.call(by, 'claims.transition', { id: claim.id, version: claim.version, to }));
  }
  return claim;
}

async function appealTasks(claimId: number) {
  return expectOk(await app.call(token, 'tasks.list', { claimId })).map((t) => ({
    kind: t.kind,
    dueDate: t.dueDate,
    title: t.title,
    clientId: t.clientId,
    assignedTo: t.assignedTo,
  }));
}

describe('appeal deadlines opened by a decision', () => {
  it('opens labour court, claims committee and ערר for a rejected disability claim, moving one past Rosh Hashana', async () => {
    const staff = await logInAs(app, 'staff', 'rina');
    const claim = await claimInCommittee('general_disability', staff);
    expectOk(
      await app.call(token, 'claims.decide', {
        claimId: claim.id,
        decidedDate: '2026-03-08',
        receivedDate: '2026-03-12',
        outcome: 'rejected',
      }),
    );
    const tasks = await appealTasks(claim.id);
    const staffId = expectOk(await app.call(token, 'claims.get', { id: claim.id })).staffId;
    expect(tasks.map((t) => [t.dueDate, t.kind, t.clientId, t.assignedTo])).toEqual([
      ['2026-05-11', 'appeal', clientId, staffId], // 60 days from receipt
      ['2026-09-14', 'appeal', clientId, staffId], // 6 months = 12/09/2026, Rosh Hashana (12–13/09) → Monday 14/09
      ['2027-03-12', 'appeal', clientId, staffId], // 12 months from receipt
    ]);
    expect(tasks[0]!.title).toBe(
      'ערר על החלטת הוועדה הרפואית — 60 ימים מיום קבלת ההחלטה 12/03/2026 (ערר תוך 60 יום מקבלת ההחלטה)',
    );
    expect(tasks[1]!.title).toContain(
      'ועדת תביעות (בל/910) — 6 חודשים מיום קבלת ההחלטה 12/03/2026; הוזז מ־12/09/2026 (ראש השנה',
    );
    expect(tasks[2]!.title).toContain('בית הדין האזורי לעבודה');
    expect(tasks[2]!.title).toContain('תקנות הביטוח הלאומי (מועדים להגשת תובענות), תש"ל-1969');
  });

  it('counts a partial work-disability decision from its date when no receipt is recorded, past a Saturday', async () => {
    const claim = await claimInCommittee('work_injury');
    expectOk(
      await app.call(token, 'claims.decide', {
        claimId: claim.id,
        decidedDate: '2026-02-17',
        outcome: 'partly',
        percent: 15,
      }),
    );
    const tasks = await appealTasks(claim.id);
    // 60 days = Saturday 18/04/2026 → Sunday 19/04; a partial decision opens no claims-committee route.
    expect(tasks.map((t) => t.dueDate)).toEqual(['2026-04-19', '2027-02-17']);
    expect(tasks[0]!.title).toContain('מיום ההחלטה 17/02/2026; הוזז מ־18/04/2026 (שבת)');
  });

  it('opens no appeal for an approval, and only court routes after a ערר is decided', async () => {
    const approved = await claimInCommittee('unemployment');
    expectOk(
      await app.call(token, 'claims.decide', { claimId: approved.id, decidedDate: '2026-03-10', outcome: 'approved' }),
    );
    expect(await appealTasks(approved.id)).toEqual([]);

    const rejected = await claimInCommittee('general_disability');
    const { claim: decided } = expectOk(
      await app.call(token, 'claims.decide', { claimId: rejected.id, decidedDate: '2026-03-10', outcome: 'partly' }),
    );
    expect((await appealTasks(rejected.id)).length).toBe(2);
    const onAppeal = expectOk(
      await app.call(token, 'claims.transition', {
        id: decided.id,
        version: decided.version,
        to: 'appeal',
        appealRoute: 'medical_appeal',
      }),
    );
    expectOk(
      await app.call(token, 'claims.decide', { claimId: onAppeal.id, decidedDate: '2026-06-01', outcome: 'rejected' }),
    );
    const after = (await appealTasks(rejected.id)).filter((t) => t.title.includes('01/06/2026'));
    expect(after.map((t) => t.title.split(' — ')[0])).toEqual([
      'פנייה לוועדת תביעות (בל/910)',
      'תביעה לבית הדין האזורי לעבודה נגד ההחלטה',
    ]);
  });

  it('gives the tasks to the decider when the claim’s handler is no longer active', async () => {
    const staff = await logInAs(app, 'staff', 'yossi');
    const claim = await claimInCommittee('mobility', staff);
    const handler = expectOk(await app.call(token, 'claims.get', { id: claim.id })).staffId;
    const member = expectOk(await app.call(token, 'staff.list', {})).find((s) => s.id === handler)!;
    expectOk(await app.call(token, 'staff.update', { ...member, active: false }));
    expectOk(
      await app.call(token, 'claims.decide', { claimId: claim.id, decidedDate: '2026-03-10', outcome: 'rejected' }),
    );
    const owner = expectOk(await app.call(token, 'staff.list', {})).find((s) => s.role === 'owner')!;
    expect(new Set((await appealTasks(claim.id)).map((t) => t.assignedTo))).toEqual(new Set([owner.id]));
  });

  it('writes nothing when the decision is refused', async () => {
    const claim = await claimInCommittee('general_disability');
    const reply = await app.call(token, 'claims.decide', {
      claimId: claim.id,
      decidedDate: '10/03/2026',
      outcome: 'rejected',
    });
    expect(reply).toMatchObject({ ok: false, error: { field: 'decidedDate' } });
    expect(await appealTasks(claim.id)).toEqual([]);
    expect(expectOk(await app.call(token, 'claims.get', { id: claim.id })).status).toBe('in_committee');
  });
});

describe('claims list and board', () => {
  it('pages, sorts and filters by status, benefit and handler, with counts per status', async () => {
    const staff = await logInAs(app, 'staff', 'noa');
    const mine = await claimInCommittee('work_injury', staff);
    app.clock.advanceMinutes(5);
    await newClaim();
    app.clock.advanceMinutes(5);
    const draft2 = await newClaim();

    const all = expectOk(await app.call(token, 'claims.page', {}));
    expect(all.total).toBe(3);
    expect(all.counts).toMatchObject({ draft: 2, in_committee: 1, filed: 0 });
    expect(all.rows.map((r) => r.id)[0]).toBe(draft2.id); // newest first
    expect(all.rows[0]).toMatchObject({
      clientName: 'סמיר חורי',
      clientIdNumber: validId('40506070'),
      staffName: 'דנה כהן',
      statusSince: '2026-03-01T08:10:00.000Z',
    });

    const byStaff = expectOk(
      await app.call(token, 'claims.page', { staffId: all.rows.find((r) => r.id === mine.id)!.staffId }),
    );
    expect(byStaff.rows.map((r) => [r.id, r.staffName])).toEqual([[mine.id, 'צוות staff']]);
    expect(byStaff.counts.draft).toBe(0);

    const drafts = expectOk(
      await app.call(token, 'claims.page', {
        status: 'draft',
        sort: 'createdAt',
        direction: 'asc',
        limit: 1,
        offset: 1,
      }),
    );
    expect(drafts).toMatchObject({ total: 2, rows: [{ id: draft2.id }] });
    expect(expectOk(await app.call(token, 'claims.page', { benefit: 'work_injury' })).rows.map((r) => r.id)).toEqual([
      mine.id,
    ]);
    expect(await app.call(token, 'claims.page', { benefit: 'pension' as never })).toMatchObject({
      ok: false,
      error: { field: 'benefit' },
    });

    // Work injury (נפגעי עבודה) sorts after general disability (נכות כללית) by Hebrew name, not by code.
    expect(
      expectOk(await app.call(token, 'claims.page', { sort: 'benefit', direction: 'asc' })).rows.map((r) => r.benefit),
    ).toEqual(['general_disability', 'general_disability', 'work_injury']);

    // A deleted claim leaves the counts, also once they have been read before.
    expectOk(await app.call(token, 'claims.delete', { id: draft2.id, version: draft2.version }));
    const after = expectOk(await app.call(token, 'claims.page', {}));
    expect([after.total, after.counts.draft]).toEqual([2, 1]);
    expect(expectOk(await app.call(token, 'claims.board', {})).columns[0]).toMatchObject({ status: 'draft', total: 1 });
  });

  it('puts the claims that have waited longest in their status first on the board, whatever was edited since', async () => {
    const first = await newClaim();
    app.clock.advanceMinutes(5);
    const second = await newClaim();
    app.clock.advanceMinutes(5);
    expectOk(await app.call(token, 'claims.transition', { id: second.id, version: second.version, to: 'ready' }));
    app.clock.advanceMinutes(5);
    const moved = expectOk(
      await app.call(token, 'claims.transition', { id: first.id, version: first.version, to: 'ready' }),
    );
    app.clock.advanceMinutes(5);
    // An edit that is not a move leaves the claim's place: it has waited in 'ready' as long as before.
    expectOk(
      await app.call(token, 'claims.update', {
        id: moved.id,
        version: moved.version,
        benefit: 'general_disability',
        formNumber: 'בל/7801',
        summary: 'נוספו מסמכים',
      }),
    );
    app.clock.advanceMinutes(5);
    const third = await newClaim();
    app.clock.advanceMinutes(5);
    await newClaim();
    const board = expectOk(await app.call(token, 'claims.board', {}));
    expect(board.columns.find((c) => c.status === 'ready')!.cards.map((c) => c.id)).toEqual([second.id, first.id]);
    expect(board.columns.find((c) => c.status === 'draft')!.cards.map((c) => c.id)[0]).toBe(third.id);
  });

  it('shows the board column by column with totals beyond the cards shown', async () => {
    await newClaim();
    await newClaim();
    await claimInCommittee('mobility');
    const board = expectOk(await app.call(token, 'claims.board', { perColumn: 1 }));
    expect(board.columns.map((c) => [c.status, c.total, c.cards.length])).toEqual([
      ['draft', 2, 1],
      ['ready', 0, 0],
      ['filed', 0, 0],
      ['in_committee', 1, 1],
      ['decided', 0, 0],
      ['appeal', 0, 0],
      ['closed', 0, 0],
    ]);
  });
});
