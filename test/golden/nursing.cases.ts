// Golden cases for the long-term care benefit, from the NII rights guide 2014 "ביטוח סיעוד": "שיעורי הגמלה" (rates and
// weekly hours) and "סכומי הגמלה בכסף במרס 2014 (למי שמעסיק עובד זר)".
const base = { date: '2014-06-01' } as const;

export const nursingCases = [
  {
    name: 'dependent to a large extent in most daily activities: 91%, 9.75 hours, services',
    input: { ...base, dependency: 'large' },
    expected: { eligible: true, amount: null, unit: null, details: { level: 91, weeklyHours: 9.75, cash: false } },
    source:
      'the NII rights guide 2014 "91% גמלה (9.75 שעות שבועיות) - למי שנמצא תלוי במידה רבה בעזרת הזולת ברוב פעולות היום-יום"',
  },
  {
    name: 'needs supervision: 91%',
    input: { ...base, dependency: 'supervision' },
    expected: { details: { level: 91, weeklyHours: 9.75 } },
    source: 'the NII rights guide 2014 "... וכן למי שנמצא זקוק להשגחה"',
  },
  {
    name: 'to a very large extent, with an Israeli caregiver: 150%, 16 + 3 hours',
    input: { ...base, dependency: 'very-large', employsIsraeliCaregiver: true },
    expected: { details: { level: 150, weeklyHours: 19 } },
    source:
      'the NII rights guide 2014 "150% גמלה (16 שעות שבועיות) ... מי שמעסיק מטפל ישראלי, יקבל תוספת של 3 שעות טיפול"',
  },
  {
    name: 'entirely dependent, with an Israeli caregiver: 168%, 18 + 4 hours',
    input: { ...base, dependency: 'full', employsIsraeliCaregiver: true },
    expected: { details: { level: 168, weeklyHours: 22 } },
    source: 'the NII rights guide 2014 "168% גמלה (18 שעות שבועיות) ... תוספת של 4 שעות טיפול"',
  },
  {
    name: 'constant supervision, in cash, March 2014: 2,942',
    input: { date: '2014-03-01', dependency: 'constant-supervision', cash: true },
    expected: {
      eligible: true,
      amount: '2942.00',
      unit: 'month',
      details: { level: 168, cash: true, halfRateCash: { percent: 84, amount: '1471.00' } },
    },
    source: 'the NII rights guide 2014 "168% | 2,942 ₪", "84% | 1,471 ₪"; "החל ביום 1.3.2014 ... בכסף"',
  },
  {
    name: '91% in cash: 1,594 (half rate 797)',
    input: { ...base, dependency: 'large', cash: true, employsIsraeliCaregiver: false },
    expected: { amount: '1594.00', details: { halfRateCash: { percent: 45.5, amount: '797.00' } } },
    source: 'the NII rights guide 2014 "91% | 1,594 ₪", "45.5% | 797 ₪"',
  },
  {
    name: '150% in cash: 2,627 (half rate 1,314)',
    input: { ...base, dependency: 'very-large', cash: true },
    expected: { amount: '2627.00', details: { weeklyHours: 16, halfRateCash: { percent: 75, amount: '1314.00' } } },
    source: 'the NII rights guide 2014 "150% | 2,627 ₪", "75% | 1,314 ₪"',
  },
  {
    name: 'cash before 1.3.2014: services only',
    input: { date: '2014-02-28', dependency: 'full', cash: true },
    expected: { eligible: true, amount: null, details: { cash: false } },
    source: 'the NII rights guide 2014 "החל ביום 1.3.2014 כל זכאי ... יוכל לקבל את גמלת הסיעוד בכסף"',
  },
  {
    name: 'cash with an Israeli caregiver: the seed gives amounts only for a foreign worker',
    input: { ...base, dependency: 'full', cash: true, employsIsraeliCaregiver: true },
    expected: { eligible: true, amount: null, details: { weeklyHours: 22, cash: false } },
    source: 'the NII rights guide 2014 "סכומי הגמלה בכסף במרס 2014 (למי שמעסיק עובד זר)"',
  },
  {
    name: 'not dependent: no benefit',
    input: { ...base, dependency: 'none' },
    expected: { eligible: false, amount: null },
    source:
      'the NII rights guide 2014 "תנאי הזכאות לגמלת סיעוד": "תלוי במידה רבה בעזרתו של אדם אחר ... או ... זקוק להשגחה"',
  },
] as const;
