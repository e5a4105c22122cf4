// Rest days and working days, read from the Hebrew calendar on the Israeli schedule: what moves a
// deadline (Saturday, yom tov, Independence Day) and what the fee agreement's cancellation window
// counts (Sunday to Thursday, no rest day).
import { describe, expect, it } from 'vitest';
import { nextWorkingDay, restDayName } from '../../shared/rules/calendar';
import { addWorkingDays, isWorkingDay } from '../../shared/rules/working-days';

describe('restDayName', () => {
  it('names Saturday, a yom tov and Independence Day, in Hebrew', () => {
    expect(restDayName('2026-04-04')).toBe('שבת');
    expect(restDayName('2026-04-02')).toBe('פסח א׳');
    expect(restDayName('2026-09-21')).toBe('יום כיפור');
    expect(restDayName('2026-04-22')).toBe('יום העצמאות');
    // A yom tov on a Saturday is named for the yom tov.
    expect(restDayName('2026-09-12')).toBe('ראש השנה 5787');
  });

  it('finds no rest on a weekday, a Friday, a fast, an eve or a memorial day', () => {
    expect(restDayName('2026-04-05')).toBeNull(); // Sunday
    expect(restDayName('2026-04-03')).toBeNull(); // Friday, Pesach II: חול המועד in Israel
    expect(restDayName('2026-04-01')).toBeNull(); // Erev Pesach, Ta'anit Bechorot
    expect(restDayName('2026-04-21')).toBeNull(); // Yom HaZikaron
  });

  it('keeps the Israeli schedule: the second day of a diaspora yom tov is no rest day', () => {
    expect(restDayName('2026-04-09')).toBeNull(); // Pesach VIII abroad
    expect(restDayName('2026-10-04')).toBeNull(); // Simchat Torah abroad
    expect(restDayName('2026-05-23')).toBe('שבת'); // Shavuot II abroad, a plain Saturday here
  });
});

describe('nextWorkingDay', () => {
  it('leaves a day that is no rest day where it is', () => {
    expect(nextWorkingDay('2026-04-03')).toEqual({ date: '2026-04-03', movedOver: [] });
  });

  it('moves past each rest day in turn, naming it', () => {
    expect(nextWorkingDay('2026-04-04')).toEqual({
      date: '2026-04-05',
      movedOver: [{ date: '2026-04-04', name: 'שבת' }],
    });
    // Shemini Atzeret 5787 on Saturday 03/10/2026: Sunday 04/10 is a working day in Israel.
    expect(nextWorkingDay('2026-10-03')).toEqual({
      date: '2026-10-04',
      movedOver: [{ date: '2026-10-03', name: 'שמיני עצרת' }],
    });
  });
});

describe('working days', () => {
  it('are Sunday to Thursday, not a yom tov or Independence Day', () => {
    expect(isWorkingDay('2026-04-05')).toBe(true); // Sunday
    expect(isWorkingDay('2026-04-09')).toBe(true); // Thursday after Pesach
    expect(isWorkingDay('2026-04-21')).toBe(true); // Yom HaZikaron
    expect(isWorkingDay('2026-04-10')).toBe(false); // Friday
    expect(isWorkingDay('2026-04-11')).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-02')).toBe(false); // Pesach I, a Thursday
    expect(isWorkingDay('2026-04-22')).toBe(false); // Independence Day, a Wednesday
  });

  it('counts seven working days past a weekend and a yom tov', () => {
    // Thursday 26/03/2026: Sun 29, Mon 30, Tue 31, Wed 01/04 (1–4); Pesach I Thursday 02/04, Friday,
    // Saturday; Sun 05, Mon 06, Tue 07/04 (5–7).
    expect(addWorkingDays('2026-03-26', 7)).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-21', 1)).toBe('2026-04-23');
  });

  it('counts from the day after, and no days leave the date as it is', () => {
    expect(addWorkingDays('2026-04-05', 1)).toBe('2026-04-06');
    expect(addWorkingDays('2026-04-05', 0)).toBe('2026-04-05');
  });
});
