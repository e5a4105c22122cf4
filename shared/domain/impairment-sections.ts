// Items (פרטים) of the list of impairments: the schedule (תוספת) to "תקנות הביטוח הלאומי (קביעת דרגת נכות
// לנפגעי עבודה), התשט"ז-1956", by which the NII's medical committees set disability percentages for
// work injury and general disability alike. The NII publishes it in "ספר מבחנים לנכות כללית ונפגעי
// עבודה" (updated November 2018, the schedule from p. 19):
// https://www.btl.gov.il/Laws/Pages/ספר מבחנים לנכות כללית ונפגעי עבודה.aspx
//
// Only items whose number and heading were checked in public texts of the schedule as in force after
// the amendments of 2012 (mental health, sight) and 2015 (blood): the chapters on psychiatric
// disorders and on scars and skin (lawgate.co.il, ספר המבחנים, פרק רביעי and פרק תשיעי), internal
// diseases, the locomotor system, sight and ear-nose-throat (blinds.org.il, פרקים ראשון, חמישי, שישי,
// שביעי; pnz.co.il article 319; lawmb.co.il), neurology (what2do.co.il Page10084), the limbs' bones
// (yaar-law.com), and the 2015 amendment (ק"ת 7584, 22.12.2015). Headings only, no sub-items or
// percentages; long headings are shortened. A protocol may cite a sub-item (37(7)(א)) or an item not
// here: the forms take any section as typed.

export interface ImpairmentSection {
  /** The item's number, as protocols cite it. */
  item: string;
  /** Its heading, or what it covers in short. */
  description: string;
}

export const impairmentSections: readonly ImpairmentSection[] = [
  { item: '1', description: 'בלוטות הלימפה' },
  { item: '2', description: 'מחלות דם' },
  { item: '29', description: 'תסמונות מוחיות והפרעות בעצבים הקרניאליים' },
  { item: '33', description: 'הפרעות נפשיות אורגניות, סכיזופרניה והפרעות דלוזיונליות' },
  { item: '34', description: 'הפרעות מצב רוח, חרדה, הפרעות תלויות דחק, סומטופורמיות ואכילה' },
  { item: '35', description: 'מחלות העצמות והפרקים' },
  { item: '40', description: 'עצם הזרוע ועצמות האמה' },
  { item: '47', description: 'עצמות הגפיים התחתונים' },
  { item: '52', description: 'ליקויים בחדות הראייה והגבלת שדה הראייה' },
  { item: '69', description: 'אף' },
  { item: '70', description: 'חך ובית הבליעה' },
  { item: '71', description: 'לארינקס, מיתרי הקול וקנה' },
  { item: '75', description: 'צלקות' },
  { item: '76', description: 'Alopecia areata' },
  { item: '77', description: 'Alopecia universalis' },
  { item: '78', description: 'Ulcus tropicum' },
  { item: '79', description: 'Acne conglobata, Acne vulgaris' },
  { item: '80', description: 'אקזמה כרונית' },
  { item: '81', description: 'Lupus erythematosus, discoid form' },
  { item: '82', description: 'Callositas, Verrucae plantares' },
  { item: '83', description: 'Dermatitis' },
  { item: '84', description: 'Dermatitis actinica' },
  { item: '85', description: 'X-ray dermatitis' },
  { item: '86', description: 'Erysipelas recidivans' },
  { item: '87', description: 'שחפת העור' },
  { item: '88', description: 'Erythema induratum Bazin' },
  { item: '89', description: 'Pemphigus vulgaris' },
  { item: '90', description: 'Leishmaniasis' },
];
