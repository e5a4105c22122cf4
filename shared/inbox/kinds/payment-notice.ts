// A payment notice (הודעה על תשלום): how much was paid and for which period.
import { cue, findField } from '../find';
import { parsePeriod, periodCues } from '../period';
import { score, type Cues } from '../score';
import type { Fields, LetterRule } from '../types';
import { AMOUNT, parseAmount } from '../values';

const cues: Cues = [
  [/הודעה\s+על\s+תשלום|פירוט\s+(?:ה)?תשלום|אישור\s+תשלום/u, 5],
  [/הועבר\s+לחשבונך|יועבר\s+לחשבונך|הופקד/u, 3],
  [/סכום\s+התשלום/u, 2],
];

const amountCues = [
  cue(`(?:סכום\\s+התשלום|סה"כ\\s+לתשלום|סה״כ\\s+לתשלום|סך\\s+של|בסך)\\s*:?\\s*(${AMOUNT})\\s*(?:₪|ש"ח|ש״ח|שקלים)?`),
];

export const paymentNoticeRule: LetterRule = {
  kind: 'paymentNotice',
  score: (text) => score(text, cues),
  fields(text): Fields {
    return { amount: findField(text, amountCues, parseAmount), period: findField(text, periodCues, parsePeriod) };
  },
};
