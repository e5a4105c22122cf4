// An invitation to a medical committee (זימון לוועדה רפואית): when and where to come.
import { cue, findField } from '../find';
import { score, type Cues } from '../score';
import type { Fields, LetterRule } from '../types';
import { DATE, TIME, parseDate, parseTime } from '../values';

const cues: Cues = [
  [/זימון|הזמנה\s+ל(?:ו)?ועדה/u, 5],
  [/הנך\s+מוזמנ|מוזמן\/ת|מתבקש(?:ת|\/ת)?\s+להתייצב|להתייצב/u, 3],
  [/בשעה/u, 1],
];

const dateCues = [
  cue(`(?:תתקיים|יתקיים|שתתקיים|מועד\\s+הוועדה\\s*:?|תאריך\\s+הוועדה\\s*:?)[^\\n\\d]{0,20}?(${DATE})`),
  cue(`ביום\\s+(?:[א-ת׳']+\\s+)?(${DATE})`, 'likely'),
];
const timeCues = [cue(`(?:בשעה|שעה\\s*:)\\s*(${TIME})`)];
/** The place runs to the end of its line; in a sentence, an NII branch or a service centre (מרכז שירות). */
const placeCues = [
  cue(`(?:מקום\\s+הוועדה|כתובת\\s+הוועדה|מקום|כתובת)\\s*:\\s*([^\\n]+?)\\s*$`),
  cue(`(?:שתתקיים|תתקיים)\\s+ב((?:סניף|מרכז\\s+(?:ה)?שירות)\\s+[^,\\n]+(?:,\\s*[^\\n.]+)?)`, 'likely'),
];

const trimmed = (raw: string) => raw.trim().replace(/[.,]$/u, '') || null;

export const committeeInvitationRule: LetterRule = {
  kind: 'committeeInvitation',
  score: (text) => score(text, cues),
  fields(text): Fields {
    return {
      committeeDate: findField(text, dateCues, parseDate),
      committeeTime: findField(text, timeCues, parseTime),
      committeePlace: findField(text, placeCues, trimmed),
    };
  },
};
