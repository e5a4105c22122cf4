// A medical committee's protocol (פרוטוקול ועדה רפואית): the impairments it found, each with its
// percentage, the weighted total and whether the degree is temporary.
import { cue, findField } from '../find';
import { score, type Cues } from '../score';
import type { Field, Fields, Impairment, LetterRule } from '../types';
import { DATE, PERCENT, parseDate, parsePercent } from '../values';

const cues: Cues = [
  [/פרוטוקול|סיכום\s+ישיבת|ישיבת\s+(?:ה)?ועדה/u, 5],
  [/ליקוי(?:ים)?/u, 2],
  [/משוקלל/u, 1],
];

const dateCues = [cue(`(?:תאריך\\s+(?:ה)?(?:ו)?ועדה|תאריך\\s+הישיבה|ישיבה\\s+מיום|התכנסה\\s+ביום)\\s*:?\\s*(${DATE})`)];
const weightedCues = [cue(`(?:משוקלל(?:ת)?|סה"כ\\s+נכות|סה״כ\\s+נכות)[^.\\n\\d]{0,30}?(${PERCENT})`)];
const temporaryCues = [cue(`(?:זמני|זמנית)[^.\\n]{0,30}?עד\\s+(?:ליום|יום|לתאריך)?\\s*(${DATE})`)];

/** The impairment lines run from the heading that names them to the weighted total. */
const BLOCK = /^.*ליקויים.*$\n([\s\S]*?)^.*(?:משוקלל|סה"כ|סה״כ)/mu;
const LINE = new RegExp(
  `^\\s*(?:ליקוי\\s*:?\\s*)?(?:\\d+\\.\\s*)?([^\\d\\n|%]+?)\\s*(?:[-–|:]\\s*)*(${PERCENT})\\s*$`,
  'gmu',
);

function impairments(text: string): Field<Impairment[]> | undefined {
  const block = BLOCK.exec(text);
  if (!block) return undefined;
  const offset = block.index + block[0].indexOf(block[1]!);
  const found = [...block[1]!.matchAll(LINE)].flatMap((m) => {
    const percent = parsePercent(m[2]!);
    return percent === null ? [] : [{ impairment: m[1]!.trim(), percent, end: m.index + m[0].length }];
  });
  if (found.length === 0) return undefined;
  return {
    value: found.map(({ impairment, percent }) => ({ impairment, percent })),
    confidence: 'certain',
    span: { start: offset, end: offset + found[found.length - 1]!.end },
  };
}

export const committeeProtocolRule: LetterRule = {
  kind: 'committeeProtocol',
  score: (text) => score(text, cues),
  fields(text): Fields {
    return {
      committeeDate: findField(text, dateCues, parseDate),
      medicalPercent: impairments(text),
      weightedPercent: findField(text, weightedCues, parsePercent),
      temporaryUntil: findField(text, temporaryCues, parseDate),
    };
  },
};
