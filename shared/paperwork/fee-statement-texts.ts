// The fee statement's words in the four languages the office's papers are written in. A client who
// reads another language (Amharic) gets the Hebrew statement.
import type { Benefit } from '../domain/enums';
import type { FeeBasis, PaymentKind } from '../payments/kinds';

export const statementLanguages = ['he', 'ar', 'ru', 'en'] as const;
export type StatementLanguage = (typeof statementLanguages)[number];

export interface StatementTexts {
  dir: 'rtl' | 'ltr';
  title: string;
  client: string;
  idNumber: string;
  date: string;
  agreement: string;
  signedOn: string;
  successFee: string;
  openingFee: string;
  noAgreement: string;
  caps: string;
  head: { benefit: string; months: string; kind: string; amount: string; fee: string; basis: string };
  kind: Record<PaymentKind, string>;
  basis: Record<FeeBasis, string>;
  total: string;
  feeTotal: string;
  none: string;
  page: string;
  of: string;
  reference: string;
  benefits: Record<Benefit, string>;
}

const he: StatementTexts = {
  dir: 'rtl',
  title: 'דוח שכר טרחה מתשלומי הביטוח הלאומי',
  client: 'המבוטח/ת',
  idNumber: 'ת.ז.',
  date: 'תאריך',
  agreement: 'הסכם שכר הטרחה',
  signedOn: 'נחתם ביום',
  successFee: 'שכר טרחה בהצלחה',
  openingFee: 'דמי פתיחת תיק',
  noAgreement: 'אין הסכם שכר טרחה בתוקף: לא נגבה שכר טרחה מתשלומים אלה.',
  caps: 'שכר הטרחה מחושב לפי ההסכם ובגבולות תיקון 161 לחוק הביטוח הלאומי: עד 60% מתשלום רטרואקטיבי בבת אחת, עד 25% מכל תשלום חודשי, ובפריסה של עד 60 חודשים.',
  head: { benefit: 'גמלה', months: 'חודשים', kind: 'סוג', amount: 'סכום ששולם (₪)', fee: 'שכר טרחה (₪)', basis: 'לפי' },
  kind: { monthly: 'חודשי', retroactive: 'רטרואקטיבי' },
  basis: {
    agreement: 'ההסכם',
    retroactive_share: 'עד 60% מתשלום רטרואקטיבי',
    monthly_share: 'עד 25% מתשלום חודשי',
    total_cap: 'תקרת החוק',
    beyond_months: 'מעבר לתקופת הפריסה',
    settled: 'שכר הטרחה נגבה במלואו',
    no_agreement: 'אין הסכם',
  },
  total: 'סך הכול',
  feeTotal: 'שכר הטרחה הכולל לפי ההסכם',
  none: 'לא נרשמו תשלומים.',
  page: 'עמוד',
  of: 'מתוך',
  reference: 'מסמך',
  benefits: {
    general_disability: 'נכות כללית',
    special_services: 'שירותים מיוחדים',
    disabled_child: 'ילד נכה',
    mobility: 'ניידות',
    work_injury: 'נפגעי עבודה',
    unemployment: 'אבטלה',
    reserve_duty: 'תגמולי מילואים',
    old_age: 'קצבת זקנה',
    survivors: 'קצבת שאירים',
    nursing: 'גמלת סיעוד',
    income_support: 'הבטחת הכנסה',
    maternity: 'אמהות',
    accident_victims: 'נפגעי תאונות',
    hostile_action: 'נפגעי פעולות איבה',
    polio_compensation: 'פיצוי נפגעי פוליו',
    ringworm_compensation: 'פיצוי נפגעי גזזת',
    other: 'אחר',
  },
};

const ar: StatementTexts = {
  dir: 'rtl',
  title: 'كشف أتعاب من دفعات التأمين الوطني',
  client: 'المؤمَّن/ة',
  idNumber: 'رقم الهوية',
  date: 'التاريخ',
  agreement: 'اتفاق الأتعاب',
  signedOn: 'وُقِّع بتاريخ',
  successFee: 'أتعاب النجاح',
  openingFee: 'رسوم فتح الملف',
  noAgreement: 'لا يوجد اتفاق أتعاب ساري المفعول: لم تُحصَّل أتعاب من هذه الدفعات.',
  caps: 'تُحسب الأتعاب وفق الاتفاق وضمن حدود التعديل 161 لقانون التأمين الوطني: حتى 60% من الدفعة بأثر رجعي دفعة واحدة، وحتى 25% من كل دفعة شهرية، وعلى مدى 60 شهرًا على الأكثر.',
  head: {
    benefit: 'المخصّص',
    months: 'الأشهر',
    kind: 'النوع',
    amount: 'المبلغ المدفوع (₪)',
    fee: 'الأتعاب (₪)',
    basis: 'حسب',
  },
  kind: { monthly: 'شهري', retroactive: 'بأثر رجعي' },
  basis: {
    agreement: 'الاتفاق',
    retroactive_share: 'حتى 60% من دفعة بأثر رجعي',
    monthly_share: 'حتى 25% من دفعة شهرية',
    total_cap: 'سقف القانون',
    beyond_months: 'بعد فترة التقسيط',
    settled: 'حُصِّلت الأتعاب كاملة',
    no_agreement: 'لا يوجد اتفاق',
  },
  total: 'المجموع',
  feeTotal: 'إجمالي الأتعاب وفق الاتفاق',
  none: 'لم تُسجَّل دفعات.',
  page: 'صفحة',
  of: 'من',
  reference: 'مستند',
  benefits: {
    general_disability: 'إعاقة عامة',
    special_services: 'خدمات خاصة',
    disabled_child: 'ولد معاق',
    mobility: 'تنقّل',
    work_injury: 'إصابات العمل',
    unemployment: 'بطالة',
    reserve_duty: 'تعويضات الاحتياط',
    old_age: 'مخصّص الشيخوخة',
    survivors: 'مخصّص الباقين على قيد الحياة',
    nursing: 'مخصّص التمريض',
    income_support: 'ضمان الدخل',
    maternity: 'الأمومة',
    accident_victims: 'متضرّرو الحوادث',
    hostile_action: 'متضرّرو الأعمال العدائية',
    polio_compensation: 'تعويض متضرّري شلل الأطفال',
    ringworm_compensation: 'تعويض متضرّري القرع',
    other: 'آخر',
  },
};

const ru: StatementTexts = {
  dir: 'ltr',
  title: 'Отчёт о гонораре из выплат Национального страхования',
  client: 'Застрахованный(-ая)',
  idNumber: 'Теудат зеут',
  date: 'Дата',
  agreement: 'Соглашение о гонораре',
  signedOn: 'подписано',
  successFee: 'Гонорар за успех',
  openingFee: 'Плата за открытие дела',
  noAgreement: 'Действующего соглашения о гонораре нет: из этих выплат гонорар не взимался.',
  caps: 'Гонорар рассчитан по соглашению и в пределах поправки 161 к Закону о национальном страховании: сразу не более 60% ретроактивной выплаты, не более 25% каждой ежемесячной выплаты, в течение не более 60 месяцев.',
  head: {
    benefit: 'Пособие',
    months: 'Месяцы',
    kind: 'Вид',
    amount: 'Выплачено (₪)',
    fee: 'Гонорар (₪)',
    basis: 'Основание',
  },
  kind: { monthly: 'ежемесячная', retroactive: 'ретроактивная' },
  basis: {
    agreement: 'соглашение',
    retroactive_share: 'не более 60% ретроактивной выплаты',
    monthly_share: 'не более 25% ежемесячной выплаты',
    total_cap: 'предел по закону',
    beyond_months: 'после срока рассрочки',
    settled: 'гонорар взыскан полностью',
    no_agreement: 'нет соглашения',
  },
  total: 'Итого',
  feeTotal: 'Общий гонорар по соглашению',
  none: 'Выплаты не зарегистрированы.',
  page: 'Стр.',
  of: 'из',
  reference: 'Документ',
  benefits: {
    general_disability: 'общая инвалидность',
    special_services: 'особые услуги',
    disabled_child: 'ребёнок-инвалид',
    mobility: 'мобильность',
    work_injury: 'производственная травма',
    unemployment: 'безработица',
    reserve_duty: 'компенсация за резервистскую службу',
    old_age: 'пенсия по старости',
    survivors: 'пенсия по потере кормильца',
    nursing: 'пособие по уходу',
    income_support: 'гарантированный доход',
    maternity: 'материнство',
    accident_victims: 'пострадавшие в несчастных случаях',
    hostile_action: 'пострадавшие от враждебных действий',
    polio_compensation: 'компенсация пострадавшим от полиомиелита',
    ringworm_compensation: 'компенсация пострадавшим от лечения стригущего лишая',
    other: 'другое',
  },
};

const en: StatementTexts = {
  dir: 'ltr',
  title: 'Statement of fees from National Insurance payments',
  client: 'Insured person',
  idNumber: 'ID number',
  date: 'Date',
  agreement: 'Fee agreement',
  signedOn: 'signed on',
  successFee: 'Success fee',
  openingFee: 'Opening fee',
  noAgreement: 'No fee agreement is in force: no fee was taken from these payments.',
  caps: 'The fee follows the agreement, within Amendment 161 to the National Insurance Law: at most 60% of a retroactive payment at once, at most 25% of each monthly payment, over at most 60 months.',
  head: { benefit: 'Benefit', months: 'Months', kind: 'Kind', amount: 'Paid (₪)', fee: 'Fee (₪)', basis: 'Under' },
  kind: { monthly: 'monthly', retroactive: 'retroactive' },
  basis: {
    agreement: 'the agreement',
    retroactive_share: 'at most 60% of a retroactive payment',
    monthly_share: 'at most 25% of a monthly payment',
    total_cap: 'the legal cap',
    beyond_months: 'beyond the spread period',
    settled: 'fee paid in full',
    no_agreement: 'no agreement',
  },
  total: 'Total',
  feeTotal: 'Total fee under the agreement',
  none: 'No payments recorded.',
  page: 'Page',
  of: 'of',
  reference: 'Document',
  benefits: {
    general_disability: 'General disability',
    special_services: 'Special services',
    disabled_child: 'Disabled child',
    mobility: 'Mobility',
    work_injury: 'Work injury',
    unemployment: 'Unemployment',
    reserve_duty: 'Reserve duty',
    old_age: 'Old-age pension',
    survivors: "Survivors' pension",
    nursing: 'Long-term care',
    income_support: 'Income support',
    maternity: 'Maternity',
    accident_victims: 'Accident victims',
    hostile_action: 'Victims of hostile action',
    polio_compensation: 'Polio victims compensation',
    ringworm_compensation: 'Ringworm victims compensation',
    other: 'Other',
  },
};

export const statementTexts: Record<StatementLanguage, StatementTexts> = { he, ar, ru, en };
