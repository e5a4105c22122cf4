// Golden cases for the accident allowance (דמי תאונה): input, expected result, and where the
// expectation comes from (the NII rights guide 2014 "ביטוח נפגעי תאונות").
const base = { date: '2014-03-10', age: 40, medicalCheckWithin72h: true } as const;

export const accidentCases = [
  {
    name: 'not working: the fixed daily amount, from the 15th day',
    input: { ...base, status: 'not-working', incapacityDays: 30 },
    expected: { eligible: true, amount: '72.98', unit: 'day', details: { payableDays: 16, total: '1167.68' } },
    source:
      'the NII rights guide 2014 "שיעור דמי התאונה ליום": "מי שאינו עובד וכן עקרת בית - 72.98 ש"ח"; "תקופת התשלום": not the first 14 days; 72.98 × 16',
  },
  {
    name: 'a housewife unable to function 10 days: nothing is paid',
    input: { ...base, status: 'housewife', incapacityDays: 10 },
    expected: { eligible: false, amount: null, details: { payableDays: 0 } },
    source: 'the NII rights guide 2014 "תקופת התשלום": "לא ישולמו דמי תאונה בעד 14 הימים הראשונים שלאחר יום התאונה"',
  },
  {
    name: 'employee, less than 12 days: the first two days are not paid',
    input: { ...base, status: 'employee', wagesLast3Months: 36000, incapacityDays: 10 },
    expected: { eligible: true, amount: '300.00', details: { payableDays: 8, total: '2400.00' } },
    source:
      'the NII rights guide 2014: 75% of the quarter’s wages / 90 = 300; "לא ישולמו ... שני הימים הראשונים, אם איבד את כושרו לתפקד לתקופה קצרה מ-12 יום"',
  },
  {
    name: 'self-employed at the maximum, at most 90 days',
    input: { ...base, status: 'self-employed', wagesLast3Months: 150000, incapacityDays: 100 },
    expected: { amount: '1094.63', details: { payableDays: 90, total: '98516.70' } },
    source:
      'the NII rights guide 2014: "עד למקסימום בסך 1,094.63 ש"ח ליום בינואר 2014"; "לכל היותר ל-90 ימים רצופים"; 1,094.63 × 90',
  },
  {
    name: 'no medical examination within 72 hours',
    input: { ...base, status: 'employee', wagesLast3Months: 36000, incapacityDays: 30, medicalCheckWithin72h: false },
    expected: { eligible: false, amount: null },
    source: 'the NII rights guide 2014 "מי זכאי לדמי תאונה?": "והוא נבדק בבדיקה רפואית, בתוך 72 שעות משעת התאונה"',
  },
  {
    name: 'under 18',
    input: { ...base, status: 'not-working', age: 17, incapacityDays: 30 },
    expected: { eligible: false },
    source: 'the NII rights guide 2014 "מי זכאי לדמי תאונה?": "תושב ישראל בן 18 עד גיל פרישה"',
  },
  {
    name: 'aged 64 in 2014: past a woman’s retirement age, not a man’s — the sex decides',
    input: { ...base, status: 'employee', age: 64, wagesLast3Months: 36000, incapacityDays: 30 },
    expected: { eligible: null, amount: '300.00', missing: ['sex'] },
    source:
      'the NII rights guide 2014 "ביטוח זקנה": "גיל הפרישה לגברים - הוא 67 שנים"; women born 1950–1954 (aged 64 on 10/03/2014: born 1949-03 to 1950-03): 62',
  },
  {
    name: 'a housewife of 62 in 2014 is past her retirement age',
    input: { ...base, status: 'housewife', age: 62, incapacityDays: 30 },
    expected: { eligible: false, amount: null },
    source:
      'the NII rights guide 2014 "גיל הפרישה לנשים": "לנשים שנולדו בתקופה מינואר 1950 עד דצמבר 1954 נקבע ל-62 שנים"',
  },
  {
    name: 'a housewife of 63 in 2026: the birth month decides (63 for 1962, 63 and 3 months for 1963)',
    input: { ...base, date: '2026-03-10', status: 'housewife', age: 63, incapacityDays: 30 },
    expected: { eligible: null, missing: ['birthDate'] },
    source:
      'oldAge.womenRetirementAge from 2022 (btl.gov.il gilPrisha.aspx, shared with the old-age calculator): born 1962 → 63, born 1963 → 63 and 3 months',
  },
  {
    name: 'aged 67: past retirement age',
    input: { ...base, status: 'not-working', age: 67, incapacityDays: 30 },
    expected: { eligible: false },
    source: 'the NII rights guide 2014 "גיל הפרישה לגברים - הוא 67 שנים"',
  },
  {
    name: 'an employee without wages given: eligible, the amount waits for them',
    input: { ...base, status: 'employee', incapacityDays: 30 },
    expected: { eligible: true, amount: null, unit: null, missing: ['wagesLast3Months'], details: { payableDays: 30 } },
    source: 'the NII rights guide 2014 "שיעור דמי התאונה ליום": the employee’s rate is from the quarter’s wages',
  },
] as const;
