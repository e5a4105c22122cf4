// Golden cases for unemployment benefit (דמי אבטלה): input, expected result, and where the
// expectation comes from (the NII rights guide 2014 "ביטוח אבטלה", public sources).
const base = { date: '2014-06-01', dependents: 0, insuredMonthsLast18: 12, quitWithoutJustification: false } as const;
const TABLE = 'the NII rights guide 2014 "תקופת הזכאות המרבית לדמי אבטלה"';

export const unemploymentCases = [
  {
    name: '45 and over: 175 days, 5 waiting days, no delay',
    input: { ...base, age: 45 },
    expected: { eligible: true, amount: null, unit: null, details: { maxDays: 175, waitingDays: 5, delayDays: 0 } },
    source: `${TABLE}: "למובטל שמלאו לו 45 שנים ... 175 ימים"; "עבור 5 ימי האבטלה הראשונים ... לא משולמים"`,
  },
  {
    name: '35 with 3 dependants: 175 days',
    input: { ...base, age: 35, dependents: 3 },
    expected: { details: { maxDays: 175 } },
    source: `${TABLE}: "או שמלאו לו 35 שנים ויש עמו 3 תלויים לפחות - 175 ימים"`,
  },
  {
    name: '40 with 2 dependants: 138 days',
    input: { ...base, age: 40, dependents: 2 },
    expected: { details: { maxDays: 138 } },
    source: `${TABLE}: "למובטל שמלאו לו 35 שנים ... - 138 ימים"`,
  },
  {
    name: 'under 35 with 3 dependants: 138 days',
    input: { ...base, age: 30, dependents: 3 },
    expected: { details: { maxDays: 138 } },
    source: `${TABLE}: "או שעדיין לא מלאו לו 35 שנים ויש עמו 3 תלויים - 138 ימים"`,
  },
  {
    name: '28–34: 100 days',
    input: { ...base, age: 30 },
    expected: { details: { maxDays: 100 } },
    source: `${TABLE}: "שמלאו לו 28 שנים ועדיין לא מלאו לו 35 ... 100 ימים"`,
  },
  {
    name: '25–27: 67 days',
    input: { ...base, age: 26 },
    expected: { details: { maxDays: 67 } },
    source: `${TABLE}: "שמלאו לו 25 שנים ועדיין לא מלאו לו 28 ... 67 ימים"`,
  },
  {
    name: 'under 25: 50 days',
    input: { ...base, age: 22 },
    expected: { details: { maxDays: 50 } },
    source: `${TABLE}: "שעדיין לא מלאו לו 25 שנים ... 50 ימים"`,
  },
  {
    name: 'discharged soldier: 6 service months complete 6 months of work; 70 days; the soldier’s minimum',
    input: { ...base, age: 21, insuredMonthsLast18: 6, dischargedSoldier: true },
    expected: { eligible: true, details: { maxDays: 70, soldierMinDaily: '103.80' } },
    source:
      'the NII rights guide 2014 "תנאי הזכאות": "יילקחו בחשבון עד 6 חודשים מתוך תקופת השירות"; "לחייל משוחרר ... 70 ימים"; "לא יפחתו ... 103.80 ש"ח ליום"',
  },
  {
    name: 'discharged soldier short of the qualifying period: vocational training would exempt him',
    input: { ...base, age: 21, insuredMonthsLast18: 4, dischargedSoldier: true },
    expected: { eligible: null, missing: ['referredToVocationalTraining'] },
    source:
      'the NII rights guide 2014 "תנאי הזכאות": "אם הם הופנו להכשרה מקצועית ... יהיו פטורים מתקופת אכשרה בשנה הראשונה"',
  },
  {
    name: '11 of 18 months: the qualifying period is not met',
    input: { ...base, age: 40, insuredMonthsLast18: 11 },
    expected: { eligible: false, details: { maxDays: 138 } },
    source: 'the NII rights guide 2014 "תנאי הזכאות": "12 חודשים ששולמו בעדם דמי ביטוח מתוך 18 החודשים שקדמו לאבטלה"',
  },
  {
    name: 'quit without justification: 90 days’ delay',
    input: { ...base, age: 40, quitWithoutJustification: true },
    expected: { eligible: true, details: { delayDays: 90 } },
    source:
      'the NII rights guide 2014: "מי שהפסיק את עבודתו מרצונו, בלי הצדקה, יתחיל לקבל את דמי האבטלה רק לאחר 90 ימים"',
  },
  {
    name: 'aged 67: not eligible',
    input: { ...base, age: 67 },
    expected: { eligible: false },
    source: 'the NII rights guide 2014 "תנאי הזכאות": "מלאו לך 20 שנים ועדיין לא מלאו לך 67"',
  },
  {
    name: 'aged 19: "in certain conditions" the seed does not list',
    input: { ...base, age: 19 },
    expected: { eligible: null, missing: ['conditionsForAge18to20'] },
    source: 'the NII rights guide 2014 "תנאי הזכאות": "ובתנאים מסוימים גם בני 18-20"',
  },
  {
    name: 'the 2014 daily maximums',
    input: { ...base, age: 40 },
    expected: { details: { maxDaily: { first: '363.56', later: '242.37' } } },
    source: 'the NII rights guide 2014 "שיעור דמי האבטלה": 363.56 ש"ח ליום בחמשת החודשים הראשונים, 242.37 מהחודש השישי',
  },
  {
    name: 'the 2025 daily maximums of the NII page',
    input: { ...base, date: '2025-03-01', age: 40 },
    expected: { details: { maxDaily: { first: '532.64', later: '355.09' } } },
    source:
      'NII, "For those 28 years of age or older" (as of 01.01.2025): "NIS 532.64 per day for the first 125 days … NIS 355.09"',
  },
  {
    name: '2024: the maximum is 501.44 a day for the first 125 days, 334.29 from day 126',
    input: { ...base, date: '2024-03-01', age: 40 },
    expected: { details: { maxDaily: { first: '501.44', later: '334.29' } }, warnings: [] },
    source:
      'NII, "For those 28 years of age or older" (as of 01.01.2024): "NIS 501.44 per day for the first 125 days … NIS 334.29"',
  },
  {
    name: '2026: 550.76 / 367.17 — not the 2025 figures',
    input: { ...base, date: '2026-03-01', age: 40 },
    expected: { details: { maxDaily: { first: '550.76', later: '367.17' } } },
    source:
      'NII, "For those 28 years of age or older" (as of 01.01.2026): "NIS 550.76 per day for the first 125 days … NIS 367.17"',
  },
] as const;
