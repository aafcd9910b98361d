// Weekday names alone: "on Saturday", "On Wednesday,", "Wednesday evening", "Monday's attack", "last Monday".
// chrono sends a bare weekday to the nearest such day within ±3 days whatever the tense. Instead:
//   past-tense clause (or no cue)  → the latest such day on or before publication (same weekday = publication day);
//   future-tense clause            → the first such day on or after publication;
//   "last Monday" → strictly before publication; "next Monday" → strictly after; "this Monday" → by tense.
// Watch out for: a weekday with a month ("Monday, July 26") is month-names' business; "every Tuesday" and
// "Good Friday" were dropped by non-dates.
import { WEEKDAY_NAMES } from '../../calendar/calendar-date.js';
import { isOpen, type DateRefiner } from '../candidate.js';
import { weekdayOnOrAfter, weekdayOnOrBefore } from '../calendar-steps.js';
import { publishedOn, quoted, show, tenseNote } from '../reason.js';
import { WEEKDAY_WORD } from '../words.js';

const WEEKDAY_NAME = new RegExp(String.raw`\b${WEEKDAY_WORD}(?![a-z])`, 'i');

export const weekdays: DateRefiner = (results, { published, tenseAt }) =>
  results.map((c) => {
    const { weekday, month } = c.known;
    if (!isOpen(c) || weekday === undefined || month !== undefined || !WEEKDAY_NAME.test(c.core.text)) return c;
    const name = WEEKDAY_NAMES[weekday]!;
    const { shift } = c.modifiers;
    let date;
    let rule: string;
    if (shift === 'last') {
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
