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
