// Finds and resolves every temporal expression in one sentence against the article's publication date.
// chrono finds (find.ts); the refiners in pipeline.ts resolve, in the order written there.
import type { CalendarDate, ResolvedDate } from '../types.js';
import type { Candidate, DateContext } from './candidate.js';
import { findExpressions } from './find.js';
import { refiners } from './pipeline.js';
import { tenseAt } from './tense.js';

export interface RelativeDate {
  text: string;
  index: number;
  qualifier: 'before' | 'after';
  /** The event the date hangs on, as named: "the strategic dialogue", "the assassinations". */
  anchor: string;
  /** Whole days counted from the event ("the day before", "two days after"): 1, 2 … ; absent for "hours before". */
  days?: number;
  /** Whole months counted from the event ("a month after", "two years after": 1, 24): a month, never a day. */
  months?: number;
}

export interface DateFindings {
  dates: ResolvedDate[];
  relative: RelativeDate[];
}

/** Every candidate with what became of it, dropped ones included (for `explain` and debugging). */
/** What the rest of the article settles for each of its sentences. */
export interface DocumentContext {
  /** The order the article writes numeric dates in (`numericOrderOf` in refiners/numeric-dates.ts). */
  numericOrder?: 'day-first' | 'month-first';
  /** The year of the heading this sentence sits under, when that heading is a year alone ("### 2025"). */
  yearHeading?: number;
  /** The sentence stands in a stamped or dated entry ("Thu 19 Dec, 06:15"), and `published` is that entry's day. */
  entryDay?: true;
}

export function traceDates(sentence: string, published: CalendarDate, previous?: ResolvedDate, document: DocumentContext = {}): Candidate[] {
  if (published.month === undefined || published.day === undefined) {
    throw new Error(`resolveDates: the publication date must be a day, got ${JSON.stringify(published)}.`);
  }
  const context: DateContext = {
    sentence,
    published,
    ...(previous ? { previous } : {}),
    ...(document.numericOrder ? { numericOrder: document.numericOrder } : {}),
    ...(document.yearHeading !== undefined ? { yearHeading: document.yearHeading } : {}),
    ...(document.entryDay ? { entryDay: true as const } : {}),
    tenseAt: (index, length) => tenseAt(sentence, index, length),
  };
  let results = findExpressions(sentence, published);
  for (const refine of refiners) results = refine(results, context);
  return results.sort((a, b) => a.index - b.index);
}

/**
 * @param previous the date the article's previous dated sentence gave, for a sentence opening "Two days later";
 *   without it such a sentence stays undated.
 */
export function resolveDates(sentence: string, published: CalendarDate, previous?: ResolvedDate, document: DocumentContext = {}): DateFindings {
  return findingsOf(traceDates(sentence, published, previous, document));
}

/** The dates and relative dates among the pipeline's candidates (what resolveDates returns), the dropped left out. */
export function findingsOf(candidates: readonly Candidate[]): DateFindings {
  const dates: ResolvedDate[] = [];
  const relative: RelativeDate[] = [];
  for (const c of candidates) {
    if (c.dropped !== undefined) continue;
    if (c.relative) relative.push({ text: c.text, index: c.index, ...c.relative });
    else if (c.resolved) dates.push({ text: c.text, index: c.index, ...c.resolved });
  }
  return { dates, relative };
}
