// The rights panel's pure mappings: display of the rules' answers, the what-if copy of the facts,
// the what-if form's texts, the drill-down's inputs and the missing-fact links.
import { describe, expect, it } from 'vitest';
import type { ClientFacts } from '../../shared/rules/scan/facts';
import { scanClient } from '../../shared/rules/scan/scan-client';
import { runByName } from '../../shared/rules/run';
import type { RuleResult } from '../../shared/rules/types';
/* eslint-disable boundaries/dependencies -- these renderer modules are pure (no React, no DOM, no I/O); the layer
   rule has no allowance for tests of renderer code, and the panel's mappings deserve unit tests. */
import { calcFields, inputOf, inputTexts } from '../../renderer/pages/client-file/rights/calcInputs';
import {
  deadlineView,
  detailRows,
  formatMoney,
  withDisplayDates,
  withReadableAddresses,
} from '../../renderer/pages/client-file/rights/display';
import { factLink } from '../../renderer/pages/client-file/rights/factLinks';
import { scanInput } from '../../renderer/pages/client-file/rights/scanInput';
import { applyWhatIf, changesFrom, whatIfOf } from '../../renderer/pages/client-file/rights/whatIf';
import { fromTexts, toTexts } from '../../renderer/pages/client-file/rights/whatIfText';
import rightsHe from '../../renderer/locales/rights.he.json';
/* eslint-enable boundaries/dependencies */
import { calculators } from '../../shared/rules/registry';

const DATE = '2022-06-01';

/** A 47-year-old man with a full-degree determination and no work income in the last three months. */
function disabledMan(): ClientFacts {
  return {
    birthDate: '1975-05-01',
    sex: 'male',
    maritalStatus: 'single',
    residency: 'resident',
    isHousewife: false,
    family: [{ relation: 'child', birthDate: '2000-01-01', monthlyIncome: null, isDependant: false }],
    employment: [],
    incomes: ['2022-03', '2022-04', '2022-05'].map((month) => ({ month, source: 'employee', income: '0.00' })),
    medical: [
      {
        committeeDate: '2022-01-10',
        weightedPercent: 70,
        incapacityPercent: 100,
        isPermanent: true,
        validUntil: null,
        specialServicesPercent: null,
        mobilityLimitationPercent: null,
        impairments: [{ percent: 40 }, { percent: 30 }],
      },
    ],
    events: [],
    claims: [],
  };
}

const disability = (facts: ClientFacts) =>
  scanClient(facts, DATE).rights.find((r) => r.calculator === 'general-disability')!;

describe('display', () => {
  it('formats decimal strings as shekels with thousands separators, exactly', () => {
    expect(formatMoney('4747.00')).toMatch(/^\u200f?4,747\.00\s\u200f?₪$/);
    expect(formatMoney('1234567.89')).toContain('1,234,567.89');
    expect(formatMoney('0.10')).toContain('0.10');
  });

  it('rewrites ISO dates in the rules’ sentences as dd/mm/yyyy and leaves other numbers alone', () => {
    expect(withDisplayDates('עד 2026-07-15, כלומר 12 חודשים מ-2025-07-15.')).toBe(
      'עד 15/07/2026, כלומר 12 חודשים מ-15/07/2025.',
    );
    expect(withDisplayDates('בל/7801 ו-2023-02-30')).toBe('בל/7801 ו-2023-02-30');
  });

  it('writes a source’s percent-encoded Hebrew web address in Hebrew, and leaves a broken one as it is', () => {
    expect(withReadableAddresses('(nhn.co.il, https://nhn.co.il/%D7%A0%D7%9B%D7%95%D7%AA-2026/)')).toBe(
      '(nhn.co.il, https://nhn.co.il/נכות-2026/)',
    );
    expect(withReadableAddresses('https://example.org/%E0%A4%A')).toBe('https://example.org/%E0%A4%A');
  });

  it('shows details by kind: money, percent, date, yes/no, nested', () => {
    const rows = detailRows({
      base: '3700.00',
      spouseSupplement: null,
      paidPercent: 65,
      retirementDate: '2042-05-01',
      capped: true,
      halfRateCash: { percent: 50, amount: '100.00' },
    });
    expect(rows.map((r) => [r.key, r.value.kind])).toEqual([
      ['base', 'money'],
      ['spouseSupplement', 'none'],
      ['paidPercent', 'percent'],
      ['retirementDate', 'date'],
      ['capped', 'yes'],
      ['halfRateCash', 'list'],
    ]);
    expect(rows[2]!.value).toEqual({ kind: 'percent', text: '65%' });
    expect(rows[3]!.value).toEqual({ kind: 'date', text: '01/05/2042' });
  });

  it('shows a deadline moved past a rest day with the day it really ended', () => {
    // Six months from 31/08/2025 end on Saturday 28/02/2026, so the deadline moves to Sunday.
    const answer = runByName('deadline', { kind: 'claims-committee', from: '2025-08-31' }) as RuleResult;
    const view = deadlineView(answer, '2026-02-20');
    expect(view.title).toBe(
      'פנייה לוועדת התביעות, מיום קבלת החלטת פקיד התביעות (הפנייה אינה מאריכה את המועד לבית הדין)',
    );
    expect(view.dueDate).toBe('2026-03-01');
    expect(view.moved).toEqual({ from: '2026-02-28', names: ['שבת'] });
    expect(view.daysLeft).toBe(9);
  });
});

describe('what-if', () => {
  it('reads the values the stored facts give on the date', () => {
    expect(whatIfOf(disabledMan(), DATE)).toEqual({
      incapacityPercent: 100,
      weightedPercent: 70,
      maxImpairmentPercent: 40,
      specialServicesPercent: null,
      monthlyIncome: '0.00',
      maritalStatus: 'single',
      spouseIncome: null,
      children: 0,
      inInstitution: null,
      insuredYears: null,
      nursingDependency: null,
      medicalCheckWithin72h: null,
      deceasedInsuredMonths: null,
    });
  });

  it('gives the facts the file does not hold through `extra`, and takes them back', () => {
    const facts = applyWhatIf(disabledMan(), DATE, { inInstitution: true, nursingDependency: 'full' });
    expect(facts.extra).toEqual({ inInstitution: true, nursingDependency: 'full' });
    expect(whatIfOf(facts, DATE)).toMatchObject({ inInstitution: true, nursingDependency: 'full', insuredYears: null });
    expect(applyWhatIf(facts, DATE, { inInstitution: null }).extra).toEqual({ nursingDependency: 'full' });
  });

  it('changes only a copy, and the scan on it moves the amount', () => {
    const facts = disabledMan();
    const before = JSON.stringify(facts);
    const base = whatIfOf(facts, DATE);
    expect(disability(facts)).toMatchObject({ verdict: 'eligible', result: { amount: '3700.00' } });

    const partial = applyWhatIf(facts, DATE, changesFrom(base, { ...base, incapacityPercent: 65 }));
    expect(JSON.stringify(facts)).toBe(before);
    expect(disability(partial).result?.amount).toBe('2405.00'); // 65% × 3,700

    const family = applyWhatIf(facts, DATE, { maritalStatus: 'married', spouseIncome: '0.00', children: 3 });
    expect(disability(family).result?.amount).toBe('6800.00'); // golden case: 3,700 + 1,192 + 2 × 954
  });

  it('turns the verdict to no when the incapacity falls under the threshold', () => {
    const facts = applyWhatIf(disabledMan(), DATE, { incapacityPercent: 40 });
    expect(disability(facts).verdict).toBe('no');
  });

  it('settles general disability with the highest single impairment when the weighted percent is 40–59%', () => {
    const unknown = applyWhatIf(disabledMan(), DATE, { weightedPercent: 45, maxImpairmentPercent: null });
    expect(disability(unknown)).toMatchObject({
      verdict: 'maybe',
      missing: expect.arrayContaining(['medical.impairments']),
    });
    expect(disability(applyWhatIf(unknown, DATE, { maxImpairmentPercent: 30 })).verdict).toBe('eligible');
    expect(disability(applyWhatIf(unknown, DATE, { maxImpairmentPercent: 20 })).verdict).toBe('no');
  });

  it('keeps single impairments within a lowered weighted percent', () => {
    const facts = applyWhatIf(disabledMan(), DATE, { weightedPercent: 35 });
    expect(facts.medical[0]!.impairments.map((i) => i.percent)).toEqual([35, 30]);
    expect(disability(facts).verdict).toBe('no');
  });

  it('adds a determination on the date when the file has none', () => {
    const facts = { ...disabledMan(), medical: [] };
    const changed = applyWhatIf(facts, DATE, { incapacityPercent: 80 });
    expect(changed.medical).toHaveLength(1);
    expect(changed.medical[0]).toMatchObject({ committeeDate: DATE, incapacityPercent: 80, weightedPercent: null });
  });

  it('a monthly income stands for each of the three months before the date', () => {
    const facts = applyWhatIf(disabledMan(), DATE, { monthlyIncome: '1500.00' });
    expect(whatIfOf(facts, DATE).monthlyIncome).toBe('1500.00');
    expect(facts.incomes.filter((i) => i.month >= '2022-03')).toHaveLength(3);
  });

  it('a single client has no spouse; a married one gets one with the given income', () => {
    const married = applyWhatIf(disabledMan(), DATE, { maritalStatus: 'married', spouseIncome: '1000.00' });
    expect(married.family.filter((f) => f.relation === 'spouse')).toEqual([
      { relation: 'spouse', birthDate: null, monthlyIncome: '1000.00', isDependant: false },
    ]);
    const divorced = applyWhatIf(married, DATE, { maritalStatus: 'divorced' });
    expect(divorced.family.some((f) => f.relation === 'spouse')).toBe(false);
  });
});

describe('what-if texts', () => {
  const base = whatIfOf(disabledMan(), DATE);

  it('round-trips the stored values without any change', () => {
    const { values, errors } = fromTexts(toTexts(base), base);
    expect(errors).toEqual({});
    expect(changesFrom(base, values)).toEqual({});
  });

  it('reads typed values, two-place amounts and an emptied field as unknown', () => {
    const { values } = fromTexts(
      { ...toTexts(base), incapacityPercent: ' 65 ', monthlyIncome: '1,500', weightedPercent: '' },
      base,
    );
    expect(changesFrom(base, values)).toEqual({
      incapacityPercent: 65,
      monthlyIncome: '1500.00',
      weightedPercent: null,
    });
  });

  it('reads yes/no and choice fields', () => {
    const { values } = fromTexts(
      {
        ...toTexts(base),
        inInstitution: 'false',
        medicalCheckWithin72h: 'true',
        nursingDependency: 'large',
        insuredYears: '12',
      },
      base,
    );
    expect(changesFrom(base, values)).toEqual({
      inInstitution: false,
      medicalCheckWithin72h: true,
      nursingDependency: 'large',
      insuredYears: 12,
    });
  });

  it('names the field that cannot be read and keeps the stored value for it', () => {
    const { values, errors } = fromTexts(
      { ...toTexts(base), incapacityPercent: '120', spouseIncome: '-5', children: 'שניים' },
      base,
    );
    expect(errors).toEqual({
      incapacityPercent: 'percentInvalid',
      spouseIncome: 'amountInvalid',
      children: 'countInvalid',
    });
    expect(changesFrom(base, values)).toEqual({});
  });
});

describe('calculation drill-down inputs', () => {
  const fields = calcFields('general-disability');

  it('lists the calculator’s own inputs with a kind for each', () => {
    const kinds = Object.fromEntries(fields.map((f) => [f.name, f.kind]));
    expect(kinds).toMatchObject({
      date: 'date',
      birthDate: 'date',
      sex: 'choice',
      resident: 'boolean',
      incapacityPercent: 'number',
      monthlyWorkIncome: 'money',
      spouse: 'presence',
      'spouse.monthlyIncome': 'money',
    });
    expect(fields.find((f) => f.name === 'children')?.required).toBe(false);
  });

  it('turns the scan’s input into texts and back into the same input', () => {
    const input = {
      date: DATE,
      birthDate: '1975-05-01',
      sex: 'male',
      resident: true,
      housewife: false,
      weightedMedicalPercent: 70,
      maxImpairmentPercent: 40,
      incapacityPercent: 100,
      monthlyWorkIncome: '0.00',
      spouse: { monthlyIncome: '0' },
      children: 2,
    };
    const texts = inputTexts(fields, input);
    expect(texts.date).toBe('01/06/2022');
    expect([texts.spouse, texts['spouse.monthlyIncome']]).toEqual(['true', '0']);
    expect(inputOf(fields, texts)).toEqual({ input, errors: {} });
  });

  it('reports empty required fields and unreadable numbers by name', () => {
    const { errors } = inputOf(fields, { date: '01/06/2022', incapacityPercent: 'מלא', spouse: 'true' });
    expect(errors).toMatchObject({ birthDate: 'required', incapacityPercent: 'numberInvalid' });
    expect(errors.children).toBeUndefined();
  });
});

describe('the scan’s input for a right', () => {
  it('is what the scan fed the calculator, rebuilt from the same facts', () => {
    const facts = disabledMan();
    const input = scanInput(facts, DATE, disability(facts));
    expect(input).toMatchObject({
      date: DATE,
      birthDate: '1975-05-01',
      weightedMedicalPercent: 70,
      maxImpairmentPercent: 40,
      incapacityPercent: 100,
      monthlyWorkIncome: '0.00',
    });
    expect(runByName('general-disability', input)).toMatchObject({ eligible: true, amount: '3700.00' });
  });
});

describe('missing-fact links', () => {
  it('opens the tab that holds the fact, with the fact to focus', () => {
    expect(factLink(7, 'medical.incapacityPercent')).toBe('/clients/7/medical?focus=medical.incapacityPercent');
    expect(factLink(7, 'client.residency')).toBe('/clients/7/details?focus=client.residency');
    expect(factLink(7, 'incomes.income')).toBe('/clients/7/work?focus=incomes.income');
    expect(factLink(7, 'family.spouse.monthlyIncome')).toBe('/clients/7/family?focus=family.spouse.monthlyIncome');
    expect(factLink(7, 'consents.medical_waiver')).toBe('/clients/7/representation?focus=consents.medical_waiver');
  });

  it('has no link for a question the calculator asks in words', () => {
    expect(factLink(7, 'גיל הפרישה של המבוטחת לפי חודש לידתה')).toBeNull();
  });
});

// The calculator dialog asks every parameter in Hebrew, and a structured input (a spouse) through its own fields, never as JSON.
/** Calculators that are not rights (dates, caps, arrears): the rights panel never opens them in the dialog. */
const NOT_RIGHTS = ['deadline', 'fee-limit', 'retroactive'];
const rights = Object.keys(calculators).filter((name) => !NOT_RIGHTS.includes(name));

describe('calculator dialog inputs', () => {
  it('labels every parameter and every choice of every right in Hebrew, with no JSON field', () => {
    const missing: string[] = [];
    for (const name of rights) {
      for (const field of calcFields(name)) {
        expect(field.kind, `${name}.${field.name}`).not.toBe('json');
        if (!(field.label in rightsHe.inputs)) missing.push(`${name}: ${field.label}`);
        for (const value of field.values ?? [])
          if (!(value in rightsHe.inputValues)) missing.push(`${name}: ${field.name}=${value}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('asks for a spouse through fields and gives the calculator the spouse object', () => {
    const fields = calcFields('general-disability');
    expect(fields.filter((f) => f.name.startsWith('spouse')).map((f) => [f.name, f.kind])).toEqual([
      ['spouse', 'presence'],
      ['spouse.monthlyIncome', 'money'],
    ]);
    const texts = inputTexts(fields, { spouse: { monthlyIncome: '3200' } });
    expect([texts.spouse, texts['spouse.monthlyIncome']]).toEqual(['true', '3200']);
    expect(inputOf(fields, { ...texts, 'spouse.monthlyIncome': '4100.50' }).input.spouse).toEqual({
      monthlyIncome: '4100.50',
    });
    // No spouse: the object is left out, whatever its fields still hold.
    expect(inputOf(fields, { ...texts, spouse: 'false' }).input).not.toHaveProperty('spouse');
    expect(inputTexts(fields, {}).spouse).toBe('false');
  });
});
