// Reads a line that is nothing but a date stamp, as news pages print their publication date. The stamp may carry
// a label ("Published:", "Updated on"), a weekday and a time; anything else on the line means it is not a stamp.
// Formats are one ordered list of { pattern, extract }; the first that matches at the start of the line wins.
import { MONTH_NAMES, WEEKDAY_NAMES, isRealDay } from '../calendar/calendar-date.js';

export type DateLineKind = 'published' | 'updated' | 'plain';

export interface DateLine {
  /** "published" / "updated" when the line says so, else "plain". */
  kind: DateLineKind;
  /** The line as read. */
  text: string;
  /** `YYYY-MM-DD`, or undefined when the numbers do not name a real day (31-02-2021). */
  date?: string;
}

interface DateFormat {
  name: string;
  pattern: RegExp;
  /** Year, month, day from the match. */
  extract: (m: RegExpExecArray) => [number, number, number];
}

// "Jan", "Jan.", "January", "Sept": three-letter stems with optional rest.
const MONTH = `(${MONTH_NAMES.map((n) => (n === 'September' ? 'Sep(?:t(?:ember)?)?' : `${n.slice(0, 3)}(?:${n.slice(3)})?`)).join('|')})\\.?`;
const ORDINAL = '(?:st|nd|rd|th)?';

function monthNumber(word: string): number {
  const stem = word.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === stem) + 1;
}

/**
 * All-numeric dates are read day first ("24-03-2021", "03/04/2021" = 3 April), the form most non-US outlets use;
 * only when the day-first reading is impossible and month-first is possible ("07-26-2021") is month first taken.
 */
function dayFirst(a: number, b: number, year: number): [number, number, number] {
  if (b > 12 && a <= 12) return [year, a, b];
  return [year, b, a];
}

const FORMATS: readonly DateFormat[] = [
  {
    // 2021-07-26, 2021-07-26T09:30:00Z, 2021-07-26 09:30+03:00: the calendar date as written, no zone shift.
    name: 'iso',
    pattern: /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/,
    extract: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    // 2021/07/26, 2021.07.26
    name: 'year-first',
    pattern: /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})\b/,
    extract: (m) => [Number(m[1]), Number(m[3]), Number(m[4])],
  },
  {
    // 24-03-2021, 24/03/2021, 24.03.2021
    name: 'numeric',
    pattern: /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b/,
    extract: (m) => dayFirst(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  {
    // 19 April, 2021; 26 Jul 2021; 3rd of March 2023
    name: 'day-month-year',
    pattern: new RegExp(`^(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s*(\\d{4})\\b`, 'i'),
    extract: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])],
  },
  {
    // July 26, 2021; Jul 26,2021; Sept. 3 2021
    name: 'month-day-year',
    pattern: new RegExp(`^${MONTH}\\s+(\\d{1,2})${ORDINAL}\\s*,?\\s*(\\d{4})\\b`, 'i'),
    extract: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])],
  },
];

const PUBLISHED_LABEL = /^(?:(?:first\s+)?published|posted|created|released|issued|date(?:d|\s+published)?)(?:\s+(?:on|at|date))?\s*[:\-–]?\s*/i;
const UPDATED_LABEL = /^(?:last\s+)?(?:updated|modified|edited|revised)(?:\s+(?:on|at|date))?\s*[:\-–]?\s*/i;
const WEEKDAY = new RegExp(
  `^(?:${WEEKDAY_NAMES.join('|')}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?,?\\s+`,
  'i',
);
const AM_PM = '(?:\\s*[AaPp]\\.?\\s?[Mm]\\.?)';
// A time printed before the date: "2:31 PM EDT, July 26, 2021", "09:30 - 26/07/2021".
const TIME_FIRST = new RegExp(`^\\d{1,2}[:.]\\d{2}${AM_PM}?(?:\\s*[A-Z]{2,5})?\\s*[,|–—-]?\\s+`);
// What may follow the date on a stamp: a time, a zone. "9:30 AM GMT", "at 14:05", "- 10.30 BST", "(UTC+3)".
const TIME_REST = new RegExp(
  `^\\s*(?:[,|–—-]|at)?\\s*(?:(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?${AM_PM}?|\\d{1,2}${AM_PM}))?` +
    `(?:\\s*\\(?(?:[A-Z]{2,5}|[+-]\\d{2}:?\\d{2})(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?\\)?)?\\s*\\.?$`,
);

/** A date stamp standing alone on the line, or undefined. */
export function parseDateLine(line: string): DateLine | undefined {
  const text = line.trim();
  let rest = text;
  let kind: DateLineKind = 'plain';
  const updated = UPDATED_LABEL.exec(rest);
  const published = updated ? null : PUBLISHED_LABEL.exec(rest);
  if (updated) {
    kind = 'updated';
    rest = rest.slice(updated[0].length);
  } else if (published && published[0].length > 0) {
    kind = 'published';
    rest = rest.slice(published[0].length);
  }
  rest = rest.replace(TIME_FIRST, '').replace(WEEKDAY, '');
  // Pages often paste a stamp twice, glued: "26 Jul 202126 Jul 2021".
  const half = rest.length / 2;
  if (Number.isInteger(half) && rest.slice(0, half) === rest.slice(half)) rest = rest.slice(0, half);
  for (const format of FORMATS) {
    const m = format.pattern.exec(rest);
    if (!m) continue;
    if (!TIME_REST.test(rest.slice(m[0].length))) return undefined;
    const [year, month, day] = format.extract(m);
    const date = isRealDay(year, month, day)
      ? `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
      : undefined;
    return { kind, text, date };
  }
  return undefined;
}
