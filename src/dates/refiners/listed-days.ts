// Days listed around one month: "on 14 and 21 April", "on March 3 and 10", "on 2, 9 and 16 May", "on the 11th and
// the 18th". chrono finds only the day that stands next to the month (or our ordinal-day parser the first ordinal);
// the other days of the list share its month and year, so each becomes a date of its own, resolved like its
// neighbour with its own day (a development told at two days is two developments).
// Watch out for: "between 3 and 10 May" is a span, not a list; "on March 3 and 10 soldiers …" counts soldiers (a
// listed day after its month must end its phrase, as an ordinal day does); a list's days run forward, so a number
// out of order ("on 40 and 21 April", "on March 3 and 2") is no day of it.
import { isRealDay } from '../../calendar/calendar-date.js';
import type { Candidate, DateRefiner } from '../candidate.js';
import { show } from '../reason.js';

const DAY = String.raw`\b([12]\d|3[01]|[1-9])(?:st|nd|rd|th)?\b`;
/** A phrase's end after a listed day, as ordinal-day-parser asks of an ordinal. */
const ENDS = String.raw`(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:at|in|when|and|after|before|as|with|to|from|but|while|on|by|of|for)\b)`;

/** Days written before the month chrono found: "14 and " or "2, 9 and " right before "21 April". (Not the month of a
 * day/month pair, "8/1 and 13/1": a number after a slash is no listed day. Round 19.) */
const BEFORE = new RegExp(String.raw`(?:^|[^\w,/])((?:${DAY}\s*,\s*)*${DAY}\s*,?\s+(?:and|&)\s+)$`, 'i');
const ONE_DAY = new RegExp(DAY, 'gi');
/** The day a date's words end with ("March 3", "the 11th"). */
const DAY_AT_END = new RegExp(String.raw`${DAY}$`, 'i');
/** Days written after a day-ending date: ", 17 and 24" after "March 3", " and the 18th" after "on the 11th". */
const AFTER = new RegExp(String.raw`^((?:\s*,\s*(?:the\s+)?${DAY})*\s*,?\s+(?:and|&)\s+(?:the\s+)?${DAY})${ENDS}`, 'i');

function listed(c: Candidate, day: number, index: number, text: string): Candidate | undefined {
  const r = c.resolved!;
  if (!isRealDay(r.date.year, r.date.month!, day)) return undefined;
  const date = { ...r.date, day };
  return {
    ...c,
    text,
    index,
    core: { text, index },
    known: { ...c.known, day },
    tags: [...c.tags, 'dateline/listed-day'],
    range: false,
    resolved: { ...r, date, reason: `"${text}", a day listed with ${JSON.stringify(c.text)} (${show(r.date)}): its month and year → ${show(date)}` },
  };
}

export const listedDays: DateRefiner = (results, { sentence }) => {
  const added: Candidate[] = [];
  for (const c of results) {
    const r = c.resolved;
    if (!r || r.precision !== 'day' || r.date.month === undefined || r.date.day === undefined || c.range || r.span) continue;
    const own = r.date.day;
    // Days before: "14 and 21 April" (the month after the last day).
    const before = BEFORE.exec(sentence.slice(0, c.core.index));
    if (before && c.core.text.startsWith(String(own)) && !/\bbetween\s+$/i.test(sentence.slice(0, c.core.index - before[1]!.length))) {
      const start = c.core.index - before[1]!.length;
      const days = [...before[1]!.matchAll(ONE_DAY)].map((m) => ({ day: Number(m[1]), index: start + m.index!, text: m[0] }));
      if (days.every((d, i) => d.day < (days[i + 1]?.day ?? own))) {
        for (const d of days) {
          const item = listed(c, d.day, d.index, d.text);
          if (item) added.push(item);
        }
      }
    }
    // Days after: "March 3 and 10", "on the 11th and the 18th" (the date's words end with its day).
    const end = c.core.index + c.core.text.length;
    if (Number(DAY_AT_END.exec(c.core.text)?.[1]) !== own) continue;
    const after = AFTER.exec(sentence.slice(end));
    if (!after) continue;
    const days = [...after[1]!.matchAll(ONE_DAY)].map((m) => ({ day: Number(m[1]), index: end + m.index!, text: m[0] }));
    if (!days.every((d, i) => d.day > (days[i - 1]?.day ?? own))) continue;
    for (const d of days) {
      const item = listed(c, d.day, d.index, d.text);
      if (item) added.push(item);
    }
  }
  return added.length === 0 ? results : [...results, ...added].sort((a, b) => a.index - b.index);
};

