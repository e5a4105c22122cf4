// Golden cases for the old-age pension with an income supplement, from the NII's table "סכומי קצבת
// אזרח ותיק עם תוספת השלמת הכנסה" (btl.gov.il, versions as of 01.01.2024 and 01.01.2026).
const TABLE = 'NII, "סכומי קצבת אזרח ותיק עם תוספת השלמת הכנסה"';
const none = { otherMonthlyIncome: '0' } as const;

export const incomeSupplementCases = [
  {
    name: '2024, single under 70: 4,132',
    input: { ...none, date: '2024-03-01', age: 68, family: 'single' },
    expected: { eligible: true, amount: '4132.00' },
    source: `${TABLE} (01.01.2024): "ליחיד/ה 4,132 ש"ח"`,
  },
  {
    name: '2024, couple under 70: 6,529',
    input: { ...none, date: '2024-03-01', age: 68, family: 'couple' },
    expected: { amount: '6529.00' },
    source: `${TABLE} (01.01.2024): "לזוג 6,529 ש"ח"`,
  },
  {
    name: '2024, couple with two children under 70: 8,648',
    input: { ...none, date: '2024-03-01', age: 68, family: 'couple-two-children' },
    expected: { amount: '8648.00' },
    source: `${TABLE} (01.01.2024)`,
  },
  {
    name: '2024, single 70–80: 4,172',
    input: { ...none, date: '2024-03-01', age: 75, family: 'single' },
    expected: { amount: '4172.00' },
    source: `${TABLE} (01.01.2024): "מגיל 70 עד גיל 80 … ליחיד/ה 4,172"`,
  },
  {
    name: '2024, couple 80+: 6,657',
    input: { ...none, date: '2024-03-01', age: 84, family: 'couple' },
    expected: { amount: '6657.00' },
    source: `${TABLE} (01.01.2024): "מגיל 80 ומעלה … לזוג 6,657"`,
  },
  {
    name: '2026, single under 70: 4,375',
    input: { ...none, date: '2026-02-01', age: 68, family: 'single' },
    expected: { amount: '4375.00' },
    source: `${TABLE} (01.01.2026): "ליחיד/ה 4,375 ש"ח"`,
  },
  {
    name: '2026, single with a child, 70–80: 7,374',
    input: { ...none, date: '2026-02-01', age: 72, family: 'single-one-child' },
    expected: { amount: '7374.00' },
    source: `${TABLE} (01.01.2026)`,
  },
  {
    name: '2026, couple 80+: 7,048',
    input: { ...none, date: '2026-02-01', age: 81, family: 'couple' },
    expected: { amount: '7048.00' },
    source: `${TABLE} (01.01.2026): "מגיל 80 ומעלה … לזוג 7,048"`,
  },
  {
    name: '2026, other income: the income test decides (its thresholds are not in the sources); the total is the most',
    input: { date: '2026-02-01', age: 70, family: 'single', otherMonthlyIncome: '1500' },
    expected: { eligible: null, amount: null, details: { total: '4418.00' } },
    source: `${TABLE} (01.01.2026): "מגיל 70 עד גיל 80 … ליחיד/ה 4,418"`,
  },
] as const;
