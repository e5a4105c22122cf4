// Golden cases for the injury allowance (דמי פגיעה): input, expected result, and where the
// expectation comes from (the NII rights guide 2014 "ביטוח נפגעי עבודה", public sources).
const employee = { status: 'employee', date: '2014-03-10' } as const;

export const workInjuryAllowanceCases = [
  {
    name: 'employee: 75% of three months’ wages divided by 90',
    input: { ...employee, wagesLast3Months: 36000, incapacityDays: 30 },
    expected: {
      eligible: true,
      amount: '300.00',
      unit: 'day',
      details: { payableDays: 30, total: '9000.00', capped: false },
    },
    source:
      'the NII rights guide 2014 "שיעור התשלום ליום": 75% מהשכר בשלושת החודשים שלפני הפגיעה מחולק ב-90 — 36,000 × 75% / 90 = 300',
  },
  {
    name: 'the total is rounded once, at the end',
    input: { ...employee, wagesLast3Months: 10000, incapacityDays: 30 },
    expected: { amount: '83.33', details: { total: '2500.00' } },
    source: '10,000 × 75% / 90 = 83.333…; × 30 = 2,500.00 (rounding the day first would give 2,499.90)',
  },
  {
    name: 'the 2014 daily maximum, and at most 91 days',
    input: { ...employee, wagesLast3Months: 150000, incapacityDays: 120 },
    expected: { amount: '1094.63', details: { payableDays: 91, total: '99611.33', capped: true } },
    source:
      'the NII rights guide 2014: "עד למקסימום דמי הפגיעה ליום (בינואר 2014 - 1,094.63 ש"ח)"; "לתקופה של עד 91 יום ממחרת יום הפגיעה"; 1,094.63 × 91',
  },
  {
    name: 'employee unable to work less than 12 days: the two days after the injury day are not paid',
    input: { ...employee, wagesLast3Months: 36000, incapacityDays: 10 },
    expected: { amount: '300.00', details: { payableDays: 8, total: '2400.00' } },
    source:
      'the NII rights guide 2014 "דמי פגיעה": "בעד היומיים שלאחר יום הפגיעה משולמים דמי פגיעה רק למי שאינו מסוגל לעבוד 12 יום ומעלה"',
  },
  {
    name: 'employee unable to work 12 days: every day is paid',
    input: { ...employee, wagesLast3Months: 36000, incapacityDays: 12 },
    expected: { details: { payableDays: 12, total: '3600.00' } },
    source: 'the NII rights guide 2014 "דמי פגיעה", as above',
  },
  {
    name: 'self-employed: the first 12 days are not paid',
    input: { status: 'self-employed', date: '2014-03-10', wagesLast3Months: 27000, incapacityDays: 20 },
    expected: { eligible: true, amount: '225.00', details: { payableDays: 8, total: '1800.00' } },
    source:
      'the NII rights guide 2014 "דמי פגיעה": "לעובד עצמאי לא משולמים דמי פגיעה בעד 12 ימי הזכאות הראשונים"; 27,000 × 75% / 90 = 225',
  },
  {
    name: 'self-employed unable to work 10 days: nothing is paid',
    input: { status: 'self-employed', date: '2014-03-10', wagesLast3Months: 27000, incapacityDays: 10 },
    expected: { eligible: false, amount: null, details: { payableDays: 0 } },
    source: 'the NII rights guide 2014 "דמי פגיעה", as above',
  },
  {
    name: 'the 2023 daily maximum',
    input: { ...employee, date: '2023-06-01', wagesLast3Months: 150000, incapacityDays: 30 },
    expected: { amount: '1201.63' },
    source: 'public sources: injury allowance maximum 1,201.63 ₪/day from 2023-01-01 (btl.gov.il)',
  },
  {
    name: 'the 2024 daily maximum',
    input: { ...employee, date: '2024-05-01', wagesLast3Months: 150000, incapacityDays: 30 },
    expected: { amount: '1241.25' },
    source: 'public sources: injury allowance maximum 1,241.25 ₪/day, 2024 (kolzchut)',
  },
  {
    name: '2025: the maximum injury allowance is 1,283.50 a day',
    input: { status: 'employee', date: '2025-03-10', wagesLast3Months: 200000, incapacityDays: 30 },
    expected: { eligible: true, amount: '1283.50', details: { capped: true } },
    source:
      'NII, "Rate of injury allowance per day" (as of 01.01.2025): "maximum injury allowance per day of NIS 1283.50"',
  },
] as const;
