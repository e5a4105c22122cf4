// Acting on a confirmed letter, on a real store through the contract's procedures: a decision is
// recorded on the claim with its appeal deadlines, an invitation becomes the claim's committee and a
// task on its day, a protocol the committee's outcome and a determination, a request for documents a
// task; undo reverses all of it — until a later step builds on it — and only for those it is theirs to undo.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboxItem } from '../../shared/inbox/item';
import { auditLog } from '../../db/schema';
import { expectOk, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { officeWithClient } from '../support/office';
import { logInAs } from '../support/staff';

const idNumber = validId('30405060');
let app: TestApp;
let token: string;
let clientId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({
    idNumber,
    firstNameHe: 'רונית',
    lastNameHe: 'אזולאי',
    birthDate: '1968-04-04',
    sex: 'female',
  }));
});
afterEach(() => app.dispose());

const head = (subject: string) => [
  'המוסד לביטוח לאומי',
  'סניף חיפה',
  `ת.ז. ${idNumber}`,
  `הנדון: ${subject}`,
  'שלום רב,',
];

const letters = {
  decision: [
    ...head('החלטה בתביעה לקצבת נכות כללית'),
    'בהחלטה מיום 15.02.2026 הוחלט לדחות את תביעתך.',
    'על החלטה זו ניתן לערער לבית הדין האזורי לעבודה.',
  ],
  invitation: [
    ...head('זימון לוועדה רפואית - נכות כללית'),
    'הנך מוזמן/ת לוועדה רפואית שתתקיים ביום שני 20.04.2026 בשעה 09:30.',
    'מקום הוועדה: סניף חיפה, שדרות פל-ים 8, קומה 2',
    'יש להביא תעודה מזהה ואת כל המסמכים הרפואיים שבידך.',
  ],
  protocol: [
    'פרוטוקול ועדה רפואית',
    `ת.ז. ${idNumber}`,
    'תאריך הוועדה: 20.04.2026',
    'ליקויים שנקבעו:',
    '1. צלקות - 10%',
    '2. הפרעה דיכאונית - 7.5%',
    'נכות רפואית משוקללת: 17%',
    'נכות זמנית עד ליום 30.11.2026.',
    'על החלטה זו ניתן להגיש ערר לוועדה רפואית לעררים.',
  ],
  documents: [
    ...head('השלמת מסמכים'),
    'לצורך הטיפול בתביעתך נבקשך להמציא את המסמכים הבאים עד ליום 20.03.2026:',
    'סיכום אשפוז ותעודה רפואית עדכנית.',
  ],
  payment: [
    ...head('הודעה על תשלום'),
    'עבור התקופה: 01.03.2026 - 31.03.2026',
    'סכום התשלום: 3,456.78 ₪',
    'הסכום הועבר לחשבונך.',
  ],
};

async function filedClaim(as = token) {
  let claim = expectOk(await app.call(as, 'claims.create', { clientId, benefit: 'general_disability' }));
  for (const to of ['ready', 'filed'] as const)
    claim = expectOk(await app.call(as, 'claims.transition', { id: claim.id, version: claim.version, to }));
  return claim;
}

async function drop(name: keyof typeof letters, as = token): Promise<InboxItem> {
  const content = Buffer.from(letters[name].join('\n'), 'utf8').toString('base64');
  return expectOk(
    await app.call(as, 'inbox.add', { name: `${name}.txt`, mimeType: 'text/plain', contentBase64: content }),
  );
}

async function confirm(name: keyof typeof letters, claimId: number | null, as = token) {
  const item = await drop(name, as);
  return expectOk(await app.call(as, 'inbox.confirm', { id: item.id, version: item.version, clientId, claimId }));
}

const tasksOf = async () => expectOk(await app.call(token, 'tasks.list', { clientId }));
const claimNow = async (id: number) => expectOk(await app.call(token, 'claims.get', { id }));
const undo = (item: InboxItem, as = token) => app.call(as, 'inbox.undo', { id: item.id, version: item.version });

describe('confirming a letter acts on it', () => {
  it('a decision is recorded on the claim, moves it to decided and dockets its appeal deadlines; undo takes it all back', async () => {
    const claim = await filedClaim();
    const filed = await confirm('decision', claim.id);
    expect(filed.actions?.map((a) => a.step)).toEqual([
      'decisionRecorded',
      'claimMoved',
      'deadlineDocketed',
      'deadlineDocketed',
      'deadlineDocketed',
    ]);
    const decided = await claimNow(claim.id);
    expect(decided).toMatchObject({ status: 'decided', outcome: 'rejected', decidedDate: '2026-02-15' });
    expect(decided.decisions).toEqual([expect.objectContaining({ outcome: 'rejected', decidedDate: '2026-02-15' })]);
    expect(decided.history.map((h) => h.toStatus)).toEqual(['draft', 'ready', 'filed', 'decided']);
    const appeals = (await tasksOf()).filter((t) => t.kind === 'appeal');
    expect(appeals.map((t) => t.sourceKey?.split(':')[2]).sort()).toEqual([
      'claims_committee',
      'labour_court',
      'medical_appeal',
    ]);

    const undone = expectOk(await undo(filed));
    expect(undone).toMatchObject({ status: 'new', documentId: null, actions: null });
    const back = await claimNow(claim.id);
    expect(back).toMatchObject({ status: 'filed', outcome: null, decidedDate: null, decisions: [] });
    expect(back.history.at(-1)).toMatchObject({ fromStatus: 'decided', toStatus: 'filed' });
    expect(back.history.at(-1)?.reason).toContain('decision.txt');
    expect(await tasksOf()).toEqual([]);
    expect(expectOk(await app.call(token, 'documents.list', { clientId }))).toEqual([]);
    // Every step of both ways is in the audit log.
    const actions = app.store.db
      .select()
      .from(auditLog)
      .all()
      .map((row) => `${row.action}:${row.entity}`);
    for (const step of [
      'decide:claim',
      'transition:claim',
      'create:task',
      'delete:claim_decision',
      'delete:task',
      'delete:document',
      'update:inbox_item',
    ])
      expect(actions).toContain(step);
  }, 60_000);

  it('an invitation records the committee on the claim and opens its day as a task, the claim moved to committee', async () => {
    const claim = await filedClaim();
    const filed = await confirm('invitation', claim.id);
    expect(filed.actions?.map((a) => a.step)).toEqual(['committeeRecorded', 'claimMoved', 'taskOpened']);
    const [committee] = expectOk(await app.call(token, 'committees.list', { claimId: claim.id }));
    expect(committee).toMatchObject({
      committeeType: 'first_tier',
      committeeDate: '2026-04-20',
      committeeTime: '09:30',
      branch: 'haifa',
      outcome: [],
    });
    expect(committee!.notes).toContain('שדרות פל-ים 8, קומה 2');
    expect((await claimNow(claim.id)).status).toBe('in_committee');
    expect(await tasksOf()).toEqual([
      expect.objectContaining({
        kind: 'committee',
        dueDate: '2026-04-20',
        claimId: claim.id,
        title: 'ועדה בתביעה לנכות כללית',
      }),
    ]);

    expectOk(await undo(filed));
    expect(expectOk(await app.call(token, 'committees.list', { claimId: claim.id }))).toEqual([]);
    expect((await claimNow(claim.id)).status).toBe('filed');
    expect(await tasksOf()).toEqual([]);
  }, 60_000);

  it("a protocol records the committee's outcome, adds a determination beside the earlier ones and dockets the ערר; undone in order", async () => {
    const earlier = expectOk(
      await app.call(token, 'medical.create', {
        clientId,
        committeeKind: 'first_tier',
        committeeDate: '2024-05-05',
        weightedPercent: 20,
        impairments: [{ section: '35', description: 'ברך', percent: 20, isTemporary: false }],
      }),
    );
    const claim = await filedClaim();
    const invitation = await confirm('invitation', claim.id);
    const protocol = await confirm('protocol', claim.id);
    expect(protocol.actions?.map((a) => a.step)).toEqual(['outcomeRecorded', 'determinationKept', 'deadlineDocketed']);
    const [committee] = expectOk(await app.call(token, 'committees.list', { claimId: claim.id }));
    expect(committee).toMatchObject({
      committeeDate: '2026-04-20',
      weightedPercent: 17,
      protocolDocumentId: protocol.documentId,
      outcome: [
        { section: '75', description: 'צלקות', percent: 10, isTemporary: true, until: '2026-11-30' },
        {
          section: 'לא צוין',
          description: 'הפרעה דיכאונית (7.5%)',
          percent: 8,
          isTemporary: true,
          until: '2026-11-30',
        },
      ],
    });
    const determinations = expectOk(await app.call(token, 'medical.list', { clientId }));
    expect(determinations.map((d) => [d.committeeDate, d.weightedPercent, d.impairments.length])).toEqual([
      ['2026-04-20', 17, 2],
      ['2024-05-05', 20, 1],
    ]);
    expect((await tasksOf()).find((t) => t.sourceKey === `committee:${committee!.id}:medical_appeal`)).toBeTruthy();

    // The invitation is built on by the protocol: its undo is refused, naming it, and changes nothing.
    const refused = await undo(invitation);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(JSON.stringify(refused)).toContain('protocol.txt');
    expect(expectOk(await app.call(token, 'committees.list', { claimId: claim.id }))).toHaveLength(1);

    expectOk(await undo(protocol));
    const [waiting] = expectOk(await app.call(token, 'committees.list', { claimId: claim.id }));
    expect(waiting).toMatchObject({
      outcome: [],
      weightedPercent: null,
      protocolDocumentId: null,
      determinationId: null,
    });
    expect(expectOk(await app.call(token, 'medical.list', { clientId })).map((d) => d.id)).toEqual([earlier.id]);
    expect((await tasksOf()).map((t) => t.kind)).toEqual(['committee']);
    const invitationNow = expectOk(await app.call(token, 'inbox.list', { status: 'filed' }));
    expectOk(await undo(invitationNow[0]!));
    expect(expectOk(await app.call(token, 'committees.list', { claimId: claim.id }))).toEqual([]);
  }, 60_000);

  it('a decision after an invitation on the same claim: undone last first, then the invitation, the claim back to filed', async () => {
    const claim = await filedClaim();
    const invitation = await confirm('invitation', claim.id);
    const decision = await confirm('decision', claim.id);
    expect(decision.actions).toContainEqual({
      step: 'claimMoved',
      claimId: claim.id,
      from: 'in_committee',
      to: 'decided',
    });
    expect(await undo(invitation)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expectOk(await undo(decision));
    expect((await claimNow(claim.id)).status).toBe('in_committee');
    const [again] = expectOk(await app.call(token, 'inbox.list', { status: 'filed' }));
    expectOk(await undo(again!));
    const back = await claimNow(claim.id);
    expect(back).toMatchObject({ status: 'filed', decisions: [] });
    expect(back.history.map((h) => h.toStatus)).toEqual([
      'draft',
      'ready',
      'filed',
      'in_committee',
      'decided',
      'in_committee',
      'filed',
    ]);
  }, 60_000);

  it('a request for documents opens a task due on its day; once the task is closed, undo refuses naming it', async () => {
    const claim = await filedClaim();
    const filed = await confirm('documents', claim.id);
    expect(filed.actions).toEqual([
      expect.objectContaining({ step: 'taskOpened', dueDate: '2026-03-20', claimId: claim.id }),
    ]);
    const [task] = await tasksOf();
    expect(task).toMatchObject({ kind: 'document_request', dueDate: '2026-03-20' });
    expect(task!.title).toContain('נכות כללית');
    expectOk(await app.call(token, 'tasks.complete', { id: task!.id, version: task!.version, done: true }));
    const refused = await undo(filed);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!refused.ok) expect(refused.error.message).toContain(task!.title);
    expect(expectOk(await app.call(token, 'inbox.list', { status: 'filed' })).map((i) => i.id)).toEqual([filed.id]);
    expect(expectOk(await app.call(token, 'documents.list', { clientId }))).toHaveLength(1);
  }, 60_000);

  it('a payment notice records the payment on its claim, checked with the others; undo removes it', async () => {
    const claim = await filedClaim();
    const paid = await confirm('payment', claim.id);
    expect(paid.actions).toEqual([
      {
        step: 'paymentRecorded',
        claimId: claim.id,
        paymentId: expect.any(Number),
        fromMonth: '2026-03',
        toMonth: '2026-03',
        amount: '3456.78',
      },
    ]);
    const payments = async () => expectOk(await app.call(token, 'payments.forClaim', { claimId: claim.id })).payments;
    expect((await payments()).map((p) => [p.amount, p.source, p.inboxItemId])).toEqual([
      ['3456.78', 'letter', paid.id],
    ]);
    expect(expectOk(await undo(paid)).status).toBe('new');
    expect(await payments()).toEqual([]);
    const deleted = app.store.db
      .select()
      .from(auditLog)
      .all()
      .filter((row) => row.entity === 'payment');
    expect(deleted.map((row) => row.action)).toEqual(['create', 'delete']);
  }, 60_000);

  it('a payment notice without a claim is filed only; a claim edited after a decision was confirmed keeps the decision', async () => {
    const paid = await confirm('payment', null);
    expect(paid.actions).toEqual([{ step: 'skipped', reason: 'noClaim' }]);
    const claim = await filedClaim();
    const filed = await confirm('decision', claim.id);
    const now = await claimNow(claim.id);
    expectOk(await app.call(token, 'claims.update', { ...now, summary: 'עודכן אחרי ההחלטה' }));
    const refused = await undo(filed);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!refused.ok) expect(refused.error.message).toContain('התביעה שונתה אחרי האישור');
    expect((await claimNow(claim.id)).decisions).toHaveLength(1);
    // The payment notice can still be taken back to the inbox.
    expect(expectOk(await undo(paid)).status).toBe('new');
  }, 60_000);

  it("undo is the owner's, the claim's handler's or the confirmer's: another staff member is refused", async () => {
    const claim = await filedClaim();
    const filed = await confirm('decision', claim.id);
    const clerk = await logInAs(app, 'staff');
    const lawyer = await logInAs(app, 'lawyer');
    for (const other of [clerk, lawyer])
      expect(await undo(filed, other)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await claimNow(claim.id)).status).toBe('decided');
    // The clerk's own letter is theirs to undo.
    const own = await confirm('payment', null, clerk);
    expect(expectOk(await undo(own, clerk)).status).toBe('new');
  }, 60_000);
});
