// A request for documents (בקשה להשלמת מסמכים): what the claim still lacks and by when.
import { cue, findField } from '../find';
import { score, type Cues } from '../score';
import type { Fields, LetterRule } from '../types';
import { DATE, parseDate } from '../values';

const cues: Cues = [
  [/השלמת\s+מסמכים|מסמכים\s+חסרים|חסרים\s+מסמכים/u, 5],
  [/להמציא|לשלוח\s+אלינו|להעביר\s+אלינו/u, 3],
  [/נבקשך|נבקש\s+ממך|הנך\s+מתבקש/u, 1],
];

const dueCues = [cue(`(?:עד\\s+ליום|עד\\s+לתאריך|לא\\s+יאוחר\\s+מיום|לא\\s+יאוחר\\s+מתאריך)\\s*(${DATE})`)];

export const documentRequestRule: LetterRule = {
  kind: 'documentRequest',
  score: (text) => score(text, cues),
  fields(text): Fields {
    return { dueDate: findField(text, dueCues, parseDate) };
  },
};
