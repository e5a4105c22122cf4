// A decision on a claim (הודעה על החלטה): approved, rejected or approved in part, with the degrees,
// the temporary period, the monthly amount and the period it covers when the letter gives them.
import { cue, findField, findNamed } from '../find';
import { score, type Cues } from '../score';
import type { Fields, LetterRule, Outcome } from '../types';
import { DATE, PERCENT, AMOUNT, parseAmount, parseDate, parsePercent } from '../values';
import { periodCues, parsePeriod } from '../period';

const cues: Cues = [
  [/הוחלט/u, 3],
  [/הודעה\s+על\s+החלטה|החלטה\s+בתביעה/u, 4],
  [/תביעתך[^.\n]{0,40}(?:אושרה|נדחתה)/u, 3],
  [/הנך\s+זכאי|אינך\s+זכאי/u, 2],
];

/** Most specific first: a partial approval also says "approved". */
const outcomeNames: [Outcome, RegExp][] = [
  ['partial', /באופן\s+חלקי|אושרה\s+חלקית|אושרה\s+בחלקה|לאשר\s+חלק/u],
  ['rejected', /לדחות\s+את\s+תביעתך|תביעתך[^.\n]{0,40}נדחתה|אינך\s+זכאי/u],
  ['approved', /לאשר\s+את\s+תביעתך|תביעתך[^.\n]{0,40}אושרה|הנך\s+זכאי/u],
];

const decisionDateCues = [
  cue(`(?:בהחלטה|החלטה)\\s+מיום\\s+(${DATE})`),
  cue(`ביום\\s+(${DATE})\\s+הוחלט`),
  cue(`תאריך\\s+ההחלטה\\s*:?\\s*(${DATE})`),
];
const incapacityCues = [cue(`אי[-\\s]כושר(?:\\s+להשתכר|\\s+השתכרות)?[^.\\n\\d]{0,30}?(${PERCENT})`)];
const weightedCues = [
  cue(`(${PERCENT})[ \\t]+נכות\\s+רפואית\\s+משוקללת`),
  cue(`נכות\\s+רפואית\\s+משוקללת[^.\\n\\d]{0,20}?(${PERCENT})`),
];
const temporaryCues = [cue(`(?:זמני|זמנית)[^.\\n]{0,30}?עד\\s+(?:ליום|יום|לתאריך)?\\s*(${DATE})`)];
const amountCues = [cue(`(?:בסך|סך\\s+של|סכום\\s+הקצבה(?:\\s+החודשית)?\\s*:?)\\s*(${AMOUNT})\\s*(?:₪|ש"ח|ש״ח|שקלים)`)];

export const decisionRule: LetterRule = {
  kind: 'decision',
  score: (text) => score(text, cues),
  fields(text): Fields {
    return {
      decisionDate: findField(text, decisionDateCues, parseDate),
      outcome: findNamed(text, outcomeNames),
      incapacityPercent: findField(text, incapacityCues, parsePercent),
      weightedPercent: findField(text, weightedCues, parsePercent),
      temporaryUntil: findField(text, temporaryCues, parseDate),
      amount: findField(text, amountCues, parseAmount),
      period: findField(text, periodCues, parsePeriod),
    };
  },
};
