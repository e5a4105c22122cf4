// Golden cases for the general disability pension: input, expected result, and where the expectation
// comes from (the NII rights guide 2014 = the 2014 guide, "ביטוח נכות"; the NII annual report 2022 = the 2022 annual report, general
// disability chapter).
const man = { birthDate: '1975-05-01', sex: 'male', resident: true, housewife: false, inInstitution: false } as const;
const full2014 = {
  ...man,
  date: '2014-01-15',
  weightedMedicalPercent: 70,
  maxImpairmentPercent: 40,
  incapacityPercent: 100,
  monthlyWorkIncome: 0,
};
const full2022 = { ...full2014, date: '2022-06-01' };

export const generalDisabilityCases = [
  {
    name: 'January 2014, full degree, medical disability under 50%: the full single pension, 2,342',
    input: { ...full2014, weightedMedicalPercent: 45, maxImpairmentPercent: 30 },
    expected: {
      eligible: true,
      amount: '2342.00',
      unit: 'month',
      details: { base: '2342.00', fullDegreeSupplement: null },
    },
    source:
      'the NII rights guide 2014 "סכום הקצבה בינואר 2014": "2,342 ש"ח ליחיד שדרגת אי-הכושר שלו היא 100%"; the 252–372 supplement needs 50% medical disability',
  },
  {
    name: 'January 2014, full degree, medical disability of exactly 50%: 2,342 plus the lowest supplement, 252',
    input: { ...full2014, weightedMedicalPercent: 50, maxImpairmentPercent: 30 },
    expected: {
      eligible: true,
      amount: '2594.00',
      details: { base: '2342.00', fullDegreeSupplement: '252.00' },
      warnings: [],
    },
    source:
      'the NII rights guide 2014 "סכום הקצבה בינואר 2014": 2,342; "דרגת אי כושר ... 75% לפחות, ונכות רפואית ... 50% לפחות ... תוספת ... 252-372 ש"ח, לפי אחוז נכותם הרפואית" (50% is the lowest band)',
  },
  {
    name: '2022, full degree: the full single pension, 3,700',
    input: full2022,
    expected: {
      eligible: true,
      amount: '3700.00',
      details: { base: '3700.00', spouseSupplement: null, childrenSupplement: '0.00' },
    },
    source:
      'the NII annual report 2022 "קצבת נכות כללית › גובה הקצבה והתוספות": "דרגת אי-כושר מלאה (75% לפחות) – קצבה חודשית בגובה 3,700 ש"ח"',
  },
  {
    name: '2022, a degree of 75% is already full',
    input: { ...full2022, incapacityPercent: 75 },
    expected: { eligible: true, amount: '3700.00' },
    source: 'the NII annual report 2022 "גובה הקצבה והתוספות": "דרגת אי-כושר מלאה (75% לפחות)"',
  },
  {
    name: '2022, spouse without income and three children: 3,700 + 1,192 + 2 × 954 = 6,800',
    input: { ...full2022, spouse: { monthlyIncome: 0 }, children: 3 },
    expected: {
      eligible: true,
      amount: '6800.00',
      details: { base: '3700.00', spouseSupplement: '1192.00', childrenSupplement: '1908.00' },
    },
    source: 'the NII annual report 2022 "גובה הקצבה והתוספות": spouse 1,192; 954 "בגין כל אחד משני הילדים הראשונים"',
  },
  {
    name: '2022, a spouse earning more than 57% of the average wage brings no supplement',
    input: { ...full2022, spouse: { monthlyIncome: 6100 } },
    expected: { eligible: true, amount: '3700.00', details: { spouseSupplement: '0.00' } },
    source:
      'the NII annual report 2022 "גובה הקצבה והתוספות": spouse income "אינה עולה על 57% מהשכר הממוצע"; 57% × 52,755 ÷ 5 = 6,014.07 < 6,100',
  },
  {
    name: 'January 2014, partial degree of 65%: 65% of 2,342',
    input: { ...full2014, incapacityPercent: 65 },
    expected: { eligible: true, amount: '1522.30', details: { base: '1522.30', fullDegreeSupplement: null } },
    source:
      'the NII rights guide 2014 "סכום הקצבה בינואר 2014": "בשיעור יחסי לדרגת אי-הכושר למי שדרגת אי-הכושר שלו היא 60%-74%"',
  },
  {
    name: 'January 2014, 65% with a spouse (income 1,000) and a child: 50% and 40% of the pension paid',
    input: { ...full2014, incapacityPercent: 65, spouse: { monthlyIncome: 1000 }, children: 1 },
    expected: {
      eligible: true,
      amount: '2892.37',
      details: { base: '1522.30', spouseSupplement: '761.15', childrenSupplement: '608.92' },
    },
    source:
      'the NII rights guide 2014 "תוספת תלויים": spouse whose income ≤ 5,181 – "50% מן הקצבה המשולמת לנכה"; child – "40% מן הקצבה החודשית המשולמת לנכה"',
  },
  {
    name: '2022, housewife with 55% medical disability and full loss of household capacity: no spouse supplement',
    input: {
      ...full2022,
      sex: 'female',
      birthDate: '1980-01-01',
      housewife: true,
      weightedMedicalPercent: 55,
      maxImpairmentPercent: 20,
      spouse: { monthlyIncome: 0 },
    },
    expected: { eligible: true, amount: '3700.00', details: { track: 'housewife', spouseSupplement: '0.00' } },
    source:
      'the NII annual report 2022 "תנאי הזכאות" and "קביעת הזכאות", סעיף 2: housewife – 50% medical; "עקרת בית אינה זכאית לתוספת בעבור בן זוגה"',
  },
  {
    name: 'housewife with 45% medical disability: under her 50% threshold',
    input: {
      ...full2022,
      sex: 'female',
      birthDate: '1980-01-01',
      housewife: true,
      weightedMedicalPercent: 45,
      maxImpairmentPercent: 30,
    },
    expected: { eligible: false, amount: null },
    source: 'the NII annual report 2022 "קביעת הזכאות", סעיף 2: "לעקרות בית – נכות רפואית של 50% לפחות"',
  },
  {
    name: 'earner with 45% weighted and no impairment of 25%: under the medical threshold',
    input: { ...full2022, weightedMedicalPercent: 45, maxImpairmentPercent: 20 },
    expected: { eligible: false, amount: null },
    source: 'the NII annual report 2022 "קביעת הזכאות", סעיף 2: 60%, or 40% with one impairment of 25% or more',
  },
  {
    name: 'earner with 40% weighted and one impairment of 25%: passes the medical threshold',
    input: { ...full2022, weightedMedicalPercent: 40, maxImpairmentPercent: 25 },
    expected: { eligible: true, amount: '3700.00' },
    source:
      'the NII annual report 2022 "קביעת הזכאות", סעיף 2: "40% כשיש ליקוי אחד לפחות בשיעור של 25% או יותר"; the NII rights guide 2014 "תנאי הזכאות לקצבת נכות" סעיף 1',
  },
  {
    name: 'loss of earning capacity of 45%: no pension',
    input: { ...full2022, incapacityPercent: 45 },
    expected: { eligible: false, amount: null },
    source: 'the NII annual report 2022 "קביעת הזכאות", סעיף 3: "אובדן כושר השתכרות נמוך מ-50% אינו מזכה בקצבה"',
  },
  {
    name: '2022, work income of 5,000 (under the 5,300 disregard): the pension is whole',
    input: { ...full2022, monthlyWorkIncome: 5000 },
    expected: { eligible: true, amount: '3700.00' },
    source: 'the NII annual report 2022 "שינויי חקיקה › 2021-2020": disregard 5,300 ₪ ("נמשכה הוראת השעה")',
  },
  {
    name: '2022, work income of 5,800: eligible, reduced by a rate the seeds do not give',
    input: { ...full2022, monthlyWorkIncome: 5800 },
    expected: { eligible: true, amount: null, details: { amountBeforeIncomeReduction: '3700.00' } },
    source:
      'the NII annual report 2022: over the 5,300 disregard and under the 60% limit (6,330.60); the seeds give the disregard and zero points but no reduction rate',
  },
  {
    name: '2022, work income of 7,000: over the 60% limit for a claim',
    input: { ...full2022, monthlyWorkIncome: 7000 },
    expected: { eligible: false, amount: null },
    source: 'the NII annual report 2022 "קביעת הזכאות", סעיף 1: "ההכנסה לכל היותר 60% מהשכר הממוצע" = 6,330.60',
  },
  {
    name: 'January 2014, work income of 5,000: allowed only with a severe impairment or long entitlement',
    input: { ...full2014, monthlyWorkIncome: 5000 },
    expected: { eligible: null, missing: ['האם למבוטח ליקוי חמור או זכאות ממושכת לקצבה'] },
    source:
      'the NII rights guide 2014 "מי זכאי לקצבת נכות?": 60% (5,453) for a severe impairment or long entitlement, 45% (4,090) for all others',
  },
  {
    name: 'a man of 67 has reached retirement age',
    input: { ...full2022, birthDate: '1955-01-01' },
    expected: { eligible: false },
    source:
      'the NII rights guide 2014 "ביטוח זקנה": "גיל הפרישה לגברים - הוא 67 שנים"; the NII annual report 2022 "תנאי הזכאות": "מגיל 18 ועד גיל הפרישה"',
  },
  {
    name: 'a woman born in 1952 is past retirement age at 62',
    input: { ...full2014, date: '2014-06-01', sex: 'female', birthDate: '1952-01-01' },
    expected: { eligible: false },
    source:
      'the NII rights guide 2014 "גיל הפרישה לנשים": "לנשים שנולדו בתקופה מינואר 1950 עד דצמבר 1954 נקבע ל-62 שנים"',
  },
  {
    name: 'a woman born June 1960, in March 2024: past her retirement age (62 and 4 months, reached 2022-10-01)',
    input: { ...full2022, date: '2024-03-01', sex: 'female', birthDate: '1960-06-01' },
    expected: { eligible: false, missing: [] },
    source: 'NII, "הגיל הראשון: גיל הפרישה" (btl.gov.il gilPrisha.aspx): "מ-1/1960 עד 12/1960 גיל 62 ו-4 חודשים"',
  },
  {
    name: 'under 18: no pension',
    input: { ...full2022, birthDate: '2005-01-01' },
    expected: { eligible: false },
    source: 'the NII annual report 2022 "תנאי הזכאות": "מגיל 18"',
  },
  {
    name: 'not a resident: no pension',
    input: { ...full2022, resident: false },
    expected: { eligible: false },
    source: 'the NII annual report 2022 "תנאי הזכאות": "זכאי תושב ישראל"',
  },
  {
    name: '2022, in an institution that is paid part of the pension: 1,057 to the insured',
    input: { ...full2022, inInstitution: true },
    expected: { eligible: true, amount: '1057.00', details: { paidToInsuredInInstitution: '1057.00' } },
    source:
      'the NII annual report 2022 "שינויי חקיקה › 2022 › נכות כללית": "תוספת לשוהים במוסד ... (מ-954 ש"ח ל-1,057 ש"ח)"',
  },
  {
    name: '2024, full degree: 4,291 from kolzchut',
    input: { ...full2022, date: '2024-06-01' },
    expected: { eligible: true, amount: '4291.00' },
    source: 'public sources: general disability, full single pension 4,291 ₪/month, 2024, kolzchut',
  },

  {
    name: '2024, full degree: 4,291 (5,673 with a spouse less its 1,382 increment)',
    input: { ...full2014, date: '2024-01-01' },
    expected: { eligible: true, amount: '4291.00', details: { base: '4291.00' } },
    source:
      'NII, "National Insurance benefits increase according to the rise in the consumer price index and the average wage" (2024): full with spouse 5,673; NII, "Rates of pension" (as of 01.01.2024), btl.gov.il/English Homepage/Benefits/Disability Insurance/Pages/Rates of pension.aspx: spouse increment at full degree 1,382',
  },
  {
    name: '2024, full degree with a spouse without income: 5,673',
    input: { ...full2014, date: '2024-01-01', spouse: { monthlyIncome: 0 } },
    expected: { eligible: true, amount: '5673.00', details: { spouseSupplement: '1382.00' } },
    source:
      'NII, "National Insurance benefits increase according to the rise in the consumer price index and the average wage" (2024): "will now receive NIS 5,673"',
  },
  {
    name: '2024, partial degree of 74%: the table amount 2925, not a share of the full pension',
    input: { ...full2014, date: '2024-03-01', incapacityPercent: 74 },
    expected: { eligible: true, amount: '2925.00', details: { base: '2925.00' } },
    source:
      'NII, "Rates of pension" (as of 01.01.2024), btl.gov.il/English Homepage/Benefits/Disability Insurance/Pages/Rates of pension.aspx: "Partial incapacity degree of 74% – … NIS 2925"',
  },
  {
    name: '2024, partial degree of 65%: the table amount 2636, not a share of the full pension',
    input: { ...full2014, date: '2024-03-01', incapacityPercent: 65 },
    expected: { eligible: true, amount: '2636.00', details: { base: '2636.00' } },
    source:
      'NII, "Rates of pension" (as of 01.01.2024), btl.gov.il/English Homepage/Benefits/Disability Insurance/Pages/Rates of pension.aspx: "Partial incapacity degree of 65% – … NIS 2636"',
  },
  {
    name: '2024, partial degree of 60%: the table amount 2476, not a share of the full pension',
    input: { ...full2014, date: '2024-03-01', incapacityPercent: 60 },
    expected: { eligible: true, amount: '2476.00', details: { base: '2476.00' } },
    source:
      'NII, "Rates of pension" (as of 01.01.2024), btl.gov.il/English Homepage/Benefits/Disability Insurance/Pages/Rates of pension.aspx: "Partial incapacity degree of 60% – … NIS 2476"',
  },
  {
    name: '2024, 74% with a spouse without income and two children: 2,925 + 1,023 + 2 × 818 = 5,584',
    input: { ...full2014, date: '2024-03-01', incapacityPercent: 74, spouse: { monthlyIncome: 0 }, children: 2 },
    expected: {
      eligible: true,
      amount: '5584.00',
      details: { base: '2925.00', spouseSupplement: '1023.00', childrenSupplement: '1636.00' },
    },
    source:
      'NII, "Rates of pension" (as of 01.01.2024), btl.gov.il/English Homepage/Benefits/Disability Insurance/Pages/Rates of pension.aspx: spouse increment at 74% 1,023; child increment at 74% 818 (first two children)',
  },
  {
    name: '2024, 65% earning 3,000 (above 2,633) with a spouse: the full-degree spouse increment, 1,382',
    input: {
      ...full2014,
      date: '2024-03-01',
      incapacityPercent: 65,
      monthlyWorkIncome: 3000,
      spouse: { monthlyIncome: 0 },
    },
    expected: { eligible: true, amount: '4018.00', details: { base: '2636.00', spouseSupplement: '1382.00' } },
    source:
      'NII, "Rates of pension" (as of 01.01.2024), btl.gov.il/English Homepage/Benefits/Disability Insurance/Pages/Rates of pension.aspx: "you earn more than NIS 2,633 a month, you will be entitled to the full increment"; 2,636 + 1,382',
  },
  {
    name: '2024, full degree with one child: 4,291 + 1,106',
    input: { ...full2014, date: '2024-06-01', children: 1 },
    expected: { eligible: true, amount: '5397.00', details: { childrenSupplement: '1106.00' } },
    source:
      'NII, "Rates of pension" (as of 01.01.2024), btl.gov.il/English Homepage/Benefits/Disability Insurance/Pages/Rates of pension.aspx: "Full incapacity degree (100 or 75%) – increment to the amount of NIS 1,106"',
  },
  {
    name: '2025, full degree: 4,556',
    input: { ...full2014, date: '2025-01-01' },
    expected: { eligible: true, amount: '4556.00' },
    source:
      'NII, "L\'Assurance Nationale publie le montant des prestations pour l\'année 2025": "updated to NIS 4,556"',
  },
  {
    name: '2025, full degree with a spouse: 6,024',
    input: { ...full2014, date: '2025-01-01', spouse: { monthlyIncome: 0 } },
    expected: { eligible: true, amount: '6024.00' },
    source:
      'NII, "L\'Assurance Nationale publie le montant des prestations pour l\'année 2025": "increment for a spouse - will now receive an allowance of NIS 6,024"',
  },
  {
    name: '2025, partial degree of 74%: 3106',
    input: { ...full2014, date: '2025-02-01', incapacityPercent: 74 },
    expected: { eligible: true, amount: '3106.00' },
    source:
      'NII, "L\'Assurance Nationale publie le montant des prestations pour l\'année 2025": "Individual with 74% incapacity 3106"',
  },
  {
    name: '2025, partial degree of 65%: 2800',
    input: { ...full2014, date: '2025-02-01', incapacityPercent: 65 },
    expected: { eligible: true, amount: '2800.00' },
    source:
      'NII, "L\'Assurance Nationale publie le montant des prestations pour l\'année 2025": "Individual with 65% incapacity 2800"',
  },
  {
    name: '2025, partial degree of 60%: 2629',
    input: { ...full2014, date: '2025-02-01', incapacityPercent: 60 },
    expected: { eligible: true, amount: '2629.00' },
    source:
      'NII, "L\'Assurance Nationale publie le montant des prestations pour l\'année 2025": "Individual with 60% incapacity 2629"',
  },
  {
    name: '2025, full degree with two children: 4,556 + 2 × 1,175',
    input: { ...full2014, date: '2025-02-01', children: 2 },
    expected: { eligible: true, amount: '6906.00', details: { childrenSupplement: '2350.00' } },
    source:
      'NII, "The National Insurance publishes the 2026 benefit rates…" (January 2026): "Increment for each child (up to 2 children) | 1,214 | 1,175"',
  },
  {
    name: '2026, full degree with a spouse: 6,229',
    input: { ...full2014, date: '2026-01-01', spouse: { monthlyIncome: 0 } },
    expected: { eligible: true, amount: '6229.00', details: { spouseSupplement: '1518.00' } },
    source:
      'NII, "The National Insurance publishes the 2026 benefit rates…" (January 2026): "with increment for a spouse who does not receive this pension | 6,229"',
  },
  {
    name: '2026, partial degree of 74%: 3211',
    input: { ...full2014, date: '2026-01-01', incapacityPercent: 74 },
    expected: { eligible: true, amount: '3211.00' },
    source: 'NII, "The National Insurance publishes the 2026 benefit rates…" (January 2026): "74% … 3211"',
  },
  {
    name: '2026, partial degree of 65%: 2894',
    input: { ...full2014, date: '2026-01-01', incapacityPercent: 65 },
    expected: { eligible: true, amount: '2894.00' },
    source: 'NII, "The National Insurance publishes the 2026 benefit rates…" (January 2026): "65% … 2894"',
  },
  {
    name: '2026, partial degree of 60%: 2718',
    input: { ...full2014, date: '2026-01-01', incapacityPercent: 60 },
    expected: { eligible: true, amount: '2718.00' },
    source: 'NII, "The National Insurance publishes the 2026 benefit rates…" (January 2026): "60% … 2718"',
  },
  {
    name: '2026, full degree with one child: 4,711 + 1,214',
    input: { ...full2014, date: '2026-03-01', children: 1 },
    expected: { eligible: true, amount: '5925.00', details: { childrenSupplement: '1214.00' } },
    source:
      'NII, "The National Insurance publishes the 2026 benefit rates…" (January 2026): "Increment for each child … 1,214"',
  },
  {
    name: '2026, full degree: 4,711, naming the 4,771 of the English press release and why',
    input: { ...full2014, date: '2026-03-01' },
    expected: {
      eligible: true,
      amount: '4711.00',
      conflicts: [{ parameter: 'disability.general.fullPension', otherValue: '4,771 ₪' }],
    },
    source: `${'NII, 2026 rates (January 2026)'}: 6,229 with a spouse and every other row up 3.4% (4,556 × 1.034 ≈ 4,711); 4,711 in ice.co.il, kikar.co.il; 4,771 in the English press release`,
  },
];
