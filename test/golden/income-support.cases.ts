// Golden cases for income support, from the NII rights guide 2014 "גמלה להבטחת הכנסה", the table "סכומי הגמלה המלאה
// בינואר 2014" and its notes.
import { expect } from 'vitest';
const base = { date: '2014-03-01', monthlyWorkIncome: '0' } as const;

export const incomeSupportCases = [
  {
    name: 'a single person of 30 without income: the full amount',
    input: { ...base, age: 30, familyComposition: 'single' },
    expected: {
      eligible: true,
      amount: '1730.00',
      unit: 'month',
      details: { fullAmount: '1730.00', earningsUpTo: '2925.00', partial: false },
    },
    source: 'the NII rights guide 2014 table, row "יחיד", column "בני 20-55": 1,730; "עד סכום זה אפשר להרוויח": 2,925',
  },
  {
    name: 'a couple with two children, 56: the 55-and-over column',
    input: { ...base, age: 56, familyComposition: 'couple-two-or-more-children' },
    expected: { eligible: true, amount: '4281.00', details: { earningsUpTo: '6184.00' } },
    source: 'the NII rights guide 2014 table, row "זוג + 2 ילדים ויותר", column "בני 55 שנים ומעלה": 4,281 / 6,184',
  },
  {
    name: 'exactly 55 belongs to "בני 55 שנים ומעלה"',
    input: { ...base, age: 55, familyComposition: 'couple' },
    expected: { amount: '3243.00', details: { earningsUpTo: '4954.00' } },
    source: 'the NII rights guide 2014 table, row "זוג", column "בני 55 שנים ומעלה": 3,243 / 4,954',
  },
  {
    name: 'a single parent with one child, 40',
    input: { ...base, age: 40, familyComposition: 'single-parent-one-child' },
    expected: { amount: '2897.00', details: { earningsUpTo: '5464.00' } },
    source: 'the NII rights guide 2014 table, row "הורה יחיד + ילד": 2,897 / 5,464',
  },
  {
    name: 'a single parent with two children earning 3,000: a partial benefit, amount not computed',
    input: { ...base, age: 40, familyComposition: 'single-parent-two-or-more-children', monthlyWorkIncome: '3000' },
    expected: {
      eligible: true,
      amount: null,
      details: { fullAmount: '3373.00', earningsUpTo: '6258.00', partial: true },
    },
    source:
      'the NII rights guide 2014 table, row "הורה יחיד + 2 ילדים ויותר": 3,373 / 6,258 ("מלאה או חלקית"); the partial calculation is not in the seed',
  },
  {
    name: 'earning exactly the table amount: no longer entitled',
    input: { ...base, age: 30, familyComposition: 'single', monthlyWorkIncome: '2925' },
    expected: { eligible: false, amount: null },
    source: 'the NII rights guide 2014 "עובד בשכר נמוך": income "נמוכה מהסכומים הרשומים בטבלה"; 2,925 for "יחיד"',
  },
  {
    name: '22, childless, must pass the work test: 20% less',
    input: { ...base, age: 22, familyComposition: 'single', exemptFromWorkTest: false },
    expected: { eligible: true, amount: '1384.00', details: { fullAmount: '1384.00' } },
    source:
      'the NII rights guide 2014 note **: "לבני 20-25 ללא ילדים, שחייבים במבחן תעסוקה - הגמלה מופחתת ב-20%": 1,730 × 0.8',
  },
  {
    name: '22, childless, exempt from the work test: the full amount',
    input: { ...base, age: 22, familyComposition: 'single', exemptFromWorkTest: true },
    expected: { eligible: true, amount: '1730.00' },
    source: 'the NII rights guide 2014 table header: "בני 20-25 הפטורים ממבחן תעסוקה"',
  },
  {
    name: 'a childless couple of 24 without the exemption fact: the amount is open',
    input: { ...base, age: 24, familyComposition: 'couple' },
    expected: { eligible: true, amount: null, missing: ['exemptFromWorkTest'], details: { fullAmount: null } },
    source: 'the NII rights guide 2014 note ** (20% less unless exempt); 2,378 or 1,902.40',
  },
  {
    name: '19: only in special circumstances',
    input: { ...base, age: 19, familyComposition: 'single' },
    expected: { eligible: null, amount: '1730.00' },
    source: 'the NII rights guide 2014 "גיל": "מי שמלאו לו 20 שנים. בנסיבות מיוחדות ... גם מי שמלאו לו 18 שנים"',
  },
  {
    name: '17: not entitled',
    input: { ...base, age: 17, familyComposition: 'single' },
    expected: { eligible: false, amount: null },
    source: 'the NII rights guide 2014 "גיל": 20, or 18 in special circumstances',
  },
  {
    name: '2025, single, 30: 2,028 (the table for 25–54)',
    input: { date: '2025-02-01', age: 30, familyComposition: 'single', monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '2028.00', details: { earningsUpTo: '3563.00' } },
    source: 'NII, "Rates of income support benefit" (as of 01.01.2025): "between 25 and 54 … Individual NIS 2028"',
  },
  {
    name: '2025, couple, 40: 2,788',
    input: { date: '2025-02-01', age: 40, familyComposition: 'couple', monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '2788.00' },
    source: 'NII, "Rates of income support benefit" (as of 01.01.2025): "Couple NIS 2788"',
  },
  {
    name: '2025, couple with a child, 40: 3,042',
    input: { date: '2025-02-01', age: 40, familyComposition: 'couple-one-child', monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '3042.00', details: { earningsUpTo: '5439.00' } },
    source: 'NII, "Rates of income support benefit" (as of 01.01.2025): "Couple + 1 child NIS 3042 NIS 3042 NIS 5439"',
  },
  {
    name: '2025, couple with two children, 40: 3,397',
    input: { date: '2025-02-01', age: 40, familyComposition: 'couple-two-or-more-children', monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '3397.00' },
    source: 'NII, "Rates of income support benefit" (as of 01.01.2025): "Couple + 2 or more children NIS 3397"',
  },
  {
    name: '2025, single parent with a child, 40: 3,397',
    input: { date: '2025-02-01', age: 40, familyComposition: 'single-parent-one-child', monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '3397.00', details: { earningsUpTo: '8676.00' } },
    source:
      'NII, "Rates of income support benefit" (as of 01.01.2025): "Single parent + 1 child NIS 3397 NIS 3397 NIS 8676"',
  },
  {
    name: '2025, single parent with two children, 40: 3,954',
    input: {
      date: '2025-02-01',
      age: 40,
      familyComposition: 'single-parent-two-or-more-children',
      monthlyWorkIncome: '0',
    },
    expected: { eligible: true, amount: '3954.00' },
    source: 'NII, "Rates of income support benefit" (as of 01.01.2025): "Single parent + 2 or more children NIS 3954"',
  },
  {
    name: '2025, single, 22, reporting to the Employment Service: 1,622 (the table, not 80% of 2,028)',
    input: {
      date: '2025-02-01',
      age: 22,
      familyComposition: 'single',
      exemptFromWorkTest: false,
      monthlyWorkIncome: '0',
    },
    expected: { eligible: true, amount: '1622.00' },
    source:
      'NII, "Rates of income support benefit" (as of 01.01.2025), ages 20–24: "Individual NIS 1622 NIS 2028 NIS 3563"',
  },
  {
    name: '2025, couple, 22, exempt from reporting: 2,788',
    input: {
      date: '2025-02-01',
      age: 22,
      familyComposition: 'couple',
      exemptFromWorkTest: true,
      monthlyWorkIncome: '0',
    },
    expected: { eligible: true, amount: '2788.00', details: { earningsUpTo: '4915.00' } },
    source:
      'NII, "Rates of income support benefit" (as of 01.01.2025), ages 20–24: "Couple NIS 2230 NIS 2788 NIS 4915"',
  },
  {
    name: '2025, single, 58: 2,535 (55 to retirement age)',
    input: { date: '2025-02-01', age: 58, familyComposition: 'single', monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '2535.00', details: { earningsUpTo: '5060.00' } },
    source:
      'NII, "Rates of income support benefit" (as of 01.01.2025): "between 55 and retirement age … Individual NIS 2535 NIS 5060"',
  },
  {
    name: '2024, single, 30: 1,961',
    input: { date: '2024-02-01', age: 30, familyComposition: 'single', monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '1961.00', details: { earningsUpTo: '3428.00' } },
    source:
      'NII, "Rates of income support benefit" (as of 01.01.2024): "Individual | NIS 1,569 | NIS 1,961 | NIS 3,428"',
  },
  {
    name: '2024, couple, 30: 2,697',
    input: { date: '2024-02-01', age: 30, familyComposition: 'couple', monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '2697.00', details: { earningsUpTo: '4731.00' } },
    source: 'NII, "Rates of income support benefit" (as of 01.01.2024): "Couple | NIS 2,158 | NIS 2,697 | NIS 4,731"',
  },
  {
    name: '2024, single, 21, reporting: 1,569',
    input: {
      date: '2024-02-01',
      age: 21,
      familyComposition: 'single',
      exemptFromWorkTest: false,
      monthlyWorkIncome: '0',
    },
    expected: { eligible: true, amount: '1569.00' },
    source: 'NII, "Rates of income support benefit" (as of 01.01.2024): "Individual | NIS 1,569"',
  },
  {
    name: '2024, couple with a child, 30: 2,942',
    input: { date: '2024-02-01', age: 30, familyComposition: 'couple-one-child', monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '2942.00' },
    source: 'NII, "Rates of income support benefit" (as of 01.01.2024): "Couple + 1 child | NIS 2,942"',
  },
  {
    name: '2024, single parent with two children, 30: 3,824',
    input: {
      date: '2024-02-01',
      age: 30,
      familyComposition: 'single-parent-two-or-more-children',
      monthlyWorkIncome: '0',
    },
    expected: { eligible: true, amount: '3824.00' },
    source:
      'NII, "Rates of income support benefit" (as of 01.01.2024): "Single parent + 2 or more children | NIS 3,824"',
  },
  {
    name: '2024, couple with two children, 60: the 55-and-over amount is not in the kept 2024 table, so the 2014 one is used and said',
    input: { date: '2024-02-01', age: 60, familyComposition: 'couple-two-or-more-children', monthlyWorkIncome: '0' },
    expected: { eligible: true, amount: '4281.00', warnings: [expect.stringContaining('ידוע עד 01/2014')] },
    source:
      'The NII 2024 table as kept has no "55 to retirement age" rows; the 2014 guide\'s 4,281 is the latest known',
  },
] as const;
