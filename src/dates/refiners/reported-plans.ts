// "On that visit he told the battalion that it would leave on 20 March as planned", "announced on 14 November that
// the mission would close by 31 August": "would" tells a plan as it was seen when it was told. month-names dates it as
// any future, after publication; but the plan lies after the saying, which the sentence may date ("on 14 November")
// or the narration has reached (the previous dated sentence: "On 6 March the minister visited the camp."). Such a
// date pulls the plan back to the first such month or day on or after it (round 15: an inquiry published in May told
// a departure planned for 20 March, and it had gone to March of the next year).
// Only ever earlier: with no dated saying, or one after publication, the plan stays ahead of publication (a fresh
// "said the talks would resume on 3 April"). A weekday beside the day has settled its year already.
import { compareCalendarDates, isRealDay, truncate } from '../../calendar/calendar-date.js';
import type { CalendarDate, ResolvedDate } from '../../types.js';
import type { DateRefiner, Resolution } from '../candidate.js';
import { show } from '../reason.js';

const FINE = new Set(['day', 'month']);

export const reportedPlans: DateRefiner = (results, { published, previous, tenseAt }) =>
  results.map((c) => {
    const r = c.resolved;
    if (!r || c.dropped !== undefined || r.tag !== 'month-name' || c.known.weekday !== undefined || c.modifiers.attributive) return c;
    if (c.modifiers.shift || c.modifiers.yearShift !== undefined || !tenseAt(c.core.index, c.core.text.length).reported) return c;
    const told = (d: Resolution | ResolvedDate | undefined): d is Resolution =>
      !!d && FINE.has(d.precision) && compareCalendarDates(d.date, truncate(published, d.precision)) <= 0;
    // "The force would leave on 3 March, the minister said on Tuesday": an attribution after the plan dates its saying
    // too (a past date of its own clause), before the narration does (round 15b: the plan went before its saying).
    const before =
      results.filter((o) => o.index < c.index && o.dropped === undefined && told(o.resolved)).at(-1) ??
      results.find((o) => o.index > c.index && o.dropped === undefined && told(o.resolved) && tenseAt(o.core.index, o.core.text.length).tense === 'past');
    const saying = before?.resolved ?? (told(previous) ? previous : undefined);
    if (!saying) return c;
    const { month, day } = r.date;
    const at = (year: number): CalendarDate => (day === undefined ? { year, month } : { year, month, day });
    const notBefore = (d: CalendarDate) => {
      const precision = day === undefined || saying.precision === 'month' ? 'month' : 'day';
      return compareCalendarDates(truncate(d, precision), truncate(saying.date, precision)) >= 0;
    };
    const year = notBefore(at(saying.date.year)) ? saying.date.year : saying.date.year + 1;
    if (year >= r.date.year || (day !== undefined && !isRealDay(year, month!, day))) return c;
    const date = at(year);
    const where = before ? `the saying's date in the sentence, ${show(saying.date)}` : `the date the narration had reached, ${show(saying.date)}`;
    return { ...c, resolved: { ...r, date, reason: `${r.reason.replace(/ → .*$/, '')} → ${show(date)}; "would": a plan as told then, the first one on or after ${where}` } };
  });
