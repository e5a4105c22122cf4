// Golden cases for the special services pension (שר"מ): the NII rights guide 2014 = the 2014 guide ("קצבה לשירותים
// מיוחדים"), the NII annual report 2022 = the 2022 annual report ("קצבה לשירותים מיוחדים", "שינויי חקיקה").
import { expect } from 'vitest';
const base = {
  receivesDisabilityPension: true,
  weightedMedicalPercent: 80,
  monthlyWorkIncome: 0,
  inInstitution: false,
} as const;
const y2022 = { ...base, date: '2022-05-01' };
const y2014 = { ...base, date: '2014-05-01' };
const TABLE_2022 = 'the NII annual report 2022 "קצבה לשירותים מיוחדים › גובה הקצבה והתוספות"';

const pension2026 = {
  date: '2026-02-01',
  receivesDisabilityPension: true,
  weightedMedicalPercent: 70,
  monthlyWorkIncome: 0,
  inInstitution: false,
} as const;

export const specialServicesCases = [
  {
    name: '2022, low dependency: 50% + 18.48% = 1,527',
    input: { ...y2022, dependency: 'low' },
    expected: { eligible: true, amount: '1527.00', unit: 'month' },
    source: `${TABLE_2022}: "1,115 ש"ח ו-412 ש"ח בהתאמה, ובסך הכל 1,527 ש"ח בחודש"`,
  },
  {
    name: '2022, medium dependency: 112% + 46.57% = 3,534',
    input: { ...y2022, dependency: 'medium' },
    expected: { eligible: true, amount: '3534.00' },
    source: `${TABLE_2022}: "ובסך הכל 3,534 ש"ח בחודש"`,
  },
  {
    name: '2022, full dependency: 188% + 65.05% = 5,641',
    input: { ...y2022, dependency: 'full' },
    expected: { eligible: true, amount: '5641.00' },
    source: `${TABLE_2022}: "ובסך הכל 5,641 ש"ח בחודש"`,
  },
  {
    name: '2022, extreme dependency: 235% + 86.58% = 6,688',
    input: { ...y2022, dependency: 'extreme' },
    expected: { eligible: true, amount: '6688.00' },
    source: `${TABLE_2022}: "ובסך הכל 6,688 ש"ח בחודש"`,
  },
  {
    name: '2022, full dependency, ventilated, three children under 3: 5,641 + 8,462 + 2 × 954',
    input: { ...y2022, dependency: 'full', ventilated: true, childrenUnder3: 3 },
    expected: {
      eligible: true,
      amount: '16011.00',
      details: { levelAmount: '5641.00', ventilatedSupplement: '8462.00', childrenUnder3Supplement: '1908.00' },
    },
    source: `${TABLE_2022}: "לנכה מונשם ... 8,462 ש"ח"; "לילד בן פחות מ-3 – 954 ש"ח (עד שני ילדים)"`,
  },
  {
    name: 'a ventilated person who is not wholly dependent gets no ventilation supplement',
    input: { ...y2022, dependency: 'low', ventilated: true },
    expected: { eligible: true, amount: '1527.00', details: { ventilatedSupplement: '0.00' } },
    source: `${TABLE_2022}: "מי שזקוק למכונת הנשמה ... והוא תלוי לחלוטין בעזרת הזולת"`,
  },
  {
    name: 'January 2014, the lowest level: 1,401',
    input: { ...y2014, dependency: 'low' },
    expected: { eligible: true, amount: '1401.00' },
    source:
      'the NII rights guide 2014 "קצבה לשירותים מיוחדים": "סכום הקצבה הוא בין 1,401 ש"ח לחודש ל-4,761 ש"ח לחודש (בינואר 2014) בהתאם לרמת התלות"',
  },
  {
    name: 'January 2014, the highest level: 4,761',
    input: { ...y2014, dependency: 'full' },
    expected: { eligible: true, amount: '4761.00' },
    source: 'the NII rights guide 2014 "קצבה לשירותים מיוחדים": the top of the 1,401–4,761 range',
  },
  {
    name: 'January 2014, extreme dependency: the 235% level did not exist, paid as the top level',
    input: { ...y2014, dependency: 'extreme' },
    expected: { eligible: true, amount: '4761.00' },
    source: 'the NII annual report 2022 "שינויי חקיקה › 2022 › שירותים מיוחדים": "רמת זכאות חדשה של 235%"',
  },
  {
    name: 'January 2014, medium dependency: eligible, but the seed gives no amount',
    input: { ...y2014, dependency: 'medium' },
    expected: { eligible: true, amount: null },
    source: 'the NII rights guide 2014 gives only the range 1,401–4,761',
  },
  {
    name: 'January 2014, a pension recipient with 50% medical disability: under the 60% threshold',
    input: { ...y2014, weightedMedicalPercent: 50, dependency: 'low' },
    expected: { eligible: false, amount: null },
    source:
      'the NII rights guide 2014 "תנאי הזכאות לקצבה לשירותים מיוחדים": "הוא מקבל קצבת נכות, ונקבעה לו נכות רפואית ... 60% לפחות"',
  },
  {
    name: '2022, a pension recipient with 45% medical disability: over the lowered 40% threshold',
    input: { ...y2022, weightedMedicalPercent: 45, dependency: 'low' },
    expected: { eligible: true, amount: '1527.00' },
    source: 'the NII annual report 2022 "שינויי חקיקה › 2022 › שירותים מיוחדים": "40% נכות משוקללת במקום 60%"',
  },
  {
    name: '2022, without a disability pension, 80% and work income of exactly 52,755: eligible',
    input: { ...y2022, receivesDisabilityPension: false, monthlyWorkIncome: 52755, dependency: 'low' },
    expected: { eligible: true, amount: '1527.00' },
    source:
      'the NII annual report 2022 "תנאי הזכאות": "נכות רפואית בשיעור של 75% לפחות, הכנסתם ... אינה גבוהה מ-5 פעמים השכר הממוצע (ב-2022 52,755 ש"ח)"',
  },
  {
    name: '2022, without a disability pension, work income of 52,756: over the ceiling',
    input: { ...y2022, receivesDisabilityPension: false, monthlyWorkIncome: 52756, dependency: 'low' },
    expected: { eligible: false },
    source: 'the NII annual report 2022 "תנאי הזכאות": ceiling 52,755',
  },
  {
    name: 'without a disability pension, 70%: under the 75% threshold',
    input: { ...y2022, receivesDisabilityPension: false, weightedMedicalPercent: 70, dependency: 'low' },
    expected: { eligible: false },
    source: 'the NII annual report 2022 "שינויי חקיקה › 2022": "הסף לקצבת שר"מ מיוחדת ... נשאר ללא שינוי - 75%"',
  },
  {
    name: 'January 2014, without a disability pension and with work income: the ceiling is not stated',
    input: { ...y2014, receivesDisabilityPension: false, monthlyWorkIncome: 20000, dependency: 'low' },
    expected: { eligible: null },
    source: 'the NII rights guide 2014 "תנאי הזכאות לקצבה לשירותים מיוחדים": "שהכנסתו מעבודה אינה עולה על סכום מסוים"',
  },
  {
    name: 'in an institution: no special services pension',
    input: { ...y2022, inInstitution: true, dependency: 'full' },
    expected: { eligible: false, amount: null },
    source:
      'the NII annual report 2022 "תנאי הזכאות": "מי שמאושפזים במוסד ... אינם זכאים לקצבה"; the NII rights guide 2014: "הוא אינו מאושפז במוסד"',
  },
  {
    name: "2026, 50%: 1,943 (the NII's 2026 rates)",
    input: { ...pension2026, dependency: 'low' },
    expected: { eligible: true, amount: '1943.00' },
    source: 'NII, 2026 benefit rates (January 2026): "50% of the individual pension will be NIS 1,943"',
  },
  {
    name: '2026, 112%: 4,501',
    input: { ...pension2026, dependency: 'medium' },
    expected: { eligible: true, amount: '4501.00' },
    source: 'NII, 2026 benefit rates (January 2026): "112% NIS 4,501"',
  },
  {
    name: '2026, 188%: 7,181, from news reports and said to be unverified',
    input: { ...pension2026, dependency: 'full' },
    expected: { eligible: true, amount: '7181.00', warnings: [expect.stringContaining('ולא אומת')] },
    source: 'kikar.co.il 21.01.2026; newsru.co.il 01.01.2026: "קצבת שירותים מיוחדים בדרגה 188% תעמוד על 7,181 ₪"',
  },
  {
    name: '2026, dependence test 62 points without supervision: 188%',
    input: { ...pension2026, dependency: undefined, dependencePoints: 62, needsSupervision: false },
    expected: { eligible: true, amount: '7181.00', details: { level: 'full' } },
    source: 'NII, "the dependence test (IADL)": "188%: 59–67 points"',
  },
  {
    name: '2026, dependence test 30 points with supervision: 188%',
    input: { ...pension2026, dependency: undefined, dependencePoints: 30, needsSupervision: true },
    expected: { eligible: true, details: { level: 'full' } },
    source: 'NII, "the dependence test (IADL)": "188%: … or 24–47 with supervision"',
  },
  {
    name: '2026, dependence test 15 points without supervision: no level',
    input: { ...pension2026, dependency: undefined, dependencePoints: 15, needsSupervision: false },
    expected: { eligible: false, amount: null },
    source: 'NII, "the dependence test (IADL)": "50%: 20–43 points"',
  },
];
