// What the date refiners pass along: every expression chrono (or one of our parsers) found in a sentence, with the
// words read so far and, once a refiner decides, its resolution, its anchor, or why it yields nothing.
import type { CalendarDate, ResolvedDate } from '../types.js';

/** The component values the words gave, as chrono reports them with `isCertain`. Never chrono's guesses. */
export interface KnownComponents {
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  hour?: number;
}

/** Words next to the expression that change what it means ("last June", "mid-July", "June last year"). */
export interface Modifiers {
  /** "last June", "next Monday", "this April". */
  shift?: 'last' | 'next' | 'this';
  /** "June last year" → -1, "June this year" → 0, "June next year" → 1. */
  yearShift?: -1 | 0 | 1;
  /** The hedge the words put on the date: "early", "mid-", "late", "the end of" → late. */
  qualifier?: 'early' | 'mid' | 'late';
  /** The hedge word as written ("earlier", "the end of"), kept for the reason even when it is no qualifier. */
  hedge?: string;
  /** "since 2014" → after, "before April" → before. */
  side?: 'before' | 'after';
  /** Set by month-names for a date resolved to the nearest such one, not by its clause's tense: a date used as an
   * adjective ("the Jan. 6 attack"), or a move told in the present ("the base passes to the army in March"). */
  attributive?: boolean;
}

/** A resolved date before it is tied to its words (`text`, `index`): what ResolvedDate says, less the span. */
export type Resolution = Omit<ResolvedDate, 'text' | 'index'>;

export interface Candidate {
  /** The words as they will be reported: chrono's span, widened by refiners to take in "last", "mid-", "in" … */
  text: string;
  index: number;
  /** chrono's own span, trimmed of trailing punctuation: what the parsers matched. */
  core: { text: string; index: number };
  known: KnownComponents;
  /** chrono's tags (`parser/…`, `casualReference/…`) and ours (`dateline/…`). */
  tags: string[];
  /** True when chrono read a range ("3-4 May"); only the start is resolved. */
  range: boolean;
  modifiers: Modifiers;
  resolved?: Resolution;
  /** Set when the expression dates itself against another event ("hours before the talks"). */
  relative?: { qualifier: 'before' | 'after'; anchor: string; days?: number; months?: number };
  /** Why the expression yields nothing (a duration, a time alone, a number that only looks like a date …). */
  dropped?: string;
}

export type Tense = 'past' | 'future';

export interface DateContext {
  sentence: string;
  /** Publication day of the article. */
  published: CalendarDate;
  /** The date of the article's previous dated sentence, for "Two days later, …" (see refiners/sequels.ts). */
  previous?: ResolvedDate;
  /** The order the article writes numeric dates in, when it settles it (refiners/numeric-dates.ts). */
  numericOrder?: 'day-first' | 'month-first';
  /** The year of the heading the sentence sits under ("### 2025" in a chronology grouped by year). */
  yearHeading?: number;
  /** The sentence stands in a dated entry and `published` is the entry's day (resolve-dates.ts). */
  entryDay?: true;
  /** The tense of the clause around a span and the verb cue that decided it, if any; see `tense.ts`. */
  tenseAt(index: number, length: number): { tense: Tense; cue?: string; then?: true; reported?: true };
}

/** One step of the pipeline: reads and returns the whole list, so it can also add, merge or drop. */
export type DateRefiner = (results: Candidate[], context: DateContext) => Candidate[];

/** Neither resolved, nor dropped, nor turned into a relative date: still open for the next refiner. */
export function isOpen(c: Candidate): boolean {
  return c.resolved === undefined && c.dropped === undefined && c.relative === undefined;
}

export function drop(c: Candidate, why: string): Candidate {
  return { ...c, dropped: why };
}
