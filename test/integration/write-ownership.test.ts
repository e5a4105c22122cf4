// Writes check the record before they change it: a task stays in its client's file, a deadline the
// rules computed stays on its claim, and moving a binding deadline or closing it as not needed is
// for lawyers. Each refusal leaves the record as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { officeWithClient } from '../support/office';
import { logInAs } from '../support/staff';

let app: TestApp;
let token: string;
let clientId: number;
let otherId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({
    idNumber: validId('27182818'),
    firstNameHe: 'רות',
    lastNameHe: 'לוי',
    birthDate: '1968-03-03',
    sex: 'female',
  }));
  otherId = expectOk(
    await app.call(token, 'clients.create', {
      idNumber: validId('16180339'),
      firstNameHe: 'יוסי',
      lastNameHe: 'מזרחי',
      birthDate: '1975-07-07',
      sex: 'male',
    }),
  ).id;
});
afterEach(() => app.dispose());

/** A rejected general-disability claim: its decision opens binding appeal deadlines. */
async function deadlines() {
  let claim = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' }));
  for (const to of ['ready', 'filed'] as const)
    claim = expectOk(await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to }));
  claim = expectOk(
    await app.call(token, 'claims.decide', {
      claimId: claim.id,
      decidedDate: '2026-02-10',
      receivedDate: '2026-02-15',
      outcome: 'rejected',
    }),
  ).claim;
  const tasks = expectOk(await app.call(token, 'tasks.list', { clientId })).filter((t) => t.binding);
  expect(tasks.length).toBeGreaterThan(0);
  return { claim, deadline: tasks[0]! };
}

const taskNow = async (id: number) =>
  expectOk(await app.call(token, 'tasks.list', { clientId })).find((t) => t.id === id);

describe('tasks.update', () => {
  it("refuses moving a task into another client's file, and changes nothing", async () => {
    const task = expectOk(
      await app.call(token, 'tasks.create', { kind: 'call', title: 'לחזור למבוטחת', dueDate: '2026-03-05', clientId }),
    );
    const reply = await app.call(token, 'tasks.update', { ...task, clientId: otherId });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        field: 'clientId',
        message: 'המשימה שייכת לתיק של מבוטח אחר — אי אפשר להעביר אותה לתיק הזה',
      },
    });
    expect(await taskNow(task.id)).toMatchObject({ clientId, version: task.version });
    // The same edit within its own file goes through.
    expect(expectOk(await app.call(token, 'tasks.update', { ...task, title: 'לחזור למבוטחת מחר' })).title).toBe(
      'לחזור למבוטחת מחר',
    );
  });

  it("refuses linking a task to another client's claim", async () => {
    const task = expectOk(
      await app.call(token, 'tasks.create', { kind: 'call', title: 'בירור', dueDate: '2026-03-05', clientId }),
    );
    const foreign = expectOk(await app.call(token, 'claims.create', { clientId: otherId, benefit: 'mobility' }));
    const reply = await app.call(token, 'tasks.update', { ...task, claimId: foreign.id });
    expect(reply).toMatchObject({ ok: false, error: { field: 'claimId', message: 'התביעה אינה של המבוטח הזה' } });
  });

  it('refuses moving a computed deadline onto another claim of the same client', async () => {
    const { deadline } = await deadlines();
    const second = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'mobility' }));
    const reply = await app.call(token, 'tasks.update', { ...deadline, claimId: second.id });
    expect(reply).toMatchObject({
      ok: false,
      error: { field: 'claimId', message: 'המועד חושב לפי תביעה אחרת — אי אפשר לשייך אותו לתביעה הזו' },
    });
    expect(await taskNow(deadline.id)).toMatchObject({ claimId: deadline.claimId, version: deadline.version });
  });

  it('lets a lawyer move a binding deadline, not a staff member', async () => {
    const { deadline } = await deadlines();
    const staff = await logInAs(app, 'staff');
    const refused = await app.call(staff, 'tasks.update', { ...deadline, dueDate: '2026-05-03' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'רק עורך דין רשאי להזיז מועד מחייב או לסגור אותו כלא נדרש' },
    });
    expect((await taskNow(deadline.id))!.dueDate).toBe(deadline.dueDate);
    // Staff may still retitle it, keeping the date.
    const retitled = expectOk(
      await app.call(staff, 'tasks.update', { ...deadline, title: `${deadline.title} (נבדק)` }),
    );
    const lawyer = await logInAs(app, 'lawyer');
    expect(expectOk(await app.call(lawyer, 'tasks.update', { ...retitled, dueDate: '2026-05-03' })).dueDate).toBe(
      '2026-05-03',
    );
  });
});

describe('tasks.complete', () => {
  it('lets staff mark a binding deadline done, but only a lawyer close it as not needed', async () => {
    const { deadline } = await deadlines();
    const staff = await logInAs(app, 'staff');
    const refused = await app.call(staff, 'tasks.complete', {
      id: deadline.id,
      version: deadline.version,
      done: true,
      closedAs: 'not_needed',
      reason: 'המבוטח ויתר',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await taskNow(deadline.id))!.doneAt).toBeNull();
    expect(
      expectOk(await app.call(staff, 'tasks.complete', { id: deadline.id, version: deadline.version, done: true }))
        .closedAs,
    ).toBe('done');
  });
});
