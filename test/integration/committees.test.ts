// Medical committees on a real store: a committee booked on a claim with its time, branch, doctors and
// checklist; found by client, claim and days; the claims list shows its date; stale writes, foreign
// claims and documents refused with the field named; the outcome kept as one medical determination
// the rights engine reads; deletion for lawyers only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import { auditLog } from '../../db/schema';
import { expectOk, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { officeWithClient } from '../support/office';
import { logInAs } from '../support/staff';

let app: TestApp;
let token: string;
let clientId: number;
let claimId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({
    idNumber: validId('31415926'),
    firstNameHe: 'רונית',
    lastNameHe: 'אגבריה',
    birthDate: '1970-06-06',
    sex: 'female',
  }));
  claimId = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' })).id;
});
afterEach(() => app.dispose());

const booking = (): InputOf<'committees.create'> => ({
  clientId,
  claimId,
  committeeType: 'first_tier',
  committeeDate: '2026-03-16',
  committeeTime: '09:30',
  branch: 'haifa',
  specialties: ['orthopedics', 'רפואה פיזיקלית'],
  checklist: [
    { label: 'סיכומי אשפוז', done: false },
    { label: 'תעודת זהות', done: true },
  ],
});

describe('a medical committee', () => {
  it('is kept with its time, branch, doctors and checklist, found by client, claim and days, and dated on the claims list', async () => {
    const made = expectOk(await app.call(token, 'committees.create', booking()));
    expect(made).toMatchObject({
      clientId,
      claimId,
      committeeTime: '09:30',
      branch: 'haifa',
      specialties: ['orthopedics', 'רפואה פיזיקלית'],
      checklist: [
        { label: 'סיכומי אשפוז', done: false, documentId: null },
        { label: 'תעודת זהות', done: true, documentId: null },
      ],
      outcome: [],
      determinationId: null,
      version: 1,
    });

    expect(expectOk(await app.call(token, 'committees.list', { clientId })).map((c) => c.id)).toEqual([made.id]);
    expect(expectOk(await app.call(token, 'committees.list', { claimId }))[0]).toMatchObject({
      clientName: 'רונית אגבריה',
      benefit: 'general_disability',
    });
    expect(expectOk(await app.call(token, 'committees.list', { from: '2026-03-01', to: '2026-03-31' }))).toHaveLength(
      1,
    );
    expect(expectOk(await app.call(token, 'committees.list', { from: '2026-04-01', to: '2026-04-30' }))).toHaveLength(
      0,
    );
    // The calendar's staff filter: the claim's handler.
    expect(
      expectOk(await app.call(token, 'committees.list', { from: '2026-03-01', to: '2026-03-31', staffId: 1 })),
    ).toHaveLength(1);
    expect(
      expectOk(await app.call(token, 'committees.list', { from: '2026-03-01', to: '2026-03-31', staffId: 2 })),
    ).toHaveLength(0);
    await logInAs(app, 'lawyer');
    expectOk(await app.call(token, 'claims.setHandler', { id: claimId, version: 1, handlerId: 2 }));
    expect(
      expectOk(await app.call(token, 'committees.list', { from: '2026-03-01', to: '2026-03-31', staffId: 2 })),
    ).toHaveLength(1);

    const row = expectOk(await app.call(token, 'claims.page', { limit: 10, offset: 0 })).rows.find(
      (r) => r.id === claimId,
    );
    expect(row?.committeeDate).toBe('2026-03-16');

    // On the day: the first item ticked, the client reminded.
    const ticked = expectOk(
      await app.call(token, 'committees.update', {
        ...made,
        checklist: made.checklist.map((item) => ({ ...item, done: true })),
        clientRemindedDate: '2026-03-15',
      }),
    );
    expect(ticked).toMatchObject({ version: 2, clientRemindedDate: '2026-03-15' });
    expect(ticked.checklist.every((item) => item.done)).toBe(true);
    expect(await app.call(token, 'committees.update', { ...made, notes: 'ישן' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });

    const reads = app.store.db
      .select()
      .from(auditLog)
      .all()
      .filter((r) => r.action === 'read_medical' && r.entity === 'medical_committee');
    expect(reads).toHaveLength(7);
    // The client's own trail shows the committee's writes and the reads that named the client.
    const trail = expectOk(await app.call(token, 'audit.client', { clientId })).filter(
      (r) => r.entity === 'medical_committee',
    );
    expect(trail.map((r) => r.action).sort()).toEqual(['create', 'read_medical', 'update']);
  });

  it('shows the next committee on the claims list, else the last', async () => {
    expectOk(await app.call(token, 'committees.create', { ...booking(), committeeDate: '2026-01-10' }));
    const page = async () =>
      expectOk(await app.call(token, 'claims.page', { limit: 10, offset: 0 })).rows[0]!.committeeDate;
    expect(await page()).toBe('2026-01-10');
    expectOk(await app.call(token, 'committees.create', { ...booking(), committeeDate: '2026-05-20' }));
    expectOk(await app.call(token, 'committees.create', { ...booking(), committeeDate: '2026-04-02' }));
    expect(await page()).toBe('2026-04-02');
  });

  it('refuses a bad time, an unknown branch and a protocol before the sitting, naming the field in Hebrew', async () => {
    expect(await app.call(token, 'committees.create', { ...booking(), committeeTime: '9:5' })).toEqual({
      ok: false,
      error: { code: 'validation', field: 'committeeTime', message: 'שעת הוועדה צריכה להיות בתבנית HH:MM, למשל 09:30' },
    });
    expect(await app.call(token, 'committees.create', { ...booking(), branch: 'mars' as 'haifa' })).toMatchObject({
      ok: false,
      error: { field: 'branch', message: 'יש לבחור סניף הביטוח הלאומי מהרשימה' },
    });
    expect(
      await app.call(token, 'committees.create', { ...booking(), protocolReceivedDate: '2026-03-01' }),
    ).toMatchObject({
      ok: false,
      error: { field: 'protocolReceivedDate', message: 'תאריך קבלת הפרוטוקול מוקדם מתאריך הוועדה' },
    });
    expect(expectOk(await app.call(token, 'committees.list', { clientId }))).toEqual([]);
  });

  it('sits at a service centre instead of a branch, one place and never both or neither', async () => {
    const made = expectOk(
      await app.call(token, 'committees.create', { ...booking(), branch: null, serviceCentre: 'yirka' }),
    );
    expect(made).toMatchObject({ branch: null, serviceCentre: 'yirka' });
    expect(expectOk(await app.call(token, 'committees.list', { clientId }))[0]).toMatchObject({
      branch: null,
      serviceCentre: 'yirka',
    });
    const moved = expectOk(
      await app.call(token, 'committees.update', {
        ...booking(),
        id: made.id,
        version: made.version,
        branch: 'haifa',
        serviceCentre: null,
      }),
    );
    expect(moved).toMatchObject({ branch: 'haifa', serviceCentre: null });

    const place = {
      ok: false,
      error: { field: 'branch', message: 'יש לבחור את מקום הוועדה: סניף או מרכז שירות של הביטוח הלאומי' },
    };
    expect(await app.call(token, 'committees.create', { ...booking(), serviceCentre: 'yirka' })).toMatchObject(place);
    expect(await app.call(token, 'committees.create', { ...booking(), branch: null })).toMatchObject(place);
    expect(
      await app.call(token, 'committees.create', { ...booking(), branch: null, serviceCentre: 'haifa' as 'yirka' }),
    ).toMatchObject({
      ok: false,
      error: { field: 'serviceCentre', message: 'יש לבחור מרכז השירות של הביטוח הלאומי מהרשימה' },
    });
    // The store holds the same rule, whatever writes to it.
    expect(() =>
      app.store.sqlite.prepare("update medical_committee set service_centre = 'yirka' where id = ?").run(made.id),
    ).toThrow(/CHECK/);
  });

  it("refuses another client's claim or document", async () => {
    const other = expectOk(
      await app.call(token, 'clients.create', {
        idNumber: validId('27182818'),
        firstNameHe: 'יוסי',
        lastNameHe: 'כהן',
        birthDate: '1980-01-01',
        sex: 'male',
      }),
    ).id;
    const foreignClaim = expectOk(await app.call(token, 'claims.create', { clientId: other, benefit: 'mobility' })).id;
    expect(await app.call(token, 'committees.create', { ...booking(), claimId: foreignClaim })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'claimId', message: 'התביעה אינה של המבוטח הזה' },
    });
    const paper = expectOk(
      await app.call(token, 'documents.add', {
        clientId: other,
        kind: 'decision_letter',
        name: 'פרוטוקול.pdf',
        mimeType: 'application/pdf',
        contentBase64: Buffer.from('%PDF-1.4').toString('base64'),
      }),
    );
    expect(await app.call(token, 'committees.create', { ...booking(), protocolDocumentId: paper.id })).toMatchObject({
      ok: false,
      error: { field: 'protocolDocumentId', message: 'המסמך אינו בתיק של המבוטח הזה' },
    });
    expect(
      await app.call(token, 'committees.create', {
        ...booking(),
        checklist: [{ label: 'פרוטוקול', documentId: paper.id }],
      }),
    ).toMatchObject({
      ok: false,
      error: { field: 'checklist.0.documentId' },
    });
  });

  it('keeps its outcome as one medical determination that the rights engine reads, corrected in place', async () => {
    const made = expectOk(await app.call(token, 'committees.create', booking()));
    expect(expectOk(await app.call(token, 'medical.list', { clientId }))).toEqual([]);

    const protocol = expectOk(
      await app.call(token, 'documents.add', {
        clientId,
        kind: 'decision_letter',
        name: 'פרוטוקול ועדה.pdf',
        mimeType: 'application/pdf',
        contentBase64: Buffer.from('%PDF-1.4').toString('base64'),
      }),
    );
    const held = expectOk(
      await app.call(token, 'committees.update', {
        ...made,
        outcome: [
          { section: '34(ב)(3)', description: 'הפרעת חרדה', percent: 30 },
          { section: '37(7)(ב)', percent: 10, isTemporary: true, until: '2027-03-31' },
        ],
        weightedPercent: 37,
        protocolDocumentId: protocol.id,
        protocolReceivedDate: '2026-03-20',
      }),
    );
    expect(held.determinationId).not.toBeNull();
    const [determination] = expectOk(await app.call(token, 'medical.list', { clientId }));
    expect(determination).toMatchObject({
      id: held.determinationId,
      committeeKind: 'first_tier',
      committeeDate: '2026-03-16',
      weightedPercent: 37,
      isPermanent: false,
      validUntil: '2027-03-31',
      impairments: [
        { section: '34(ב)(3)', description: 'הפרעת חרדה', percent: 30, isTemporary: false },
        { section: '37(7)(ב)', description: null, percent: 10, isTemporary: true },
      ],
    });
    const facts = expectOk(await app.call(token, 'rights.facts', { clientId }));
    expect(facts.medical.map((m) => m.weightedPercent)).toEqual([37]);

    // The protocol corrected: the same determination follows, none added.
    const corrected = expectOk(
      await app.call(token, 'committees.update', {
        ...held,
        outcome: [{ section: '34(ב)(4)', percent: 50 }],
        weightedPercent: 50,
      }),
    );
    expect(corrected.determinationId).toBe(held.determinationId);
    const after = expectOk(await app.call(token, 'medical.list', { clientId }));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      weightedPercent: 50,
      isPermanent: true,
      validUntil: null,
      impairments: [{ section: '34(ב)(4)', percent: 50 }],
    });
  });

  it('dockets the deadline its outcome opens: a ערר 60 days from the protocol, moved with it, gone with the committee', async () => {
    const made = expectOk(await app.call(token, 'committees.create', booking()));
    const docketed = async () =>
      expectOk(await app.call(token, 'tasks.list', { clientId, open: true, limit: 50 })).filter((task) =>
        task.sourceKey?.startsWith('committee:'),
      );
    expect(await docketed()).toEqual([]);

    const held = expectOk(
      await app.call(token, 'committees.update', {
        ...made,
        outcome: [{ section: '34(ב)(3)', percent: 30 }],
        weightedPercent: 30,
        protocolReceivedDate: '2026-03-20',
      }),
    );
    const [appeal] = await docketed();
    // 20/03/2026 + 60 days = Tuesday 19/05/2026.
    expect(appeal).toMatchObject({
      kind: 'appeal',
      binding: true,
      claimId,
      dueDate: '2026-05-19',
      sourceKey: `committee:${made.id}:medical_appeal`,
      assignedTo: 1,
    });
    expect(appeal!.title).toContain('ערר על החלטת הוועדה הרפואית מדרג ראשון — 60 ימים מיום קבלת הפרוטוקול 20/03/2026');
    expect(appeal!.rule).toContain('ועדות רפואיות');

    // Received four days later: the same item moves, to 23/05/2026 — a Saturday, so Sunday 24/05/2026.
    const later = expectOk(await app.call(token, 'committees.update', { ...held, protocolReceivedDate: '2026-03-24' }));
    expect((await docketed()).map((task) => [task.id, task.dueDate])).toEqual([[appeal!.id, '2026-05-24']]);

    const lawyer = await logInAs(app, 'lawyer');
    expectOk(await app.call(lawyer, 'committees.delete', { id: later.id, version: later.version }));
    expect(await docketed()).toEqual([]);
  });

  it('dockets one ערר for the claim: a rejection’s medical-appeal route gives way to the committee’s, and returns without it', async () => {
    let claim: { id: number; version: number } = expectOk(await app.call(token, 'claims.get', { id: claimId }));
    for (const to of ['ready', 'filed'] as const)
      claim = expectOk(await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to }));
    expectOk(
      await app.call(token, 'claims.decide', {
        claimId,
        decidedDate: '2026-03-18',
        receivedDate: '2026-03-22',
        outcome: 'rejected',
      }),
    );
    const appeals = async () =>
      expectOk(await app.call(token, 'tasks.list', { clientId, open: true, limit: 50 }))
        .filter((task) => task.sourceKey?.endsWith(':medical_appeal'))
        .map((task) => task.sourceKey!.split(':')[0]);
    expect(await appeals()).toEqual(['decision']);

    const held = expectOk(
      await app.call(token, 'committees.create', {
        ...booking(),
        outcome: [{ section: '34(ב)(3)', percent: 30 }],
        weightedPercent: 30,
        protocolReceivedDate: '2026-03-20',
      }),
    );
    expect(await appeals()).toEqual(['committee']);
    // A later decision on the claim keeps it so.
    expectOk(
      await app.call(token, 'claims.decide', {
        claimId,
        decidedDate: '2026-03-25',
        receivedDate: '2026-03-26',
        outcome: 'partly',
      }),
    );
    expect(await appeals()).toEqual(['committee']);

    const lawyer = await logInAs(app, 'lawyer');
    expectOk(await app.call(lawyer, 'committees.delete', { id: held.id, version: held.version }));
    expect(await appeals()).toEqual(['decision']);
  });

  it('takes over a determination typed in by hand for the same sitting instead of adding a second', async () => {
    const typed = expectOk(
      await app.call(token, 'medical.create', {
        clientId,
        committeeKind: 'first_tier',
        committeeDate: '2026-03-16',
        weightedPercent: 20,
        incapacityPercent: 50,
      }),
    );
    const held = expectOk(
      await app.call(token, 'committees.create', {
        ...booking(),
        outcome: [{ section: '34(ב)(3)', percent: 30 }],
        weightedPercent: 30,
      }),
    );
    expect(held.determinationId).toBe(typed.id);
    const list = expectOk(await app.call(token, 'medical.list', { clientId }));
    expect(list).toHaveLength(1);
    // What the committee does not set (the claims officer's incapacity degree) stays as typed.
    expect(list[0]).toMatchObject({ weightedPercent: 30, incapacityPercent: 50 });
  });

  it('is deleted by a lawyer, not by staff, and leaves its determination', async () => {
    const made = expectOk(
      await app.call(token, 'committees.create', {
        ...booking(),
        outcome: [{ section: '34(ב)(3)', percent: 30 }],
        weightedPercent: 30,
      }),
    );
    const staff = await logInAs(app, 'staff');
    expect(await app.call(staff, 'committees.delete', { id: made.id, version: made.version })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const lawyer = await logInAs(app, 'lawyer');
    expect(expectOk(await app.call(lawyer, 'committees.delete', { id: made.id, version: made.version }))).toBeNull();
    expect(expectOk(await app.call(token, 'committees.list', { clientId }))).toEqual([]);
    expect(expectOk(await app.call(token, 'claims.page', { limit: 10, offset: 0 })).rows[0]!.committeeDate).toBeNull();
    expect(expectOk(await app.call(token, 'medical.list', { clientId }))).toHaveLength(1);
  });
});
