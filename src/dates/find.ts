// Finding: chrono-node's English casual parser, configured once with Dateline's extra parsers, turns a sentence
// into Candidates. Only chrono's certain component values are read: its guesses, and its JS Dates, are never used.
// The English locale alone: the main entry loads all fifteen (430 ms of a cold build's start, against 90 ms).
import * as en from 'chrono-node/en';
import type { CalendarDate } from '../types.js';
import type { Candidate, KnownComponents } from './candidate.js';
import { caselessPattern } from './caseless-pattern.js';
import { parsers } from './pipeline.js';

/** `parser` with its pattern spelled without `i`: the same matches, at a fraction of V8's first compile (issue 8).
 * Only for chrono's parsers, which keep one pattern object each; ours make theirs anew on each call, and are small. */
function caseless(parser: en.Parser): en.Parser {
  let from: RegExp | undefined;
  let to: RegExp | undefined;
  return {
    pattern(context) {
      const pattern = parser.pattern(context);
      if (pattern !== from) [from, to] = [pattern, caselessPattern(pattern)];
      return to!;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

const base = en.configuration.createCasualConfiguration(false);
const finder = new en.Chrono({ parsers: [...base.parsers.map(caseless), ...parsers], refiners: base.refiners });

const COMPONENTS = ['year', 'month', 'day', 'weekday', 'hour'] as const;

/** "this morning after a week", "yesterday after two days": a day word, then a span counted from something else. */
const DAY_THEN_DURATION =
  /^((?:this\s+(?:morning|afternoon|evening)|today|tonight|yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night))\s+(?:after|before|following)\s+(?:an?|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b/i;

/** "night of ", "the morning of ", "(by) night on ": a part of the day before the date it belongs to. */
const PART_OF_DAY = /^(?:the\s+)?(?:night|morning|evening|afternoon)\s+(?:of|on)\s+(?=\S)/i;

/**
 * A numeric day date with its year last, alone or as the start of a span ("from 11-03-2030 to 13-03-2030", "11.03.2030
 * - 13.03.2030"). chrono reads "from 11-03" as a span of hours and the end date on its own, so the span's start was
 * lost and its end dated the development (round 14). Read here as one range: numeric-dates keeps its start.
 */
const NUMERIC_SPAN = /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(\s*(?:to|until|till|through|[-–])\s*\d{1,2}\2\d{1,2}\2\d{4})?\b/g;

/** Numeric dates and spans chrono split or misread, as candidates that replace whatever chrono found over them. */
function numericSpans(sentence: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of sentence.matchAll(NUMERIC_SPAN)) {
    const [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    found.push({
      text: m[0],
      index: m.index,
      core: { text: m[0], index: m.index },
      // Either order may be right: numeric-dates decides; only the year is certain here.
      known: day > 12 || month > 12 ? { year, month: Math.min(day, month), day: Math.max(day, month) } : { year },
      tags: ['dateline/numeric-span'],
      range: m[5] !== undefined,
      modifiers: {},
    });
  }
  return found;
}

/** Every expression chrono finds, in sentence order, as open Candidates. */
export function findExpressions(sentence: string, published: CalendarDate): Candidate[] {
  // Local noon of the publication day: no time zone can push it across midnight.
  const reference = new Date(published.year, (published.month ?? 1) - 1, published.day ?? 1, 12);
  const spans = numericSpans(sentence);
  const chronoFound = finder.parse(sentence, reference).flatMap((result) => {
    // "on the night of 15 February": chrono reads "night of 15 February" as a time of day and loses the date; the
    // date after "of" is read on its own (the part of the day says nothing a day-precise date needs). So is "attacked
    // the port by night on Friday", where chrono kept no weekday at all (round 14b).
    const partOfDay = PART_OF_DAY.exec(result.text);
    if (partOfDay) {
      const tail = finder.parse(result.text.slice(partOfDay[0].length), reference)[0];
      if (tail) return [{ result: tail, offset: result.index + partOfDay[0].length }];
    }
    // "this morning after a week's pause": chrono joins a day word and the duration after it into one relative date;
    // the day word is the date, the duration none.
    const joined = DAY_THEN_DURATION.exec(result.text);
    if (joined) {
      const head = finder.parse(joined[1]!, reference)[0];
      if (head) return [{ result: head, offset: result.index }];
    }
    return [{ result, offset: 0 }];
  }).map(({ result, offset }) => {
    const known: KnownComponents = {};
    for (const component of COMPONENTS) {
      const value = result.start.get(component);
      if (result.start.isCertain(component) && value !== null) known[component] = value;
    }
    return {
      text: result.text,
      index: result.index + offset,
      core: { text: result.text, index: result.index + offset },
      known,
      tags: [...result.tags()],
      range: result.end !== undefined && result.end !== null,
      modifiers: {},
    };
  });
  if (!spans.length) return chronoFound;
  // A span replaces what chrono found over it; a lone numeric date chrono read whole stays chrono's.
  const kept = spans.filter((s) => s.range || !chronoFound.some((c) => c.index <= s.index && c.index + c.text.length >= s.index + s.text.length));
  const under = (c: Candidate) => kept.some((s) => c.index < s.index + s.text.length && s.index < c.index + c.text.length);
  return [...chronoFound.filter((c) => !under(c)), ...kept].sort((a, b) => a.index - b.index);
}
