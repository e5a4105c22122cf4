// Parameter packs: a signed pack changes the figures from its own dates on and nothing before; a
// tampered, unsigned or foreign-signed pack is refused unless the owner accepts it explicitly; a value
// that does not fit its parameter's schema is refused naming the field; the built-in parameters
// exported as a pack read back to the same values.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPack, clearPacks, exportPack, readPack, type PackFile } from '../../shared/rules/packs/pack';
import { parameters } from '../../shared/rules/registry';
import { runnerFor, staleNotice } from './rules-golden-harness';
import { PACK_2027, PACK_SOURCE_2027, signedByTestPublisher, TEST_PUBLISHER } from '../support/packs';

const run = runnerFor('general-disability');
const man = {
  birthDate: '1975-05-01',
  sex: 'male',
  resident: true,
  housewife: false,
  weightedMedicalPercent: 70,
  maxImpairmentPercent: 40,
  monthlyWorkIncome: 0,
};
const full = (date: string) => run({ ...man, date, incapacityPercent: 100 }).amount;
const at74 = (date: string) => run({ ...man, date, incapacityPercent: 74 }).amount;

/** The test trusts only its throwaway publisher. */
const trusted = [TEST_PUBLISHER];
const SOURCE = PACK_SOURCE_2027;
const pack2027: PackFile = {
  ...PACK_2027,
  values: [
    ...PACK_2027.values,
    {
      parameter: 'disability.general.partialDegreePension',
      from: '2027-01-01',
      value: { '60': '2810', '65': '2992', '74': '3320' },
      source: SOURCE,
    },
  ],
};
const signed = signedByTestPublisher;

afterEach(() => clearPacks());

describe('parameter packs', () => {
  it('a signed 2027 pack changes the amounts from 2027-01-01 on, and nothing before', () => {
    const before = ['2024-06-01', '2025-06-01', '2026-06-01', '2026-12-31'].map((d) => [full(d), at74(d)]);
    const answer = readPack(signed(pack2027), { trustedKeys: trusted });
    expect(answer).toMatchObject({ ok: true, pack: { id: 'nii-2027-01', signedBy: 'test-publisher' } });
    if (!answer.ok) return;
    applyPack(answer.pack);
    expect(['2024-06-01', '2025-06-01', '2026-06-01', '2026-12-31'].map((d) => [full(d), at74(d)])).toEqual(before);
    expect([full('2027-01-01'), at74('2027-01-01'), full('2027-08-01')]).toEqual(['4871.00', '3320.00', '4871.00']);
    // The 2027 figures are the latest known: no notice calls them out of date in 2027.
    expect(staleNotice(run({ ...man, date: '2027-03-01', incapacityPercent: 100 }))).not.toContain(
      'קצבת נכות כללית מלאה ליחיד',
    );
  });

  it('refuses a pack changed after it was signed, an unsigned one, and one signed by an unknown key', () => {
    const tampered = JSON.parse(signed(pack2027)) as PackFile;
    tampered.values[0]!.value = '9871';
    expect(readPack(JSON.stringify(tampered), { trustedKeys: trusted })).toMatchObject({
      ok: false,
      error: { field: 'signature' },
    });
    expect(readPack(JSON.stringify(pack2027), { trustedKeys: trusted })).toMatchObject({
      ok: false,
      error: { field: 'signature', message: expect.stringContaining('אינה חתומה') },
    });
    // The app's own publisher key does not know this test key.
    expect(readPack(signed(pack2027))).toMatchObject({ ok: false, error: { field: 'signature' } });
    expect(full('2027-01-01')).toBe('4711.00');
  });

  it("accepts an unsigned pack only on the owner's explicit override, and says it is unsigned", () => {
    expect(readPack(JSON.stringify(pack2027), { acceptUnsigned: true })).toMatchObject({
      ok: true,
      pack: { signedBy: null },
    });
  });

  it('refuses a value that does not fit its parameter, naming the field', () => {
    const bad = (value: unknown, parameter = 'disability.general.fullPension') =>
      readPack(signed({ ...pack2027, values: [{ parameter, from: '2027-01-01', value, source: SOURCE }] }), {
        trustedKeys: trusted,
      });
    expect(bad(4871)).toMatchObject({ ok: false, error: { field: 'values[0].value' } });
    expect(bad({ '60': '2810', '65': '2992' }, 'disability.general.partialDegreePension')).toMatchObject({
      ok: false,
      error: { field: 'values[0].value.74' },
    });
    expect(bad('1', 'no.such.parameter')).toMatchObject({ ok: false, error: { field: 'values[0].parameter' } });
    expect(readPack('{"format":"other"}')).toMatchObject({ ok: false, error: { field: 'format' } });
  });

  it('the built-in parameters exported as a pack read back to the same values (the format round trip)', () => {
    const answer = readPack(signed(exportPack({ id: 'built-in', title: 'הערכים המובנים', issued: '2026-12-02' })), {
      trustedKeys: trusted,
    });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const back = answer.pack.values.map(({ parameter, value: { pack: _pack, ...v } }) => ({ parameter, ...v }));
    const built = parameters.flatMap((p) => p.values.map((v) => ({ parameter: p.name, ...v })));
    expect(back).toHaveLength(built.length);
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(built)));
  });
});
