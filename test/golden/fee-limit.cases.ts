// Golden cases for the fee cap (Amendment 161), from the NII page "חישוב התשלום המקסימלי שמותר לגבות ממך" (from 01.01.2024).
const base = {
  date: '2024-06-01',
  benefit: 'general_disability',
  representative: 'other',
  informationSheetGiven: true,
} as const;

export const feeLimitCases = [
  {
    name: 'filing a claim: 10.25% of the average benefit over 60 months',
    input: { ...base, averageMonthlyBenefit: '3000' },
    expected: { eligible: true, amount: '18450.00', details: { openingFee: '907.00', percent: '10.25' } },
    source: '3000 × 60 × 10.25% = 18,450; opening fee 907 (btl jishuvMaksimun, 2024)',
  },
  {
    name: 'a low average benefit allows a second opening fee',
    input: { ...base, averageMonthlyBenefit: '1000' },
    expected: { amount: '7057.00' },
    source: '1000 × 60 × 10.25% = 6,150, plus 907 because 1,000 < 1,360',
  },
  {
    name: 'no information sheet: 85% of the cap',
    input: { ...base, averageMonthlyBenefit: '3000', informationSheetGiven: false },
    expected: { amount: '15682.50' },
    source: '18,450 × 85% (kolzchut "הגבלת שכר טרחה")',
  },
  {
    name: 'a lawyer through the medical committees: 12.75%',
    input: { ...base, representative: 'lawyer', stage: 'committees', averageMonthlyBenefit: '3000' },
    expected: { amount: '22950.00', details: { percent: '12.75' } },
    source: '3000 × 60 × 12.75%',
  },
  {
    name: 'work injury grant, with and without an opening fee',
    input: { ...base, benefit: 'work_injury', workInjuryGrant: '50000' },
    expected: { amount: '6500.00', details: { percent: '13.00' } },
    source: '13% of the grant with an opening fee',
  },
  {
    name: 'work injury grant without an opening fee',
    input: { ...base, benefit: 'work_injury', workInjuryGrant: '50000', chargesOpeningFee: false },
    expected: { amount: '7000.00', details: { percent: '14.00', openingFee: '0.00' } },
    source: '14% of the grant without an opening fee',
  },
  {
    name: 'seven working days to cancel, over Pesach 5786 and two weekends',
    input: { ...base, averageMonthlyBenefit: '3000', signedDate: '2026-03-31', retroactive: '20000' },
    expected: { details: { cancellationUntil: '2026-04-13', maxFromRetroactiveAtOnce: '12000.00' } },
    source: 'Apr 1, 5, 6, 7, 9, 12, 13 are working days; Apr 2 and 8 are Pesach I and VII; 60% of 20,000',
  },
  {
    name: 'a benefit the amendment does not cover',
    input: { ...base, benefit: 'old_age', averageMonthlyBenefit: '3000' },
    expected: { eligible: null, amount: null, details: { covered: false } },
    source:
      'NII "הגבלת שכר טרחה: טיפול בתביעה": the amendment applies to general disability, work injury, special services, mobility, disabled child, volunteers, rehabilitation, ringworm and polio',
  },
] as const;
