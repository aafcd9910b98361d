// "The rebels walked out on 21 February, the morning after jets bombed their camps", "The third round, on 18 March,
// opened five days after mortars had fallen on the camp": a day told, then a count of days from a development told
// by a clause of its own, the count timing the same development as the day. The count restates that day from the
// anchor, so the anchor lies the other way: the day before for "the morning after", five days back for "five days
// after", the day after for "the day before". The main clause keeps its own day.
// Rounds 15b (a count set off by a comma; sequels.ts had counted the bombing a day on from the walkout), 19 (a count
// across the verb the day times: such anchors were dropped, "the sentence already dates that kind", or dated the main
// clause's day), 19d (a hedged count), 19e (the two were one step written twice, appositive-anchor.ts and this).
// Watch out for: a day of another clause ("…, and on 3 May the army left two days after …"); a saying's day over a
// report of what happened earlier ("said on 3 May that troops had left two days after the raid": the leaving is not
// the saying's day), so a "that" complement counts only in the progressive ("announced that it was suspending …").
import type { RelativeDate } from '../dates/resolve-dates.js';
import { isPastVerb } from '../dates/words.js';
import type { ResolvedDate } from '../types.js';
import { fromAnchorDay } from './anchor-day.js';
import { hedgeOfCount } from './counted-tail.js';

/** "the morning after", "the night before": one day, when relative-to-event counted none. */
const ONE_DAY_PART = /^(?:on\s+)?the\s+(?:day|night|morning|afternoon|evening)\s+(?:after|before)\b/i;

/** Between the day and the count: another clause, or another sentence part, whose day is not this one. */
const OTHER_CLAUSE = /[;:.!?]|,\s*(?:and|but|while|whereas|although|though|yet)\b/i;
/** A complement whose verb is no progressive: "that troops had left", "that the army left". */
const COMPLEMENT = /\bthat\b(?![^,;]*\b(?:was|were|is|are)\s+\w+ing\b)/i;
/** Only the verb the day times ("opened", "had opened"; a comma at most before it): no new clause, subject or saying. */
const VERB_ONLY = /^\s*,?\s*((?:[a-z]+\s+){1,3})$/;
const NO_VERB_ONLY = /\b(?:and|but|while|whereas|when|as|after|before|since|said|says|told|that|which|who)\b/;

/** The anchor tells a development in a clause of its own ("jets bombed its camps"), not by a noun ("the blast"). */
function toldByClause(anchor: string): boolean {
  const words = anchor.split(/\s+/);
  return words.some((w, i) => i > 0 && isPastVerb(w.replace(/[^\p{L}'-]/gu, ''), words[i - 1]));
}

/**
 * How the count stands to a day told before it, given the words between them: set beside it ("on 21 February, the
 * morning after"), across only the verb they both time ("on 18 March, opened five days after"), or (the sentence's
 * one date, counted in days) after more of the day's own clause ("announced … two days after"); else undefined.
 */
function countTimesDay(between: string, soleDay: boolean, counted: boolean): 'apposed' | 'verb' | 'clause' | undefined {
  if (/^\s*,\s*$/.test(between)) return 'apposed';
  const verb = VERB_ONLY.exec(between);
  if (verb && !NO_VERB_ONLY.test(verb[1]!)) return 'verb';
  if (soleDay && counted && /\w/.test(between) && !OTHER_CLAUSE.test(between) && !COMPLEMENT.test(between)) return 'clause';
  return undefined;
}

export function countedBackDay(sentence: string, rel: RelativeDate, dates: readonly ResolvedDate[]): ResolvedDate | undefined {
  // "the morning after the blast" names a development told before, a back-reference that tells nothing new.
  // (The anchor's verb may stand after it in the relative date's words: "nine days before the first round of talks
  // opened" has the anchor "the first round of talks". Round 17.)
  const at = rel.text.indexOf(rel.anchor);
  if (!toldByClause(at < 0 ? rel.anchor : rel.text.slice(at))) return undefined;
  const days = rel.days ?? (ONE_DAY_PART.test(rel.text) ? 1 : undefined);
  if (days === undefined || days === 0) return undefined;
  // (A day after the count is the anchor's own: datedInAnchorClause.)
  const soleDay = dates.length === 1 && dates[0]!.index + dates[0]!.text.length <= rel.index;
  const between = (d: ResolvedDate) => sentence.slice(d.index + d.text.length, rel.index);
  const day = dates.find((d) => d.precision === 'day' && d.index + d.text.length <= rel.index && countTimesDay(between(d), soleDay, rel.days !== undefined));
  if (!day) return undefined;
  const how = countTimesDay(between(day), soleDay, rel.days !== undefined);
  // The anchor lies the other way from the day: restate the date as counted from that day, in the opposite sense.
  const back = rel.qualifier === 'after' ? 'before' : 'after';
  const counted = fromAnchorDay({ ...rel, days, qualifier: back }, day, 'names', `which lies ${days} day(s) ${back} the day ${how === 'clause' ? 'its clause tells' : 'it is set beside'}`);
  // "Talks opened on 20 May, less than two weeks after rebels shelled the port": a hedged count reaches no exact day,
  // only a side of it, as in datedInAnchorClause; read with the count turned round (less than two weeks after = later
  // than two weeks before). Before round 19d the shelling was dated exactly fourteen days back, at day precision.
  const hedge = rel.days !== undefined ? hedgeOfCount(sentence, rel.index, back) : undefined;
  return hedge ? { ...counted, qualifier: hedge, reason: `${counted.reason}, ${hedge} it: the count is hedged` } : counted;
}

/**
 * "The strike came two days after pirates fired grenades at the tanker", "It followed by a week the ambush …" is not
 * read; "The walkout came a day after jets bombed its camps": a sentence with no date of its own whose subject names
 * back the development the sentence before dated, and whose only verb is its coming ("came", "followed", "took
 * place"), times that development by the count; the anchor's own clause lies the count the other way from that day,
 * as in countedBackDay. Round 21 (the grenades had gone to the strike's day by the relative date pending on "strike").
 */
const CAME_AFTER =
  /^\s*(?:(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,5}?|it\s+)(?:came|followed|happened|occurred|took\s+place)\s+(?:(?:only|just|exactly|barely|almost|nearly|some|less\s+than|more\s+than)\s+)?$/i;

export function countedBackFromPrevious(sentence: string, rel: RelativeDate, day: ResolvedDate | undefined): ResolvedDate | undefined {
  if (!day || day.precision !== 'day' || rel.days === undefined || rel.days === 0) return undefined;
  const before = sentence.slice(0, rel.index);
  if (!CAME_AFTER.test(before) || /[,;:]/.test(before)) return undefined;
  const at = rel.text.indexOf(rel.anchor);
  if (!toldByClause(at < 0 ? rel.anchor : rel.text.slice(at))) return undefined;
  const back = rel.qualifier === 'after' ? 'before' : 'after';
  const counted = fromAnchorDay({ ...rel, qualifier: back }, day, 'names', `which lies ${rel.days} day(s) ${back} the day the sentence before told, which this one's subject names back`);
  const hedge = hedgeOfCount(sentence, rel.index, back);
  return hedge ? { ...counted, qualifier: hedge, reason: `${counted.reason}, ${hedge} it: the count is hedged` } : counted;
}
