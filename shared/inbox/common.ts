// Fields most letters carry whatever their kind: the letter's date, the benefit, the appeal route.
import { benefitNames } from './benefit-names';
import { cue, findField, findNamed } from './find';
import type { AppealRoute, Fields } from './types';
import { DATE, parseDate } from './values';

// Not "בתאריך": a date in running text is some other date.
const letterDateCues = [cue(`(?<![א-ת])תאריך\\s*:?\\s*(${DATE})`), cue(`^\\s*(${DATE})\\s*$`, 'likely')];

/** The subject line (הנדון) names the benefit the letter is about; elsewhere a name may be an aside. */
const SUBJECT = /^\s*(?:הנדון|בעניין)\s*:?(.*)$/mu;

function benefit(text: string): Fields['benefit'] {
  const subject = SUBJECT.exec(text);
  if (subject) {
    const offset = subject.index + subject[0].length - subject[1]!.length;
    const found = findNamed(subject[1]!, benefitNames);
    if (found) return { ...found, span: { start: found.span.start + offset, end: found.span.end + offset } };
  }
  return findNamed(text, benefitNames, 'likely');
}

const routeNames: [AppealRoute, RegExp][] = [
  ['medicalAppealsCommittee', /ועדה\s+רפואית\s+לעררים/u],
  ['incapacityAppealsCommittee', /ועדת\s+עררים/u],
  ['labourCourt', /בית\s+הדין\s+(?:האזורי\s+)?לעבודה/u],
];

/** The sentence offering an appeal; the route it names, not a committee named elsewhere in the letter. */
const APPEAL_SENTENCE = /(?<![א-ת])(?:לערער|ערר|להגיש\s+תביעה)(?![א-ת])[^.\n]*(?:\n[^.\n]*)?/gu;

function appealRoute(text: string): Fields['appealRoute'] {
  for (const sentence of text.matchAll(APPEAL_SENTENCE)) {
    const found = findNamed(sentence[0], routeNames);
    if (found)
      return { ...found, span: { start: found.span.start + sentence.index, end: found.span.end + sentence.index } };
  }
  return undefined;
}

export function commonFields(text: string): Fields {
  return {
    letterDate: findField(text, letterDateCues, parseDate),
    benefit: benefit(text),
    appealRoute: appealRoute(text),
  };
}
