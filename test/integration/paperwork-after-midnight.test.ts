// A package exported soon after midnight in Israel (still the day before in UTC): every file in it is
// named by the day in Israel, the signed papers as much as the form rendered now.
import { describe, expect, it } from 'vitest';
import { validId } from '../support/ids';
import { demoForFile, ok } from '../support/paperwork-demo';

/** 01:30 on 2 November 2026 in Israel (UTC+2), 23:30 on 1 November in UTC. */
const NOW = new Date('2026-11-01T23:30:00Z');
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const demo = demoForFile(2, 3, NOW);

describe('a package exported after midnight', () => {
  it('names the signed papers by the day in Israel, like the rest of the package', async () => {
    const client = await ok(
      demo().call('clients.create', {
        idNumber: validId('41421356'),
        firstNameHe: 'עדי',
        lastNameHe: 'שלו',
        birthDate: '1980-01-15',
        sex: 'female',
      }),
    );
    const claim = await ok(
      demo().call('claims.create', {
        clientId: client.id,
        benefit: 'general_disability',
        formNumber: null,
        summary: null,
      }),
    );
    for (const template of ['poa', 'medical_waiver'] as const) {
      await ok(
        demo().call('paperwork.sign', {
          clientId: client.id,
          template,
          signerName: 'עדי שלו',
          method: 'drawn',
          signature: PNG,
          device: 'בדיקה',
        }),
      );
    }
    const exported = await ok(demo().call('paperwork.export', { claimId: claim.id }));
    const id = client.idNumber;
    expect(exported.manifest.files.map((f) => f.name)).toEqual([
      `${id}_BL7801_2026-11-02.pdf`,
      `${id}_BL70_2026-11-02.pdf`,
      `${id}_WAIVER_2026-11-02.pdf`,
      `${id}_CHECKLIST_2026-11-02.pdf`,
    ]);
  }, 60_000);
});
