// Properties of date resolution over generated sentences (fast-check): it never throws, whatever the text, and a
// date told in the past tense never lands after the article was published.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIso, isRealDay, MONTH_NAMES, WEEKDAY_NAMES } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import type { CalendarDate } from '../../src/types.js';

/** Any real day from 1950 to 2080, the span news articles are dated in. */
const publishedDay: fc.Arbitrary<CalendarDate> = fc
  .record({ year: fc.integer({ min: 1950, max: 2080 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => isRealDay(year, month, day));

/** Words chrono and the refiners react to, so generated text exercises them rather than missing them all. */
const DATE_WORDS = [
  'on', 'in', 'last', 'next', 'this', 'earlier', 'later', 'early', 'mid', 'late', 'the', 'end', 'of', 'since', 'until', 'before',
  'after', 'ago', 'days', 'weeks', 'months', 'years', 'week', 'month', 'year', 'yesterday', 'today', 'tomorrow', 'tonight', 'now',
  'said', 'will', 'met', 'struck', 'is', 'due', 'to', 'Jan.', 'Sept.', 'Nov.', '2021', '1999', '14', '3rd', '31', '0', '-', '–',
  '/', ',', '.', '"', '(', ')', ...MONTH_NAMES, ...WEEKDAY_NAMES, ...MONTH_NAMES.map((m) => m.slice(0, 3)),
];
const dateish = fc.array(fc.oneof(fc.constantFrom(...DATE_WORDS), fc.integer({ min: 0, max: 3000 }).map(String), fc.string({ maxLength: 4 })), { maxLength: 16 }).map((w) => w.join(' '));

describe('resolveDates never throws', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), dateish), publishedDay, (sentence, published) => {
        resolveDates(sentence, published);
      }),
      { numRuns: 1500 },
    );
  });
});

// Sentences whose date is told in the past tense, from templates with random days, months, weekdays and counts.
// Explicit years are before the year of publication; everything else is for the resolver to work out.
const weekday = fc.constantFrom(...WEEKDAY_NAMES);
const month = fc.constantFrom(...MONTH_NAMES);
const dayOfMonth = fc.integer({ min: 1, max: 28 });
const count = fc.integer({ min: 2, max: 9 });
const PAST: fc.Arbitrary<(published: CalendarDate) => string>[] = [
  weekday.map((w) => () => `Rockets struck the base on ${w}.`),
  weekday.map((w) => () => `On ${w}, a drone hit a convoy near the airport, officials said.`),
  weekday.map((w) => () => `The ministers met in the capital last ${w}.`),
  weekday.map((w) => () => `The envoy said on ${w} that the talks had ended.`),
  fc.tuple(dayOfMonth, month).map(([d, m]) => () => `The two delegations met on ${d} ${m}.`),
  fc.tuple(month, dayOfMonth).map(([m, d]) => () => `Troops left the garrison on ${m} ${d}, the ministry said.`),
  month.map((m) => () => `The coalition handed over the base in ${m}.`),
  month.map((m) => () => `The talks concluded in early ${m}.`),
  month.map((m) => () => `Last ${m}, militants attacked the checkpoint.`),
  count.map((n) => () => `The minister visited Baghdad ${n} days ago.`),
  count.map((n) => () => `Rockets hit the airport ${n} weeks ago.`),
  fc.constant(() => 'The foreign minister arrived yesterday.'),
  fc.constant(() => 'The talks ended earlier this month.'),
  fc.constant(() => 'A car bomb exploded in the market last week.'),
  fc.constant(() => 'The government signed the agreement last year.'),
  fc.tuple(month, fc.integer({ min: 1, max: 30 })).map(([m, back]) => (p: CalendarDate) => `The army withdrew in ${m} ${p.year - back}.`),
];

/** The date as a range's first day is after the publication day. */
function after(date: CalendarDate, published: CalendarDate): boolean {
  const start = formatIso({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 });
  const pub = formatIso(published);
  // A month or year containing the publication day is not after it.
  if (date.day === undefined) return start.slice(0, date.month === undefined ? 4 : 7) > pub.slice(0, date.month === undefined ? 4 : 7);
  return start > pub;
}

describe('a date told in the past tense', () => {
  it('is never after publication', () => {
    let runs = 0;
    let dated = 0;
    fc.assert(
      fc.property(fc.oneof(...PAST), publishedDay, (template, published) => {
        const sentence = template(published);
        const { dates } = resolveDates(sentence, published);
        runs++;
        if (dates.length) dated++;
        for (const date of dates) {
          expect(after(date.date, published), `${sentence} (published ${formatIso(published)}) → ${formatIso(date.date)}: ${date.reason}`).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: the templates are sentences the resolver dates.
    expect(dated / runs).toBeGreaterThan(0.95);
  });
});
