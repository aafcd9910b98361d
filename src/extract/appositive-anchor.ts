// "The rebels walked out on 21 February, the morning after jets bombed their camps": a relative date set in
// apposition to a day (a comma between them, nothing else) restates that day from the development it names, so
// that development lies the other way: the day before for "the morning after", two days back for "two days after",
// the day after for "the day before". The main clause keeps its own day (round 15b; sequels.ts had counted the
// bombing a day on from the walkout).
import type { RelativeDate } from '../dates/resolve-dates.js';
import { isPastVerb } from '../dates/words.js';
import type { ResolvedDate } from '../types.js';
import { fromAnchorDay } from './anchor-day.js';
import { hedgeOfCount } from './counted-tail.js';

/** "the morning after", "the night before": one day, when relative-to-event counted none. */
const ONE_DAY_PART = /^(?:on\s+)?the\s+(?:day|night|morning|afternoon|evening)\s+(?:after|before)\b/i;

/** The anchor tells a development in a clause of its own ("jets bombed its camps"), not by a noun ("the blast"). */
export function toldByClause(anchor: string): boolean {
  const words = anchor.split(/\s+/);
  return words.some((w, i) => i > 0 && isPastVerb(w.replace(/[^\p{L}'-]/gu, ''), words[i - 1]));
}

/**
 * "The third round, on 18 March, opened five days after mortars had fallen on the camp": the day and the count stand
 * on two sides of the one verb they both time (only that verb between them, a comma at most before it), so the count
 * restates that day from the anchor as an apposed one does. Not a new clause ("…, and two days after …"), nor a new
 * subject ("on 3 May, Renn said two days after …"). Round 19.
 */
function sameVerbBetween(between: string): boolean {
  const m = /^\s*,?\s*((?:[a-z]+\s+){1,3})$/.exec(between);
  return !!m && !/\b(?:and|but|while|whereas|when|as|after|before|since|said|says|told|that|which|who)\b/.test(m[1]!);
}

export function appositiveAnchorDay(sentence: string, rel: RelativeDate, dates: readonly ResolvedDate[]): ResolvedDate | undefined {
  // "the morning after the blast" names a development told before, a back-reference that tells nothing new.
  // (The anchor's verb may stand after it in the relative date's words: "nine days before the first round of talks
  // opened" has the anchor "the first round of talks". Round 17.)
  const at = rel.text.indexOf(rel.anchor);
  if (!toldByClause(at < 0 ? rel.anchor : rel.text.slice(at))) return undefined;
  const days = rel.days ?? (ONE_DAY_PART.test(rel.text) ? 1 : undefined);
  if (days === undefined || days === 0) return undefined;
  const day = dates.find((d) => d.precision === 'day' && (/^\s*,\s*$/.test(sentence.slice(d.index + d.text.length, rel.index)) || sameVerbBetween(sentence.slice(d.index + d.text.length, rel.index))));
  if (!day) return undefined;
  // The anchor lies the other way from the day: restate the date as counted from that day, in the opposite sense.
  const back = rel.qualifier === 'after' ? 'before' : 'after';
  const counted = fromAnchorDay({ ...rel, days, qualifier: back }, day, 'names', `which lies ${days} day(s) ${back} the day it is set beside`);
  // "Talks opened on 20 May, less than two weeks after rebels shelled the port": a hedged count reaches no exact day,
  // only a side of it, as in datedInAnchorClause; read with the count turned round (less than two weeks after = later
  // than two weeks before). Before round 19d the shelling was dated exactly fourteen days back, at day precision.
  const hedge = rel.days !== undefined ? hedgeOfCount(sentence, rel.index, back) : undefined;
  return hedge ? { ...counted, qualifier: hedge, reason: `${counted.reason}, ${hedge} it: the count is hedged` } : counted;
}
