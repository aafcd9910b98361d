// A safety net: a date whose year the words did not give, read from a past-tense clause, can never fall after
// publication. The rules before this guarantee it; a date breaking it means a rule went wrong, so it is dropped
// rather than published.
import { compareCalendarDates, truncate } from '../../calendar/calendar-date.js';
import { drop, type DateRefiner } from '../candidate.js';
import { quoted, show } from '../reason.js';

const BY_TENSE = new Set(['weekday', 'month-name']);

export const publicationBound: DateRefiner = (results, { published, tenseAt }) =>
  results.map((c) => {
    const r = c.resolved;
    const m = c.modifiers;
    if (!r || c.dropped !== undefined || !BY_TENSE.has(r.tag) || m.shift || m.yearShift !== undefined || m.attributive) return c;
    const { tense, cue } = tenseAt(c.core.index, c.core.text.length);
    if (tense === 'future') return c;
    // No verb says past, and a weekday beside the day put it after publication ("Tue 18 March" in a list of what is
    // coming): the weekday is the words' own evidence, the default past is not (weekday-year.ts; round 15).
    if (cue === undefined && r.stated.includes('weekday')) return c;
    if (compareCalendarDates(r.date, truncate(published, r.precision)) <= 0) return c;
    return drop(c, `${quoted(c.text)} resolved to ${show(r.date)}, after publication, in a past-tense clause`);
  });
