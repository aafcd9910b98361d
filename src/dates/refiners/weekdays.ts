// Weekday names alone: "on Saturday", "On Wednesday,", "Wednesday evening", "Monday's attack", "last Monday".
// chrono sends a bare weekday to the nearest such day within ±3 days whatever the tense. Instead:
//   past-tense clause (or no cue)  → the latest such day on or before publication (same weekday = publication day);
//   future-tense clause            → the first such day on or after publication;
//   "last Monday" → strictly before publication; "next Monday" → strictly after; "this Monday" → by tense;
//   "Tuesday of last week", "Wednesday next week" → that weekday in the calendar week (Monday to Sunday) before publication's, "of next
//   week" in the week after, "of this week" in publication's own week, whatever the tense (round 11: it was read
//   as the latest such weekday, a week late);
//   "Saturday the 9th" → the latest (past) or first (future) 9th that fell on a Saturday: the day of the month is
//   stated, not the nearest Saturday (round 14: it was read a week late).
// Watch out for: a weekday with a month ("Monday, July 26") is month-names' business; "every Tuesday" and
// "Good Friday" were dropped by non-dates.
import { addDays, compareCalendarDates, isRealDay, weekdayOf, WEEKDAY_NAMES } from '../../calendar/calendar-date.js';
import type { CalendarDate } from '../../types.js';
import { isOpen, type DateRefiner } from '../candidate.js';
import { addMonths, mondayOf, weekdayOnOrAfter, weekdayOnOrBefore } from '../calendar-steps.js';
import { publishedOn, quoted, show, tenseNote } from '../reason.js';
import { MONTH_WORD, WEEKDAY_WORD } from '../words.js';

const WEEKDAY_NAME = new RegExp(String.raw`\b${WEEKDAY_WORD}(?![a-z])`, 'i');

/** "Tuesday of last week", "on Friday of next week", "Monday of this week": the week named after the weekday. Also with
 * no "of" ("will fly home on Wednesday next week", "met on Monday last week": round 17, read as the nearest such day). */
const WHICH_WEEK = String.raw`(?:of\s+)?(last|next|this|the\s+previous|the\s+following|the\s+coming)\s+week\b(?!['’])`;
const OF_WEEK = new RegExp(String.raw`\b${WEEKDAY_WORD}(?:['’]s)?\s+${WHICH_WEEK}`, 'i');
const OF_WEEK_AFTER = new RegExp(String.raw`^\s*${WHICH_WEEK}`, 'i');

/** "Saturday the 9th", "on Friday, the 21st": the day of the month right after the weekday. */
const THE_NTH_AFTER = new RegExp(String.raw`^(,?\s+the\s+(\d{1,2}(?:st|nd|rd|th))\b)(?!\s+(?:of\s+)?${MONTH_WORD})`, 'i');

/** The latest (or first) day `day` of a month, within a year of `from`, that falls on `weekday`. */
function dayOnWeekday(from: CalendarDate, day: number, weekday: number, past: boolean): CalendarDate | undefined {
  for (let step = 0; step <= 12; step++) {
    const { year, month } = addMonths(from, past ? -step : step);
    if (!isRealDay(year, month!, day)) continue;
    const date = { year, month, day };
    if (weekdayOf(date) !== weekday) continue;
    if (past ? compareCalendarDates(date, from) <= 0 : compareCalendarDates(date, from) >= 0) return date;
  }
  return undefined;
}

export const weekdays: DateRefiner = (results, { sentence, published, tenseAt }) =>
  results.map((c) => {
    const { weekday, month } = c.known;
    if (!isOpen(c) || weekday === undefined || month !== undefined || !WEEKDAY_NAME.test(c.core.text)) return c;
    const name = WEEKDAY_NAMES[weekday]!;
    const { shift } = c.modifiers;
    let date;
    let rule: string;
    // In chrono's words ("on Tuesday of last week") or right after them.
    const ofWeek = OF_WEEK.exec(c.text) ?? OF_WEEK_AFTER.exec(sentence.slice(c.index + c.text.length));
    const weekWord = ofWeek?.[1]!.toLowerCase().replace(/\s+/g, ' ');
    const nth = THE_NTH_AFTER.exec(sentence.slice(c.index + c.text.length));
    if (nth && !ofWeek && shift === undefined) {
      const { tense, cue } = tenseAt(c.core.index, c.core.text.length);
      const found = dayOnWeekday(published, parseInt(nth[2]!, 10), weekday, tense === 'past');
      if (found) {
        const text = c.text + nth[1];
        const which = tense === 'past' ? 'latest' : 'first';
        return {
          ...c,
          text,
          resolved: {
            date: found,
            precision: 'day',
            stated: ['day', 'weekday'],
            implied: ['year', 'month'],
            tag: 'weekday',
            reason: `${quoted(text)}, ${publishedOn(published)} → ${show(found)}; ${tenseNote(tense, cue)}: the ${which} ${name} that was the ${nth[2]} of its month`,
          },
        };
      }
    }
    if (ofWeek) {
      const back = weekWord === 'last' || weekWord === 'the previous' ? 1 : weekWord === 'this' ? 0 : -1;
      // Monday is 1, Sunday 0 (the end of the week).
      date = addDays(mondayOf(published), -7 * back + ((weekday + 6) % 7));
      const which = back === 1 ? 'the week before publication' : back === 0 ? 'the week of publication' : 'the week after publication';
      rule = `"${ofWeek[0].trim()}": the ${name} of ${which} (Monday to Sunday)`;
    } else if (shift === 'last') {
      date = weekdayOnOrBefore(published, weekday, true);
      rule = `"last": the latest ${name} before publication`;
    } else if (shift === 'next') {
      date = weekdayOnOrAfter(published, weekday, true);
      rule = `"next": the first ${name} after publication`;
    } else {
      const { tense, cue } = tenseAt(c.core.index, c.core.text.length);
      date = tense === 'past' ? weekdayOnOrBefore(published, weekday) : weekdayOnOrAfter(published, weekday);
      rule = tense === 'past'
        ? `${tenseNote('past', cue)}: the latest ${name} on or before publication`
        : `${tenseNote('future', cue)}: the first ${name} on or after publication`;
    }
    return {
      ...c,
      resolved: {
        date,
        precision: 'day',
        stated: ['weekday'],
        implied: ['year', 'month', 'day'],
        tag: 'weekday',
        reason: `${quoted(c.text)}, ${publishedOn(published)} → ${show(date)}; ${rule}`,
      },
    };
  });
