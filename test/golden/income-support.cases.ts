// Golden cases for income support, from seed 001 "גמלה להבטחת הכנסה", the table "סכומי הגמלה המלאה
// בינואר 2014" and its notes.
const base = { date: '2014-03-01', monthlyWorkIncome: '0' } as const;

export const incomeSupportCases = [
  {
    name: 'a single person of 30 without income: the full amount',
    input: { ...base, age: 30, familyComposition: 'single' },
    expected: { eligible: true, amount: '1730.00', unit: 'month', details: { fullAmount: '1730.00', earningsUpTo: '2925.00', partial: false } },
    source: 'seed 001 table, row "יחיד", column "בני 20-55": 1,730; "עד סכום זה אפשר להרוויח": 2,925',
  },
  {
    name: 'a couple with two children, 56: the 55-and-over column',
    input: { ...base, age: 56, familyComposition: 'couple-two-or-more-children' },
    expected: { eligible: true, amount: '4281.00', details: { earningsUpTo: '6184.00' } },
    source: 'seed 001 table, row "זוג + 2 ילדים ויותר", column "בני 55 שנים ומעלה": 4,281 / 6,184',
  },
  {
    name: 'exactly 55 belongs to "בני 55 שנים ומעלה"',
    input: { ...base, age: 55, familyComposition: 'couple' },
    expected: { amount: '3243.00', details: { earningsUpTo: '4954.00' } },
    source: 'seed 001 table, row "זוג", column "בני 55 שנים ומעלה": 3,243 / 4,954',
  },
  {
    name: 'a single parent with one child, 40',
    input: { ...base, age: 40, familyComposition: 'single-parent-one-child' },
    expected: { amount: '2897.00', details: { earningsUpTo: '5464.00' } },
    source: 'seed 001 table, row "הורה יחיד + ילד": 2,897 / 5,464',
  },
  {
    name: 'a single parent with two children earning 3,000: a partial benefit, amount not computed',
    input: { ...base, age: 40, familyComposition: 'single-parent-two-or-more-children', monthlyWorkIncome: '3000' },
    expected: { eligible: true, amount: null, details: { fullAmount: '3373.00', earningsUpTo: '6258.00', partial: true } },
    source: 'seed 001 table, row "הורה יחיד + 2 ילדים ויותר": 3,373 / 6,258 ("מלאה או חלקית"); the partial calculation is not in the seed',
  },
  {
    name: 'earning exactly the table amount: no longer entitled',
    input: { ...base, age: 30, familyComposition: 'single', monthlyWorkIncome: '2925' },
    expected: { eligible: false, amount: null },
    source: 'seed 001 "עובד בשכר נמוך": income "נמוכה מהסכומים הרשומים בטבלה"; 2,925 for "יחיד"',
  },
  {
    name: '22, childless, must pass the work test: 20% less',
    input: { ...base, age: 22, familyComposition: 'single', exemptFromWorkTest: false },
    expected: { eligible: true, amount: '1384.00', details: { fullAmount: '1384.00' } },
    source: 'seed 001 note **: "לבני 20-25 ללא ילדים, שחייבים במבחן תעסוקה - הגמלה מופחתת ב-20%": 1,730 × 0.8',
  },
  {
    name: '22, childless, exempt from the work test: the full amount',
    input: { ...base, age: 22, familyComposition: 'single', exemptFromWorkTest: true },
    expected: { eligible: true, amount: '1730.00' },
    source: 'seed 001 table header: "בני 20-25 הפטורים ממבחן תעסוקה"',
  },
  {
    name: 'a childless couple of 24 without the exemption fact: the amount is open',
    input: { ...base, age: 24, familyComposition: 'couple' },
    expected: { eligible: true, amount: null, missing: ['exemptFromWorkTest'], details: { fullAmount: null } },
    source: 'seed 001 note ** (20% less unless exempt); 2,378 or 1,902.40',
  },
  {
    name: '19: only in special circumstances',
    input: { ...base, age: 19, familyComposition: 'single' },
    expected: { eligible: null, amount: '1730.00' },
    source: 'seed 001 "גיל": "מי שמלאו לו 20 שנים. בנסיבות מיוחדות ... גם מי שמלאו לו 18 שנים"',
  },
  {
    name: '17: not entitled',
    input: { ...base, age: 17, familyComposition: 'single' },
    expected: { eligible: false, amount: null },
    source: 'seed 001 "גיל": 20, or 18 in special circumstances',
  },
] as const;
