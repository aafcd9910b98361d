// Trims chrono's spans to the words themselves: "On Wednesday," → "On Wednesday", "June of" → "June", and the
// word the year parser takes in ("in 2014", "the 2003" → "2014", "2003"; surrounding-words puts back the words
// that matter), and a count chrono takes for an hour ("On Tuesday, 12 rockets" → "On Tuesday"). The trimmed span
// becomes the candidate's core. Likewise "in March 2021 after 11 rounds" → "in March 2021", and "in 2017, currently"
// → "in 2017" and "currently", two expressions.
import type { Candidate, DateRefiner } from '../candidate.js';
import { MONTH_WORD } from '../words.js';

/** chrono reads "On Tuesday, 12 rockets" as Tuesday at 12 o'clock, "this week: 11" and "So far, 14" as times. */
const WORDS_THEN_COUNT = /([A-Za-z.])[,:]\s*\d{1,2}$/;
const MONTH_THEN_DAY = new RegExp(String.raw`\b${MONTH_WORD},?\s*\d{1,2}$`, 'i');

/** "March 2021 after 11 rounds": chrono reads "after 11" as a time; a count of something follows the number. */
const TRAILING_COUNT = /\s+(?:after|before|by)\s+\d{1,2}$/i;
const COUNTED_NEXT = /^\s+(?!(?:a\.?m|p\.?m|o['’]clock|gmt|utc|hours?|hrs|local)\b)[A-Za-z]/i;

/** "in February, first by a drone, then by a grenade": an ordinal word after a comma counts the clause's items,
 * it is no day of the month (chrono read "February, first" as 1 February). Round 11. */
const MONTH_COMMA_ORDINAL = new RegExp(String.raw`(\b${MONTH_WORD})\s*,\s*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$`, 'i');

/** "in 2017, currently": chrono joins a date and a present marker after it; they are two expressions. */
const PRESENT_TAIL = /,\s*(currently|presently|now|at\s+present)$/i;

/** The present marker cut off a date's span, as an expression of its own (present-tense.ts dates it). */
function presentTail(c: Candidate): Candidate[] {
  const tail = PRESENT_TAIL.exec(c.text.replace(/[\s,;:!?]+$/, ''));
  if (!tail || tail.index === 0) return [c];
  const index = c.index + tail.index + tail[0].length - tail[1]!.length;
  const marker: Candidate = { text: tail[1]!, index, core: { text: tail[1]!, index }, known: {}, tags: ['dateline/present'], range: false, modifiers: {} };
  return [{ ...c, text: c.text.slice(0, tail.index) }, marker];
}

export const trimSpan: DateRefiner = (results, { sentence }) =>
  results.flatMap(presentTail).map((c) => {
    let start = 0;
    let text = c.text;
    const lead = /^(?:\s+|[A-Za-z]+(?:\s+|[-–])(?=\d))/.exec(text);
    if (lead && c.tags.includes('dateline/year')) {
      start = lead[0].length;
      text = text.slice(start);
    }
    // "09:20 - Overnight, …": a live entry's opening time is no part of the day words after it. Round 21.
    const stamp = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:gmt|utc|bst|cet)?\s*[—–:-]\s+(?=[A-Za-z])/i.exec(text);
    if (stamp && !sentence.slice(0, c.index).trim()) {
      start = stamp[0].length;
      text = text.slice(start);
    }
    text = text.replace(/(?:[\s,;:!?|]|\s+of|\s+[—–-])+$/i, '');
    const known = { ...c.known };
    if (stamp && start) delete known.hour;
    const ordinal = MONTH_COMMA_ORDINAL.exec(text);
    if (ordinal) {
      text = text.slice(0, ordinal.index + ordinal[1]!.length);
      delete known.day;
    }
    const count = WORDS_THEN_COUNT.exec(text);
    if (count && !MONTH_THEN_DAY.test(text)) {
      text = text.slice(0, count.index + 1);
      delete known.hour;
    }
    const trailing = TRAILING_COUNT.exec(text);
    if (trailing && COUNTED_NEXT.test(sentence.slice(c.index + start + text.length))) {
      text = text.slice(0, trailing.index);
      delete known.hour;
    }
    const index = c.index + start;
    return { ...c, text, index, known, core: { text, index } };
  });
