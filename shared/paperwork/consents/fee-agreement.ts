// Fee agreement under Amendment 161 (kolzchut.org.il, the page "הגבלת שכר טרחה"): the benefits, the
// opening fee and the success fee within the caps, the 7-working-day cancellation, the information
// sheet, and how a retroactive payment and monthly payments may be charged.
import { addWorkingDays } from '../../rules/working-days';
import { AUTHORITATIVE_HE } from './translations';
import { displayDate } from '../html';
import { benefitList, fullName, insuredRows, representativeRows } from '../rows';
import type { PaperBody, PaperContext, Translation } from '../model';

function translation(ctx: PaperContext, until: string): Translation | undefined {
  const o = ctx.options;
  switch (ctx.language) {
    case 'ar':
      return {
        language: 'ar',
        paragraphs: [
          `أتعاب فتح الملف: ${o.openingFee} ₪. أتعاب النجاح: ${o.successFeePercent}% من المخصّص، فقط إذا نجحت الدعوى، وضمن السقف الذي يحدده القانون (التعديل 161).`,
          `يحق لي إلغاء هذا الاتفاق خلال 7 أيام عمل من التوقيع، أي حتى ${until}.`,
          'يُحصَّل من الدفعة بأثر رجعي حتى 60% دفعة واحدة، ومن كل دفعة شهرية حتى 25%.',
          o.informationSheetGiven ? 'استلمتُ صفحة المعلومات عن تحديد الأتعاب.' : '',
        ].filter(Boolean),
      };
    case 'ru':
      return {
        language: 'ru',
        paragraphs: [
          `Плата за открытие дела: ${o.openingFee} ₪. Гонорар за успех: ${o.successFeePercent}% от пособия, только если иск удовлетворён, и в пределах, установленных законом (поправка 161).`,
          `Я вправе отменить это соглашение в течение 7 рабочих дней после подписания, то есть до ${until}.`,
          'Из ретроактивной выплаты можно взять сразу не более 60%, из каждой ежемесячной выплаты — не более 25%.',
          o.informationSheetGiven ? 'Я получил(-а) информационный лист об ограничении гонорара.' : '',
        ].filter(Boolean),
      };
    case 'en':
      return {
        language: 'en',
        paragraphs: [
          `Opening fee: ${o.openingFee} ₪. Success fee: ${o.successFeePercent}% of the benefit, only if the claim succeeds, and within the cap the law sets (Amendment 161).`,
          `I may cancel this agreement within 7 working days of signing, that is until ${until}.`,
          'At most 60% of a retroactive payment may be taken at once, and at most 25% of each monthly payment.',
          o.informationSheetGiven ? 'I received the information sheet on the fee limits.' : '',
        ].filter(Boolean),
      };
    default:
      return undefined;
  }
}

export function feeAgreement(ctx: PaperContext): PaperBody {
  const o = ctx.options;
  const until = displayDate(addWorkingDays(ctx.date, 7))!;
  return {
    sections: [
      { title: 'פרטי המבוטח', rows: insuredRows(ctx).slice(0, 6) },
      { title: 'פרטי המייצג', rows: representativeRows(ctx) },
      {
        title: 'הגמלאות והשכר',
        rows: [
          { label: 'הגמלאות הנתבעות', value: o.benefits.length ? benefitList(o.benefits) : null, required: true },
          { label: 'דמי פתיחת תיק', value: `${o.openingFee} ₪`, ltr: true },
          { label: 'שכר טרחה בהצלחה', value: `${o.successFeePercent}%`, ltr: true },
        ],
        paragraphs: [
          'שכר הטרחה ישולם רק אם התביעה תצליח, ולא יעלה על התקרה הקבועה בחוק הביטוח הלאומי (תיקון 161) ובתקנות — גם אם הוסכם אחרת.',
          'מתשלום רטרואקטיבי ייגבה בבת אחת עד 60%; את היתרה ניתן לגבות עד 25% מכל תשלום חודשי, בפריסה של עד 60 חודשים.',
        ],
      },
      {
        title: 'ביטול ההסכם',
        paragraphs: [
          `${fullName(ctx)} רשאי/ת לבטל הסכם זה בהודעה למייצג בתוך 7 ימי עבודה מיום החתימה, כלומר עד ${until}, בלי לשלם דבר.`,
        ],
      },
      {
        title: 'דף מידע',
        checks: [
          {
            label: 'קיבלתי את דף המידע של המוסד לביטוח לאומי על הגבלת שכר הטרחה של מייצגים',
            checked: o.informationSheetGiven,
          },
        ],
        paragraphs: [AUTHORITATIVE_HE],
      },
    ],
    translation: translation(ctx, until),
    countersign: [{ title: 'חתימת המייצג', name: ctx.representative.fullName }],
  };
}
