// The whole client file in one call, and the global search over clients, claims and notes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { expectOk, type TestApp } from '../support/app';
import { officeWithClient } from '../support/office';
import { validId } from '../support/ids';

let app: TestApp;
let token: string;
let clientId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({
    idNumber: validId('80901020'),
    firstNameHe: 'עומר',
    lastNameHe: 'ביטון',
    birthDate: '1990-07-07',
    sex: 'male',
  }));
});
afterEach(() => app.dispose());

describe('client file', () => {
  it('brings every kind of record of the client, and logs the medical read', async () => {
    expectOk(await app.call(token, 'family.create', { clientId, relation: 'spouse', firstName: 'שירה' }));
    expectOk(
      await app.call(token, 'medical.create', {
        clientId,
        committeeKind: 'first_tier',
        committeeDate: '2025-01-01',
        weightedPercent: 40,
      }),
    );
    expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'work_injury', formNumber: '211' }));
    expectOk(await app.call(token, 'notes.create', { clientId, body: 'נפגע בעבודה במפעל' }));
    expectOk(
      await app.call(token, 'tasks.create', { kind: 'deadline', title: 'מועד הגשה', dueDate: '2026-06-01', clientId }),
    );

    const file = expectOk(await app.call(token, 'clients.file', { id: clientId }));
    expect(file.client.firstNameHe).toBe('עומר');
    expect(file.family.map((f) => f.firstName)).toEqual(['שירה']);
    expect(file.medical[0]).toMatchObject({ weightedPercent: 40, impairments: [] });
    expect(file.claims.map((c) => c.benefit)).toEqual(['work_injury']);
    expect([file.notes.length, file.tasks.length, file.documents.length, file.employment.length]).toEqual([1, 1, 0, 0]);
    expect(
      app.store.db
        .select()
        .from(auditLog)
        .all()
        .filter((r) => r.action === 'read_medical'),
    ).toHaveLength(1);
  });

  it('answers not found for a client that is not there', async () => {
    expect(await app.call(token, 'clients.file', { id: 404 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'המבוטח לא נמצא' },
    });
  });
});

describe('global search', () => {
  it('finds clients, claims by benefit or form number, and notes by their words', async () => {
    expectOk(
      await app.call(token, 'claims.create', {
        clientId,
        benefit: 'mobility',
        formNumber: 'בל/7801',
        summary: 'הגבלה בניידות',
      }),
    );
    expectOk(await app.call(token, 'notes.create', { clientId, body: 'המבוטח ביקש לדחות את הוועדה' }));

    const byName = expectOk(await app.call(token, 'search.global', { query: 'ביטו' }));
    expect(byName.clients.map((c) => c.lastNameHe)).toEqual(['ביטון']);

    const byBenefit = expectOk(await app.call(token, 'search.global', { query: 'ניידות' }));
    expect(byBenefit.claims.map((c) => [c.benefit, c.clientName])).toEqual([['mobility', 'עומר ביטון']]);
    expect(expectOk(await app.call(token, 'search.global', { query: '7801' })).claims).toHaveLength(1);

    const byNote = expectOk(await app.call(token, 'search.global', { query: 'הוועדה' }));
    expect(byNote.notes.map((n) => n.excerpt)).toEqual(['המבוטח ביקש לדחות את הוועדה']);
    expect(expectOk(await app.call(token, 'search.global', { query: '!!' }))).toEqual({
      clients: [],
      claims: [],
      notes: [],
    });
  });
});
