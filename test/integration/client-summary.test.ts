// The file's summary tab (open claims, next committee, running deadlines, missing papers, last note and
// last call), and the claims' search box (client name in any spelling, ID number, NII claim number).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, type TestApp } from '../support/app';
import { officeWithClient } from '../support/office';
import { validId } from '../support/ids';

let app: TestApp;
let token: string;
let clientId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({
    idNumber: validId('80901020'),
    firstNameHe: 'מוחמד',
    lastNameHe: 'אגבאריה',
    birthDate: '1970-07-07',
    sex: 'male',
  }));
});
afterEach(() => app.dispose());

describe('client summary', () => {
  it('shows where the client stands: open claims, the next committee, deadlines, missing papers, last note and call', async () => {
    const disability = expectOk(
      await app.call(token, 'claims.create', { clientId, benefit: 'general_disability', niiClaimNumber: '12-345678' }),
    );
    const closed = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'mobility' }));
    expectOk(
      await app.call(token, 'claims.transition', {
        id: closed.id,
        version: closed.version,
        to: 'closed',
        reason: 'ויתור',
      }),
    );
    expectOk(
      await app.call(token, 'tasks.create', {
        kind: 'committee',
        title: 'ועדה רפואית',
        dueDate: '2099-03-01',
        clientId,
        claimId: disability.id,
      }),
    );
    expectOk(
      await app.call(token, 'medical.create', {
        clientId,
        committeeKind: 'appeals',
        committeeDate: '2099-05-01',
        weightedPercent: 0,
      }),
    );
    expectOk(
      await app.call(token, 'tasks.create', { kind: 'deadline', title: 'הגשת ערר', dueDate: '2020-01-01', clientId }),
    );
    const call = expectOk(
      await app.call(token, 'tasks.create', { kind: 'call', title: 'שיחה עם המבוטח', dueDate: '2020-01-02', clientId }),
    );
    expectOk(await app.call(token, 'tasks.complete', { id: call.id, version: call.version, done: true }));
    expectOk(await app.call(token, 'notes.create', { clientId, body: 'הערה ראשונה' }));
    expectOk(await app.call(token, 'notes.create', { clientId, body: 'ביקש לדחות את הוועדה' }));

    const summary = expectOk(await app.call(token, 'clients.summary', { id: clientId }));
    expect(summary.openClaims.map((c) => [c.benefit, c.status, c.niiClaimNumber])).toEqual([
      ['general_disability', 'draft', '12-345678'],
    ]);
    expect(summary.nextCommittee).toEqual({
      date: '2099-03-01',
      time: null,
      type: null,
      branch: null,
      serviceCentre: null,
      title: 'ועדה רפואית',
      claimId: disability.id,
    });

    // A committee recorded with its time and branch, sooner: that is the next one.
    expectOk(
      await app.call(token, 'committees.create', {
        clientId,
        claimId: disability.id,
        committeeType: 'first_tier',
        committeeDate: '2099-02-15',
        committeeTime: '09:30',
        branch: 'ashdod',
      }),
    );
    const withRecord = expectOk(await app.call(token, 'clients.summary', { id: clientId }));
    expect(withRecord.nextCommittee).toMatchObject({
      date: '2099-02-15',
      time: '09:30',
      type: 'first_tier',
      branch: 'ashdod',
      claimId: disability.id,
    });
    // One sooner still, at a service centre: its place comes with its kind.
    expectOk(
      await app.call(token, 'committees.create', {
        clientId,
        claimId: disability.id,
        committeeType: 'first_tier',
        committeeDate: '2099-02-10',
        branch: null,
        serviceCentre: 'yirka',
      }),
    );
    expect(expectOk(await app.call(token, 'clients.summary', { id: clientId })).nextCommittee).toMatchObject({
      date: '2099-02-10',
      branch: null,
      serviceCentre: 'yirka',
    });
    expect(summary.deadlines.map((t) => t.title)).toEqual(['הגשת ערר', 'ועדה רפואית']);
    expect(summary.missingPapers).toHaveLength(1);
    expect(summary.missingPapers[0]!.missing).toEqual(
      expect.arrayContaining(['ייפוי כוח חתום', 'צילום תעודת זהות עם ספח']),
    );
    // The unsigned power of attorney is listed once, as the paper to sign, not again as what blocks the export.
    expect(summary.missingPapers[0]!.blockers.filter((b) => b.includes('ייפוי כוח'))).toEqual([]);
    expect(summary.lastNote?.body).toBe('ביקש לדחות את הוועדה');
    expect(summary.lastContact?.title).toBe('שיחה עם המבוטח');
  });

  it("lists a rejection's docketed appeal deadline among the running ones, marked as legal", async () => {
    let claim = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' }));
    for (const to of ['ready', 'filed'] as const)
      claim = expectOk(await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to }));
    expectOk(
      await app.call(token, 'claims.decide', {
        claimId: claim.id,
        decidedDate: '2026-02-10',
        receivedDate: '2026-02-15',
        outcome: 'rejected',
      }),
    );
    const summary = expectOk(await app.call(token, 'clients.summary', { id: clientId }));
    expect(summary.openClaims.map((c) => c.status)).toEqual(['decided']);
    expect(summary.deadlines.filter((t) => t.binding).map((t) => [t.kind, t.claimId])).toContainEqual([
      'appeal',
      claim.id,
    ]);
  });

  it('says nothing is there for a new client, and not found for a missing one', async () => {
    expect(expectOk(await app.call(token, 'clients.summary', { id: clientId }))).toEqual({
      openClaims: [],
      nextCommittee: null,
      deadlines: [],
      missingPapers: [],
      lastNote: null,
      lastContact: null,
    });
    expect(await app.call(token, 'clients.summary', { id: 404 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('claims search box and NII claim number', () => {
  it('finds claims by the client name in another spelling, the ID number or the NII number, on the list and the board', async () => {
    const other = expectOk(
      await app.call(token, 'clients.create', {
        idNumber: validId('31415926'),
        firstNameHe: 'רחל',
        lastNameHe: 'כהן',
        birthDate: '1980-01-01',
        sex: 'female',
      }),
    );
    const mine = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' }));
    expectOk(
      await app.call(token, 'claims.create', { clientId: other.id, benefit: 'mobility', niiClaimNumber: '77-123456' }),
    );
    const clients = async (query: string) =>
      expectOk(await app.call(token, 'claims.page', { query })).rows.map((r) => r.clientName);
    expect(await clients('אגבריה')).toEqual(['מוחמד אגבאריה']);
    expect(await clients(validId('80901020').slice(0, 5))).toEqual(['מוחמד אגבאריה']);
    expect(await clients('77-1234')).toEqual(['רחל כהן']);
    expect(await clients('%')).toEqual([]);
    expect(await clients('')).toHaveLength(2);
    const page = expectOk(await app.call(token, 'claims.page', { query: 'כהן' }));
    expect([page.total, page.counts.draft]).toEqual([1, 1]);
    const board = expectOk(await app.call(token, 'claims.board', { query: 'אגבריה' }));
    expect(board.columns.flatMap((c) => c.cards.map((card) => card.id))).toEqual([mine.id]);

    const updated = expectOk(
      await app.call(token, 'claims.update', {
        id: mine.id,
        version: mine.version,
        benefit: mine.benefit,
        niiClaimNumber: '55-000111',
      }),
    );
    expect(updated.niiClaimNumber).toBe('55-000111');
    expect(await clients('55-000')).toEqual(['מוחמד אגבאריה']);
    expect(expectOk(await app.call(token, 'search.global', { query: '55-000111' })).claims.map((c) => c.id)).toEqual([
      mine.id,
    ]);
    const tooLong = await app.call(token, 'claims.update', {
      id: mine.id,
      version: updated.version,
      benefit: mine.benefit,
      niiClaimNumber: '1'.repeat(31),
    });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'validation', field: 'niiClaimNumber' } });
    if (!tooLong.ok) expect(tooLong.error.message).toContain('מספר התביעה בביטוח לאומי');
  });
});
