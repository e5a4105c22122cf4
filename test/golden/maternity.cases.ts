// Golden cases for maternity allowance (דמי לידה): input, expected result, and where the
// expectation comes from (the NII rights guide 2014 "ביטוח אמהות › דמי לידה").
const QUALIFYING = 'the NII rights guide 2014 "תנאי הזכאות לדמי לידה"';

export const maternityCases = [
  {
    name: '10 of 14 months: 14 weeks',
    input: { date: '2014-03-10', insuredMonthsLast14: 10, insuredMonthsLast22: 12, dailyWage: 400 },
    expected: { eligible: true, amount: '400.00', unit: 'day', details: { weeks: 14, days: 98, total: '39200.00' } },
    source: `${QUALIFYING}: "10 חודשים מתוך 14 ... זכאית לדמי לידה בעד 14 שבועות"; "שיעור דמי הלידה": 100% מהשכר; 400 × 98`,
  },
  {
    name: '15 of 22 months (9 of 14): 14 weeks',
    input: { date: '2014-03-10', insuredMonthsLast14: 9, insuredMonthsLast22: 15 },
    expected: { eligible: true, amount: null, details: { weeks: 14 }, missing: ['dailyWage'] },
    source: `${QUALIFYING}: "או 15 חודשים מתוך 22 החודשים"`,
  },
  {
    name: '6 of 14 months: 7 weeks',
    input: { date: '2014-03-10', insuredMonthsLast14: 6, insuredMonthsLast22: 10, dailyWage: 400 },
    expected: { eligible: true, amount: '400.00', details: { weeks: 7, days: 49, total: '19600.00' } },
    source: `${QUALIFYING}: "6 חודשים מתוך 14 החודשים ... בעד 7 שבועות"`,
  },
  {
    name: '5 of 14 and 13 of 22: not eligible',
    input: { date: '2014-03-10', insuredMonthsLast14: 5, insuredMonthsLast22: 13, dailyWage: 400 },
    expected: { eligible: false, amount: null, details: { weeks: 0 } },
    source: `${QUALIFYING}: fewer than 6 of 14 and fewer than 15 of 22`,
  },
  {
    name: 'the 2014 daily maximum',
    input: { date: '2014-03-10', insuredMonthsLast14: 14, insuredMonthsLast22: 22, dailyWage: 2000 },
    expected: { amount: '1459.50', details: { total: '143031.00' } },
    source:
      'the NII rights guide 2014 "שיעור דמי הלידה": "עד למקסימום דמי הלידה (בינואר 2014 - 1,459.50 ש"ח ליום"; 1,459.50 × 98',
  },
  {
    name: '2024: 10 of 14 months give 15 weeks; the daily maximum is 1,655',
    input: { date: '2024-03-10', insuredMonthsLast14: 10, insuredMonthsLast22: 12, dailyWage: 2000 },
    expected: { eligible: true, amount: '1655.00', details: { weeks: 15, days: 105 } },
    source:
      'NII, maternity "Benefit rates" (as of 01.01.2024): "up to a maximum of NIS 1,655 … per day"; "15 weeks (105 days)"',
  },
  {
    name: '2024: 6 of 14 months give 8 weeks',
    input: { date: '2024-03-10', insuredMonthsLast14: 7, insuredMonthsLast22: 9, dailyWage: 500 },
    expected: { eligible: true, amount: '500.00', details: { weeks: 8, days: 56 } },
    source: 'NII, maternity "Benefit rates" (as of 01.01.2024): "6 of the 14 months … 8 weeks (56 days)"',
  },
] as const;
