// What a committee letter gives a committee record: the branch a place names, the committee's kind,
// each impairment's section and whole percent.
import { describe, expect, it } from 'vitest';
import {
  branchOfPlace,
  committeeTypeOf,
  isWholePercent,
  sectionOf,
  wholePercent,
} from '../../../shared/inbox/committee-letter';

describe('a committee letter', () => {
  it('finds the branch a place names, east Jerusalem before Jerusalem, else other', () => {
    expect(branchOfPlace('סניף חיפה, שדרות פל-ים 8')).toBe('haifa');
    expect(branchOfPlace('סניף תל-אביב, יצחק שדה 17')).toBe('tel_aviv');
    expect(branchOfPlace('סניף ירושלים - מזרח העיר')).toBe('east_jerusalem');
    expect(branchOfPlace('סניף ירושלים, שדרות שז"ר 13')).toBe('jerusalem');
    expect(branchOfPlace('מרכז שירות אופקים')).toBe('other');
    expect(branchOfPlace(null)).toBe('other');
  });

  it('tells an appeals committee by its heading, not by the ערר a first-tier protocol offers', () => {
    expect(committeeTypeOf('פרוטוקול ועדה רפואית לעררים', 'general_disability')).toBe('appeals');
    expect(committeeTypeOf('הנדון: זימון לוועדה רפואית לעררים', 'work_injury')).toBe('work_injury_appeals');
    expect(committeeTypeOf('פרוטוקול ועדה רפואית\nניתן להגיש ערר לוועדה רפואית לעררים.', 'general_disability')).toBe(
      'first_tier',
    );
    expect(committeeTypeOf('פרוטוקול ועדה רפואית', 'work_injury')).toBe('work_injury_first_tier');
    expect(committeeTypeOf('על החלטת ועדת העררים ניתן לערער', null)).toBe('appeals');
  });

  it('puts an impairment under the item its heading names, else none', () => {
    expect(sectionOf('צלקות')).toBe('75');
    expect(sectionOf('אקזמה כרונית בידיים')).toBe('80');
    expect(sectionOf('הפרעה דיכאונית')).toBeNull();
  });

  it('keeps a percent whole, half up, and says whether it was', () => {
    expect(wholePercent('7.5')).toBe(8);
    expect(wholePercent('7.49')).toBe(7);
    expect(wholePercent('20')).toBe(20);
    expect(isWholePercent('20.0')).toBe(true);
    expect(isWholePercent('7.5')).toBe(false);
  });
});
