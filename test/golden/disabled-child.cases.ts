// Golden cases for the disabled child grant: the NII rights guide 2014 = the 2014 guide ("מי זכאי לגמלה לילד נכה?",
// "תנאי הזכאות לגמלה"), the NII annual report 2022 = the 2022 annual report ("גמלה לילד נכה").
const WHO_2014 = 'the NII rights guide 2014 "מי זכאי לגמלה לילד נכה?"';
const WHO_2022 = 'the NII annual report 2022 "גמלה לילד נכה › קביעת הזכאות לגמלה"';

export const disabledChildCases = [
  {
    name: '2022, dependence on others at 2 years and 11 months: from age 3',
    input: { date: '2022-06-01', childBirthDate: '2019-07-01', condition: 'adl-dependence' },
    expected: { eligible: false, amount: null },
    source: `${WHO_2022}: "תלוי בעזרת הזולת ... הזכאות מגיל 3"`,
  },
  {
    name: '2022, dependence on others at 3',
    input: { date: '2022-06-01', childBirthDate: '2019-06-01', condition: 'adl-dependence' },
    expected: {
      eligible: true,
      amount: null,
      details: { fullSinglePension: '2229.00', levels: ['50', '100', '112', '188', '235'] },
    },
    source: `${WHO_2022}; the NII annual report 2022 "גובה הגמלה": five levels, "סכום הגמלה בשיעור 100% 2,229 ש"ח"`,
  },
  {
    name: '2022, constant supervision at 89 days: from 90 days',
    input: { date: '2022-06-01', childBirthDate: '2022-03-04', condition: 'constant-supervision' },
    expected: { eligible: false },
    source: `${WHO_2022}: "נוכחות מתמדת או ... השגחה קבועה ... הזכאות מגיל 90 יום"`,
  },
  {
    name: '2022, constant supervision at 90 days',
    input: { date: '2022-06-01', childBirthDate: '2022-03-03', condition: 'constant-supervision' },
    expected: { eligible: true },
    source: `${WHO_2022}: "הזכאות מגיל 90 יום"`,
  },
  {
    name: 'January 2014, constant supervision at 90 days: from 91 days',
    input: { date: '2014-06-01', childBirthDate: '2014-03-03', condition: 'constant-supervision' },
    expected: { eligible: false, details: { fullSinglePension: '2189.00', levelRange: ['50', '128'] } },
    source: `${WHO_2014}: "ילד עד גיל 18 הזקוק לנוכחות מתמדת ... (מגיל 91 יום)"; "גמלה לילד נכה": 50%–128% of 2,189`,
  },
  {
    name: '2022, special impairment of a newborn: from birth',
    input: { date: '2022-06-01', childBirthDate: '2022-06-01', condition: 'special-impairment' },
    expected: { eligible: true },
    source: `${WHO_2022}: "הוא סובל מליקוי מיוחד ... הזכאות מיום הלידה"`,
  },
  {
    name: 'January 2014, special impairment at age 1: depends on which impairment',
    input: { date: '2014-06-01', childBirthDate: '2013-03-01', condition: 'special-impairment' },
    expected: { eligible: null },
    source: `${WHO_2014}: Down syndrome and hearing from birth, sight/autism/psychosis from 91 days, help to communicate from 3`,
  },
  {
    name: 'January 2014, special impairment at age 4: every listed impairment has started',
    input: { date: '2014-06-01', childBirthDate: '2010-03-01', condition: 'special-impairment' },
    expected: { eligible: true },
    source: `${WHO_2014}: the latest start is "מגיל 3"`,
  },
  {
    name: 'January 2014, developmental delay at 4: only under 3',
    input: { date: '2014-06-01', childBirthDate: '2010-03-01', condition: 'developmental-delay' },
    expected: { eligible: false },
    source: `${WHO_2014}: "ילד שעדיין לא מלאו לו 3 שנים הסובל מעיכוב התפתחותי חמור (מגיל 91 יום)"`,
  },
  {
    name: 'January 2014, developmental delay at 100 days',
    input: { date: '2014-06-01', childBirthDate: '2014-02-21', condition: 'developmental-delay' },
    expected: { eligible: true },
    source: `${WHO_2014}: "מגיל 91 יום", under 3`,
  },
  {
    name: 'special medical treatment, in a foster family: no grant',
    input: {
      date: '2022-06-01',
      childBirthDate: '2015-01-01',
      condition: 'special-medical-treatment',
      inFosterCare: true,
    },
    expected: { eligible: false },
    source: `${WHO_2022}: "הילד מוחזק במשפחת אומנה. משפחת אומנה זכאית לתמיכה ממשרד הרווחה"; the NII rights guide 2014 "תנאי הזכאות לגמלה": "אינו מוחזק ... במשפחה אומנת"`,
  },
  {
    name: 'a child of 18: no grant',
    input: { date: '2022-06-01', childBirthDate: '2004-06-01', condition: 'constant-supervision' },
    expected: { eligible: false },
    source: `${WHO_2022}: "הילד ... בן פחות מ-18"`,
  },
  {
    name: '2024, level 50%: 1771',
    input: { ...{ childBirthDate: '2018-05-01', condition: 'adl-dependence' }, date: '2024-02-01', level: '50' },
    expected: { eligible: true, amount: '1771.00', unit: 'month' },
    source: 'NII, "Disabled child – Benefit rate" (as of 01.01.2024): 50% – NIS 1,771',
  },
  {
    name: '2024, level 100%: 3479',
    input: { ...{ childBirthDate: '2018-05-01', condition: 'adl-dependence' }, date: '2024-02-01', level: '100' },
    expected: { eligible: true, amount: '3479.00', unit: 'month' },
    source: 'NII, "Disabled child – Benefit rate" (as of 01.01.2024): 100% – NIS 3,479',
  },
  {
    name: '2024, level 112%: 4099',
    input: { ...{ childBirthDate: '2018-05-01', condition: 'adl-dependence' }, date: '2024-02-01', level: '112' },
    expected: { eligible: true, amount: '4099.00', unit: 'month' },
    source: 'NII, "Disabled child – Benefit rate" (as of 01.01.2024): 112% – NIS 4,099',
  },
  {
    name: '2024, level 188%: 6542',
    input: { ...{ childBirthDate: '2018-05-01', condition: 'adl-dependence' }, date: '2024-02-01', level: '188' },
    expected: { eligible: true, amount: '6542.00', unit: 'month' },
    source: 'NII, "Disabled child – Benefit rate" (as of 01.01.2024): 188% – NIS 6,542',
  },
  {
    name: '2024, level 235%: 8313',
    input: { ...{ childBirthDate: '2018-05-01', condition: 'adl-dependence' }, date: '2024-02-01', level: '235' },
    expected: { eligible: true, amount: '8313.00', unit: 'month' },
    source: 'NII, "Disabled child – Benefit rate" (as of 01.01.2024): 235% – NIS 8,313',
  },
  {
    name: '2025, level 100%: 3,694 (a news report, unverified)',
    input: { ...{ childBirthDate: '2018-05-01', condition: 'adl-dependence' }, date: '2025-02-01', level: '100' },
    expected: { eligible: true, amount: '3694.00' },
    source: 'kikar.co.il 21.12.2025: "קצבת ילד נכה עמדה עד עתה בשיעור של 100% על 3,694 שקלים"',
  },
  {
    name: '2025, level 188%: not known for that year, the amount is left open',
    input: { ...{ childBirthDate: '2018-05-01', condition: 'adl-dependence' }, date: '2025-02-01', level: '188' },
    expected: { eligible: true, amount: null, missing: ['סכום הגמלה לילד נכה ברמה 188% לתאריך 2025-02-01'] },
    source: 'No 2025 amount for 188% was found in any public source',
  },
  {
    name: '2026, level 100%: 3,820; level 112%: 4,501',
    input: { ...{ childBirthDate: '2018-05-01', condition: 'adl-dependence' }, date: '2026-02-01', level: '112' },
    expected: {
      eligible: true,
      amount: '4501.00',
      details: { levelAmounts: { '100': '3820.00', '112': '4501.00', '188': null } },
    },
    source: 'srugim.co.il, kikar.co.il (January 2026): 100% – 3,820; 112% – 4,501',
  },
];
