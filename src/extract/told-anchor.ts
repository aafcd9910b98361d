// "The truce was signed on Thursday. … X said at the signing that …, and Y told the nation the next day that …": a
// moment of a named development's day ("at the signing"), or a day counted from it, dates from the one day the article
// has already told that development at, found by its cue word ("signed" for "the signing"). The story so far may have
// moved on to another day (the talks' opening) by then, and the anchor, once merged, may be found in another telling;
// the article's own telling is the one it points back at. Only when exactly one earlier day fits. Round 20.
import type { RelativeDate } from '../dates/resolve-dates.js';
import type { Mention, ResolvedDate } from '../types.js';
import { fromAnchorDay } from './anchor-day.js';
import { OCCASION, occasionQualifier } from './occasion-qualifier.js';

/** A day counted on from it, later in the sentence: "the next day", "two days later". */
const COUNTED_ON = /^(?:(?:on\s+)?the\s+(?:next|following)\s|\S+\s+(?:days?|weeks?)\s+later\b)/i;

/** "signing" and "signed", "shelling" and "shelled", "vote" and "voted" meet. */
const stem = (word: string) => word.toLowerCase().replace(/(?:ing|ed|es|s|e)$/, '');

/** The noun heading the anchor: "the signing" → "signing", "the vote in parliament" → "vote". */
function headOf(anchor: string): string | undefined {
  const words = anchor.split(/\s+(?:of|in|at|on|by|with|for|to)\s+/i)[0]!.trim().split(/\s+/);
  const head = words.at(-1);
  return head && /^[a-z]{4,}$/i.test(head) ? head : undefined;
}

/**
 * The day `rel` dates from the article's one earlier telling of its anchor, if there is exactly one. Only an occasion
 * that a day of the sentence counts on from (`relatives`: the sentence's relative dates), and that count: a moment
 * alone is left to be found among the merged tellings (events/resolve-relative.ts), as before.
 */
export function toldAnchorDay(rel: RelativeDate, relatives: readonly RelativeDate[], told: readonly Mention[]): ResolvedDate | undefined {
  if (rel.days === undefined) return undefined;
  const pair = (occasion: RelativeDate, count: RelativeDate) =>
    OCCASION.test(occasion.text) && COUNTED_ON.test(count.text) && occasion.anchor === count.anchor && occasion.index < count.index && occasion.days === 0 && (count.days ?? 0) > 0;
  if (!relatives.some((o) => o !== rel && (pair(rel, o) || pair(o, rel)))) return undefined;
  const head = headOf(rel.anchor);
  if (!head) return undefined;
  // "at the meeting of the party council" is the party council's meeting: not the defence ministers' one told before.
  // A qualified occasion fits only a telling whose own words carry every word of its qualifier.
  const qualifier = occasionQualifier(rel.anchor, head).map(stem);
  const fits = told.filter((m) => {
    if (m.date.precision !== 'day' || !m.classification.cue.split(/\s+/).some((w) => w.length >= 4 && stem(w) === stem(head))) return false;
    const words = new Set(m.quote.split(/[^A-Za-z'’]+/).map((w) => stem(w.replace(/['’]s?$/, ''))));
    return qualifier.every((q) => words.has(q));
  });
  const days = new Set(fits.map((m) => `${m.date.date.year}-${m.date.date.month}-${m.date.date.day}`));
  if (days.size !== 1) return undefined;
  return fromAnchorDay(rel, fits[0]!.date, 'counts from', 'told earlier in the article');
}
