// "The third round, on 18 March, opened five days after mortars had fallen on the camp": the development the main
// clause dates at a day is counted from another, told by a clause of its own, so that other lies the same count of
// days back from the day (the 13th), as appositive-anchor.ts reads it when the count is set off by a comma. Here the
// count follows the main clause's verb ("opened five days after …", "announced … two days after …"). Round 19: such
// anchors were dropped ("the sentence already dates that kind") or dated the main clause's day.
// Watch out for: a day of another clause ("…, and on 3 May the army left two days after …"); a saying's day over a
// report of what happened earlier ("said on 3 May that troops had left two days after the raid": the leaving is not
// the saying's day), so a "that" complement counts only in the progressive ("announced that it was suspending …").
import type { RelativeDate } from '../dates/resolve-dates.js';
import type { ResolvedDate } from '../types.js';
import { fromAnchorDay } from './anchor-day.js';
import { toldByClause } from './appositive-anchor.js';

/** Between the day and the count: another clause, or another sentence part, whose day is not this one. */
const OTHER_CLAUSE = /[;:.!?]|,\s*(?:and|but|while|whereas|although|though|yet)\b/i;
/** A complement whose verb is no progressive: "that troops had left", "that the army left". */
const COMPLEMENT = /\bthat\b(?![^,;]*\b(?:was|were|is|are)\s+\w+ing\b)/i;

export function countedBackDay(sentence: string, rel: RelativeDate, dates: readonly ResolvedDate[]): ResolvedDate | undefined {
  if (rel.days === undefined || rel.days === 0) return undefined;
  const at = rel.text.indexOf(rel.anchor);
  if (!toldByClause(at < 0 ? rel.anchor : rel.text.slice(at))) return undefined;
  // One day told before the count, none after it (a day after it is the anchor's own: datedInAnchorClause).
  const before = dates.filter((d) => d.index + d.text.length <= rel.index);
  if (before.length !== 1 || before.length !== dates.length || before[0]!.precision !== 'day') return undefined;
  const day = before[0]!;
  const between = sentence.slice(day.index + day.text.length, rel.index);
  if (OTHER_CLAUSE.test(between) || COMPLEMENT.test(between)) return undefined;
  // The count follows a verb of the day's clause: something is counted, not the day restated (that is apposition).
  if (/^\s*,\s*$/.test(between) || !/\w/.test(between)) return undefined;
  const back = rel.qualifier === 'after' ? 'before' : 'after';
  return fromAnchorDay({ ...rel, qualifier: back }, day, 'names', `which lies ${rel.days} day(s) ${back} the day its clause tells`);
}
