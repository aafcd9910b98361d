// Drops what chrono finds that names no date: durations, vague spans, times of day alone, month words used as
// verbs or names, habits ("every Tuesday"), named days ("Good Friday"), and spans counted from an event the
// words do not name ("the day before", "three days later").
// Also drops weekday words that are not written as weekdays ("they sat down", "The Sun reported").
// Watch out for: "last week" (a date, kept) vs "the last few weeks" / "the past week" (spans, dropped);
// "in April" (kept) vs "in two weeks" (a duration, dropped).
import { drop, isOpen, type Candidate, type DateRefiner } from '../candidate.js';
import { quoted } from '../reason.js';
import { MONTH_WORD, WEEKDAY_WORD } from '../words.js';

/** News writes weekdays in full and capitalised; "sat", "Sun" (a paper), "Fri" alone are not dates. */
const FULL_WEEKDAY = /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|SUNDAY|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY)$/;

const COUNT = String.raw`(?:a\s+few|a\s+couple\s+of|a\s+couple|couple\s+of|several|few|many|\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centuries)`;

/** "for two years", "within two years", "in two weeks", "over the next few days". */
const DURATION = new RegExp(
  String.raw`^(?:for|within|in|over|during|under|after)\s+(?:the\s+)?(?:(?:next|past|last|coming|following|previous)\s+)?${COUNT}\s+${UNIT}$`,
  'i',
);
/** "past few months", "last few months", "past 24 hours", "the past week", "recent weeks". */
const SPAN = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:past|last|recent|coming|next|previous|following)\s+(?:${COUNT}\s+)?(?:seconds|minutes|hours|days|nights|weeks|months|years|decades)|past\s+(?:week|month|year|decade|century)|${COUNT}\s+${UNIT})$`,
  'i',
);
/** "the day before", "three days later": counted from an event this expression does not name. */
const COUNTED_FROM_ELSEWHERE = new RegExp(
  String.raw`^(?:the\s+)?(?:${COUNT}\s+)?(?:${UNIT}|day|night)\s+(?:before|after|later|earlier|prior)$`,
  'i',
);
const DAY_WORDS = /\b(?:today|tonight|yesterday|tomorrow|now|this|last|next|week|weekend|month|year|ago|morning|afternoon|evening|night)\b/i;
const NAMED_DAY = /\b(?:Black|Good|Bloody|Super|Ash|Holy|Maundy|Palm|Easter|Cyber|Giving|Fat|Shrove|Great|Spy)\s+$/;
const HABIT = /\b(?:every|each)\s+(?:other\s+)?$/i;
/** "on a Saturday in June 2023", "one Monday": an indefinite weekday names no particular day. */
const INDEFINITE = /\b(?:a|an|one|some)\s+$/i;
/** Words after which a bare month name is a date: prepositions, hedges, determiners, "last", "mid-", possessives. */
const MONTH_POSITION =
  /(?:^|[\s(,;:—–-]|\b(?:in|on|since|during|by|until|till|before|after|from|through|throughout|to|of|and|or|between|early|mid|late|last|next|this|the|a|an|its|his|her|their|end|start|beginning|middle|until)\s+|['’]s\s+|\bmid-)$/i;

function monthWordIsDate(c: Candidate, sentence: string): boolean {
  const word = new RegExp(`^${MONTH_WORD}`, 'i').exec(c.core.text)?.[0];
  if (word === undefined) return true;
  if (word[0] !== word[0]?.toUpperCase()) return false; // "will march", "may"
  const before = sentence.slice(0, c.core.index);
  const trimmed = before.replace(/\s+$/, '');
  if (trimmed === '' || /[,;:(—–"“]$/.test(trimmed)) return true;
  return MONTH_POSITION.test(before);
}

export const nonDates: DateRefiner = (results, { sentence }) =>
  results.map((c) => {
    if (!isOpen(c)) return c;
    const text = c.core.text;
    const before = sentence.slice(0, c.core.index);
    const k = c.known;
    const hasDate = k.year !== undefined || k.month !== undefined || k.day !== undefined || k.weekday !== undefined;
    if (DURATION.test(text)) return drop(c, `${quoted(text)} is a duration, not a date`);
    if (SPAN.test(text)) return drop(c, `${quoted(text)} is a vague span, not a date`);
    if (COUNTED_FROM_ELSEWHERE.test(text)) {
      return drop(c, `${quoted(text)} counts from an event it does not name`);
    }
    if (!hasDate && !c.tags.some((t) => t.startsWith('dateline/')) && !DAY_WORDS.test(text)) {
      return drop(c, `${quoted(text)} is a time of day alone`);
    }
    if (k.weekday !== undefined && k.month === undefined) {
      const word = new RegExp(WEEKDAY_WORD + String.raw`\.?`, 'i').exec(text)?.[0] ?? '';
      if (word !== '' && !FULL_WEEKDAY.test(word) && !/^[A-Z][a-z]{1,4}\.$/.test(word)) {
        return drop(c, `${quoted(word)} is not written as a weekday (lower case, or a bare abbreviation like "Sun")`);
      }
      if (HABIT.test(before)) return drop(c, `${quoted(text)} is a habit ("every …"), not a date`);
      if (INDEFINITE.test(before)) return drop(c, `${quoted(text)} is a weekday, not a particular day ("on a Saturday")`);
      if (NAMED_DAY.test(before)) return drop(c, `${quoted(text)} is part of a named day`);
    }
    if (k.month !== undefined && k.day === undefined && k.year === undefined && !monthWordIsDate(c, sentence)) {
      return drop(c, `${quoted(text)} is not used as a month here (a verb, a modal or a name)`);
    }
    return c;
  });
