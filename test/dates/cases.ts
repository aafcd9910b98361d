// Shared helper for the date tests: one case = a sentence, its article's publication day and the one date
// expected for a span of it. Every sentence is written for these tests in the phrasing typical of news reports.
import { expect } from 'vitest';
import { parseCalendarDate } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import type { CalendarDate, DateQualifier, Precision } from '../../src/types.js';

export interface DateCase {
  published: string;
  sentence: string;
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: Precision;
  qualifier?: DateQualifier;
  tag?: string;
}

export function day(iso: string): CalendarDate {
  const d = parseCalendarDate(iso);
  if (!d) throw new Error(`bad test date ${iso}`);
  return d;
}

export function checkCase(c: DateCase): void {
  const { dates } = resolveDates(c.sentence, day(c.published));
  const found = dates.find((d) => d.text === c.text);
  expect(found, `no date with text "${c.text}"; got ${JSON.stringify(dates.map((d) => d.text))}`).toBeDefined();
  expect(found!.index).toBe(c.sentence.indexOf(c.text));
  expect(found!.date).toEqual(day(c.date));
  expect(found!.precision).toBe(c.precision);
  expect(found!.qualifier).toBe(c.qualifier);
  if (c.tag) expect(found!.tag).toBe(c.tag);
  expect(found!.reason).toContain(`"${c.text}"`);
}

export const label = (c: DateCase): string => `${c.published}: ${c.text} → ${c.date}${c.qualifier ? ` (${c.qualifier})` : ''}`;
