// The Hebrew an office writes: claim summaries, notes, task titles, reasons for status changes.
// Templates take the benefit's Hebrew label ({benefit}) and a few details drawn at random.
import type { Benefit, ClaimStatus } from '../../shared/domain/enums';
import { benefitLabel } from '../../shared/locales/messages';
import type { Random } from './random';

const HOSPITALS = [
  'רמב"ם',
  'שיבא',
  'איכילוב',
  'הדסה',
  'סורוקה',
  'בילינסון',
  'העמק',
  'זיו',
  'ברזילי',
  'וולפסון',
  'האנגלי בנצרת',
  'פוריה',
];
const DOCTORS = ['ד"ר כהן', 'ד"ר חדאד', 'ד"ר לוין', 'ד"ר עודה', 'ד"ר פרידמן', 'ד"ר נסאר', 'ד"ר גולן', 'ד"ר אבו ריא'];

const SUMMARIES: Partial<Record<Benefit, string[]>> = {
  general_disability: [
    'קצבת נכות כללית לאחר אירוע מוחי',
    'נכות כללית בשל כאבי גב כרוניים',
    'נכות כללית בשל מצב נפשי',
    'קצבת נכות לעקרת בית',
  ],
  special_services: ['קצבת שירותים מיוחדים, תלות בעזרת הזולת', 'שירותים מיוחדים לאחר החמרה'],
  disabled_child: ['גמלת ילד נכה – אוטיזם', 'גמלת ילד נכה – סוכרת נעורים', 'גמלת ילד נכה – עיכוב התפתחותי'],
  mobility: ['גמלת ניידות, מוגבלות בניידות ברגליים', 'הלוואה עומדת לרכב'],
  work_injury: ['דמי פגיעה לאחר תאונה בעבודה', 'הכרה בפגיעה בעבודה וקביעת נכות מעבודה', 'תאונה בדרך לעבודה'],
  unemployment: ['דמי אבטלה לאחר פיטורים', 'ערעור על שלילת דמי אבטלה'],
  reserve_duty: ['תגמולי מילואים לעצמאי', 'תגמולי מילואים – הפרשי שכר'],
  old_age: ['קצבת זקנה עם השלמת הכנסה', 'קצבת זקנה – דחיית קצבה'],
  survivors: ['קצבת שאירים לאלמנה', 'קצבת שאירים לילדים'],
  nursing: ['גמלת סיעוד, מבחן תלות', 'בקשה להגדלת שעות סיעוד'],
  income_support: ['הבטחת הכנסה', 'הבטחת הכנסה – בדיקת רכב'],
  maternity: ['דמי לידה', 'מענק לידה ודמי לידה'],
  accident_victims: ['נפגעי תאונות – תאונה מחוץ לעבודה'],
  hostile_action: ['נפגעי פעולות איבה – תגמול נכות', 'הכרה כנפגע פעולת איבה'],
};

export function claimSummary(random: Random, benefit: Benefit): string {
  const options = SUMMARIES[benefit];
  return options ? random.pick(options) : `תביעה ל${benefitLabel(benefit)}`;
}

const REASONS: Partial<Record<ClaimStatus, string[]>> = {
  ready: ['כל המסמכים התקבלו', 'הטפסים נחתמו'],
  filed: ['הוגשה באתר המייצגים', 'הוגשה בסניף'],
  in_committee: ['נקבע מועד לוועדה רפואית', 'זימון לוועדה התקבל'],
  decided: ['התקבל מכתב החלטה', 'ההחלטה נשלחה בדואר'],
  appeal: ['הוגש ערר על ההחלטה', 'הוגשה תביעה לבית הדין לעבודה'],
  closed: ['התיק הסתיים', 'התשלום הועבר והתיק נסגר'],
};
const CLOSED_UNDECIDED = ['הלקוח ביקש לסגור את התיק', 'התביעה נמשכה'];

/** Why the claim moved to `status`; `decided` says whether the NII has decided it by then. */
export function statusReason(random: Random, status: ClaimStatus, decided: boolean): string | null {
  const options = status === 'closed' && !decided ? CLOSED_UNDECIDED : REASONS[status];
  return options && random.chance(0.7) ? random.pick(options) : null;
}

const DECISION_NOTES = [
  'נקבעה נכות זמנית, לבדוק מחדש בעוד שנה',
  'לשקול ערר על אחוזי הנכות',
  'הלקוח מרוצה מההחלטה',
  'לוודא תשלום רטרואקטיבי',
];

export function decisionNote(random: Random): string | null {
  return random.chance(0.4) ? random.pick(DECISION_NOTES) : null;
}

const NOTES = [
  'שיחה עם הלקוח: מסר שהמצב הרפואי החמיר מאז הבדיקה האחרונה.',
  'הלקוח הביא סיכום אשפוז מבית החולים {hospital}.',
  'התקבלה חוות דעת מ{doctor}, לצרף לתיק.',
  'הלקוח ביקש שנחזור אליו אחרי השעה 16:00.',
  'נשלחה תזכורת לחתימה על ויתור סודיות רפואית.',
  'בת הזוג התקשרה לברר את מצב התביעה.',
  'לבקש מהלקוח תלושי שכר של שלושת החודשים האחרונים.',
  'הלקוח זקוק למתורגמן בוועדה.',
  'נקבעה פגישה במשרד להכנה לוועדה.',
  'לבדוק זכאות לתוספת תלויים.',
];

export function noteBody(random: Random): string {
  return random.pick(NOTES).replace('{hospital}', random.pick(HOSPITALS)).replace('{doctor}', random.pick(DOCTORS));
}

export function claimNote(random: Random, benefit: Benefit): string {
  return `${benefitLabel(benefit)}: ${noteBody(random)}`;
}

const TASK_TITLES: Partial<
  Record<
    ClaimStatus,
    [kind: 'call' | 'document_request' | 'follow_up' | 'committee' | 'deadline' | 'appeal', title: string]
  >
> = {
  draft: ['call', 'לשוחח עם הלקוח על תביעת {benefit}'],
  ready: ['document_request', 'לקבל מסמכים רפואיים לתביעת {benefit}'],
  filed: ['follow_up', 'מעקב אחר תביעת {benefit}'],
  in_committee: ['committee', 'ועדה רפואית – {benefit}'],
  // The appeal deadlines themselves are docketed from the decision (main/services/docket.ts).
  decided: ['follow_up', 'לבדוק עם הלקוח אם לערער על ההחלטה – {benefit}'],
  appeal: ['appeal', 'הכנת כתב ערר – {benefit}'],
};

/** The task a claim in this status calls for, if any. */
export function taskFor(
  status: ClaimStatus,
  benefit: Benefit,
): { kind: NonNullable<(typeof TASK_TITLES)[ClaimStatus]>[0]; title: string } | null {
  const entry = TASK_TITLES[status];
  return entry ? { kind: entry[0], title: entry[1].replace('{benefit}', benefitLabel(benefit)) } : null;
}
