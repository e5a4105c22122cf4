// Power of attorney for representation before the NII (the NII's form בל/70), in the form's order:
// the insured, the representatives it names, the scope (general or per benefit), the appointment, the
// separately signed authorisation for benefits information, the insured's signature, then the
// representatives' acceptance and the lawyer's attestation that the insured signed before them.
import { AUTHORITATIVE_HE } from './translations';
import { displayDate } from '../html';
import { benefitList, fullName, insuredRows, representativeRows } from '../rows';
import type { PaperBody, PaperContext, PaperLawyer, PaperSection, Translation } from '../model';

/** "ממשרד כהן" for an office named "משרד כהן", "ממשרד לוי ושות'" for "לוי ושות'" — never "ממשרד משרד". */
export function fromOffice(name: string): string {
  const trimmed = name.trim();
  return /^משרד\s/.test(trimmed) ? `מ${trimmed}` : `ממשרד ${trimmed}`;
}

function lawyerName(l: PaperLawyer): string {
  return l.licenseNumber ? `עו"ד ${l.fullName} (מ.ר. ${l.licenseNumber})` : l.fullName;
}

/** The named lawyers as one phrase: "עו"ד א (מ.ר. 1), עו"ד ב (מ.ר. 2), כולם או כל אחד מהם לחוד". */
function appointees(ctx: PaperContext): string {
  const names = ctx.lawyers.map(lawyerName);
  return names.length > 1 ? `${names.join(', ')}, כולם או כל אחד מהם לחוד,` : (names[0] ?? '');
}

function representatives(ctx: PaperContext): PaperSection {
  const office = representativeRows(ctx).filter((r) => r.label !== 'שם המייצג' && r.label !== 'מספר רישיון עורך דין');
  return {
    title: 'פרטי המייצג',
    table: {
      head: ['שם המייצג', 'מספר רישיון עורך דין'],
      rows: ctx.lawyers.map((l) => [l.fullName, l.licenseNumber ?? '']),
    },
    rows: office,
  };
}

/** The representatives accept the appointment, each on their own line. */
function acceptance(ctx: PaperContext): PaperSection {
  const many = ctx.lawyers.length > 1;
  return {
    title: 'הסכמת המייצג',
    paragraphs: [
      `${many ? 'אנו החתומים מטה מסכימים' : 'אני החתום/ה מטה מסכים/ה'} לייצג את ${fullName(ctx)}, מספר זהות ${ctx.file.client.idNumber}, לפני המוסד לביטוח לאומי בעניינים שבייפוי כוח זה, ${many ? 'ומתחייבים' : 'ומתחייב/ת'} להודיע למוסד לביטוח לאומי על סיום הייצוג.`,
    ],
    signLines: ctx.lawyers.map((l) => ({ title: 'חתימת המייצג', name: l.fullName })),
  };
}

/** The lawyer who took the signature attests to it. */
function attestation(ctx: PaperContext): PaperSection {
  const rep = ctx.representative;
  return {
    title: 'אישור חתימה',
    paragraphs: [
      `אני, ${lawyerName(rep)}, מאשר/ת כי ביום ${displayDate(ctx.date)} חתם/ה בפניי ${fullName(ctx)}, שזיהיתי לפי תעודת זהות מספר ${ctx.file.client.idNumber}, על ייפוי כוח זה, לאחר שהסברתי לו/לה את משמעותו.`,
    ],
    signLines: [{ title: 'חתימת עורך הדין וחותמת', name: rep.fullName }],
  };
}

function scopeText(ctx: PaperContext): string {
  return ctx.options.scope === 'general'
    ? 'כל הגמלאות והתביעות לפי חוק הביטוח הלאומי'
    : benefitList(ctx.options.benefits);
}

function translation(ctx: PaperContext): Translation | undefined {
  const name = fullName(ctx);
  const id = ctx.file.client.idNumber;
  const rep = ctx.lawyers.map((l) => l.fullName).join(', ');
  const general = ctx.options.scope === 'general';
  switch (ctx.language) {
    case 'ar':
      return {
        language: 'ar',
        paragraphs: [
          `أنا الموقّع أدناه ${name}، رقم الهوية ${id}، أفوّض ${rep} (${ctx.office.name}) بتمثيلي أمام مؤسسة التأمين الوطني ${general ? 'في جميع المخصصات والدعاوى' : 'في المخصصات المذكورة أعلاه'}: تقديم الدعاوى والمستندات، الاطلاع على ملفي، تلقي القرارات والمراسلات، والمثول أمام اللجان.`,
          'يحق لي إلغاء هذا التوكيل في أي وقت، بما في ذلك عبر المنطقة الشخصية في موقع مؤسسة التأمين الوطني.',
          ctx.options.benefitsInformation
            ? 'القسم المنفصل: أوافق على أن تُسلِّم مؤسسة التأمين الوطني إلى ممثّلي معلومات عن المخصصات المستحقة لي والمدفوعة لي.'
            : '',
        ].filter(Boolean),
      };
    case 'ru':
      return {
        language: 'ru',
        paragraphs: [
          `Я, нижеподписавшийся(-аяся) ${name}, удостоверение личности ${id}, уполномочиваю ${rep} (${ctx.office.name}) представлять меня в Институте национального страхования ${general ? 'по всем пособиям и искам' : 'по пособиям, указанным выше'}: подавать иски и документы, знакомиться с моим делом, получать решения и письма, представлять меня на комиссиях.`,
          'Я вправе отменить эту доверенность в любое время, в том числе в личном кабинете на сайте Института национального страхования.',
          ctx.options.benefitsInformation
            ? 'Отдельный раздел: я согласен(-на), чтобы Институт национального страхования передавал моему представителю сведения о пособиях, на которые я имею право и которые мне выплачены.'
            : '',
        ].filter(Boolean),
      };
    case 'en':
      return {
        language: 'en',
        paragraphs: [
          `I, the undersigned ${name}, ID number ${id}, authorise ${rep} (${ctx.office.name}) to represent me before the National Insurance Institute ${general ? 'in all benefits and claims' : 'in the benefits listed above'}: to file claims and documents, to see my file, to receive decisions and letters, and to appear before committees.`,
          'I may revoke this power of attorney at any time, including in my personal area on the National Insurance Institute website.',
          ctx.options.benefitsInformation
            ? 'Separate section: I agree that the National Insurance Institute may give my representative information on the benefits I am entitled to and have been paid.'
            : '',
        ].filter(Boolean),
      };
    default:
      return undefined;
  }
}

export function powerOfAttorney(ctx: PaperContext): PaperBody {
  const name = fullName(ctx);
  return {
    sections: [
      { title: 'פרטי המבוטח', rows: insuredRows(ctx) },
      representatives(ctx),
      {
        title: 'היקף הייצוג',
        checks: [
          { label: 'ייפוי כוח כללי — כל הגמלאות', checked: ctx.options.scope === 'general' },
          { label: 'ייפוי כוח לגמלאות מסוימות', checked: ctx.options.scope === 'per_benefit' },
        ],
        rows: [{ label: 'הגמלאות', value: scopeText(ctx), required: true }],
      },
      {
        title: 'ייפוי הכוח',
        paragraphs: [
          `אני החתום/ה מטה, ${name}, ממנה בזה את ${appointees(ctx)} ${fromOffice(ctx.office.name)}, להיות מייצגי לפני המוסד לביטוח לאומי בעניין ${scopeText(ctx)}.`,
          'המייצג רשאי להגיש בשמי תביעות, עררים, בקשות ומסמכים; לעיין בתיק ולקבל העתקים ממנו; לקבל החלטות, הודעות ומכתבים; להופיע בשמי ועמי לפני ועדות רפואיות, ועדות לעררים וועדות תביעות; ולהעביר את ייפוי הכוח לאחר במידת הצורך.',
          'ידוע לי שאני רשאי/ת לבטל ייפוי כוח זה בכל עת, לרבות באזור האישי באתר המוסד לביטוח לאומי, ושהביטול יחייב את המייצג מיום שנודע לו.',
          AUTHORITATIVE_HE,
        ],
      },
      {
        title: 'הרשאה נפרדת למסירת מידע על גמלאות',
        checks: [
          {
            label:
              'אני מסכים/ה שהמוסד לביטוח לאומי ימסור למייצגי מידע על הגמלאות שאני זכאי/ת להן ועל התשלומים ששולמו לי',
            checked: ctx.options.benefitsInformation,
          },
        ],
        signHere: ctx.options.benefitsInformation,
      },
    ],
    translation: translation(ctx),
    after: [acceptance(ctx), attestation(ctx)],
  };
}
