// A day of the month by its ordinal alone ("You handed the fort over on the 20th", "will vote on the 3rd"): the
// month is implied by publication and the clause's tense: past → the latest such day on or before publication
// (this month, else the month before), future → the first one on or after it. A day a month lacks (the 31st in
// a 30-day month) steps one month further. A month named earlier in the same sentence gives its month and year
// ("Shells fell twice in January, on the 11th and the 18th"; round 11: it was read as a day of publication's month).
import { isRealDay } from '../../calendar/calendar-date.js';
import type { CalendarDate } from '../../types.js';
import { isOpen, type DateRefiner } from '../candidate.js';
import { addMonths } from '../calendar-steps.js';
import { publishedOn, quoted, show, tenseNote } from '../reason.js';
import { MONTH_WORD } from '../words.js';

const MONTH_NAME = new RegExp(String.raw`\b${MONTH_WORD}(?![a-z])`, 'i');

export const ordinalDays: DateRefiner = (results, { published, tenseAt }) =>
  results.map((c, i) => {
    const { day, month } = c.known;
    if (!isOpen(c) || !c.tags.includes('dateline/ordinal-day') || day === undefined || month !== undefined) return c;
    // "the 14th of this month", "the 3rd of last month": the month is named.
    const shiftTag = c.tags.find((t) => t.startsWith('dateline/month-shift:'));
    if (shiftTag) {
      const shift = Number(shiftTag.slice('dateline/month-shift:'.length));
      const month1 = addMonths({ year: published.year, month: published.month! }, shift);
      if (!isRealDay(month1.year, month1.month!, day)) return c;
      const date: CalendarDate = { year: month1.year, month: month1.month!, day };
      const which = shift === 0 ? 'the month of publication' : shift < 0 ? 'the month before publication' : 'the month after publication';
      return {
        ...c,
        resolved: {
          date, precision: 'day', stated: ['day'], implied: ['year', 'month'], tag: 'ordinal-day',
          reason: `${quoted(c.text)}, a day of ${which}, ${publishedOn(published)} → ${show(date)}`,
        },
      };
    }
    // "in January, on the 11th": the latest month named (and resolved) before it in the sentence.
    // A range within one month names that month too ("23-25 April - Third round …, signed on the 25th"); a range
    // across months ("from March to May") names no one month. Round 13.
    const oneMonth = (r: (typeof results)[number]) => !r.range || (r.core.text.match(new RegExp(MONTH_NAME.source, 'gi')) ?? []).length === 1;
    const named = results.slice(0, i).reverse().find((r) => r.resolved?.date.month !== undefined && r.known.month !== undefined && oneMonth(r) && MONTH_NAME.test(r.core.text));
    if (named) {
      const { year, month: month1 } = named.resolved!.date;
      if (!isRealDay(year, month1!, day)) return c;
      const date: CalendarDate = { year, month: month1!, day };
      return {
        ...c,
        resolved: {
          date, precision: 'day', stated: ['day'], implied: ['year', 'month'], tag: 'ordinal-day',
          reason: `${quoted(c.text)}, a day of the month named before it, ${quoted(named.text)} (${show(named.resolved!.date)}) → ${show(date)}`,
        },
      };
    }
    const { tense, cue } = tenseAt(c.core.index, c.core.text.length);
    const past = tense === 'past';
    const step = past ? -1 : 1;
    let month0: CalendarDate = { year: published.year, month: published.month! };
    if (past ? day > published.day! : day < published.day!) month0 = addMonths(month0, step);
    for (let tries = 0; tries < 3 && !isRealDay(month0.year, month0.month!, day); tries++) month0 = addMonths(month0, step);
    if (!isRealDay(month0.year, month0.month!, day)) return c;
    const date: CalendarDate = { year: month0.year, month: month0.month!, day };
    const rule = past
      ? `${tenseNote('past', cue)}: the latest such day on or before publication`
      : `${tenseNote('future', cue)}: the first such day on or after publication`;
    return {
      ...c,
      resolved: {
        date,
        precision: 'day',
        stated: ['day'],
        implied: ['year', 'month'],
        tag: 'ordinal-day',
        reason: `${quoted(c.text)}, a day of the month alone, ${publishedOn(published)} → ${show(date)}; ${rule}`,
      },
    };
  });
