// What a committee letter (an invitation or a protocol) gives a committee record: which kind of
// committee sat, at which NII branch, and each impairment under its section of the list of
// impairments with a whole percent.
import { Decimal } from 'decimal.js';
import type { Benefit, CommitteeType, NiiBranch } from '../domain/enums';
import { impairmentSections } from '../domain/impairment-sections';

/** The branches as letters name them ("סניף חיפה"); spellings the NII uses beside the office's own. */
const branchNames: [NiiBranch, RegExp][] = [
  ['east_jerusalem', /ירושלים\s*[-–]?\s*מזרח|מזרח\s+ירושלים/u],
  ['jerusalem', /ירושלים/u],
  ['tel_aviv', /תל[\s-]?אביב/u],
  ['haifa', /חיפה/u],
  ['krayot', /קריות|קרית\s+ביאליק/u],
  ['beer_sheva', /באר[\s-]?שבע/u],
  ['netanya', /נתניה/u],
  ['petah_tikva', /פתח[\s-]?תקו?וה/u],
  ['rishon_lezion', /ראשון\s+לציון/u],
  ['ramat_gan', /רמת[\s-]?גן/u],
  ['bnei_brak', /בני[\s-]?ברק/u],
  ['holon', /חולון/u],
  ['rehovot', /רחובות/u],
  ['ramla', /רמלה/u],
  ['ashdod', /אשדוד/u],
  ['ashkelon', /אשקלון/u],
  ['beit_shemesh', /בית[\s-]?שמש/u],
  ['kfar_saba', /כפר[\s-]?סבא/u],
  ['hadera', /חדרה/u],
  ['afula', /עפולה/u],
  ['nof_hagalil', /נוף\s+הגליל|נצרת\s+עילית/u],
  ['nazareth', /נצרת/u],
  ['karmiel', /כרמיאל/u],
  ['nahariya', /נהריה/u],
  ['tiberias', /טבריה/u],
  ['safed', /צפת/u],
  ['taibe', /טייבה|טיבה/u],
  ['eilat', /אילת/u],
];

/** The branch a place names, else 'other' (the place's own words are kept beside it). */
export function branchOfPlace(place: string | null): NiiBranch {
  if (place === null) return 'other';
  return branchNames.find(([, name]) => name.test(place))?.[0] ?? 'other';
}

/**
 * Work injury has committees of its own; an appeals committee says so in the letter's heading ("פרוטוקול
 * ועדה רפואית לעררים", "זימון לוועדה רפואית לעררים") or names itself ("ועדת העררים") — a first-tier
 * protocol names the appeals committee only as where a ערר goes.
 */
export function committeeTypeOf(text: string, benefit: Benefit | null): CommitteeType {
  const appeals = /(?:פרוטוקול|ישיבת|זימון|הזמנה)[^\n]{0,30}?לעררים|ועדת\s+העררים/u.test(text);
  if (benefit === 'work_injury') return appeals ? 'work_injury_appeals' : 'work_injury_first_tier';
  return appeals ? 'appeals' : 'first_tier';
}

/**
 * The section an impairment is under: the item of the list whose heading the protocol's line names
 * ("צלקות" is item 75); null when the line names none (the office fills it in).
 */
export function sectionOf(impairment: string): string | null {
  return impairmentSections.find((s) => impairment.includes(s.description))?.item ?? null;
}

/** A decimal percent ("7.5") as the whole percent the records keep, half up. */
export function wholePercent(percent: string): number {
  return new Decimal(percent).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Whether a decimal percent is already whole ("20", "20.0"). */
export function isWholePercent(percent: string): boolean {
  return new Decimal(percent).isInteger();
}
