// Trims chrono's spans to the words themselves: "On Wednesday," → "On Wednesday", "June of" → "June", and the
// word the year parser takes in ("in 2014", "the 2003" → "2014", "2003"; surrounding-words puts back the words
// that matter), and a count chrono takes for an hour ("On Tuesday, 12 rockets" → "On Tuesday"). The trimmed span
// becomes the candidate's core.
import type { DateRefiner } from '../candidate.js';
import { MONTH_WORD } from '../words.js';

/** chrono reads "On Tuesday, 12 rockets" as Tuesday at 12 o'clock, "this week: 11" and "So far, 14" as times. */
const WORDS_THEN_COUNT = /([A-Za-z.])[,:]\s*\d{1,2}$/;
const MONTH_THEN_DAY = new RegExp(String.raw`\b${MONTH_WORD},?\s*\d{1,2}$`, 'i');

export const trimSpan: DateRefiner = (results) =>
  results.map((c) => {
    let start = 0;
    let text = c.text;
    const lead = /^(?:\s+|[A-Za-z]+(?:\s+|[-–])(?=\d))/.exec(text);
    if (lead && c.tags.includes('dateline/year')) {
      start = lead[0].length;
      text = text.slice(start);
    }
    text = text.replace(/(?:[\s,;:!?]|\s+of)+$/i, '');
    const known = { ...c.known };
    const count = WORDS_THEN_COUNT.exec(text);
    if (count && !MONTH_THEN_DAY.test(text)) {
      text = text.slice(0, count.index + 1);
      delete known.hour;
    }
    const index = c.index + start;
    return { ...c, text, index, known, core: { text, index } };
  });
