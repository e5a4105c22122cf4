// The documents the rules rest on, named so that a lawyer can find them: publisher, title, date and
// web address where there is one. A reason or a parameter cites one of these plus its own section.

interface Document {
  publisher: string;
  title: string;
  /** As printed on the document ("נכון ל-01.01.2024"), or its date of publication. */
  date: string;
  url?: string;
}

const NII = 'המוסד לביטוח לאומי';
const KOLZCHUT = 'כל זכות (kolzchut.org.il)';
const kolzchutPage = (title: string) =>
  `https://www.kolzchut.org.il/he/${encodeURIComponent(title.replaceAll(' ', '_'))}`;

/** The five documents the product was specified from, by their own titles. */
const SEEDS = {
  activity2023: { publisher: NII, title: 'אתר האינטרנט של הביטוח הלאומי – סיכום הפעילות בשנת 2023', date: '2024' },
  rights2014: {
    publisher: NII,
    title: 'הזכויות שלך בביטוח הלאומי 2014',
    date: 'סכומים נכון לינואר 2014',
    url: 'https://www.btl.gov.il',
  },
  swordsOfIron: {
    publisher: 'שטרק את שטרק, רואי חשבון',
    title: 'ביטוח לאומי – כל העדכונים בעקבות המלחמה ("חרבות ברזל")',
    date: '30.10.2023',
  },
  report2022: { publisher: NII, title: 'הדוח השנתי 2022, פרק "ביטוח נכות כללית"', date: '2023; סכומים נכונים ל-2022' },
  circular127: {
    publisher: NII,
    title: 'חוזר 127/2022 (נפגעי עבודה, אבטלה 1475) "התחשבנות בין נכה נזקק ודמי אבטלה"',
    date: '05.07.2022',
  },
} as const satisfies Record<string, Document>;

/** Public pages for values after the published sources (the NII's own pages first; others only where it has none). */
const PAGES = {
  rates2026: {
    publisher: NII,
    title: 'The National Insurance publishes the 2026 benefit rates according to the price index and average wage',
    date: 'ינואר 2026',
    url: 'https://www.btl.gov.il/English%20Homepage/About/News/Pages/hadasaidkonkitzva2026.aspx',
  },
  rates2025: {
    publisher: NII,
    title: "L'Assurance Nationale publie le montant des prestations pour l'année 2025",
    date: 'ינואר 2025',
    url: 'https://btl.gov.il/French%20homepage/About/PressReleases/Pages/GovaKizbeot2025.aspx',
  },
  rates2024: {
    publisher: NII,
    title:
      'National Insurance benefits increase according to the rise in the consumer price index and the average wage',
    date: 'ינואר 2024',
    url: 'https://www.btl.gov.il/English%20Homepage/About/PressReleases/Pages/HalatKizbeot2024.aspx',
  },
  disabilityRates: {
    publisher: NII,
    title: 'Rates of pension – Monthly pension rates (general disability)',
    date: 'נכון ל-01.01.2024',
    url: 'https://btl.gov.il/English%20Homepage/Benefits/Disability%20Insurance/Pages/Rates%20of%20pension.aspx',
  },
  ice2026: {
    publisher: 'ice.co.il (כתבה חדשותית, מקור משני)',
    title: 'ביטוח לאומי בבשורה אדירה: זה המענק שיעלה ל-4,711 שקל',
    date: 'פברואר 2026',
    url: 'http://ice.co.il/consumerism/news/article/1102108',
  },
  kikar2025: {
    publisher: 'kikar.co.il (כתבה חדשותית, מקור משני)',
    title: 'תחזית העלייה בקצבאות 2026 (כותרתה לא נשמרה בעותק שנבדק)',
    date: '21.12.2025',
    url: 'https://www.kikar.co.il/israel-news/t7mt7p',
  },
  kikar2026: {
    publisher: 'kikar.co.il (כתבה חדשותית, מקור משני)',
    title: 'כתבה על סכומי הקצבאות ל-2026 (כותרתה לא נשמרה בעותק שנבדק)',
    date: '21.01.2026',
    url: 'https://www.kikar.co.il/israel-news/t988b1',
  },
  srugim2026: {
    publisher: 'srugim.co.il (כתבה חדשותית, מקור משני)',
    title: 'ביטוח לאומי בבשורה אדירה לציבור',
    date: 'ינואר 2026',
    url: 'https://www.srugim.co.il/1292684-%D7%91%D7%99%D7%98%D7%95%D7%97-%D7%9C%D7%90%D7%95%D7%9E%D7%99-%D7%91%D7%91%D7%A9%D7%95%D7%A8%D7%94-%D7%90%D7%93%D7%99%D7%A8%D7%94-%D7%9C%D7%A6%D7%99%D7%91%D7%95%D7%A8',
  },
  nhn2026: {
    publisher: 'nhn.co.il (מקור משני)',
    title: 'נכות כללית ביטוח לאומי 2026 – תנאים, סכומים',
    date: '16.02.2026',
    url: 'https://nhn.co.il/%D7%A0%D7%9B%D7%95%D7%AA-%D7%9B%D7%9C%D7%9C%D7%99%D7%AA-%D7%91%D7%99%D7%98%D7%95%D7%97-%D7%9C%D7%90%D7%95%D7%9E%D7%99-2026-%D7%AA%D7%A0%D7%90%D7%99%D7%9D-%D7%A1%D7%9B%D7%95%D7%9E%D7%99%D7%9D-%D7%95/',
  },
  yfAdv: {
    publisher: 'yf-adv.co.il (משרד עורכי דין, מקור משני)',
    title: 'שירותים מיוחדים לנכים',
    date: '2023',
    url: 'https://yf-adv.co.il/%D7%A9%D7%99%D7%A8%D7%95%D7%AA%D7%99%D7%9D-%D7%9E%D7%99%D7%95%D7%97%D7%93%D7%99%D7%9D-%D7%9C%D7%A0%D7%9B%D7%99%D7%9D/',
  },
  kolzchutDisability: {
    publisher: KOLZCHUT,
    title: 'קצבת נכות כללית',
    date: '2024',
    url: kolzchutPage('קצבת נכות כללית'),
  },
  kolzchutAdditional: {
    publisher: KOLZCHUT,
    title: 'קצבה חודשית נוספת לקצבת נכות כללית (קח"ן)',
    date: '2024',
    url: kolzchutPage('קצבה חודשית נוספת לקצבת נכות כללית (קח"ן)'),
  },
  iadl: {
    publisher: NII,
    title: 'Attendance allowance: the dependence test (IADL)',
    date: 'ללא תאריך',
    url: 'https://btl.gov.il/English%20Homepage/Benefits/sharam/Pages/the-IADL-test.aspx',
  },
  childRates: {
    publisher: NII,
    title: 'Disabled child – Benefit rate',
    date: 'נכון ל-01.01.2024',
    url: 'https://btl.gov.il/English%20Homepage/Benefits/Disabledchild/Pages/Benefit-rate0209-984.aspx',
  },
  oldAgeSupplement: {
    publisher: NII,
    title: 'סכומי קצבת אזרח ותיק עם תוספת השלמת הכנסה',
    date: 'נכון ל-01.01.2024 ול-01.01.2026',
    url: 'https://www.btl.gov.il/benefits/old_age/hashHachZ/Pages/schumim.aspx',
  },
  oldAgeWorking: {
    publisher: NII,
    title: 'FAQ (Old age): a man who reaches retirement age and keeps working',
    date: 'נכון ל-01.01.2025',
    url: 'https://www.btl.gov.il/English%20Homepage/About/Frequent_questions/Old%20age/Pages/default.aspx',
  },
  oldAgeOtherIncome: {
    publisher: NII,
    title: 'Old age – Income from sources other than work',
    date: 'נכון ל-01.01.2024',
    url: 'https://btl.gov.il/English%20Homepage/Benefits/Old%20Age%20Insurance/Conditions/Pages/sourcesother.aspx',
  },
  oldAgeRates: {
    publisher: NII,
    title: 'Pension rates – Monthly old-age pension rates',
    date: '2024',
    url: 'https://www.btl.gov.il/English%20Homepage/Benefits/Old%20Age%20Insurance/Pages/Pensionrates.aspx',
  },
  retirementAge: {
    publisher: NII,
    title: 'הגיל הראשון: גיל הפרישה',
    date: 'הגרסה העדכנית של הדף',
    url: 'https://www.btl.gov.il/benefits/old_age/Conditions_of_eligibility/gilMezake/Pages/gilPrisha.aspx',
  },
  widowRates: {
    publisher: NII,
    title: 'Pension for a widow or widower',
    date: 'נכון ל-01.01.2024',
    url: 'https://btl.gov.il/English%20Homepage/Benefits/SurvivorsInsurance/Pension%20rates/Pages/widow.aspx',
  },
  incomeSupportRates: {
    publisher: NII,
    title: 'Rates of income support benefit',
    date: 'נכון ל-01.01.2024 ול-01.01.2025',
    url: 'https://www.btl.gov.il/English%20Homepage/Benefits/Income%20Support%20Benefit/Pages/Rates%20of%20Income%20Support%20Benefit.aspx',
  },
  unemploymentOver28: {
    publisher: NII,
    title: 'Unemployment – For those 28 years of age or older',
    date: 'נכון ל-01.01.2024, 01.01.2025, 01.01.2026',
    url: 'https://www.btl.gov.il/English%20Homepage/Benefits/Unemployment%20Insurance/Amount/Pages/28yearsofageorolder.aspx',
  },
  reserveByType: {
    publisher: NII,
    title: 'Reserve service – Benefit by type of eligible persons',
    date: 'נכון ל-01.01.2024',
    url: 'https://www.btl.gov.il/English%20Homepage/Benefits/Reserve%20Service%20Benefit/Pages/Benefit-by-type.aspx',
  },
  kolzchutReserveDraft: {
    publisher: KOLZCHUT,
    title: 'תשלום עבור שירות מילואים (טיוטה שלא פורסמה לציבור)',
    date: '2024',
    url: kolzchutPage('חדש:ניסיון:תשלום עבור שירות מילואים'),
  },
  maternityRates: {
    publisher: NII,
    title: 'Maternity allowance – Benefit rates',
    date: 'נכון ל-01.01.2024',
    url: 'https://www.btl.gov.il/English%20Homepage/Benefits/Maternity%20Insurance/Maternity%20Allowance/Pages/Benefitrates.aspx',
  },
  injuryRate: {
    publisher: NII,
    title: 'Rate of injury allowance per day',
    date: 'נכון ל-01.01.2025',
    url: 'https://www.btl.gov.il/English%20Homepage/Benefits/Work%20Injury%20Insurance/Injury%20allowance/Pages/Rateperday.aspx',
  },
  injuryRate2023: {
    publisher: NII,
    title: 'Rate of injury allowance per day',
    date: 'נכון ל-01.01.2023',
    url: 'https://www.btl.gov.il/English%20Homepage/Benefits/Work%20Injury%20Insurance/Injury%20allowance/Pages/Rateperday.aspx',
  },
  workDisabilityRates: {
    publisher: NII,
    title: 'שיעורי קצבת נכות מעבודה',
    date: 'החל ב-01.01.2024',
    url: 'https://www.btl.gov.il/benefits/Work_Injury/Work_injury_benefit/Pages/%D7%A9%D7%99%D7%A2%D7%95%D7%A8%20%D7%95%D7%9E%D7%A7%D7%95%D7%9D%20%D7%AA%D7%A9%D7%9C%D7%95%D7%9D%20%D7%A7%D7%A6%D7%91%D7%AA%20%D7%94%D7%A0%D7%9B%D7%95%D7%AA%20%D7%95%D7%9E%D7%A2%D7%A0%D7%A7%20%D7%94%D7%A0%D7%9B%D7%95%D7%AA%20%D7%9E%D7%A2%D7%91%D7%95%D7%93%D7%94.aspx',
  },
  kolzchutInjury: { publisher: KOLZCHUT, title: 'דמי פגיעה', date: '2024', url: kolzchutPage('דמי פגיעה') },
  kolzchutOldAge: {
    publisher: KOLZCHUT,
    title: 'קצבת זיקנה בסיסית',
    date: '2024',
    url: kolzchutPage('קצבת זיקנה בסיסית'),
  },
  feeCaps2024: {
    publisher: NII,
    title: 'חישוב התשלום המקסימלי שמותר לגבות ממך',
    date: 'החל ב-01.01.2024',
    url: 'https://www.btl.gov.il/Laws/fees/Pages/jishuvMaksimun.aspx',
  },
  feeCaps2022: {
    publisher: NII,
    title: 'כמה משלמים למייצג (תחום "חוקים › שכר טרחה")',
    date: '2022',
    url: 'https://www.btl.gov.il/Laws/fees/Pages/kamaMeshalmim.aspx',
  },
  feeRules: {
    publisher: NII,
    title: 'הגבלת שכר טרחה: טיפול בתביעה',
    date: 'ללא תאריך',
    url: 'https://www.btl.gov.il/Laws/fees/Pages/tipul.aspx',
  },
  kolzchutFeeLimit: {
    publisher: KOLZCHUT,
    title: 'הגבלת שכר טרחה',
    date: 'ללא תאריך',
    url: kolzchutPage('הגבלת שכר טרחה'),
  },
  kolzchutFeeTiming: {
    publisher: KOLZCHUT,
    title: 'הגבלת מועדי תשלום שכר טרחה',
    date: 'ללא תאריך',
    url: kolzchutPage('הגבלת מועדי תשלום שכר טרחה'),
  },
  generalDisabilityForms: {
    publisher: NII,
    title: 'טפסים ואישורים: נכות כללית',
    date: 'ללא תאריך',
    url: 'https://www.btl.gov.il/%D7%98%D7%A4%D7%A1%D7%99%D7%9D%20%D7%95%D7%90%D7%99%D7%A9%D7%95%D7%A8%D7%99%D7%9D/forms/General_Disability_forms/Pages/default.aspx',
  },
  kolzchutWeighting: {
    publisher: KOLZCHUT,
    title: 'נכות רפואית משוקללת בביטוח הלאומי בגין מספר ליקויים או מחלות',
    date: 'ללא תאריך',
    url: kolzchutPage('נכות רפואית משוקללת בביטוח הלאומי בגין מספר ליקויים או מחלות'),
  },
  medicalCommittees: {
    publisher: NII,
    title: 'ועדות רפואיות – ערר על החלטת ועדה רפואית מדרג ראשון',
    date: 'ללא תאריך',
    url: 'https://www.btl.gov.il',
  },
} as const satisfies Record<string, Document>;

/** Laws and regulations, cited by their official names (no web address needed to find them). */
export const LAW = {
  interpretation: 'חוק הפרשנות, התשמ"א-1981, סעיף 10',
  amendment161: 'חוק הביטוח הלאומי [נוסח משולב], התשנ"ה-1995, תיקון 161 (הגבלת שכר טרחה, הסכמים מ-05.12.2015)',
  latePayment: 'חוק הביטוח הלאומי [נוסח משולב], התשנ"ה-1995, סעיף 296 (תשלום גמלה בעד תקופה שלפני הגשת התביעה)',
  courtDeadlines: 'תקנות הביטוח הלאומי (מועדים להגשת תובענות), התש"ל-1969',
  workInjuryWeighting:
    'תקנות הביטוח הלאומי (קביעת דרגת נכות לנפגעי עבודה), התשט"ז-1956, תקנה 11(ב) (פגימות אחדות: האחוז הגבוה במלואו, כל אחוז הבא מוכפל ביתרה עד 100%)',
  medicalAppealsCourt:
    'חוק הביטוח הלאומי [נוסח משולב], התשנ"ה-1995, סעיף 213 (ערעור לבית הדין לעבודה על החלטת ועדה רפואית לעררים, בשאלה משפטית בלבד)',
  medicalAppealsCourtWorkInjury:
    'חוק הביטוח הלאומי [נוסח משולב], התשנ"ה-1995, סעיף 123 (ערעור בשאלה משפטית על החלטת ועדה רפואית לעררים בנפגעי עבודה)',
} as const;

export type SeedName = keyof typeof SEEDS;
export type PageName = keyof typeof PAGES;

function format(doc: Document, section: string | undefined): string {
  const parts = [doc.publisher, `"${doc.title}" (${doc.date})`];
  if (section) parts.push(section);
  if (doc.url) parts.push(doc.url);
  return parts.join(', ');
}

/** One of the source documents and the section relied on. */
export function cite(seed: SeedName, section: string): string {
  return format(SEEDS[seed], section);
}

/** A public page and, where useful, the row or sentence relied on. */
export function page(name: PageName, section?: string): string {
  return format(PAGES[name], section);
}
