// Trims chrono's spans to the words themselves: "On Wednesday," → "On Wednesday", "June of" → "June", and the
// word the year parser takes in ("in 2014", "the 2003" → "2014", "2003"; surrounding-words puts back the words
// that matter), and a count chrono takes for an hour ("On Tuesday, 12 rockets" → "On Tuesday"). The trimmed span
// becomes the candidate's core.
import type { DateRefiner } from '../candidate.js';
import { WEEKDAY_WORD } from '../words.js';

/** chrono reads "On Tuesday, 12 rockets" as Tuesday at 12 o'clock, "this week: 11" as a time. */
const WEEKDAY_THEN_COUNT = new RegExp(
  String.raw`(${WEEKDAY_WORD}|week|weekend|month|year|today|yesterday|tomorrow)[,:]\s*\d{1,2}$`,
  'i',
);

export const trimSpan: DateRefiner = (results) =>
  results.map((c) => {
    let start = 0;
    let text = c.text;
    const lead = /^(?:\s+|[A-Za-z]+(?:\s+|-)(?=\d))/.exec(text);
    if (lead && c.tags.includes('dateline/year')) {
      start = lead[0].length;
      text = text.slice(start);
    }
    text = text.replace(/(?:[\s,;:!?]|\s+of)+$/i, '');
    const known = { ...c.known };
    const count = WEEKDAY_THEN_COUNT.exec(text);
    if (count) {
      text = text.slice(0, count.index + count[1]!.length);
      delete known.hour;
    }
    const index = c.index + start;
    return { ...c, text, index, known, core: { text, index } };
  });
