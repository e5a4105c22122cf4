// The general-disability claim, form בל/7801 of the National Insurance Institute ("תביעה לקצבת נכות
// כללית ובקשה להענקה מטעמי צדק"), section by section in the form's order: the claimant, the family,
// the address, the bank account, work and the date it stopped, income, the illness in the claimant's
// words, the HMO, treating doctors, hospitalisations, other benefits and compensation, the signer
// who is not the claimant, and the declaration. What the file does not hold is left as a marked blank.
import type { Hmo, maritalStatuses } from '../../domain/enums';
import { formatPhone } from '../../identity/phone';
import { displayDate } from '../html';
import type { PaperContext, PaperSection } from '../model';
import { bankRows, fullName, insuredRows } from '../rows';
import { childrenTable, committeeRows, employmentRows, latestJob } from '../claim-parts';

const MARITAL: Record<(typeof maritalStatuses)[number], string> = {
  single: 'רווק/ה',
  married: 'נשוי/אה',
  divorced: 'גרוש/ה',
  widowed: 'אלמן/ה',
  separated: 'פרוד/ה',
  common_law: 'ידוע/ה בציבור',
};

const HMO: Record<Hmo, string> = { clalit: 'כללית', maccabi: 'מכבי', meuhedet: 'מאוחדת', leumit: 'לאומית' };

const INCOME_SOURCE = { employee: 'שכר', self_employed: 'הכנסה מעסק', other: 'הכנסה אחרת' } as const;

/** The form asks for income in the 15 months before the claim. */
const INCOME_MONTHS = 15;

function claimant(ctx: PaperContext): PaperSection {
  const c = ctx.file.client;
  return {
    title: 'פרטי התובע',
    // Name, ID number, date of birth and sex as every paper has them, then the date of immigration.
    rows: [
      ...insuredRows(ctx).slice(0, 5),
      { label: 'תאריך עלייה', value: displayDate(c.aliyaDate), ltr: true, ifApplicable: true },
    ],
    checks: (Object.keys(MARITAL) as (keyof typeof MARITAL)[]).map((k) => ({
      label: MARITAL[k],
      checked: c.maritalStatus === k,
    })),
    pickOne: 'מצב משפחתי',
  };
}

function family(ctx: PaperContext): PaperSection {
  const spouse = ctx.file.family.find((f) => f.relation === 'spouse');
  const married = ctx.file.client.maritalStatus === 'married' || ctx.file.client.maritalStatus === 'common_law';
  const children = childrenTable(ctx);
  return {
    title: 'פרטי בן/בת הזוג והילדים',
    rows: [
      {
        label: 'שם בן/בת הזוג',
        value: spouse ? [spouse.firstName, spouse.lastName].filter(Boolean).join(' ') : null,
        required: married,
      },
      { label: 'מספר זהות', value: spouse?.idNumber ?? null, ltr: true, required: married },
      { label: 'תאריך לידה', value: displayDate(spouse?.birthDate), ltr: true },
      {
        label: 'הכנסה חודשית של בן/בת הזוג',
        value: spouse?.monthlyIncome ? `${spouse.monthlyIncome} ₪` : null,
        ltr: true,
      },
    ],
    table: {
      head: ['ילדים: שם', 'מספר זהות', 'תאריך לידה'],
      rows: children.rows,
      blankRows: children.rows.length ? 0 : 2,
    },
  };
}

function address(ctx: PaperContext): PaperSection {
  const c = ctx.file.client;
  return {
    title: 'כתובת ודרכי התקשרות',
    rows: [
      { label: 'רחוב', value: c.street, required: true },
      { label: 'מספר בית', value: c.houseNumber, ltr: true, required: true },
      { label: 'יישוב', value: c.locality, required: true },
      { label: 'מיקוד', value: c.postalCode, ltr: true },
      { label: 'טלפון נייד', value: c.mobilePhone && formatPhone(c.mobilePhone), ltr: true },
      { label: 'טלפון נוסף', value: c.otherPhone && formatPhone(c.otherPhone), ltr: true, ifApplicable: true },
      { label: 'דואר אלקטרוני', value: c.email, ltr: true, ifApplicable: true },
    ],
  };
}

function bank(ctx: PaperContext): PaperSection {
  return {
    title: 'פרטי חשבון הבנק לתשלום הקצבה',
    rows: [{ label: 'שם בעל/ת החשבון', value: fullName(ctx), required: true }, ...bankRows(ctx)],
  };
}

function work(ctx: PaperContext): PaperSection {
  const stopped = ctx.medicalHistory?.workStoppedDate ?? latestJob(ctx)?.endDate;
  return {
    title: 'עבודה',
    rows: [
      ...employmentRows(ctx),
      { label: 'התאריך שבו הפסקת לעבוד בגלל מצבך הרפואי', value: displayDate(stopped), ltr: true, required: true },
      { label: 'דמי מחלה או תשלום מחברת ביטוח ב-15 החודשים האחרונים', value: null, required: true },
    ],
  };
}

function income(ctx: PaperContext): PaperSection {
  const recent = [...ctx.file.incomes].sort((a, b) => b.month.localeCompare(a.month)).slice(0, INCOME_MONTHS);
  return {
    title: 'הכנסות ב-15 החודשים האחרונים',
    table: {
      head: ['חודש', 'מקור ההכנסה', 'סכום ברוטו'],
      rows: recent.map((i) => [
        `${i.month.slice(5, 7)}/${i.month.slice(0, 4)}`,
        INCOME_SOURCE[i.source],
        `${i.income} ₪`,
      ]),
      blankRows: recent.length ? 0 : 3,
    },
    rows: [{ label: 'הכנסות אחרות (פנסיה, שכר דירה, ריבית)', value: null, required: true }],
  };
}

function illness(ctx: PaperContext): PaperSection {
  const history = ctx.medicalHistory;
  const list = (items: string[] | undefined) => (items?.length ? items.join('; ') : null);
  return {
    title: 'המחלות והליקויים — בלשון התובע',
    rows: [
      {
        label: 'תיאור המחלות והליקויים והשפעתם על העבודה',
        value: history?.illnessDescription ?? ctx.claim?.summary ?? null,
        required: true,
      },
      { label: 'אבחנות', value: list(history?.diagnoses), required: true },
      { label: 'תרופות שהתובע נוטל', value: list(history?.medications), required: true },
      // A claimant the NII examined before: what its committee determined.
      ...(ctx.file.medical.length ? committeeRows(ctx) : []),
    ],
  };
}

function hmo(ctx: PaperContext): PaperSection {
  return {
    title: 'קופת חולים',
    rows: [
      {
        label: 'קופת החולים שהתובע חבר בה',
        value: ctx.medicalHistory?.hmo ? HMO[ctx.medicalHistory.hmo] : null,
        required: true,
      },
    ],
  };
}

function doctors(ctx: PaperContext): PaperSection {
  const list = ctx.medicalHistory?.doctors ?? [];
  return {
    title: 'רופאים מטפלים',
    table: {
      head: ['שם הרופא', 'תחום', 'מרפאה וכתובת'],
      rows: list.map((d) => [d.name, d.specialty ?? '', d.clinic ?? '']),
      blankRows: list.length ? 0 : 3,
    },
  };
}

function hospitalisations(ctx: PaperContext): PaperSection {
  const list = ctx.medicalHistory?.hospitalisations ?? [];
  return {
    title: 'אשפוזים בשלוש השנים האחרונות',
    table: {
      head: ['בית החולים', 'מחלקה', 'מתאריך', 'עד תאריך'],
      rows: list.map((h) => [h.hospital, h.department ?? '', displayDate(h.from) ?? '', displayDate(h.until) ?? '']),
      blankRows: list.length ? 0 : 2,
    },
  };
}

const otherBenefits: PaperSection = {
  title: 'גמלאות ופיצויים אחרים',
  paragraphs: ['יש לסמן כל תשלום שהתובע מקבל או תבע בשל מצבו הרפואי, ולפרט את הגוף המשלם:'],
  clientTicks: true,
  checks: [
    { label: 'גמלה אחרת מהמוסד לביטוח לאומי (נפגעי עבודה, איבה, תאונה)', checked: false },
    { label: 'תגמולים ממשרד הביטחון', checked: false },
    { label: 'פנסיית נכות מקרן פנסיה', checked: false },
    { label: 'פיצויים מחברת ביטוח או על פי פסק דין', checked: false },
  ],
  rows: [{ label: 'הגוף המשלם והסכום', value: null, required: true }],
};

/** Filled only when someone signs for the claimant (a guardian, a relative with a power of attorney). */
const signedForClaimant: PaperSection = {
  title: 'למילוי בידי מי שחותם במקום התובע',
  paragraphs: ['ימולא רק אם החותם אינו התובע; יש לצרף ייפוי כוח, צו אפוטרופוס או פסק דין.'],
  rows: [
    { label: 'שם החותם', value: null, ifApplicable: true },
    { label: 'מספר זהות', value: null, ifApplicable: true },
    { label: 'הקרבה לתובע', value: null, ifApplicable: true },
    { label: 'הסיבה לחתימה במקום התובע', value: null, ifApplicable: true },
  ],
};

export const declaration: PaperSection = {
  title: 'הצהרה',
  paragraphs: [
    'אני מצהיר/ה שכל הפרטים שמסרתי בטופס זה נכונים ומלאים, וידוע לי שמסירת פרטים כוזבים או העלמת פרטים היא עבירה על החוק.',
    'ידוע לי שעליי להודיע למוסד לביטוח לאומי על כל שינוי בפרטים שמסרתי, ובכלל זה על חזרה לעבודה ועל הכנסה חדשה.',
  ],
};

export function generalDisability(ctx: PaperContext): PaperSection[] {
  return [
    claimant(ctx),
    family(ctx),
    address(ctx),
    bank(ctx),
    work(ctx),
    income(ctx),
    illness(ctx),
    hmo(ctx),
    doctors(ctx),
    hospitalisations(ctx),
    otherBenefits,
    signedForClaimant,
  ];
}
