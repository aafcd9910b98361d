// Small calendar steps the refiners share, on CalendarDates only (days via calendar-date.ts, months by counting).
import { addDays, compareCalendarDates, weekdayOf } from '../calendar/calendar-date.js';
import type { CalendarDate } from '../types.js';

/** `{2021, 3}` + 2 → `{2021, 5}`; month precision. */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const total = d.year * 12 + ((d.month ?? 1) - 1) + months;
  return { year: Math.floor(total / 12), month: (total % 12 + 12) % 12 + 1 };
}

export const monthOf = (d: CalendarDate): CalendarDate => ({ year: d.year, month: d.month ?? 1 });

/** The latest day with this weekday on or before `d` (`strict`: before). */
export function weekdayOnOrBefore(d: CalendarDate, weekday: number, strict = false): CalendarDate {
  let back = (weekdayOf(d) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(d, -back);
}

/** The earliest day with this weekday on or after `d` (`strict`: after). */
export function weekdayOnOrAfter(d: CalendarDate, weekday: number, strict = false): CalendarDate {
  let ahead = (weekday - weekdayOf(d) + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(d, ahead);
}

/** Monday of the week (Monday to Sunday) holding `d`. */
export const mondayOf = (d: CalendarDate): CalendarDate => weekdayOnOrBefore(d, 1);

export const isAfter = (a: CalendarDate, b: CalendarDate): boolean => compareCalendarDates(a, b) > 0;
export const isBefore = (a: CalendarDate, b: CalendarDate): boolean => compareCalendarDates(a, b) < 0;
export const sameMonth = (a: CalendarDate, b: CalendarDate): boolean => a.year === b.year && a.month === b.month;
