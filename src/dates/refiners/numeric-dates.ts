// Numeric dates, with the day/month order decided by an explicit rule instead of chrono's US default.
// Handles: 2021-04-07 and 2021/04/07 (year first: always year-month-day);
//   24-03-2021, 07-04-2021, 07.04.2021 (dashes or dots, year last: DAY first, as day-first publishers print them;
//   month first only when the second number cannot be a month, e.g. 04-24-2021);
//   3/24/2021, 4/7/2021 (slashes, year last: MONTH first, the US convention; day first only when the first number
//   cannot be a month, e.g. 24/3/2021).
// A document keeps one order: when its other numeric dates settle it (one with a first number above 12, like
// 22/01/2025, is day first; one with a second number above 12 is month first) or it says so ("dates are given as
// day/month/year", "DD/MM/YYYY"), an ambiguous one (03/01/2025) is read in that order, whatever its separator.
// Watch out for: numbers without a year ("9/11", "24/7", "1/3", "5-3") are fractions, scores, ratios or names of
// events, never a date in this year: they are dropped. So are two-digit years ("4/7/21"): too ambiguous, and
// month/year in digits ("Brief 9/2021"), more often a document number, unless alone in a table row's first cell
// ("| 08/2029 | …", table-cell.ts).
import { isRealDay } from '../../calendar/calendar-date.js';
import { drop, isOpen, type Candidate, type DateRefiner } from '../candidate.js';
import { quoted, show } from '../reason.js';
import { fillsFirstCell } from '../table-cell.js';

const YEAR_FIRST = /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b/;
const YEAR_LAST = /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b/;
const NO_YEAR = /^(?:on\s+|the\s+)?\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2})?$/i;

function resolved(c: Candidate, year: number, month: number, day: number, rule: string): Candidate {
  if (!isRealDay(year, month, day)) return drop(c, `${quoted(c.core.text)} is no real day under the ${rule} rule`);
  const date = { year, month, day };
  return {
    ...c,
    resolved: {
      date,
      precision: 'day',
      stated: ['year', 'month', 'day'],
      implied: [],
      tag: 'numeric-date',
      reason: `${quoted(c.core.text)} read ${rule} → ${show(date)}${c.range ? '; a range, of which the start is kept' : ''}`,
    },
  };
}

export type NumericOrder = 'day-first' | 'month-first';

const DECLARED_DAY_FIRST = /\b(?:day\s*\/\s*month\s*\/\s*year|dd\s*[/.-]\s*mm\s*[/.-]\s*yy(?:yy)?)\b/i;
const DECLARED_MONTH_FIRST = /\b(?:month\s*\/\s*day\s*\/\s*year|mm\s*[/.-]\s*dd\s*[/.-]\s*yy(?:yy)?)\b/i;
const ALL_YEAR_LAST = new RegExp(YEAR_LAST.source, 'g');

/**
 * The order a whole document writes numeric dates in, when it settles it: a stated convention first, else its
 * unambiguous dates, when they all agree. Undefined when nothing settles it (then each date's own rule applies).
 */
export function numericOrderOf(texts: readonly string[]): NumericOrder | undefined {
  const text = texts.join('\n');
  const dayFirst = DECLARED_DAY_FIRST.test(text);
  const monthFirst = DECLARED_MONTH_FIRST.test(text);
  if (dayFirst !== monthFirst) return dayFirst ? 'day-first' : 'month-first';
  let days = 0;
  let months = 0;
  for (const m of text.matchAll(ALL_YEAR_LAST)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) days++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) months++;
  }
  if (days > 0 && months === 0) return 'day-first';
  if (months > 0 && days === 0) return 'month-first';
  return undefined;
}

/** Further day/month pairs of the same list: ", 9/2", " and 13/1", " or 4.3". */
const MORE_PAIRS = /^(?:\s*(?:,|,?\s+and|,?\s+or|,?\s+then)\s+(?:on\s+)?\d{1,2}\s*[/.]\s*\d{1,2})*/i;

/** "on " before the list's first pair, through the pairs before this one: "on 8/1 and " before "13/1". */
const LIST_OPENS = /\bon\s+(?:\d{1,2}\s*[/.]\s*\d{1,2}\s*(?:,|,?\s+and|,?\s+or|,?\s+then)\s+)*$/i;

/**
 * "Drones hit the camp on 8/1 and 13/1 this year", "on 2/3 and 9/3 last year": day/month pairs without a year are
 * dates when "on" opens their list and a year phrase closes it, in an article whose other numeric dates settle the
 * order (a score takes no "on": "won 3/1 this year"). The year they take: this year's, last year's, or the one
 * written. Round 19.
 */
function yearAfterList(after: string, published: number): number | undefined {
  const rest = after.slice(MORE_PAIRS.exec(after)?.[0].length ?? 0);
  const m = /^\s*(?:(this|last)\s+year|(?:in\s+|,\s*)?(\d{4}))\b/i.exec(rest);
  if (!m) return undefined;
  if (m[1]) return m[1].toLowerCase() === 'this' ? published : published - 1;
  return Number(m[2]);
}

export const numericDates: DateRefiner = (results, context) =>
  results.map((c) => {
    if (!isOpen(c)) return c;
    const text = c.core.text;
    const iso = YEAR_FIRST.exec(text);
    if (iso) return resolved(c, Number(iso[1]), Number(iso[3]), Number(iso[4]), 'year-month-day');
    const last = YEAR_LAST.exec(text);
    if (last) {
      const [a, b, year] = [Number(last[1]), Number(last[3]), Number(last[4])];
      const order = context.numericOrder;
      if (order && a <= 12 && b <= 12) {
        return order === 'day-first'
          ? resolved(c, year, b, a, 'day-first (the order the rest of the article writes its dates in)')
          : resolved(c, year, a, b, 'month-first (the order the rest of the article writes its dates in)');
      }
      if (last[2] === '/') {
        return a > 12
          ? resolved(c, year, b, a, 'day-first (slashes, but the first number cannot be a month)')
          : resolved(c, year, a, b, 'month-first (slashes, year last: the US order)');
      }
      return a <= 12 && b > 12
        ? resolved(c, year, a, b, 'month-first (the second number cannot be a month)')
        : resolved(c, year, b, a, `day-first (${last[2] === '-' ? 'dashes' : 'dots'}, year last)`);
    }
    const monthYear = /^(\d{1,2})\/(\d{4})$/.exec(text);
    if (monthYear && Number(monthYear[1]) >= 1 && Number(monthYear[1]) <= 12 && fillsFirstCell(context.sentence, c.core.index, text.length)) {
      const date = { year: Number(monthYear[2]), month: Number(monthYear[1]) };
      const reason = `${quoted(text)}, alone in the first cell of a table row: a chronology entry's month and year → ${show(date)}`;
      return { ...c, resolved: { date, precision: 'month', stated: ['year', 'month'], implied: [], tag: 'numeric-date', reason } };
    }
    if (monthYear) {
      return drop(c, `${quoted(text)}: a month and year in digits is more often a document or issue number than a date`);
    }
    if (NO_YEAR.test(text)) {
      const listed = context.numericOrder && (/^on\s/i.test(text) || LIST_OPENS.test(context.sentence.slice(0, c.core.index)));
      const year = listed ? yearAfterList(context.sentence.slice(c.core.index + text.length), context.published.year) : undefined;
      const pair = /(\d{1,2})\s*([/.])\s*(\d{1,2})$/.exec(text);
      if (year !== undefined && pair) {
        const [a, b] = [Number(pair[1]), Number(pair[3])];
        const rule = `with the year its list names after it (${year}), ${context.numericOrder} as the rest of the article writes its dates`;
        return context.numericOrder === 'day-first' ? resolved(c, year, b, a, rule) : resolved(c, year, a, b, rule);
      }
      return drop(c, `${quoted(text)} has no year: a fraction, score, ratio or named day, not a date`);
    }
    return c;
  });
