// Golden cases for reserve-duty compensation (תגמול מילואים): input, expected result, and where the
// expectation comes from (the NII rights guide 2014 "תגמולים למשרתים במילואים", the accountants’ wartime circular (October 2023) "תגמול מזערי ותקרה",
// public sources).
const war = { date: '2023-11-01', days: 10 } as const;

export const reserveDutyCases = [
  {
    name: 'not working in 2023: the minimum, 215.17 a day',
    input: { ...war, status: 'not-working' },
    expected: {
      eligible: true,
      amount: '215.17',
      unit: 'day',
      details: { daily: '215.17', total: '2151.70', bound: 'floor' },
    },
    source:
      'the accountants’ wartime circular (October 2023): "התגמול המזערי בשנת 2023 הוא בסך של 6,455 ש"ח בכל חודש, או 215.17 ש"ח ליום"; "משרתים במילואים שאינם עובדים מקבלים תגמול מזערי"',
  },
  {
    name: 'an employee above the ceiling in 2023: 1,582.17 a day',
    input: { ...war, status: 'employee', incomeLast3Months: 300000 },
    expected: { amount: '1582.17', details: { total: '15821.70', bound: 'cap' } },
    source:
      'the accountants’ wartime circular (October 2023): "התגמול המירבי בשנת 2023 הוא בסך של 47,465 ש"ח בכל חודש, או 1,582.17 ש"ח ליום"',
  },
  {
    name: 'three months at the 2023 ceiling give the daily ceiling',
    input: { ...war, status: 'self-employed', incomeLast3Months: 142395 },
    expected: { amount: '1582.17', details: { bound: null } },
    source:
      'the NII rights guide 2014 "תגמול מילואים": income of three months / 90; the accountants’ wartime circular (October 2023): 3 × 47,465 = 142,395, / 90 = 1,582.1667',
  },
  {
    name: 'an employee between the bounds: income / 90',
    input: { ...war, days: 5, status: 'employee', incomeLast3Months: 45000 },
    expected: { amount: '500.00', details: { daily: '500.00', total: '2500.00', bound: null } },
    source:
      'the NII rights guide 2014 "תגמול מילואים": "הכנסתם ... בשלושת החודשים שקדמו לחודש תחילת שירותם ... לחלק ב-90" — 45,000 / 90',
  },
  {
    name: 'a low income in 2014: the 2014 minimum',
    input: { date: '2014-05-01', days: 3, status: 'employee', incomeLast3Months: 10000 },
    expected: { amount: '196.02', details: { total: '588.06', bound: 'floor' } },
    source: 'the NII rights guide 2014: "מינימום התגמול ... בינואר 2014 - 196.02 ש"ח ליום"',
  },
  {
    name: 'a high income in 2014: the 2014 maximum',
    input: { date: '2014-05-01', days: 3, status: 'employee', incomeLast3Months: 200000 },
    expected: { amount: '1441.33', details: { bound: 'cap' } },
    source: 'the NII rights guide 2014: "מקסימום התגמול ... בינואר 2014 - 1,441.33 ש"ח ליום"',
  },
  {
    name: 'unemployed: not less than the day’s unemployment benefit',
    input: { ...war, status: 'unemployed', unemploymentDailyRate: 300 },
    expected: { amount: '300.00', details: { total: '3000.00', bound: null } },
    source:
      'the accountants’ wartime circular (October 2023) "מובטלים שמשרתים במילואים": "לא יפחת שיעור תגמול המילואים מדמי האבטלה ליום שהיה זכאי להם"',
  },
  {
    name: 'unemployed with a low unemployment benefit: the minimum',
    input: { ...war, status: 'unemployed', unemploymentDailyRate: 150 },
    expected: { amount: '215.17', details: { bound: 'floor' } },
    source:
      'the accountants’ wartime circular (October 2023): "מבוטח זכאי לתגמול לפחות בסכום התגמול המזערי, גם אם הוא אינו עובד"',
  },
  {
    name: 'unemployed without the unemployment rate: at least the minimum, the rest waits for it',
    input: { ...war, status: 'unemployed' },
    expected: {
      eligible: true,
      amount: null,
      unit: null,
      missing: ['unemploymentDailyRate'],
      details: { atLeastDaily: '215.17' },
    },
    source:
      'the accountants’ wartime circular (October 2023): "מובטלים אלה יקבלו בשלב ראשון את התגמול המזערי. הביטוח הלאומי ישלם את הפרשי התגמול"',
  },
  {
    name: "2024: the NII table's minimum for every reservist, 310.52 (the kolzchut draft's 222.27 named as a conflict)",
    input: { date: '2024-03-01', days: 1, status: 'not-working' },
    expected: {
      amount: '310.52',
      conflicts: [{ parameter: 'reserveDuty.minimum', otherValue: '222.27 ₪ ליום (6,668 ₪ לחודש)' }],
    },
    source:
      'NII, "Benefit by type of eligible persons" (as of 01.01.2024): "Not below the minimum = NIS 310.52 per day"',
  },
  {
    name: '2024: the maximum of the NII table, 1,634.33',
    input: { date: '2024-03-01', days: 1, status: 'employee', incomeLast3Months: 300000 },
    expected: { amount: '1634.33' },
    source:
      'NII, "Benefit by type of eligible persons" (as of 01.01.2024): "Not above the maximum = NIS 1,634.33 per day"',
  },
] as const;
