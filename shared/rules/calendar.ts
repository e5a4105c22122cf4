// Israeli rest days for deadlines: Saturday, yom tov (Israel schedule) and Independence Day as
// observed that year. A period that ends on one moves to the next day that is none of these
// (חוק הפרשנות, section 10).
import { HDate, HebrewCalendar, flags } from '@hebcal/core';
import { addDays, format, parseISO } from 'date-fns';
import { memoByKey } from './memo';

const REST_EVENTS = flags.CHAG;

/** The Hebrew name of the rest day, or null when `iso` is a working day. */
export const restDayName = memoByKey((iso: string): string | null => {
  const date = parseISO(iso);
  const events = HebrewCalendar.getHolidaysOnDate(new HDate(date), true) ?? [];
  const holiday = events.find((e) => (e.getFlags() & REST_EVENTS) !== 0 || e.getDesc() === "Yom HaAtzma'ut");
  if (holiday) return holiday.render('he-x-NoNikud');
  return date.getDay() === 6 ? 'שבת' : null;
});

/** Moves `iso` forward past rest days; returns the day and the rest days passed over. */
export function nextWorkingDay(iso: string): { date: string; movedOver: { date: string; name: string }[] } {
  const movedOver: { date: string; name: string }[] = [];
  let day = iso;
  for (let name = restDayName(day); name !== null; name = restDayName(day)) {
    movedOver.push({ date: day, name });
    day = format(addDays(parseISO(day), 1), 'yyyy-MM-dd');
  }
  return { date: day, movedOver };
}
