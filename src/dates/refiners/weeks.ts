// Weeks and weekends: "last week", "this week", "earlier this week", "next week", "two weeks ago", "a fortnight ago",
// "over the weekend", "last weekend". chrono returns one certain-looking day for them: invented precision.
// A week (Monday to Sunday) or weekend cannot be written as a CalendarDate, so it resolves to its month with
// qualifier around when every day of it lies in that month, and is dropped otherwise (the reason says why). The
// week's days are kept as the date's span, so the mention joins only a development dated inside that week.
// Watch out for: "the past week" and "the last few weeks" are spans, dropped earlier by non-dates.
import { addDays } from '../../calendar/calendar-date.js';
import type { CalendarDate } from '../../types.js';
import { drop, isOpen, type Candidate, type DateRefiner } from '../candidate.js';
import { mondayOf, monthOf, sameMonth, weekdayOnOrAfter, weekdayOnOrBefore } from '../calendar-steps.js';
import { publishedOn, quoted, show, tenseNote } from '../reason.js';
import { countOf } from '../words.js';

const WEEK = /^(?:(this|the\s+current|last|next)\s+week|(\d+|an?|one|two|three|four|five|six)\s+(weeks?|fortnights?)\s+ago)$/i;
const WEEKEND = /^(?:(this|last|next)\s+)?weekend$/i;

/**
 * A week or weekend, `first` to `last`, as its month with qualifier around and the days as its span; dropped when it
 * spans two months. `told` says what the words were read as ('"last week", in an article published …, is the week
 * 2 to 8 June'), `tag` which refiner read them. Also used for weeks counted from another date (sequels.ts).
 */
export function weekAsMonth(c: Candidate, first: CalendarDate, last: CalendarDate, told: string, unit: string, tag: string): Candidate {
  if (!sameMonth(first, last)) return drop(c, `${told}: it spans two months, so no date fits`);
  const date = monthOf(first);
  return {
    ...c,
    resolved: {
      date,
      precision: 'month',
      stated: [],
      implied: ['year', 'month'],
      qualifier: 'around',
      span: { from: first, to: last },
      tag,
      reason: `${told}; ${unit} is no date, so its month, around → ${show(date)}`,
    },
  };
}

function asMonth(c: Candidate, first: CalendarDate, last: CalendarDate, what: string, published: CalendarDate): Candidate {
  const told = `${quoted(c.text)}, ${publishedOn(published)}, is ${what}, ${show(first)} to ${show(last)}`;
  return weekAsMonth(c, first, last, told, /weekend/.test(what) ? 'a weekend' : 'a week', 'week');
}

export const weeks: DateRefiner = (results, { published, tenseAt }) =>
  results.map((c) => {
    if (!isOpen(c)) return c;
    const week = WEEK.exec(c.core.text);
    if (week) {
      const which = week[1]?.toLowerCase();
      // "a fortnight ago" is two weeks ago.
      const back = which ? (which === 'last' ? 1 : which === 'next' ? -1 : 0) : (countOf(week[2]!) ?? 1) * (/^f/i.test(week[3]!) ? 2 : 1);
      const monday = addDays(mondayOf(published), -7 * back);
      const what = back === 0 ? 'the week of publication'
        : back === -1 ? 'the week after publication'
          : back === 1 ? 'the week before publication' : `the week ${back} weeks before publication`;
      // "early next week" is its Monday to Wednesday, "late next week" its Thursday to Sunday: a part of a week that
      // spans two months may still lie in one (round 13: "expected to speak by phone early next week" was dropped).
      const part = c.modifiers.qualifier;
      if (part === 'early') return asMonth(c, monday, addDays(monday, 2), `the start of ${what}`, published);
      if (part === 'late') return asMonth(c, addDays(monday, 3), addDays(monday, 6), `the end of ${what}`, published);
      return asMonth(c, monday, addDays(monday, 6), what, published);
    }
    const weekend = WEEKEND.exec(c.core.text);
    if (weekend) {
      const which = weekend[1]?.toLowerCase();
      const { tense, cue } = tenseAt(c.core.index, c.core.text.length);
      const future = which === 'next' || (which !== 'last' && tense === 'future');
      const saturday = future
        ? addDays(weekdayOnOrAfter(published, 0), -1)
        : weekdayOnOrBefore(addDays(published, -1), 6);
      const why = which === 'next' || which === 'last' ? `"${which}"` : tenseNote(future ? 'future' : 'past', cue);
      const what = `${future ? 'the next weekend' : 'the latest weekend before publication'} (${why})`;
      return asMonth(c, saturday, addDays(saturday, 1), what, published);
    }
    return c;
  });
