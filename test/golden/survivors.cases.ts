// Golden cases for the survivors' pension, from the NII rights guide 2014 "ביטוח שאירים": "סכומי קצבת השאירים הבסיסית
// בינואר 2014", "תוספת ותק לקצבה הבסיסית", "תנאי הזכאות לקצבת שאירים" and "מענק שאירים".
const base = { date: '2014-03-01', children: 0, marriedMonths: 120 } as const;

export const survivorsCases = [
  {
    name: 'a widow of 45 without children, deceased insured 15 years: 1,150 plus 10%',
    input: { ...base, widowAge: 45, insuredMonthsOfDeceased: 180 },
    expected: {
      eligible: true,
      amount: '1265.00',
      unit: 'month',
      details: { kind: 'pension', basic: '1150.00', seniorityPercent: 10, qualifyingPeriod: { met: true } },
    },
    source:
      'the NII rights guide 2014 "לאלמן/ה בגיל 40-50 בלי ילדים - 1,150"; "בעד כל שנה מהשנה ה-11 לביטוח - 2%": years 11–15 → 10%',
  },
  {
    name: 'a widow of 55, deceased insured exactly 144 months (12 years)',
    input: { ...base, widowAge: 55, insuredMonthsOfDeceased: 144 },
    expected: {
      eligible: true,
      amount: '1592.24',
      details: { basic: '1531.00', seniorityPercent: 4, qualifyingPeriod: { met: true, by: ['144 חודשי ביטוח'] } },
    },
    source: 'the NII rights guide 2014 "לאלמן/ה בגיל 50 ומעלה בלי ילדים - 1,531"; "או 144 חודשי ביטוח"; 1,531 × 1.04',
  },
  {
    name: 'a widow of 82, deceased insured 50 years: the age-80 rate, seniority capped at 50%',
    input: { ...base, widowAge: 82, insuredMonthsOfDeceased: 600 },
    expected: { eligible: true, amount: '2425.50', details: { basic: '1617.00', seniorityPercent: 50 } },
    source: 'the NII rights guide 2014 "לאלמן/ה בגיל 80 - 1,617"; "שיעור התוספת המרבי 50%"',
  },
  {
    name: 'one child: 2,249; the deceased left a child, so no qualifying period is needed',
    input: { ...base, widowAge: 45, children: 1, insuredMonthsOfDeceased: 5, marriedMonths: undefined },
    expected: {
      eligible: true,
      amount: '2249.00',
      details: { qualifyingPeriod: { met: true, by: ['פטור: המבוטח הניח אחריו ילד'] } },
    },
    source: 'the NII rights guide 2014 "לאלמן/ה עם ילד אחד - 2,249"; "פטורים מתקופת אכשרה: ... מבוטח שהניח אחריו ילד"',
  },
  {
    name: 'four children: 2,967 plus 718 for each child beyond two',
    input: { ...base, widowAge: 38, children: 4, insuredMonthsOfDeceased: 120 },
    expected: { eligible: true, amount: '4403.00', details: { basic: '4403.00', seniorityPercent: 0 } },
    source: 'the NII rights guide 2014 "לאלמן/ה עם שני ילדים - 2,967", "לכל ילד נוסף - 718": 2,967 + 2 × 718',
  },
  {
    name: 'a widow of 35 without children: a one-time grant of 36 monthly pensions',
    input: { ...base, widowAge: 35, insuredMonthsOfDeceased: 30, insuredMonthsOfDeceasedLast12: 12 },
    expected: { eligible: true, amount: '41400.00', unit: 'once', details: { kind: 'grant' } },
    source:
      'the NII rights guide 2014 "מענק שאירים": "שעדיין לא מלאו להם 40 שנה ואין עמם ילדים ... סכום של 36 קצבות חודשיות"; "12 חודשי ביטוח בסמוך לפני הפטירה"; 36 × 1,150 (the 40-50 rate, read literally)',
  },
  {
    name: 'the deceased was insured 10 months and no exemption applies: no pension',
    input: { ...base, widowAge: 50, insuredMonthsOfDeceased: 10, deceasedExemptFromQualifying: false },
    expected: { eligible: false, amount: null, details: { qualifyingPeriod: { met: false } } },
    source: 'the NII rights guide 2014 "תנאי הזכאות לקצבת שאירים": every alternative needs 12 months or more',
  },
  {
    name: '30 insured months: undecided until the months before the death are known',
    input: { ...base, widowAge: 50, insuredMonthsOfDeceased: 30 },
    expected: {
      eligible: null,
      amount: '1531.00',
      missing: ['insuredMonthsOfDeceasedLast12', 'insuredMonthsOfDeceasedLast5Years', 'deceasedExemptFromQualifying'],
    },
    source:
      'the NII rights guide 2014: 12 months just before the death, or 24 in the last 5 years, or an exemption; 60-month alternatives are out of reach',
  },
  {
    name: '30 insured months, 24 of them in the last 5 years: qualified',
    input: { ...base, widowAge: 50, insuredMonthsOfDeceased: 30, insuredMonthsOfDeceasedLast5Years: 24 },
    expected: {
      eligible: true,
      amount: '1531.00',
      details: { qualifyingPeriod: { met: true, by: ['24 חודשי ביטוח ב-5 השנים שלפני הפטירה'] } },
    },
    source: 'the NII rights guide 2014 "או 24 חודשי ביטוח ב-5 השנים האחרונות שלפני הפטירה"',
  },
  {
    name: '70 insured months not fewer than the 50 uninsured: qualified',
    input: {
      ...base,
      widowAge: 50,
      insuredMonthsOfDeceased: 70,
      insuredMonthsOfDeceasedLast12: 0,
      insuredMonthsOfDeceasedLast5Years: 10,
      insuredMonthsOfDeceasedLast10Years: 40,
      uninsuredMonthsOfDeceased: 50,
    },
    expected: {
      eligible: true,
      details: { qualifyingPeriod: { met: true, by: ['60 חודשי ביטוח שאינם פחות מחודשי אי-הביטוח'] } },
    },
    source: 'the NII rights guide 2014 "או 60 חודשי ביטוח בתנאי שמספר חודשי הביטוח אינו פחות ממספר חודשי אי-הביטוח"',
  },
  {
    name: 'a widow without children married 5 months, 45: too short',
    input: { ...base, widowAge: 45, insuredMonthsOfDeceased: 200, marriedMonths: 5 },
    expected: { eligible: false, amount: null },
    source:
      'the NII rights guide 2014 "אלמנה - ... אם היא נשואה לו שנה אחת לפחות (חצי שנה - לבת 55 ומעלה) או אם ילדה לו ילד"',
  },
  {
    name: 'a widow without children married 7 months, 56: half a year is enough from 55',
    input: { ...base, widowAge: 56, insuredMonthsOfDeceased: 200, marriedMonths: 7 },
    expected: { eligible: true, amount: '1714.72', details: { seniorityPercent: 12 } },
    source:
      'the NII rights guide 2014 "(חצי שנה - לבת 55 ומעלה)"; 200 months = 16 full years, years 11–16 → 12%: 1,531 × 1.12',
  },
  {
    name: 'a widower without a child of the deceased: the income test the seed does not detail',
    input: { ...base, widowAge: 60, insuredMonthsOfDeceased: 200, widower: true },
    expected: { eligible: null, missing: ['מבחן הכנסות לאלמן שאין עמו ילד של המנוחה (המדריך אינו מפרט את סכומיו)'] },
    source: 'the NII rights guide 2014 "אלמן - ... אם יש עמו ילד של המנוחה או אם הוא עומד במבחן הכנסות"',
  },
  {
    name: '2024, widow(er) 45 without children: 1,304',
    input: {
      ...base,
      date: '2024-03-01',
      widowAge: 45,
      insuredMonthsOfDeceased: 120,
      insuredMonthsOfDeceasedLast12: 12,
    },
    expected: { eligible: true, amount: '1304.00' },
    source: 'NII, "Pension for a widow or widower" (as of 01.01.2024): "aged 40-50 with no children NIS 1,304"',
  },
  {
    name: '2024, widow(er) 55 without children: 1,736',
    input: {
      ...base,
      date: '2024-03-01',
      widowAge: 55,
      insuredMonthsOfDeceased: 120,
      insuredMonthsOfDeceasedLast12: 12,
    },
    expected: { eligible: true, amount: '1736.00' },
    source: 'NII, "Pension for a widow or widower" (as of 01.01.2024): "aged 50 and over with no children NIS 1,736"',
  },
  {
    name: '2024, widow(er) 82: 1,834',
    input: {
      ...base,
      date: '2024-03-01',
      widowAge: 82,
      insuredMonthsOfDeceased: 120,
      insuredMonthsOfDeceasedLast12: 12,
    },
    expected: { eligible: true, amount: '1834.00' },
    source: 'NII, "Pension for a widow or widower" (as of 01.01.2024): "aged 80 and over NIS 1,834"',
  },
  {
    name: '2024, with one child: 2,550',
    input: { ...base, date: '2024-03-01', widowAge: 38, children: 1, insuredMonthsOfDeceased: 120 },
    expected: { eligible: true, amount: '2550.00' },
    source: 'NII, "Pension for a widow or widower" (as of 01.01.2024): "with one child NIS 2,550"',
  },
  {
    name: '2024, with two children: 3,364',
    input: { ...base, date: '2024-03-01', widowAge: 38, children: 2, insuredMonthsOfDeceased: 120 },
    expected: { eligible: true, amount: '3364.00' },
    source: 'NII, "Pension for a widow or widower" (as of 01.01.2024): "with two children NIS 3,364"',
  },
  {
    name: '2024, with three children: 3,364 + 814 = 4,178',
    input: { ...base, date: '2024-03-01', widowAge: 38, children: 3, insuredMonthsOfDeceased: 120 },
    expected: { eligible: true, amount: '4178.00' },
    source: 'NII, "Pension for a widow or widower" (as of 01.01.2024): "For each additional child NIS 814"',
  },
] as const;
