// Month names (with or without a day) and no year: "in April", "In May,", "last June", "June last year",
// "mid-July", "July 26", "on 14 April", "Sept. 3", "Monday, July 26".
// The year comes from publication:
//   "June last/this/next year" → that year;
//   "last June" → the latest June strictly before the publication month; "next June" → the first one after;
//   "this June" → the year of publication;
//   under a heading that is a year alone ("### 2025", a chronology grouped by year) → that year;
//   "the Jan. 6 attack", "the April deal" (the date used as an adjective) → the nearest one to publication;
//   "the decision of 8 April", "the airstrikes of 26 February" (a done act's own date) → on or before publication;
//   otherwise by the tense of the clause (tense.ts): past → the latest such month (or day) on or before
//   publication, future → the first one on or after publication; no verb cue either way → the nearest one.
// Watch out for: chrono puts a bare month in the nearest year, and drops "last" ("last June" → the coming June).
import { daysBetween, isRealDay } from '../../calendar/calendar-date.js';
import type { CalendarDate, DatePart } from '../../types.js';
import { isOpen, type Candidate, type DateRefiner } from '../candidate.js';
import { isAfter, isBefore } from '../calendar-steps.js';
import { publishedOn, quoted, show, tenseNote } from '../reason.js';
import { yearOfWeekday } from '../weekday-year.js';
import { MONTH_WORD } from '../words.js';

/** chrono also gives a month to "today" or "a second ago": only a month named in the words counts here. */
const MONTH_NAME = new RegExp(String.raw`\b${MONTH_WORD}(?![a-z])`, 'i');

const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|this)\s+$/i;

/**
 * A move or a step told in the simple present ("passes to", "go home", "opens", "takes over"), not after "to"; nor the same word as
 * a noun, after a determiner or before "of" ("by the end of the year", "a move", "its return", "the start of talks").
 */
const TIMETABLE_PRESENT =
  /(?<!\b(?:to|the|a|an|its|their|his|her|our|this|that|whose)\s)\b(?:go|goes|pass|passes|leave|leaves|open|opens|start|starts|begin|begins|end|ends|close|closes|return|returns|arrive|arrives|resume|resumes|expire|expires|move|moves|hand|hands|fly|flies|depart|departs|head|heads|shut|shuts|takes\s+over|take\s+over)\b(?!\s+of\b)/i;

/**
 * "the decision of 8 April", "the airstrikes of 26 February", "its ruling of 3 May": an act named by a noun with its
 * date after "of" has been done, whatever the clause around it tells ("Under the decision of 8 April, the mission is
 * to close …", published in May, had sent the decision a year ahead; round 16). Only nouns of acts that are done once
 * named: not "the meeting of 14 June", "the vote of 3 May", "the deadline of 30 June", which may lie ahead.
 */
const DONE_ACT_OF =
  /\b(?:decisions?|attacks?|strikes?|airstrikes?|air\s+strikes?|raids?|ambush(?:es)?|bombings?|shelling|incidents?|killings?|massacres?|clash(?:es)?|explosions?|blasts?|assaults?|rulings?|verdicts?|judg(?:e)?ments?|statements?|announcements?|declarations?|editorials?|letters?|speech(?:es)?|resignations?|arrests?|walkouts?|approval|resolutions?)\s+of\s+(?:the\s+)?$/i;

/**
 * "the raids on 2 March", "its ambush on 14 May": an attack named by a noun with its date after "on" has been done too
 * ("The opposition seeks to question the minister about the raid on 2 March"). Not "strike", which may be a labour
 * strike called ahead.
 */
const DONE_ATTACK_ON =
  /\b(?:the|its|their|his|her|this|that|last\s+week['’]s)\s+(?:attacks?|airstrikes?|air\s+strikes?|raids?|ambush(?:es)?|bombings?|shelling|killings?|massacres?|assaults?|explosions?|blasts?)\s+(?:on\s+)?$/i;

/** Whether the date after `before` names a done act; "any decision of the 30 June summit" is the summit's date. */
function doneAct(before: string, after: string): boolean {
  if (DONE_ATTACK_ON.test(before)) return true;
  if (!DONE_ACT_OF.test(before)) return false;
  return !(/\bthe\s+$/i.test(before) && /^\s+[a-z]/.test(after));
}

/** Whole days (day dates) or months (month dates) from a to b. */
function distance(a: CalendarDate, b: CalendarDate): number {
  if (a.day === undefined || b.day === undefined) return (b.year - a.year) * 12 + (b.month! - a.month!);
  return daysBetween(a, b);
}

/** A day this close before publication is not sent a year ahead by a future tense (round 11). */
const RECENT_DAYS = 14;

/** "in September that year", "in May of the same year": the year told earlier in the sentence. */
const THAT_YEAR = /^\s*(?:,\s*)?(?:of\s+)?(?:that|the\s+same)\s+year\b/i;

/** The year stated by the last date before `index` in the sentence, if any: "In 2018 … in June that year". */
function yearStatedBefore(results: readonly Candidate[], index: number): number | undefined {
  return lastYearDate(results, index)?.resolved!.date.year;
}

function lastYearDate(results: readonly Candidate[], index: number): Candidate | undefined {
  let last: Candidate | undefined;
  for (const r of results) if (r.index < index && r.resolved?.stated.includes('year')) last = r;
  return last;
}

/**
 * The year a month told in the past carries over from a date before it in the sentence: a year or a month of a year
 * frames what follows ("In 2018 … until they withdrew in June", "in October 2024 … and in December"); a full day date
 * is one item of a list, which frames only a month later in its year ("hit on 19 October 2024, by another in early
 * March and by a drone on 9 May" lists three dates, the later two by publication and tense; round 11).
 */
function frameYear(results: readonly Candidate[], index: number, month: number): number | undefined {
  const last = lastYearDate(results, index);
  if (!last) return undefined;
  const { date, precision } = last.resolved!;
  if (precision === 'day' && date.month !== undefined && month <= date.month) return undefined;
  return date.year;
}

export const monthNames: DateRefiner = (results, { sentence, published, tenseAt, yearHeading }) =>
  results.map((c) => {
    const { month, day, weekday } = c.known;
    if (!isOpen(c) || month === undefined || !MONTH_NAME.test(c.core.text)) return c;
    const at = (year: number): CalendarDate => (day === undefined ? { year, month } : { year, month, day });
    const pub: CalendarDate = day === undefined ? { year: published.year, month: published.month } : published;
    const { shift, yearShift } = c.modifiers;
    let year = published.year;
    let rule: string;
    let attributive = false;
    const yearBefore = yearStatedBefore(results, c.index);
    const thatYear = THAT_YEAR.test(sentence.slice(c.index + c.text.length)) ? yearBefore : undefined;
    const framed = frameYear(results, c.index, month);
    const pastYear =
      framed !== undefined && framed < published.year && tenseAt(c.core.index, c.core.text.length).tense === 'past' ? framed : undefined;
    if (yearShift !== undefined) {
      year += yearShift;
      rule = yearShift === 0 ? 'this year' : yearShift < 0 ? 'the year before publication' : 'the year after publication';
    } else if (shift === 'last') {
      if (!isBefore(at(year), pub)) year -= 1;
      rule = `"last": the latest one before publication`;
    } else if (shift === 'next') {
      if (!isAfter(at(year), pub)) year += 1;
      rule = `"next": the first one after publication`;
    } else if (shift === 'this') {
      rule = 'the year of publication';
    } else if (thatYear !== undefined) {
      year = thatYear;
      rule = `"that year": the year told before it in the sentence, ${year}`;
    } else if (pastYear !== undefined) {
      // "In 2018 the two navies faced each other until they withdrew in June": a past told in a year stated earlier
      // in the sentence stays in that year.
      year = pastYear;
      rule = `told in the past after ${year} in the same sentence: that year`;
    } else if (yearHeading !== undefined) {
      year = yearHeading;
      rule = `under the heading "${yearHeading}": that year`;
    } else if (doneAct(sentence.slice(0, c.index), sentence.slice(c.core.index + c.core.text.length))) {
      if (isAfter(at(year), pub)) year -= 1;
      rule = 'the date of an act named by a noun before "of" ("the decision of …"), done: the latest one on or before publication';
    } else if (ATTRIBUTIVE_BEFORE.test(sentence.slice(0, c.index)) && /^\s+[a-z]/.test(sentence.slice(c.core.index + c.core.text.length))) {
      // "the Jan. 6 attack", "the April agreement": the date names an event; the clause's tense is about something
      // else ("… will be investigated"), so the nearest such date, before or after publication.
      const [before, after] = isAfter(at(year), pub) ? [at(year - 1), at(year)] : [at(year), at(year + 1)];
      year = distance(before, pub) <= distance(pub, after) ? before.year : after.year;
      rule = 'used as an adjective ("the … <event>"): the nearest one to publication';
      attributive = true;
    } else {
      const { tense, cue, then } = tenseAt(c.core.index, c.core.text.length);
      // (Read outside the date's own words: "at the end of June" holds "end".)
      if (then) {
        // "was due to open on 8 June": ahead of a past plan, not of publication; the nearest one, the earlier on a tie.
        const [before, after] = isAfter(at(year), pub) ? [at(year - 1), at(year)] : [at(year), at(year + 1)];
        year = distance(before, pub) <= distance(pub, after) ? before.year : after.year;
        rule = `${tenseNote('future', cue)}, a plan told in the past: the nearest one to publication`;
      } else if (cue === undefined && TIMETABLE_PRESENT.test(sentence.slice(0, c.index) + ' ' + sentence.slice(c.index + c.text.length))) {
        // No verb says which way, and a move is told in the present ("The base passes to the army in early March",
        // "The last monitors go home at the end of June"): a timetable's present, or a headline's. The nearest such
        // month or day to publication, the earlier one on a tie.
        const [before, after] = isAfter(at(year), pub) ? [at(year - 1), at(year)] : [at(year), at(year + 1)];
        year = distance(before, pub) <= distance(pub, after) ? before.year : after.year;
        rule = 'a move told in the present, no verb of past or future: the nearest one to publication';
        attributive = true;
      } else if (tense === 'past') {
        if (isAfter(at(year), pub)) year -= 1;
        rule = `${tenseNote('past', cue)}: the latest one on or before publication`;
      } else if (day !== undefined && isBefore(at(year), pub) && distance(at(year), pub) <= RECENT_DAYS) {
        // "will" read from the wrong clause sends a day just past a whole year ahead ("the announcement on 10 March
        // that the round will open …", published 12 March): a day of the last fortnight stays there. Months are
        // left to tense ("In March the rebels will attack", published in February, is next month).
        rule = `${tenseNote('future', cue)}, but the day fell within ${RECENT_DAYS} days before publication and the next one is a year away: that recent one`;
      } else {
        if (isBefore(at(year), pub)) year += 1;
        rule = `${tenseNote('future', cue)}: the first one on or after publication`;
      }
      if (year === published.year) rule += ', the year of publication';
    }
    if (day !== undefined && weekday !== undefined) {
      const settled = yearOfWeekday(year, month, day, weekday);
      if (settled !== year) rule += `; but the weekday stated beside it falls in ${settled}: that year`;
      year = settled;
    }
    if (day !== undefined && !isRealDay(year, month, day)) return c; // 29 February in a common year: left unresolved
    const date = at(year);
    const stated: DatePart[] = day === undefined ? ['month'] : ['month', 'day'];
    if (weekday !== undefined) stated.push('weekday');
    return {
      ...c,
      modifiers: attributive ? { ...c.modifiers, attributive } : c.modifiers,
      resolved: {
        date,
        precision: day === undefined ? 'month' : 'day',
        stated,
        implied: ['year'],
        tag: 'month-name',
        reason: `${quoted(c.text)}, no year given, ${publishedOn(published)} → ${show(date)}; ${rule}${c.range ? '; a range, of which the start is kept' : ''}`,
      },
    };
  });
