// Dates whose year is written out: "April 8, 2021", "19 April, 2021", "Jul 26,2021", "in January 2020",
// "in 2017", "Wednesday, April 7, 2021". Nothing is implied; precision is what the words give.
// Watch out for: chrono marks the year of "last year" certain too, so a year counts as stated only when four digits
// are in the words.
import { weekdayOf, WEEKDAY_NAMES } from '../../calendar/calendar-date.js';
import type { CalendarDate, DatePart } from '../../types.js';
import { isOpen, type DateRefiner } from '../candidate.js';
import { quoted, show } from '../reason.js';

export const explicitDates: DateRefiner = (results) =>
  results.map((c) => {
    const { year, month, day, weekday } = c.known;
    if (!isOpen(c) || year === undefined || !/\b\d{4}\b/.test(c.core.text)) return c;
    const date: CalendarDate = { year };
    const stated: DatePart[] = ['year'];
    if (month !== undefined) {
      date.month = month;
      stated.push('month');
      if (day !== undefined) {
        date.day = day;
        stated.push('day');
      }
    }
    if (weekday !== undefined) stated.push('weekday');
    const precision = date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
    const names = precision === 'day' ? 'the full date' : precision === 'month' ? 'month and year' : 'the year';
    let reason = `${quoted(c.text)} names ${names} → ${show(date)}`;
    if (weekday !== undefined && date.day !== undefined && weekdayOf(date) !== weekday) {
      reason += ` (the words say ${WEEKDAY_NAMES[weekday]}; the written date is kept)`;
    }
    if (c.range) reason += '; a range, of which the start is kept';
    return { ...c, resolved: { date, precision, stated, implied: [], tag: 'explicit-date', reason } };
  });
