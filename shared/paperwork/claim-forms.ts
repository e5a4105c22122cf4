// The NII claim forms, one entry per form, each filled from the client's file and citing where the
// form is named (the NII's rights guide 2014, the war-time updates of 2023, circular 127/2022). Every form carries the insured's details, the form's own
// section, and the "submitted with the help of or by a representative" section of the NII's circular 127/2022.
import type { Benefit } from '../domain/enums';
import { benefitLabel } from '../locales/messages';
import { displayDate } from './html';
import type { PaperBody, PaperContext, PaperRow, PaperSection } from './model';
import { childrenTable, employmentRows, eventSection, medicalSection, withBank } from './claim-parts';
import { declaration, generalDisability } from './forms/general-disability';
import { insuredRows, representativeRows } from './rows';
import { cite, page } from '../rules/sources';

export interface ClaimForm {
  id: string;
  /** As the NII prints it ("בל/7801"); null where the claim is filed without a numbered form. */
  formNumber: string | null;
  /** Short, for file names a clerk can read. */
  fileCode: string;
  title: string;
  benefits: readonly Benefit[];
  source: string;
  /** Needs a valid medical confidentiality waiver before it may be exported. */
  medical: boolean;
  /** Self-employed requests (the war-time updates, 2023) belong to the client, not to one claim. */
  clientLevel?: boolean;
  /** The form's sections begin with the claimant's own (else the common insured's details open it). */
  ownDetails?: boolean;
  /** The form closes with a declaration the claimant signs. */
  declaration?: PaperSection;
  body(ctx: PaperContext): PaperSection[];
}

/** The NII's rights guide, 2014: where each claim form is named. */
const rightsGuide = (section: string) => cite('rights2014', section);

/** Seed 004 (circular 127/2022, form בל/279): who helped file the claim. */
function representedSection(ctx: PaperContext): PaperSection {
  const active = ctx.file.representation.find((r) => r.status === 'active');
  return {
    title: 'התביעה הוגשה בסיוע או על ידי מייצג',
    checks: [
      { label: 'עו"ד', checked: !!ctx.representative.licenseNumber },
      { label: 'אחר', checked: !ctx.representative.licenseNumber },
    ],
    rows: [
      ...representativeRows(ctx),
      { label: 'תאריך תחילת ההתקשרות', value: displayDate(active?.signedDate), ltr: true },
    ],
  };
}

function children(ctx: PaperContext): PaperSection {
  const table = childrenTable(ctx);
  return { title: 'פרטי הילד', table, rows: table.rows.length ? [] : [{ label: 'ילד', value: null, required: true }] };
}

function claimRows(ctx: PaperContext): PaperRow[] {
  const claim = ctx.claim;
  return [
    { label: 'הגמלה', value: claim ? benefitLabel(claim.benefit) : null, required: true },
    { label: 'תאריך ההחלטה', value: displayDate(claim?.decidedDate), ltr: true, required: true },
    {
      label: 'תוצאת ההחלטה',
      value: claim?.outcome ? { approved: 'אושרה', partly: 'אושרה בחלקה', rejected: 'נדחתה' }[claim.outcome] : null,
    },
    { label: 'נימוקי הבקשה', value: claim?.summary ?? null, required: true },
  ];
}

export const claimForms: readonly ClaimForm[] = [
  {
    id: 'bl7801',
    formNumber: 'בל/7801',
    fileCode: 'BL7801',
    title: 'תביעה לקצבת נכות כללית',
    benefits: ['general_disability'],
    source: `${page('generalDisabilityForms', 'טופס בל/7801 "תביעה לקצבת נכות כללית ובקשה להענקה מטעמי צדק"')}; ${rightsGuide('"הגשת תביעה לקצבת נכות"')}`,
    medical: true,
    ownDetails: true,
    declaration,
    body: generalDisability,
  },
  {
    id: 'bl211',
    formNumber: 'בל/211',
    fileCode: 'BL211',
    title: 'תביעה לתשלום דמי פגיעה והודעה על פגיעה בעבודה',
    benefits: ['work_injury'],
    source: rightsGuide('"תביעה לתשלום דמי פגיעה והודעה על פגיעה בעבודה"'),
    medical: true,
    body: (ctx) => [
      eventSection(ctx, 'work_injury', 'הפגיעה בעבודה', 'תאריך הפגיעה'),
      { title: 'העבודה בעת הפגיעה', rows: employmentRows(ctx) },
      withBank(ctx),
    ],
  },
  {
    id: 'bl200',
    formNumber: 'בל/200',
    fileCode: 'BL200',
    title: 'תביעה לקצבת נכות מעבודה',
    benefits: ['work_injury'],
    source: rightsGuide('"תביעה לקצבת נכות מעבודה"'),
    medical: true,
    body: (ctx) => [
      eventSection(ctx, 'work_injury', 'הפגיעה בעבודה', 'תאריך הפגיעה'),
      medicalSection(ctx),
      withBank(ctx),
    ],
  },
  {
    id: 'bl279',
    formNumber: 'בל/279',
    fileCode: 'BL279',
    title: 'תביעה להכרה כנכה נזקק לפי תקנה 18א',
    benefits: ['work_injury'],
    source: `${cite('circular127', 'נספח: טופס בל/279')}; ${cite('rights2014', '"נכה נזקק"')}`,
    medical: true,
    body: (ctx) => [
      eventSection(ctx, 'work_injury', 'הפגיעה בעבודה', 'תאריך הפגיעה בעבודה'),
      { title: 'עיסוקי לפני הפגיעה', rows: employmentRows(ctx) },
      {
        title: 'הצהרה',
        paragraphs: [
          'הריני מצהיר/ה שבתקופה המבוקשת לא הייתה לי הכנסה מתעסוקה. ידוע לי שאם תאושר זכאותי כנכה נזקק, תבוטל זכאותי לדמי אבטלה (אם יש כזו).',
        ],
      },
    ],
  },
  {
    id: 'bl7849',
    formNumber: 'בל/7849',
    fileCode: 'BL7849',
    title: 'תביעה לקצבה לשירותים מיוחדים',
    benefits: ['special_services'],
    source: rightsGuide('"תביעה לקצבה לשירותים מיוחדים"'),
    medical: true,
    body: (ctx) => [medicalSection(ctx), withBank(ctx)],
  },
  {
    id: 'bl7821',
    formNumber: 'בל/7821',
    fileCode: 'BL7821',
    title: 'תביעה לגמלת ילד נכה',
    benefits: ['disabled_child'],
    source: rightsGuide('"תביעה לגמלה" (גמלה לילד נכה)'),
    medical: true,
    body: (ctx) => [children(ctx), withBank(ctx)],
  },
  {
    id: 'bl1500',
    formNumber: 'בל/1500',
    fileCode: 'BL1500',
    title: 'תביעה לדמי אבטלה',
    benefits: ['unemployment'],
    source: rightsGuide('"הגשת תביעה לדמי אבטלה"'),
    medical: false,
    body: (ctx) => [{ title: 'העבודה האחרונה', rows: employmentRows(ctx) }, withBank(ctx)],
  },
  {
    id: 'bl2201',
    formNumber: 'בל/2201',
    fileCode: 'BL2201',
    title: 'תביעה לדמי תאונה',
    benefits: ['accident_victims'],
    source: rightsGuide('"נפגעי תאונות" — "הגשת התביעה"'),
    medical: true,
    body: (ctx) => [
      eventSection(ctx, 'accident', 'התאונה', 'תאריך התאונה'),
      { title: 'עבודה', rows: employmentRows(ctx) },
      withBank(ctx),
    ],
  },
  {
    id: 'reserve',
    formNumber: null,
    fileCode: 'RESERVE',
    title: 'תביעה אישית לתגמולי מילואים',
    benefits: ['reserve_duty'],
    source: `${rightsGuide('"הגשת תביעה אישית באופן מקוון באתר האינטרנט"')}; ${cite('swordsOfIron', 'תביעה אישית')}`,
    medical: false,
    body: (ctx) => [
      {
        title: 'תקופות השירות',
        table: {
          head: ['מתאריך', 'עד תאריך', 'ימים'],
          rows: ctx.file.events
            .filter((e) => e.kind === 'reserve_duty')
            .map((e) => [
              displayDate(e.eventDate) ?? '',
              displayDate(e.endDate) ?? '',
              e.days != null ? String(e.days) : '',
            ]),
        },
      },
      { title: 'עיסוק', rows: employmentRows(ctx) },
      withBank(ctx),
    ],
  },
  {
    id: 'bl910',
    formNumber: 'בל/910',
    fileCode: 'BL910',
    title: 'פנייה לוועדת תביעות',
    benefits: [],
    source: rightsGuide('"ועדת תביעות - בדיקה מחודשת של תביעות שנדחו על ידי הביטוח הלאומי"'),
    medical: false,
    body: (ctx) => [{ title: 'ההחלטה שבה מבקשים לדון מחדש', rows: claimRows(ctx) }],
  },
  {
    id: 'form672',
    formNumber: '672',
    fileCode: '672',
    title: 'בקשה לתיקון מקדמות של עובד עצמאי',
    benefits: [],
    source: cite('swordsOfIron', '"הקטנת מקדמות של עובד עצמאי בשל המלחמה" (טופס 672, דרך מערכת המייצגים)'),
    medical: false,
    clientLevel: true,
    body: (ctx) => [
      { title: 'העיסוק העצמאי', rows: employmentRows(ctx) },
      {
        title: 'הבקשה',
        rows: [{ label: 'ההכנסה השנתית המשוערת', value: null, required: true }],
        paragraphs: [
          'תיקון המקדמות נעשה מינואר השנה רטרואקטיבית, או מפתיחת העיסוק העצמאי, כמוקדם. ידוע לי שהקטנת מקדמות עלולה לפגוע בזכויותיי אם אפגע בעבודה.',
        ],
      },
    ],
  },
  {
    id: 'form6101',
    formNumber: '6101',
    fileCode: '6101',
    title: 'דין וחשבון רב שנתי',
    benefits: [],
    source: cite('swordsOfIron', 'שינוי עיסוק או סגירת עיסוק עצמאי (טופס 6101, דרך מערכת המייצגים)'),
    medical: false,
    clientLevel: true,
    body: (ctx) => [
      {
        title: 'תקופות העיסוק',
        table: {
          head: ['מעמד', 'מעסיק', 'מתאריך', 'עד תאריך'],
          rows: [...ctx.file.employment]
            .sort((a, b) => a.startDate.localeCompare(b.startDate))
            .map((e) => [
              e.kind === 'self_employed' ? 'עצמאי/ת' : e.kind === 'employee' ? 'שכיר/ה' : 'אחר',
              e.employerName ?? '',
              displayDate(e.startDate) ?? '',
              displayDate(e.endDate) ?? '',
            ]),
        },
      },
    ],
  },
];

export function claimFormBody(form: ClaimForm, ctx: PaperContext): PaperBody {
  const details: PaperSection[] = form.ownDetails ? [] : [{ title: 'פרטי התובע', rows: insuredRows(ctx) }];
  const sections = [
    ...details,
    ...form.body(ctx),
    representedSection(ctx),
    ...(form.declaration ? [form.declaration] : []),
  ];
  return { sections: sections.map((s, i) => ({ ...s, number: i + 1 })) };
}

/** The form a claim is filed on: the one its form number names, else the first for its benefit. */
export function formForClaim(claim: { benefit: Benefit; formNumber: string | null }): ClaimForm | undefined {
  const normalized = claim.formNumber?.replace(/\s/g, '').replace(/^בל\/?/, '');
  return (
    (normalized ? claimForms.find((f) => f.formNumber?.replace(/^בל\//, '') === normalized) : undefined) ??
    claimForms.find((f) => f.benefits.includes(claim.benefit))
  );
}
