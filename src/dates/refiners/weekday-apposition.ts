// "on Sunday, the 1st of June", "Friday, the 13th of March": a weekday with a day of a month in apposition right after
// it names one day, the one the month and day state. chrono reads "the 1st of June" apart (ordinal-day-parser), so
// the weekday would be resolved on its own to the nearest such weekday, a second, wrong date. The weekday gives way.
// Watch out for: "on Sunday and on 1 June" (two days: a word between), "Sunday's attack, 1 June's talks" (not
// apposition: only a comma and "the" may stand between).
import { drop, isOpen, type Candidate, type DateRefiner } from '../candidate.js';
import { MONTH_WORD, WEEKDAY_WORD } from '../words.js';

const WEEKDAY_ALONE = new RegExp(String.raw`^(?:on\s+)?${WEEKDAY_WORD}\.?$`, 'i');
const APPOSITION = /^,?\s+(?:the\s+)?$/i;
/** A day and a month in words: "the 1st of June", "1 June" ("two weeks later" has them too, but only as chrono's count). */
const DAY_AND_MONTH = new RegExp(String.raw`\d.*\b${MONTH_WORD}|\b${MONTH_WORD}.*\d`, 'i');

export const weekdayApposition: DateRefiner = (results, { sentence }) => {
  // The day stated beside a weekday keeps the weekday, which settles its year (weekday-year.ts; round 15).
  const weekdayOf = new Map<Candidate, number>();
  const kept = results.map((c) => {
    if (!isOpen(c) || c.known.weekday === undefined || c.known.month !== undefined || !WEEKDAY_ALONE.test(c.core.text)) return c;
    const end = c.core.index + c.core.text.length;
    const stated = results.find(
      (o) => o !== c && o.index >= end && o.known.day !== undefined && DAY_AND_MONTH.test(o.core.text) && APPOSITION.test(sentence.slice(end, o.index)),
    );
    if (!stated) return c;
    if (stated.known.weekday === undefined) weekdayOf.set(stated, c.known.weekday);
    return drop(c, `"${c.core.text}" stands in apposition to "${stated.text}", which states its day`);
  });
  return kept.map((c) => {
    const weekday = weekdayOf.get(c);
    return weekday === undefined ? c : { ...c, known: { ...c.known, weekday } };
  });
};
