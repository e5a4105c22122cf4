// scanClient on plain facts: which calculators it tries for which file, the inputs it derives
// (incomes, employment, family, events), the facts it names as missing, and the what-if extras.
import { describe, expect, it } from 'vitest';
import type { ClientFacts } from '../../shared/rules/scan/facts';
import { scanClient, type ScanResult } from '../../shared/rules/scan/scan-client';

const base: ClientFacts = {
  birthDate: '1985-06-15',
  sex: 'female',
  maritalStatus: 'married',
  residency: 'resident',
  isHousewife: false,
  family: [],
  employment: [],
  incomes: [],
  medical: [],
  events: [],
  claims: [],
};
const facts = (more: Partial<ClientFacts>): ClientFacts => ({ ...base, ...more });

/** The same income every month from `first` to `last` (YYYY-MM). */
function monthly(first: string, last: string, income: string): ClientFacts['incomes'] {
  const rows: ClientFacts['incomes'] = [];
  for (
    let [y, m] = first.split('-').map(Number) as [number, number];
    `${y}-${String(m).padStart(2, '0')}` <= last;
    m === 12 ? ((m = 1), y++) : m++
  ) {
    rows.push({ month: `${y}-${String(m).padStart(2, '0')}`, source: 'employee', income });
  }
  return rows;
}

const only = (result: ScanResult, calculator: string) => {
  const found = result.rights.filter((r) => r.calculator === calculator);
  expect(found, calculator).toHaveLength(1);
  return found[0]!;
};

describe('scanClient', () => {
  it('tries general disability for an adult without a committee and names what a committee would give', () => {
    const right = only(
      scanClient(facts({ employment: [{ kind: 'employee', startDate: '2020-01-01', endDate: null }] }), '2023-03-01'),
      'general-disability',
    );
    expect(right).toMatchObject({
      verdict: 'maybe',
      result: null,
      missing: ['medical.weightedPercent', 'medical.incapacityPercent', 'incomes.income'],
    });
    expect(right.missing).not.toContain('client.residency');
  });

  it('says "no" for a non-resident once the medical facts are known, and asks for residency when it is not recorded', () => {
    const medical: ClientFacts['medical'] = [
      {
        committeeDate: '2022-01-10',
        weightedPercent: 70,
        incapacityPercent: 100,
        isPermanent: true,
        validUntil: null,
        specialServicesPercent: null,
        mobilityLimitationPercent: null,
        impairments: [],
      },
    ];
    const notWorking: ClientFacts['employment'] = [{ kind: 'not_working', startDate: '2021-01-01', endDate: null }];
    expect(
      only(
        scanClient(facts({ residency: 'non_resident', medical, employment: notWorking }), '2022-06-01'),
        'general-disability',
      ).verdict,
    ).toBe('no');
    expect(
      only(scanClient(facts({ residency: null, medical, employment: notWorking }), '2022-06-01'), 'general-disability')
        .missing,
    ).toEqual(['client.residency']);
  });

  it('pays maternity for a child born in the last year from the months with income before the birth', () => {
    const result = scanClient(
      facts({
        family: [{ id: 7, relation: 'child', birthDate: '2022-05-10', monthlyIncome: null, isDependant: true }],
        incomes: monthly('2020-07', '2022-04', '9000'),
      }),
      '2022-09-01',
    );
    const right = only(result, 'maternity');
    // Seed 001: contributions for 10 of the 14 months → 14 weeks; 100% of the daily wage (27,000 ÷ 90 = 300).
    expect(right).toMatchObject({
      verdict: 'eligible',
      about: { record: 'family', id: 7, date: '2022-05-10' },
      assumed: ['employment.endDate'],
      result: { amount: '300.00', unit: 'day', details: { weeks: 14 } },
    });
    expect(result.deadlines.map((d) => [d.kind, d.details.dueDate])).toContainEqual(['maternity-claim', '2023-05-10']);
  });

  it('asks for the incomes when the months before a birth have none recorded, rather than counting them as none', () => {
    const right = only(
      scanClient(
        facts({ family: [{ relation: 'child', birthDate: '2022-05-10', monthlyIncome: null, isDependant: true }] }),
        '2022-09-01',
      ),
      'maternity',
    );
    expect(right).toMatchObject({ verdict: 'maybe', missing: ['incomes.income'] });
  });

  it('counts unemployment from the start of the unemployment, with the insured months before it', () => {
    const result = scanClient(
      facts({
        employment: [
          { kind: 'employee', startDate: '2015-01-01', endDate: '2022-12-31' },
          { kind: 'unemployed', startDate: '2023-01-01', endDate: null },
        ],
        incomes: monthly('2021-07', '2022-12', '8000'),
      }),
      '2023-02-01',
    );
    const right = only(result, 'unemployment');
    expect(right).toMatchObject({ verdict: 'eligible', about: { record: 'employment', date: '2023-01-01' } });
    expect(right.result!.details).toMatchObject({ maxDays: 138 });
  });

  it('works out reserve-duty days from the service dates and the income of the three months before', () => {
    const result = scanClient(
      facts({
        employment: [{ kind: 'employee', startDate: '2015-01-01', endDate: null }],
        incomes: monthly('2023-07', '2023-09', '10000'),
        events: [{ id: 3, kind: 'reserve_duty', eventDate: '2023-10-08', endDate: '2023-10-17', days: null }],
      }),
      '2023-12-01',
    );
    // 30,000 ÷ 90 = 333.33 a day, between seed 002's minimum (215.17) and maximum (1,582.17); 10 days.
    expect(only(result, 'reserve-duty')).toMatchObject({
      verdict: 'eligible',
      result: { amount: '333.33', details: { total: '3333.33' } },
    });
  });

  it('reads a work-injury committee as work disability, and a permanent degree opens rehabilitation', () => {
    const medical: ClientFacts['medical'] = [
      {
        committeeKind: 'work_injury_first_tier',
        committeeDate: '2022-02-01',
        weightedPercent: 15,
        incapacityPercent: null,
        isPermanent: true,
        validUntil: null,
        specialServicesPercent: null,
        mobilityLimitationPercent: null,
        impairments: [],
      },
    ];
    const result = scanClient(facts({ medical }), '2022-03-01');
    expect(only(result, 'work-disability')).toMatchObject({
      verdict: 'eligible',
      benefit: 'work_injury',
      result: { details: { kind: 'grant' } },
    });
    expect(result.deadlines.map((d) => d.kind)).toEqual(['medical-committee-appeal', 'work-rehabilitation-claim']);
    // A work-injury committee is not a general-disability determination.
    expect(only(result, 'general-disability').missing).toContain('medical.weightedPercent');
  });

  it('asks a widow for the deceased’s insured months, and takes them from a what-if', () => {
    const widow = facts({
      maritalStatus: 'widowed',
      family: [{ relation: 'child', birthDate: '2012-01-01', monthlyIncome: null, isDependant: true }],
    });
    expect(only(scanClient(widow, '2022-06-01'), 'survivors')).toMatchObject({
      verdict: 'maybe',
      missing: ['family.deceased.insuredMonths'],
    });
    const given = only(scanClient({ ...widow, extra: { deceasedInsuredMonths: 200 } }, '2022-06-01'), 'survivors');
    expect(given.verdict).toBe('eligible');
    expect(given.missing).toEqual([]);
  });

  it('takes facts the store does not hold from a what-if: not assumed once given', () => {
    const medical: ClientFacts['medical'] = [
      {
        committeeDate: '2022-01-10',
        weightedPercent: 80,
        incapacityPercent: 100,
        isPermanent: true,
        validUntil: null,
        specialServicesPercent: 188,
        mobilityLimitationPercent: null,
        impairments: [],
      },
    ];
    const file = facts({ medical, employment: [{ kind: 'not_working', startDate: '2021-01-01', endDate: null }] });
    expect(only(scanClient(file, '2022-06-01'), 'special-services')).toMatchObject({
      verdict: 'eligible',
      assumed: ['client.inInstitution'],
      result: { amount: '5641.00' },
    });
    expect(
      only(scanClient({ ...file, extra: { inInstitution: true } }, '2022-06-01'), 'special-services'),
    ).toMatchObject({ verdict: 'no', assumed: [] });
  });

  it('offers income support to someone without work; beside a pension found payable only for the meantime, and not beside one paid', () => {
    const notWorking: ClientFacts['employment'] = [{ kind: 'not_working', startDate: '2021-01-01', endDate: null }];
    const single = facts({ maritalStatus: 'single', employment: notWorking });
    // Seed 001 table, January 2014 (the last value known): a single person of 20–55, 1,730 ₪.
    expect(only(scanClient(single, '2022-06-01'), 'income-support')).toMatchObject({
      verdict: 'eligible',
      result: { amount: '1730.00' },
    });
    const medical: ClientFacts['medical'] = [
      {
        committeeDate: '2022-01-10',
        weightedPercent: 70,
        incapacityPercent: 100,
        isPermanent: true,
        validUntil: null,
        specialServicesPercent: null,
        mobilityLimitationPercent: null,
        impairments: [],
      },
    ];
    const disabled = scanClient({ ...single, medical }, '2022-06-01');
    expect(only(disabled, 'general-disability').verdict).toBe('eligible');
    expect(only(disabled, 'income-support').result!.reasons.at(-1)!.text).toContain('אם תאושר, הקצבה תיחשב כהכנסה');
    const paid = scanClient(
      {
        ...single,
        medical,
        claims: [{ benefit: 'general_disability', status: 'decided', decidedDate: '2022-03-01', outcome: 'approved' }],
      },
      '2022-06-01',
    );
    expect(paid.rights.some((r) => r.calculator === 'income-support')).toBe(false);
  });

  it('says an assumption once: the calculator’s own words where it has them, the scan’s otherwise', () => {
    const medical: ClientFacts['medical'] = [
      {
        committeeDate: '2022-01-10',
        weightedPercent: 80,
        incapacityPercent: 100,
        isPermanent: true,
        validUntil: null,
        specialServicesPercent: 50,
        mobilityLimitationPercent: null,
        impairments: [],
      },
    ];
    const result = scanClient(
      facts({ medical, employment: [{ kind: 'not_working', startDate: '2021-01-01', endDate: null }] }),
      '2022-06-01',
    );
    for (const calculator of ['general-disability', 'special-services']) {
      const right = only(result, calculator);
      expect(right.assumed).toEqual(['client.inInstitution']);
      expect(
        right.result!.reasons.filter((r) => r.text.includes('שוהה במוסד')),
        calculator,
      ).toHaveLength(1);
    }
  });

  it('offers nursing only from retirement age and when the file points to it', () => {
    const old = facts({
      birthDate: '1950-01-01',
      claims: [{ benefit: 'nursing', status: 'draft', decidedDate: null, outcome: null }],
    });
    expect(only(scanClient(old, '2022-06-01'), 'nursing')).toMatchObject({
      verdict: 'maybe',
      missing: ['client.nursingDependency'],
    });
    expect(only(scanClient({ ...old, extra: { nursingDependency: 'full' } }, '2022-06-01'), 'nursing').verdict).toBe(
      'eligible',
    );
    expect(scanClient(facts({ claims: old.claims }), '2022-06-01').rights.some((r) => r.calculator === 'nursing')).toBe(
      false,
    );
  });

  it('before the first known values (2014) says why, rather than listing every right as missing a date', () => {
    const result = scanClient(
      facts({ maritalStatus: 'single', employment: [{ kind: 'not_working', startDate: '2010-01-01', endDate: null }] }),
      '2013-06-01',
    );
    expect(result.rights.map((r) => r.calculator)).toEqual(['general-disability']);
    expect(result.warnings.some((w) => w.includes('הבטחת הכנסה') && w.includes('לפני 2014-01-01'))).toBe(true);
  });

  it('drops a claim period once the claim is filed, and appeals once the decision is closed', () => {
    const injury: ClientFacts['events'] = [{ kind: 'work_injury', eventDate: '2022-05-01', endDate: null, days: 10 }];
    expect(scanClient(facts({ events: injury }), '2022-06-01').deadlines.map((d) => d.kind)).toEqual([
      'work-injury-claim',
    ]);
    const filed = [{ benefit: 'work_injury', status: 'filed', decidedDate: null, outcome: null }];
    expect(scanClient(facts({ events: injury, claims: filed }), '2022-06-01').deadlines).toEqual([]);
    const closed = [
      { benefit: 'general_disability', status: 'closed', decidedDate: '2022-05-01', outcome: 'rejected' },
    ];
    expect(scanClient(facts({ claims: closed }), '2022-06-01').deadlines).toEqual([]);
  });

  it('opens a general-disability claim period from an illness below retirement age, none after it, and still offers general disability', () => {
    const illness: ClientFacts['events'] = [{ kind: 'illness', eventDate: '2022-05-01', endDate: null, days: null }];
    const result = scanClient(facts({ events: illness }), '2022-06-01');
    expect(result.deadlines.map((d) => [d.kind, d.details.dueDate])).toEqual([
      ['general-disability-claim', '2023-05-01'],
    ]);
    expect(result.rights.map((r) => r.calculator)).toContain('general-disability');
    const retired = facts({ events: illness, birthDate: '1950-01-01' });
    expect(scanClient(retired, '2022-06-01').deadlines).toEqual([]);
    const filed = [{ benefit: 'general_disability', status: 'filed', decidedDate: null, outcome: null }];
    expect(scanClient(facts({ events: illness, claims: filed }), '2022-06-01').deadlines).toEqual([]);
  });
});
