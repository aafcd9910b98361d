// "Tue 18 March", "on Friday, the 6th of June": a weekday written beside a day of a month with no year names the year
// too, since a date falls on that weekday only once in any three years running. When the year tense or nearness gave
// puts the day on another weekday, the year next to it where the weekday holds wins (round 15: a "coming up" line
// "Tue 18 March", published on Saturday 15 March, had gone back a year to a Monday).
// Watch out for: a weekday that fits neither neighbour (a misprint): the year is left as it was.
import { isRealDay, weekdayOf } from '../calendar/calendar-date.js';

/** The year, one either side of `year`, in which month/day falls on `weekday`; `year` itself when none or it fits. */
export function yearOfWeekday(year: number, month: number, day: number, weekday: number): number {
  const fits = (y: number) => isRealDay(y, month, day) && weekdayOf({ year: y, month, day }) === weekday;
  if (fits(year)) return year;
  return [year + 1, year - 1].find(fits) ?? year;
}
