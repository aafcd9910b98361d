// "By the end of June the force must be down to 4,000, and the camp itself is to be handed over in mid-July"; "drones
// over the switchyard on the 9th, and on the 27th the ambush at the ford that killed two soldiers": a sentence that
// tells two dated developments in coordinated clauses, each clause with its own date and its own words. Read as one
// sentence, the later date may find no development of its own: its cue is taken by the earlier clause ("belongs to an
// earlier clause with a date of its own"), or the words around it in the whole sentence tell against it. Its own
// clause, read alone, tells what happened at that date. Round 19c.
//
// Only a clause that opens after ", and", ", but", ", then", ", while" or ";" (a main clause of its own, not a list's
// item or a relative clause), that holds exactly one of the sentence's dates, after a clause that holds another: one
// development told with two dates ("on 15 and 16 December", "from 3 to 5 May", "on Friday, 3 May") has no join between
// its dates, and stays one.
//
// Round 19d: not the "then" of a condition ("If the talks fail on 20 June, then on 22 June the army will launch
// airstrikes": nothing happened at either date), nor a clause under a verb of fear, threat or warning ("Officials feared
// rebels could shell the town on 20 June, and on 22 June drone strikes on the airport"), nor a clause with no verb of
// its own after one whose verb is hedged ("could", "might"): it is gapped, shares that verb and so its hedge, and the
// whole sentence's reading stands (before round 19d each gave an attack at the later date).
import { tokens } from '../nlp/wink.js';
import type { ResolvedDate } from '../types.js';

/** Where coordinated main clauses meet. */
const JOINS = /,\s+(?:and|but|then|while)\s+(?:then\s+)?|;\s+/g;

/** A conditional clause: "if …", "unless …", or one inverted at the opening ("Should the talks fail", "Had they"). */
const CONDITION = /^\s*(?:should|had|were)\b|\b(?:if|unless|provided\s+that|in\s+case)\b/i;
/** A verb of fear, threat or warning: what it governs is feared, not told. */
const FEARED = /\b(?:fear(?:s|ed|ing)?|worr(?:y|ies|ied)|dread(?:s|ed)?|threat(?:en|ens|ened)|warn(?:s|ed|ing)?|risk(?:s|ed)?)\b/i;

/** A modal that hedges the first clause's verb, which a gapped clause after it shares. */
const HEDGED = /\b(?:could|might|may|would)\b/; // (lower case: not the month "May")

export interface OwnClause {
  /** Where the date's clause starts and ends in the sentence. */
  start: number;
  end: number;
}

/**
 * The coordinated clause of its own that holds `date` (see the header), or undefined.
 * @param dates the sentence's resolved dates, in any order
 */
export function ownClause(sentence: string, date: ResolvedDate, dates: readonly ResolvedDate[]): OwnClause | undefined {
  const cuts = [...sentence.matchAll(JOINS)].map((m) => ({ at: m.index, after: m.index + m[0].length }));
  const opening = cuts.filter((c) => c.after <= date.index).at(-1);
  if (!opening) return undefined;
  const closing = cuts.find((c) => c.at >= date.index + date.text.length);
  const end = closing ? closing.at : sentence.length;
  const inside = (d: ResolvedDate) => d.index >= opening.after && d.index + d.text.length <= end;
  // (Exactly this date in the clause, and another date before it: two dated developments, not one told twice.)
  if (dates.some((d) => d !== date && inside(d))) return undefined;
  if (!dates.some((d) => d.index + d.text.length <= opening.at)) return undefined;
  const before = sentence.slice(0, opening.at);
  if (CONDITION.test(before) || FEARED.test(before)) return undefined;
  const verbal = (words: string) => tokens(words).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // (Only where the verb it would share is hedged: the tagger reads some verbs as nouns, "the force hands the lane".)
  if (HEDGED.test(before) && !verbal(sentence.slice(opening.after, end)) && verbal(before)) return undefined;
  return { start: opening.after, end };
}

/** Words that make a clause a telling again of the first one's development: "and on 5 May they did so again". */
const AGAIN = /\b(?:again|too|also|likewise|as\s+well|the\s+same|did\s+so|so\s+did)\b/i;

/**
 * "X promised last month to send more soldiers, and a company of about 150 is due at the camp on Tuesday": a date in
 * a coordinated clause of its own, with a subject and a verb of its own, is not dated by a cue of the first clause
 * (which has a date of its own): "promised" is last month's, not Tuesday's. Such a date is read on its clause's words
 * alone. Not a clause with no verb ("and again on 5 May": it shares the first clause's verb), nor one that tells the
 * first clause's development again ("and on 5 May they did so again"), nor one opened by its verb ("and returned on
 * 5 May": otherVerbAfterAnd's). Round 21.
 * @param cueAt where the classifier's cue stands in the sentence
 * @returns the clause to read the date on, or undefined when the cue may stand
 */
export function cueBeforeOwnClause(sentence: string, date: ResolvedDate, dates: readonly ResolvedDate[], cueAt: number): OwnClause | undefined {
  const clause = ownClause(sentence, date, dates);
  if (!clause || cueAt < 0 || cueAt >= clause.start) return undefined;
  const words = sentence.slice(clause.start, clause.end);
  if (AGAIN.test(words)) return undefined;
  const toks = tokens(words);
  const verb = toks.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // (A subject before the verb: a determiner, a noun or a pronoun, not the date's own words.)
  const subject = toks.slice(0, Math.max(verb, 0)).some((t) => ['NOUN', 'PROPN', 'PRON', 'DET', 'NUM'].includes(t.pos) && (t.start >= date.index - clause.start + date.text.length || t.end <= date.index - clause.start));
  return verb > 0 && subject ? clause : undefined;
}
