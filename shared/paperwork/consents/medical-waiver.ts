// Medical confidentiality waiver (כתב ויתור על סודיות רפואית): the signer, the institutions it is
// addressed to, the recipients (the NII and the representative) and the scope, with psychiatric
// treatment able to be struck out. Source: the NII's site, activity summary 2023 (the waiver is filed online).
import { AUTHORITATIVE_HE } from './translations';
import { fullName, insuredRows, representativeRows } from '../rows';
import type { PaperBody, PaperContext, Translation } from '../model';

const ALL_INSTITUTIONS = 'כל קופות החולים, בתי החולים, הרופאים והמכונים שטיפלו בי, ומשרד הביטחון וצה"ל';

function institutions(ctx: PaperContext): string {
  return ctx.options.institutions ?? ALL_INSTITUTIONS;
}

function translation(ctx: PaperContext): Translation | undefined {
  const name = fullName(ctx);
  const id = ctx.file.client.idNumber;
  const struck = ctx.options.strikePsychiatric;
  switch (ctx.language) {
    case 'ar':
      return {
        language: 'ar',
        paragraphs: [
          `أنا الموقّع أدناه ${name}، رقم الهوية ${id}، أُعفي المؤسسات الطبية المذكورة أعلاه من واجب السرية الطبية، وأطلب منها أن تُسلِّم مؤسسة التأمين الوطني وممثّلي كل المعلومات عن حالتي الصحية: الأمراض السابقة والحالية${struck ? '' : '، بما في ذلك العلاج النفسي'}.`,
          struck ? 'لقد شطبتُ العلاج النفسي من هذا الإعفاء.' : '',
          'يحق لي إلغاء هذا الإعفاء في أي وقت بإشعار خطي.',
        ].filter(Boolean),
      };
    case 'ru':
      return {
        language: 'ru',
        paragraphs: [
          `Я, нижеподписавшийся(-аяся) ${name}, удостоверение личности ${id}, освобождаю указанные выше медицинские учреждения от врачебной тайны и прошу передать Институту национального страхования и моему представителю все сведения о моём здоровье: прошлые и нынешние заболевания${struck ? '' : ', включая психиатрическое лечение'}.`,
          struck ? 'Я вычеркнул(-а) психиатрическое лечение из этого отказа.' : '',
          'Я вправе отозвать этот отказ в любое время письменным уведомлением.',
        ].filter(Boolean),
      };
    case 'en':
      return {
        language: 'en',
        paragraphs: [
          `I, the undersigned ${name}, ID number ${id}, release the medical institutions listed above from medical confidentiality and ask them to give the National Insurance Institute and my representative all information about my health: past and present illnesses${struck ? '' : ', including psychiatric treatment'}.`,
          struck ? 'I have struck psychiatric treatment out of this waiver.' : '',
          'I may withdraw this waiver at any time by written notice.',
        ].filter(Boolean),
      };
    default:
      return undefined;
  }
}

export function medicalWaiver(ctx: PaperContext): PaperBody {
  const name = fullName(ctx);
  const struck = ctx.options.strikePsychiatric;
  return {
    sections: [
      { title: 'פרטי החותם', rows: insuredRows(ctx).slice(0, 6) },
      { title: 'אל', rows: [{ label: 'המוסדות הרפואיים', value: institutions(ctx), required: true }] },
      {
        title: 'מקבלי המידע',
        paragraphs: ['המוסד לביטוח לאומי, וכן המייצג ששמו להלן:'],
        rows: representativeRows(ctx).slice(0, 3),
      },
      {
        title: 'היקף הוויתור',
        checks: [
          { label: 'כל המידע הרפואי עליי', checked: true },
          { label: 'מחלות בעבר ובהווה', checked: true },
          { label: 'טיפול פסיכיאטרי', checked: !struck },
        ],
        paragraphs: struck ? ['הטיפול הפסיכיאטרי נמחק מהיקף הוויתור לבקשת החותם/ת.'] : [],
      },
      {
        title: 'כתב הוויתור',
        paragraphs: [
          `אני החתום/ה מטה, ${name}, משחרר/ת את המוסדות הרפואיים שלעיל מחובת הסודיות הרפואית כלפיי, ומבקש/ת שימסרו למוסד לביטוח לאומי ולמייצגי את כל המידע הרפואי שבידיהם עליי, במסגרת היקף הוויתור שסומן.`,
          'המידע ישמש לבירור תביעותיי לפי חוק הביטוח הלאומי בלבד. ידוע לי שאני רשאי/ת לבטל כתב ויתור זה בכל עת בהודעה בכתב.',
          AUTHORITATIVE_HE,
        ],
      },
    ],
    translation: translation(ctx),
  };
}
