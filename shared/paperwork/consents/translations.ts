// The line every translated consent opens with: the Hebrew text above is the binding one.
import type { Translation } from '../model';

export const AUTHORITATIVE_HE = 'הנוסח העברי של מסמך זה הוא הנוסח המחייב; תרגום, אם צורף, נועד לנוחות בלבד.';

export const translationNotice: Record<Translation['language'], string> = {
  ar: 'هذه ترجمة للتسهيل فقط. النص العبري أعلاه هو النص المُلزم.',
  ru: 'Это перевод только для удобства. Обязательным является текст на иврите, приведённый выше.',
  en: 'This translation is for convenience only. The Hebrew text above is the authoritative text.',
  am: 'ይህ ትርጉም ለምቾት ብቻ ነው። ከላይ ያለው የዕብራይስጥ ጽሑፍ አስገዳጅ ነው።',
};

/** Consents are translated into these languages; other papers are Hebrew only. */
export const consentLanguages = ['he', 'ar', 'ru', 'en'] as const;
