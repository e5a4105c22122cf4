// The ID numbers (מספר זהות) in a letter: up to 9 digits with a valid check digit. One labelled as an ID
// comes first; a bare 9-digit number counts too unless a label says it is something else (a claim,
// file, account or phone number), since a tenth of all such numbers pass the check by chance.
import { isValidIsraeliId, normalizeIsraeliId } from '../identity/israeli-id';

const ID_LABEL = /(?:ת\.\s?ז\.?|תעודת\s+זהות|מספר\s+זהות|מס['׳]?\s+זהות|ת"ז|ת״ז)\s*:?\s*$/u;
const OTHER_LABEL = /(?:תיק|תביעה|חשבון|טלפון|טל['׳]|פקס|סניף|אסמכתא|קוד)\s*:?\s*$/u;
const NUMBER = /(?<![\d.,/-])(\d{8}-\d|\d{1,9})(?![\d.,/%]\d|\d)/gu;

export function findIdNumbers(text: string): string[] {
  const labelled: string[] = [];
  const bare: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const id = normalizeIsraeliId(match[1]!);
    if (id === null || !isValidIsraeliId(id)) continue;
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    if (ID_LABEL.test(before)) labelled.push(id);
    else if (match[1]!.replace('-', '').length === 9 && !OTHER_LABEL.test(before)) bare.push(id);
  }
  return [...new Set([...labelled, ...bare])];
}
