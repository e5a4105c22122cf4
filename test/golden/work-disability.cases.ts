// Golden cases for work disability: the NII rights guide 2014 = the 2014 guide ("ביטוח נפגעי עבודה › גמלאות נכות
// מעבודה", "נכה נזקק"), NII circular 127/2022 = circular 127/2022.
const PENSION =
  'the NII rights guide 2014 "קצבת נכות מעבודה": "דרגת נכות זמנית של 9% לפחות או ... לצמיתות של 20% לפחות"';
const GRANT =
  'the NII rights guide 2014 "מענק נכות מעבודה": "לצמיתות של 9% ומעלה, אך נמוכה מ-20% - ... קצבה חודשית כפול 43"';

export const workDisabilityCases = [
  {
    name: 'permanent 15%: a grant of 43 monthly pensions',
    input: { date: '2014-03-01', medicalPercent: 15, permanent: true },
    expected: {
      eligible: true,
      amount: null,
      details: { kind: 'grant', paidPercent: 15, grantMonths: 43, maxMonthlyPensionAt100: '32839.00' },
    },
    source: `${GRANT}; "מקסימום הקצבה החודשית - 32,839 ש"ח"`,
  },
  {
    name: 'permanent 9%: the lowest degree for a grant',
    input: { date: '2014-03-01', medicalPercent: 9, permanent: true },
    expected: { eligible: true, details: { kind: 'grant', paidPercent: 9 } },
    source: GRANT,
  },
  {
    name: 'permanent 19%: still a grant',
    input: { date: '2014-03-01', medicalPercent: 19, permanent: true },
    expected: { details: { kind: 'grant' } },
    source: GRANT,
  },
  {
    name: 'permanent 20%: a monthly pension',
    input: { date: '2014-03-01', medicalPercent: 20, permanent: true },
    expected: { eligible: true, details: { kind: 'pension', paidPercent: 20 } },
    source: PENSION,
  },
  {
    name: 'permanent 8%: nothing',
    input: { date: '2014-03-01', medicalPercent: 8, permanent: true },
    expected: { eligible: false, details: { kind: 'none' } },
    source: GRANT,
  },
  {
    name: 'temporary 9%: a monthly pension',
    input: { date: '2014-03-01', medicalPercent: 9, permanent: false },
    expected: { eligible: true, details: { kind: 'pension', paidPercent: 9 } },
    source: PENSION,
  },
  {
    name: 'temporary 8%: nothing',
    input: { date: '2014-03-01', medicalPercent: 8, permanent: false },
    expected: { eligible: false, details: { kind: 'none' } },
    source: PENSION,
  },
  {
    name: 'temporary 30%, recognised as needy disabled: paid at 100% (circular 127/2022 example)',
    input: { date: '2022-08-01', medicalPercent: 30, permanent: false, needyDisabled: true },
    expected: { eligible: true, details: { kind: 'pension', paidPercent: 100 } },
    source:
      'NII circular 127/2022 "הגדרות": "מוגדלת דרגת הנכות הזמנית ל-100%"; the circular\'s screen: "נכות רפואית: 30.00", "אחוז נכות: 100.00", "נכה נזקק: כן"',
  },
  {
    name: 'permanent 30% marked needy disabled: not raised (the rule is for temporary degrees)',
    input: { date: '2022-08-01', medicalPercent: 30, permanent: true, needyDisabled: true },
    expected: { eligible: true, details: { kind: 'pension', paidPercent: 30 } },
    source: 'the NII rights guide 2014 "נכה נזקק": "נכה שנקבעה לו נכות זמנית"',
  },
];
