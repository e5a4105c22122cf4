// Golden cases for retroactive amounts: a monthly calculator run month by month from the start of
// entitlement to the month before the decision, each month with its own parameter values. Input,
// expected result, and where the figures come from (the NII rights guide 2014 = the 2014 guide; the NII annual report 2022 = the 2022
// annual report, general disability chapter).
const man = {
  birthDate: '1975-05-01',
  sex: 'male',
  resident: true,
  housewife: false,
  weightedMedicalPercent: 70,
  maxImpairmentPercent: 40,
  incapacityPercent: 100,
  monthlyWorkIncome: 0,
  inInstitution: false,
};
const pensioner = {
  receivesDisabilityPension: true,
  weightedMedicalPercent: 80,
  monthlyWorkIncome: 0,
  inInstitution: false,
};

export const retroactiveCases = [
  {
    name: 'general disability across the July 2021 rise: June at 2,342, July at 3,700',
    input: { calculator: 'general-disability', input: man, from: '2021-06-01', decisionDate: '2021-08-20' },
    expected: {
      eligible: true,
      amount: '6042.00',
      unit: 'once',
      details: {
        months: [
          { month: '2021-06', amount: '2342.00', details: { base: '2342.00' } },
          { month: '2021-07', amount: '3700.00', details: { base: '3700.00' } },
        ],
      },
    },
    source:
      'the NII rights guide 2014 "סכום הקצבה בינואר 2014": 2,342 (the last value before July 2021); the NII annual report 2022 "שינויי חקיקה", חוק ההתייעלות הכלכלית: 3,700 "בגין יולי ואילך"',
  },
  {
    name: 'general disability with a spouse and a child across January 2022: the supplements change with the year',
    input: {
      calculator: 'general-disability',
      input: { ...man, spouse: { monthlyIncome: 0 }, children: 1 },
      from: '2021-12-01',
      decisionDate: '2022-03-01',
    },
    expected: {
      amount: '17499.80',
      details: {
        months: [
          {
            month: '2021-12',
            amount: '5807.80',
            details: { spouseSupplement: '1171.00', childrenSupplement: '936.80' },
          },
          {
            month: '2022-01',
            amount: '5846.00',
            details: { spouseSupplement: '1192.00', childrenSupplement: '954.00' },
          },
          { month: '2022-02', amount: '5846.00' },
        ],
      },
    },
    source:
      'the NII rights guide 2014 "תוספת תלויים": 50% and 40% of 2,342 (1,171; 936.80) until 2022; the NII annual report 2022 "גובה הקצבה והתוספות": 3,700 + 1,192 + 954 in 2022',
  },
  {
    name: 'entitlement from the 16th: the first month is 16/31 of the pension',
    input: { calculator: 'general-disability', input: man, from: '2022-01-16', decisionDate: '2022-03-01' },
    expected: {
      amount: '5609.68',
      details: {
        months: [
          { month: '2022-01', amount: '1909.68', prorated: '16/31' },
          { month: '2022-02', amount: '3700.00' },
        ],
      },
    },
    source:
      'the NII annual report 2022 "גובה הקצבה והתוספות": 3,700; 3,700 × 16 ÷ 31 = 1,909.677… (rounded once, on the total: 5,609.68)',
  },
  {
    name: 'a man who reaches 67 in February 2022: nothing is owed from March',
    input: {
      calculator: 'general-disability',
      input: { ...man, birthDate: '1955-02-10' },
      from: '2021-12-01',
      decisionDate: '2022-04-01',
    },
    expected: {
      eligible: true,
      amount: '11100.00',
      details: {
        months: [
          { month: '2021-12', eligible: true },
          { month: '2022-01' },
          { month: '2022-02', eligible: true, amount: '3700.00' },
          { month: '2022-03', eligible: false, amount: '0.00' },
        ],
      },
    },
    source:
      'the NII annual report 2022 "תנאי הזכאות": "מגיל 18 ועד גיל הפרישה"; the NII rights guide 2014 "ביטוח זקנה": men\'s retirement age 67; each month is judged on its first day',
  },
  {
    name: 'special services at the low level across January 2022: 1,401 then 1,527',
    input: {
      calculator: 'special-services',
      input: { ...pensioner, dependency: 'low' },
      from: '2021-12-01',
      decisionDate: '2022-02-15',
    },
    expected: {
      amount: '2928.00',
      details: {
        months: [
          { month: '2021-12', amount: '1401.00' },
          { month: '2022-01', amount: '1527.00' },
        ],
      },
    },
    source:
      'the NII rights guide 2014 "קצבה לשירותים מיוחדים": from 1,401 (the lowest level, 2014); the NII annual report 2022 "גובה הקצבה והתוספות": 1,527 (50% level, 2022)',
  },
  {
    name: 'special services at the medium level: 2014 gives no amount, so the total stays open',
    input: {
      calculator: 'special-services',
      input: { ...pensioner, dependency: 'medium' },
      from: '2021-12-01',
      decisionDate: '2022-02-15',
    },
    expected: {
      eligible: true,
      amount: null,
      details: {
        months: [
          { month: '2021-12', amount: null },
          { month: '2022-01', amount: '3534.00' },
        ],
      },
    },
    source:
      'the NII rights guide 2014 gives only the lowest and highest 2014 amounts (1,401 and 4,761); the NII annual report 2022: 3,534 for the 112% level in 2022',
  },
  {
    name: 'old age from before the retirement age: the months before it owe nothing, the rest the pension',
    input: {
      calculator: 'old-age',
      input: { birthDate: '1947-05-10', sex: 'male', insuredYears: 30, monthlyWorkIncome: '0' },
      from: '2014-03-01',
      decisionDate: '2014-08-01',
    },
    expected: {
      eligible: true,
      amount: '4286.80',
      details: {
        months: [
          { month: '2014-03', eligible: false, amount: '0.00' },
          { month: '2014-04', eligible: false, amount: '0.00' },
          { month: '2014-05', eligible: false, amount: '0.00' },
          { month: '2014-06', eligible: true, amount: '2143.40' },
          { month: '2014-07', eligible: true, amount: '2143.40' },
        ],
      },
    },
    source:
      'the NII rights guide 2014 "גיל הפרישה לגברים - הוא 67" (10.05.2014; May is judged on its first day, before it), "ליחיד - 1,531" with 40% seniority: 2,143.40 a month, as in the old-age golden cases',
  },
];
