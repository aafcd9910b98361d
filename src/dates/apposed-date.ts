// "The battery at Kell Point, the first we sent to Marra, on the twelfth of November, will be handed over in June": a
// date set off by commas all alone, straight after an apposition (a noun phrase between commas, "the first we sent to
// Marra", "the unit that flew in") whose own verb is past, dates that verb: it is when the battery was sent. The main
// clause's "will" governs the handing over, not the sending (tense.ts otherwise looks ahead to the nearest verb after a
// date that ends its clause, and sent November to the year after publication). Round 20.
import type { VerbCue } from './tense.js';

/** A noun phrase's first word: an apposition starts with one. */
const NOUN_PHRASE = /^\s*(?:the|a|an|one|its|their|his|her|our|this|that)\s/i;
/** A relative pronoun after a noun, opening a clause that describes it: "a former general who served". */
const RELATIVE_PRONOUN = /\b(?:who|whom|whose|which)\b/i;
/** What may stand beside a date in its clause of its own: a preposition, "the". */
const BESIDE_DATE = /^\s*(?:(?:on|in|at)\s+)?(?:the\s+)?$/i;

/**
 * The past verb of the apposition just before a date standing alone between commas, if that apposition has one and no
 * future; undefined otherwise. `clause` is the date's clause (tense.ts's clauseAround), `cues` the sentence's verb cues.
 */
export function apposedPast(
  sentence: string,
  span: { start: number; end: number },
  clause: { start: number; end: number },
  cues: readonly VerbCue[],
): VerbCue | undefined {
  if (!BESIDE_DATE.test(sentence.slice(clause.start, span.start)) || sentence.slice(span.end, clause.end).trim()) return undefined;
  // (Set off on both sides: a comma before and after, and the sentence goes on.)
  if (sentence[clause.start - 1] !== ',' || sentence[clause.end] !== ',') return undefined;
  const open = sentence.lastIndexOf(',', clause.start - 2);
  if (open < 0) return undefined;
  const apposition = { start: open + 1, end: clause.start - 1 };
  if (!NOUN_PHRASE.test(sentence.slice(apposition.start, apposition.end))) return undefined;
  // (A relative clause opened by a relative pronoun, "a former general who served in Korendo", "a veteran who
  // negotiated the last truce", describes the apposition's head and never carries the date: only the apposition's own
  // verb counts, as "we sent" in "the first we sent to Marra" or "that flew in" in "the unit that flew in", where the
  // clause is what the apposition names. Round 20 mend E.)
  const relative = RELATIVE_PRONOUN.exec(sentence.slice(apposition.start, apposition.end));
  const end = relative ? apposition.start + relative.index : apposition.end;
  const inside = cues.filter((c) => c.start >= apposition.start && c.end <= end);
  if (inside.some((c) => c.kind !== 'past')) return undefined;
  return inside.at(-1);
}
