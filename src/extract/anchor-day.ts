// A relative date dated from a day its anchor was told at, shared by every place extraction finds that day (counted
// from an earlier clause, the anchor's own clause, the sentence before, or a day the date is set beside).
import { addDays, formatIso } from '../calendar/calendar-date.js';
import { addMonths } from '../dates/calendar-steps.js';
import type { RelativeDate } from '../dates/resolve-dates.js';
import type { ResolvedDate } from '../types.js';

/**
 * A relative date dated from a day its anchor was told at: whole days counted from it give a day ("two days after"),
 * a span within the day is that day with its qualifier ("hours before"). `how` and `where` word the reason.
 */
export function fromAnchorDay(rel: RelativeDate, anchor: ResolvedDate, how: string, where: string): ResolvedDate {
  // (Whole months give the month they reach: "a month after the ambush on 29 November" is December.)
  if (rel.months !== undefined) {
    const date = addMonths(anchor.date, rel.qualifier === 'before' ? -rel.months : rel.months);
    return {
      text: rel.text, index: rel.index, date, precision: 'month', stated: [], implied: ['year', 'month'], tag: 'relative-to-event',
      reason: `"${rel.text}" ${how} ${rel.anchor}, ${where} ("${anchor.text}", ${formatIso(anchor.date)}) → ${formatIso(date)}`,
    };
  }
  const date = rel.days !== undefined ? addDays(anchor.date, rel.qualifier === 'before' ? -rel.days : rel.days) : anchor.date;
  return {
    text: rel.text,
    index: rel.index,
    date,
    precision: 'day',
    stated: [],
    implied: ['year', 'month', 'day'],
    ...(rel.days === undefined ? { qualifier: rel.qualifier } : {}),
    tag: 'relative-to-event',
    reason: `"${rel.text}" ${how} ${rel.anchor}, ${where} ("${anchor.text}", ${formatIso(anchor.date)}) → ${rel.days === undefined ? `${rel.qualifier} ` : ''}${formatIso(date)}`,
  };
}
