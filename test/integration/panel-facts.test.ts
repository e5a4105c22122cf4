// rights.facts: the facts the rights panel's what-if runs scanClient on in the renderer. The same
// scan on them must give exactly what rights.scan gives, or a what-if would move without a change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanClient } from '../../shared/rules/scan/scan-client';
import { expectOk, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { officeWithClient } from '../support/office';
import { logInAs } from '../support/staff';

let app: TestApp;
let token: string;
let clientId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({
    idNumber: validId('55667788'),
    firstNameHe: 'רות',
    lastNameHe: 'מזרחי',
    birthDate: '1979-02-14',
    sex: 'female',
  }));
});
afterEach(() => app.dispose());

describe('rights.facts', () => {
  it('gives the facts the scan reads, so scanning them here matches the server', async () => {
    expectOk(
      await app.call(token, 'medical.create', {
        clientId,
        committeeKind: 'first_tier',
        committeeDate: '2022-01-10',
        weightedPercent: 65,
        incapacityPercent: 74,
        impairments: [{ section: '29(5)', percent: 40 }],
      }),
    );
    for (const month of ['2022-03', '2022-04', '2022-05'])
      expectOk(await app.call(token, 'incomes.create', { clientId, month, source: 'employee', income: '1200.00' }));
    expectOk(
      await app.call(token, 'family.create', {
        clientId,
        relation: 'child',
        firstName: 'נועה',
        birthDate: '2015-03-01',
      }),
    );

    const facts = expectOk(await app.call(token, 'rights.facts', { clientId }));
    expect(facts).toMatchObject({
      birthDate: '1979-02-14',
      sex: 'female',
      medical: [{ weightedPercent: 65, incapacityPercent: 74 }],
    });
    expect(facts.incomes.map((i) => i.income)).toEqual(['1200.00', '1200.00', '1200.00']);

    for (const date of ['2022-06-01', '2026-03-01']) {
      const server = expectOk(await app.call(token, 'rights.scan', { clientId, date }));
      expect(scanClient(facts, date)).toEqual(server);
    }
  });

  it('is logged as a read of medical data, for any role, and refused for an unknown client', async () => {
    const medicalReads = async () =>
      expectOk(await app.call(token, 'audit.client', { clientId })).filter((r) => r.action === 'read_medical').length;
    const before = await medicalReads();
    expectOk(await app.call(token, 'rights.facts', { clientId }));
    expectOk(await app.call(await logInAs(app, 'staff'), 'rights.facts', { clientId }));
    expect(await medicalReads()).toBe(before + 2);
    expect((await app.call(token, 'rights.facts', { clientId: 999 })).ok).toBe(false);
  });
});
