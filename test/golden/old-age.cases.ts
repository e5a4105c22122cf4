// Golden cases for the old-age pension: input, expected result, and where the expectation comes from
// (the NII rights guide 2014 "ביטוח זקנה", January 2014; the NII's rate pages from 2024; the NII's retirement-age page from 2022).
const man67 = {
  date: '2014-03-01',
  birthDate: '1946-05-10',
  sex: 'male',
  insuredYears: 30,
  monthlyWorkIncome: '0',
} as const;

export const oldAgeCases = [
  {
    name: 'a man between 67 and 70 without work income: the single pension with 40% seniority',
    input: man67,
    expected: {
      eligible: true,
      amount: '2143.40',
      unit: 'month',
      details: {
        retirementDate: '2013-05-10',
        entitlementDate: '2016-05-10',
        basic: '1531.00',
        seniorityPercent: 40,
        seniorityIncrement: '612.40',
        paymentFrom: { retirement: '2013-05-01', entitlement: '2016-05-01' },
      },
    },
    source:
      'the NII rights guide 2014 "גיל הפרישה לגברים - הוא 67", "גיל הזכאות ... לגברים - הוא 70", "ליחיד - 1,531", "תוספת ותק - 2% ... שלמעלה מ-10 שנות הביטוח הראשונות": 1,531 × (1 + 20 × 2%) = 2,143.40; 10th of the month → paid from the 1st ("מ-1 בחודש עד 15 בחודש")',
  },
  {
    name: 'work income exactly at the single limit still qualifies',
    input: { ...man67, monthlyWorkIncome: '5181' },
    expected: { eligible: true, amount: '2143.40' },
    source: 'the NII rights guide 2014 "א. גיל הפרישה": הכנסותיך מעבודה "אינן עולות על 5,181 ש"ח לחודש ליחיד"',
  },
  {
    name: 'work income one agora above the single limit: not before 70',
    input: { ...man67, monthlyWorkIncome: '5181.01' },
    expected: { eligible: false, amount: null, details: { entitlementDate: '2016-05-10' } },
    source: 'the NII rights guide 2014 "א. גיל הפרישה": 5,181 ש"ח ליחיד',
  },
  {
    name: 'a couple: the couple limit (6,908) and the couple pension',
    input: { ...man67, monthlyWorkIncome: '6000', couple: true },
    expected: { eligible: true, amount: '3221.40', details: { basic: '2301.00', healthInsuranceDeduction: '283.00' } },
    source:
      'the NII rights guide 2014: "6,908 ש"ח לחודש לזוג"; "לזוג - 2,301"; 2,301 × 1.40 = 3,221.40 (seniority read literally as 2% of the couple pension); "283 ש"ח לזוג"',
  },
  {
    name: 'a couple from 80, seniority capped at 50%',
    input: {
      date: '2014-06-01',
      birthDate: '1930-01-01',
      sex: 'male',
      insuredYears: 45,
      monthlyWorkIncome: '0',
      couple: true,
    },
    expected: { eligible: true, amount: '3580.50', details: { basic: '2387.00', seniorityPercent: 50 } },
    source:
      'the NII rights guide 2014 "לזוג שמקבל הקצבה בן 80 ומעלה - 2,387"; "תוספת הוותק המקסימלית - 50%": 2,387 × 1.5',
  },
  {
    name: 'a man of 64: before the retirement age',
    input: { ...man67, birthDate: '1950-01-01' },
    expected: {
      eligible: false,
      amount: null,
      details: { retirementDate: '2017-01-01', entitlementDate: '2020-01-01' },
    },
    source: 'the NII rights guide 2014 "גיל הפרישה לגברים - הוא 67 שנים"',
  },
  {
    name: 'a woman born 29/02/1952 reaches 62 on 28/02/2014 and is paid from 1 March',
    input: { date: '2014-03-01', birthDate: '1952-02-29', sex: 'female', insuredYears: 15, monthlyWorkIncome: '0' },
    expected: {
      eligible: true,
      amount: '1684.10',
      details: {
        retirementDate: '2014-02-28',
        entitlementDate: '2022-02-28',
        paymentFrom: { retirement: '2014-03-01' },
      },
    },
    source:
      'the NII rights guide 2014 "גיל הפרישה לנשים ... מינואר 1950 עד דצמבר 1954 ... 62"; women\'s entitlement table "70 ... מאי - 50 ואילך"; entitled after the 15th → "מ-1 בחודש שלאחר"; 1,531 × 1.10',
  },
  {
    name: "the women's entitlement table: born 10/1945 → 67 and 8 months",
    input: { date: '2014-01-15', birthDate: '1945-10-15', sex: 'female', insuredYears: 12, monthlyWorkIncome: '20000' },
    expected: { eligible: true, amount: '1592.24', details: { entitlementDate: '2013-06-15' } },
    source:
      'the NII rights guide 2014 table "גיל הזכאות לקצבת זקנה לנשים": "67-1-8 חודשים | אפריל - 46 | ספטמבר - 45" (read 67 ו-8 חודשים); past it, income does not matter; 1,531 × 1.04',
  },
  {
    name: "the women's entitlement table: born 07/1939 → 65 and 4 months",
    input: { date: '2014-01-01', birthDate: '1939-07-20', sex: 'female', insuredYears: 12, monthlyWorkIncome: '0' },
    expected: { details: { entitlementDate: '2004-11-20' }, amount: '1592.24' },
    source: 'the NII rights guide 2014 table: "65-1-4 חודשים | אוגוסט - 39 | יולי - 39"; 1,531 × 1.04',
  },
  {
    name: "the women's entitlement table: born 04/1950 → 69 and 8 months; born 05/1950 → 70",
    input: { date: '2014-01-01', birthDate: '1950-04-30', sex: 'female', insuredYears: 12, monthlyWorkIncome: '0' },
    expected: { details: { retirementDate: '2012-04-30', entitlementDate: '2019-12-30' } },
    source: 'the NII rights guide 2014 table: "69-1-8 חודשים | אפריל - 50 | ספטמבר - 49"; "70 | ואילך | מאי - 50"',
  },
  {
    name: 'a woman born 1956 at 62 and a few months: the seed gives only "62 to 64", so undecided',
    input: { date: '2018-06-01', birthDate: '1956-03-20', sex: 'female', insuredYears: 20, monthlyWorkIncome: '0' },
    expected: {
      eligible: null,
      amount: '1837.20',
      details: { retirementDate: null, retirementDateRange: { earliest: '2018-03-20', latest: '2020-03-20' } },
    },
    source:
      'the NII rights guide 2014 "החל בשנת 2017 גיל הפרישה לנשים יעלה בהדרגה ... מ-62 שנים ל-64 שנים" (no table); 1,531 × 1.20',
  },
  {
    name: 'the same woman before 62 is not yet entitled',
    input: { date: '2017-06-01', birthDate: '1956-03-20', sex: 'female', insuredYears: 20, monthlyWorkIncome: '0' },
    expected: { eligible: false, amount: null },
    source: 'the NII rights guide 2014 "גיל הפרישה לנשים": not below 62',
  },
  {
    name: 'from 2022 the NII table: born 03/1962 → 63; the 2025 single amount 1,795 with the top seniority increment',
    input: { date: '2025-06-01', birthDate: '1962-03-20', sex: 'female', insuredYears: 40, monthlyWorkIncome: '0' },
    expected: {
      eligible: true,
      amount: '2692.50',
      details: { retirementDate: '2025-03-20', basic: '1795.00', seniorityPercent: 50 },
    },
    source:
      'NII "הגיל הראשון: גיל הפרישה": "מ-1/1962 עד 12/1962 גיל 63"; NII FAQ (as of 01.01.2025): "the basic pension is NIS 1,795"; 1,795 × 1.5',
  },
  {
    name: 'the 2024 single amount from 80',
    input: { date: '2024-03-01', birthDate: '1940-01-01', sex: 'male', insuredYears: 20, monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '2200.80', details: { basic: '1834.00' } },
    source: 'NII "Pension rates": "NIS 1,834 For an individual aged 80 or older"; 1,834 × 1.20',
  },
  {
    name: 'qualifying period: 4 insured years is short of every alternative',
    input: { ...man67, insuredYears: 4 },
    expected: { eligible: false, amount: null },
    source: 'the NII rights guide 2014 "2. השלמת תקופת אכשרה": 60 / 144 / 60 חודשי ביטוח',
  },
  {
    name: 'qualifying period: 8 insured years depends on how they fall',
    input: { ...man67, insuredYears: 8 },
    expected: {
      eligible: null,
      amount: '1531.00',
      missing: ['חודשי הביטוח ב-10 השנים שלפני גיל הפרישה, או מספר חודשי אי-הביטוח'],
    },
    source:
      'the NII rights guide 2014: 96 months pass "144" only if 60 fell in the last 10 years or they are not fewer than the uninsured months',
  },
  {
    name: "2024, a man of 70 with 35 insured years: 1,736 × 1.5 = 2,604 (the top of kolzchut's range)",
    input: { date: '2024-03-01', birthDate: '1954-01-10', sex: 'male', insuredYears: 35, monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '2604.00', details: { basic: '1736.00', seniorityPercent: 50 } },
    source:
      'NII "Pension rates": "NIS 1,736 For an individual"; 2% a year, at most 50%; kolzchut "קצבת זיקנה מגיל פרישה": "בין 1,736 ל-2,604 ₪"',
  },
  {
    name: '2024, a man of 81: 1,834 × 1.5 = 2,751',
    input: { date: '2024-03-01', birthDate: '1943-01-10', sex: 'male', insuredYears: 40, monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '2751.00', details: { basic: '1834.00' } },
    source:
      'NII "Pension rates": "NIS 1,834 For an individual aged 80 or older"; kolzchut: "ומגיל 80 בין 1,834 ל-2,751 ₪"',
  },
  {
    name: '2024, a couple (the recipient under 80): basic 2,609, with 12 insured years 4% more',
    input: {
      date: '2024-03-01',
      birthDate: '1954-01-10',
      sex: 'male',
      insuredYears: 12,
      monthlyWorkIncome: '0',
      couple: true,
    },
    expected: { eligible: true, amount: '2713.36', details: { basic: '2609.00', seniorityPercent: 4 } },
    source: 'NII "Pension rates": "NIS 2,609 For a couple"',
  },
  {
    name: '2025, a man of 71 with 12 insured years: the basic 1,795 and 4%',
    input: { date: '2025-03-01', birthDate: '1954-01-10', sex: 'male', insuredYears: 12, monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '1866.80', details: { basic: '1795.00' } },
    source: 'NII FAQ (as of 01.01.2025): "the rate of the basic pension is NIS 1,795"',
  },
  {
    name: '2026, single with the top seniority increment: 2,757 (a news report, unverified)',
    input: { date: '2026-03-01', birthDate: '1954-01-10', sex: 'male', insuredYears: 40, monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '2757.00', details: { basic: '1838.00' } },
    source: 'srugim.co.il (January 2026): "1,838 ש"ח, ובתוספת ותק ביטוחי מקסימלית תגיע ל-2,757 ש"ח"',
  },
  {
    name: '2025, a man of 68 earning 9,781 (the ceiling) still gets the pension; 9,800 does not',
    input: { date: '2025-03-01', birthDate: '1957-01-10', sex: 'male', insuredYears: 12, monthlyWorkIncome: '9781' },
    expected: { eligible: true, details: { basic: '1795.00' } },
    source: 'NII FAQ (as of 01.01.2025): "Single person – NIS 9,781"',
  },
] as const;
