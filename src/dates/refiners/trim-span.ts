// Trims chrono's spans to the words themselves: "On Wednesday," → "On Wednesday", "June of" → "June", and the
// word the year parser takes in ("in 2014", "the 2003" → "2014", "2003"; surrounding-words puts back the words
// that matter). The trimmed span becomes the candidate's core.
import type { DateRefiner } from '../candidate.js';

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
    const index = c.index + start;
    return { ...c, text, index, core: { text, index } };
  });
