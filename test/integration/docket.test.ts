// The docket on a real store: a decision's appeal routes per benefit, an event's claim period, and
// the sync that keeps them — idempotent, moving a date when its source moves, removing one whose
// source is gone, never reopening one the user closed; owners by the claim's handler.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Benefit } from '../../shared/domain/enums';
import { expectOk, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { officeWithClient } from '../support/office';
import { logInAs } from '../support/staff';

let app: TestApp;
let token: string;
let clientId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({
    idNumber: validId('31415926'),
    firstNameHe: 'נאדיה',
    lastNameHe: 'סעיד',
    birthDate: '1970-04-04',
    sex: 'female',
  }));
});
afterEach(() => app.dispose());

async function decidedClaim(benefit: Benefit, outcome: 'rejected' | 'partly' | 'approved', by = token) {
  let claim = expectOk(await app.call(by, 'claims.create', { clientId, benefit }));
  for (const to of ['ready', 'filed'] as const)
    claim = expectOk(await app.call(by, 'claims.transition', { id: claim.id, version: claim.version, to }));
  return expectOk(
    await app.call(by, 'claims.decide', {
      claimId: claim.id,
      decidedDate: '2026-02-10',
      receivedDate: '2026-02-15',
      outcome,
    }),
  ).claim;
}

const docket = async (filter: { claimId?: number } = {}) =>
  expectOk(await app.call(token, 'tasks.list', { clientId, ...filter })).filter((t) => t.sourceKey !== null);
const routes = (tasks: { sourceKey: string | null }[]) => tasks.map((t) => t.sourceKey!.split(':')[2]).sort();

describe('docketed deadlines from a decision', () => {
  it('opens the right routes per benefit: a ערר for general disability, none for income support', async () => {
    const disability = await decidedClaim('general_disability', 'rejected');
    const support = await decidedClaim('income_support', 'rejected');
    const partly = await decidedClaim('work_injury', 'partly');
    expect(routes(await docket({ claimId: disability.id }))).toEqual([
      'claims_committee',
      'labour_court',
      'medical_appeal',
    ]);
    expect(routes(await docket({ claimId: support.id }))).toEqual(['claims_committee', 'labour_court']);
    expect(routes(await docket({ claimId: partly.id }))).toEqual(['labour_court', 'medical_appeal']);
    const appeal = (await docket({ claimId: disability.id })).find((t) => t.sourceKey!.endsWith('medical_appeal'))!;
    expect(appeal).toMatchObject({
      binding: true,
      kind: 'appeal',
      dueDate: '2026-04-16',
      closedAs: null,
      restDay: null,
    });
    expect(appeal.rule).toContain('ערר על החלטת ועדה רפואית מדרג ראשון');
  });

  it('does not docket a deadline already past when its source is recorded', async () => {
    let claim = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' }));
    for (const to of ['ready', 'filed'] as const)
      claim = expectOk(await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to }));
    expectOk(
      await app.call(token, 'claims.decide', {
        claimId: claim.id,
        decidedDate: '2024-09-01',
        receivedDate: '2024-09-05',
        outcome: 'rejected',
      }),
    );
    // 60 days, 6 and 12 months from 05/09/2024 have all passed by 01/03/2026.
    expect(await docket({ claimId: claim.id })).toEqual([]);
  });

  it('syncs idempotently, keeps a date the user moved, warns of a rest day, and never reopens a closed one', async () => {
    const claim = await decidedClaim('general_disability', 'rejected');
    const first = await docket();
    // Any later write re-syncs: nothing new, nothing moved.
    expectOk(
      await app.call(token, 'claims.update', {
        id: claim.id,
        version: claim.version,
        benefit: 'general_disability',
        summary: 'עודכן',
      }),
    );
    expect((await docket()).map((t) => [t.id, t.dueDate, t.version])).toEqual(
      first.map((t) => [t.id, t.dueDate, t.version]),
    );

    const appeal = first.find((t) => t.sourceKey!.endsWith('medical_appeal'))!;
    const moved = expectOk(await app.call(token, 'tasks.update', { ...appeal, dueDate: '2026-04-02' }));
    expect(moved.restDay).toBe('פסח א׳');
    const court = first.find((t) => t.sourceKey!.endsWith('labour_court'))!;
    const refused = await app.call(token, 'tasks.complete', {
      id: court.id,
      version: court.version,
      done: true,
      closedAs: 'not_needed',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { field: 'reason', message: 'יש לכתוב בשדה סיבה מדוע המועד אינו נדרש' },
    });
    const closed = expectOk(
      await app.call(token, 'tasks.complete', {
        id: court.id,
        version: court.version,
        done: true,
        closedAs: 'not_needed',
        reason: 'הלקוח ויתר על התביעה לבית הדין',
      }),
    );
    expect(closed).toMatchObject({ closedAs: 'not_needed', closeReason: 'הלקוח ויתר על התביעה לבית הדין' });

    const again = expectOk(await app.call(token, 'claims.get', { id: claim.id }));
    expectOk(
      await app.call(token, 'claims.update', {
        id: again.id,
        version: again.version,
        benefit: 'general_disability',
        summary: 'שוב',
      }),
    );
    const after = await docket();
    expect(after).toHaveLength(3);
    expect(after.find((t) => t.id === appeal.id)!.dueDate).toBe('2026-04-02');
    expect(after.find((t) => t.id === court.id)).toMatchObject({
      closedAs: 'not_needed',
      closeReason: 'הלקוח ויתר על התביעה לבית הדין',
    });
    expect(after.find((t) => t.id === court.id)!.doneAt).not.toBeNull();
    const trail = expectOk(await app.call(token, 'audit.list', { limit: 50 }));
    expect(
      trail.some(
        (r) => r.entity === 'task' && r.entityId === court.id && JSON.stringify(r.details).includes('הלקוח ויתר'),
      ),
    ).toBe(true);
  });

  it('replaces the routes when a ערר is decided, keeping the closed ones', async () => {
    const claim = await decidedClaim('general_disability', 'partly');
    const [court] = (await docket()).filter((t) => t.sourceKey!.endsWith('labour_court'));
    expectOk(await app.call(token, 'tasks.complete', { id: court!.id, version: court!.version, done: true }));
    const current = expectOk(await app.call(token, 'claims.get', { id: claim.id }));
    const onAppeal = expectOk(
      await app.call(token, 'claims.transition', {
        id: current.id,
        version: current.version,
        to: 'appeal',
        appealRoute: 'medical_appeal',
      }),
    );
    expect(await docket()).toHaveLength(2);
    expectOk(
      await app.call(token, 'claims.decide', { claimId: onAppeal.id, decidedDate: '2026-02-25', outcome: 'rejected' }),
    );
    const open = (await docket()).filter((t) => !t.doneAt);
    expect(routes(open)).toEqual(['claims_committee', 'labour_court']);
    expect((await docket()).find((t) => t.id === court!.id)!.closedAs).toBe('done');
  });
});

describe('docketed deadlines from an event', () => {
  it('moves with the event, goes when the event is deleted, and goes to the client’s handler', async () => {
    const rina = await logInAs(app, 'staff', 'rina');
    const claim = await decidedClaim('unemployment', 'approved', rina);
    const event = expectOk(
      await app.call(token, 'events.create', { clientId, kind: 'work_injury', eventDate: '2026-02-10' }),
    );
    const [deadline] = await docket();
    expect(deadline).toMatchObject({
      dueDate: '2027-02-10',
      binding: true,
      kind: 'deadline',
      assignedTo: claim.handlerId,
      sourceKey: `event:${event.id}:work-injury-claim`,
    });
    expect(deadline!.title).toContain('תביעה לדמי פגיעה (בל/211) — 12 חודשים מיום הפגיעה 10/02/2026');

    const edited = expectOk(await app.call(token, 'events.update', { ...event, eventDate: '2026-02-20' }));
    const [moved] = await docket();
    expect(moved).toMatchObject({ id: deadline!.id, dueDate: '2027-02-21' });
    expect(moved!.title).toContain('הוזז מ־20/02/2027 (שבת)');

    expectOk(await app.call(token, 'events.delete', { id: edited.id, version: edited.version }));
    expect(await docket()).toEqual([]);
  });

  it('dockets a general-disability claim period from an illness, and drops it once the claim is filed', async () => {
    const event = expectOk(
      await app.call(token, 'events.create', {
        clientId,
        kind: 'illness',
        eventDate: '2026-01-10',
        description: 'אובחנה טרשת נפוצה',
      }),
    );
    const [deadline] = await docket();
    expect(deadline).toMatchObject({
      dueDate: '2027-01-10',
      binding: true,
      sourceKey: `event:${event.id}:general-disability-claim`,
    });
    expect(deadline!.title).toContain('תביעה לקצבת נכות כללית');

    // Past retirement age at the illness: no general-disability claim period; corrected back, it returns.
    const client = expectOk(await app.call(token, 'clients.get', { id: clientId }));
    const older = expectOk(await app.call(token, 'clients.update', { ...client, birthDate: '1955-04-04' }));
    expect(await docket()).toEqual([]);
    expectOk(await app.call(token, 'clients.update', { ...older, birthDate: '1970-04-04' }));
    expect(await docket()).toHaveLength(1);

    let claim = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' }));
    expect(await docket()).toHaveLength(1);
    for (const to of ['ready', 'filed'] as const)
      claim = expectOk(await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to }));
    expect(await docket()).toEqual([]);
  });

  it('gives a claim’s deadlines to its handler, and to the new handler when it changes', async () => {
    const rina = await logInAs(app, 'staff', 'rina');
    await logInAs(app, 'lawyer', 'yossi');
    const claim = await decidedClaim('mobility', 'rejected', rina);
    const staff = expectOk(await app.call(token, 'staff.list', {}));
    const rinaId = staff.find((s) => s.username === 'rina')!.id;
    const yossiId = staff.find((s) => s.username === 'yossi')!.id;
    expect(claim.handlerId).toBe(rinaId);
    expect(new Set((await docket()).map((t) => t.assignedTo))).toEqual(new Set([rinaId]));

    const refused = await app.call(token, 'claims.setHandler', {
      id: claim.id,
      version: claim.version,
      handlerId: 9999,
    });
    expect(refused).toMatchObject({ ok: false, error: { field: 'handlerId' } });
    const handed = expectOk(
      await app.call(token, 'claims.setHandler', { id: claim.id, version: claim.version, handlerId: yossiId }),
    );
    expect(handed.handlerId).toBe(yossiId);
    expect(new Set((await docket()).map((t) => t.assignedTo))).toEqual(new Set([yossiId]));
    expect(expectOk(await app.call(token, 'claims.get', { id: claim.id })).staffName).toBe('צוות lawyer');
    // "Handled by" on the claims list and board follows the handler, not who opened the claim.
    const handledBy = async (staffId: number) =>
      expectOk(await app.call(token, 'claims.list', { staffId })).map((c) => c.id);
    expect([await handledBy(yossiId), await handledBy(rinaId)]).toEqual([[claim.id], []]);
    const board = expectOk(await app.call(token, 'claims.board', { staffId: yossiId }));
    expect(board.columns.flatMap((column) => column.cards.map((c) => c.id))).toEqual([claim.id]);
  });
});

describe('the docket on the dashboard and the calendar', () => {
  it('leads with binding deadlines within the reminder, and counts overdue as the calendar does', async () => {
    const claim = await decidedClaim('general_disability', 'rejected');
    const task = (title: string, dueDate: string) =>
      app.call(token, 'tasks.create', { kind: 'follow_up', title, dueDate, clientId }).then(expectOk);
    await task('לברר מול הסניף', '2023-05-01'); // a years-old follow-up
    const done = await task('לשלוח מסמך', '2026-02-01');
    expectOk(await app.call(token, 'tasks.complete', { id: done.id, version: done.version, done: true }));
    await task('לחזור ללקוחה', '2026-03-01'); // due today: not overdue
    const appeal = (await docket()).find((t) => t.sourceKey!.endsWith('medical_appeal'))!;
    const late = expectOk(await app.call(token, 'tasks.update', { ...appeal, dueDate: '2026-02-27' })); // moved by hand, now past

    let summary = expectOk(await app.call(token, 'dashboard.summary', {}));
    expect(summary.deadlines.bindingList.map((t) => [t.id, t.binding])).toEqual([[late.id, true]]);
    expect(summary.deadlines.overdueList.map((t) => t.title)).toEqual(['לברר מול הסניף']);
    const calendar = expectOk(await app.call(token, 'tasks.overdue', {}));
    expect(summary.deadlines.overdue).toBe(2);
    expect(calendar).toMatchObject({ today: summary.today, count: summary.deadlines.overdue });
    expect(calendar.tasks.map((t) => t.id)[0]).toBe(late.id);

    // A longer reminder brings the claims committee (due 17/08/2026) to the top of the dashboard.
    const refused = await app.call(token, 'docket.setReminderDays', { reminderDays: [0] });
    expect(refused).toMatchObject({ ok: false, error: { field: 'reminderDays' } });
    expectOk(await app.call(token, 'docket.setReminderDays', { reminderDays: [3, 180] }));
    expect(expectOk(await app.call(token, 'docket.settings', {})).reminderDays).toEqual([180, 3]);
    summary = expectOk(await app.call(token, 'dashboard.summary', {}));
    expect(summary.deadlines.bindingList.map((t) => t.claimId)).toEqual([claim.id, claim.id]);
    expect(summary.deadlines.binding).toBe(2);

    // Closed as not needed, it is neither overdue on the dashboard nor on the calendar.
    expectOk(
      await app.call(token, 'tasks.complete', {
        id: late.id,
        version: late.version,
        done: true,
        closedAs: 'not_needed',
        reason: 'הוגש ערר בדואר',
      }),
    );
    summary = expectOk(await app.call(token, 'dashboard.summary', {}));
    expect(summary.deadlines.overdue).toBe(1);
    expect(expectOk(await app.call(token, 'tasks.overdue', {})).count).toBe(1);
  });
});
