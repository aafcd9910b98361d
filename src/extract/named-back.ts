// "Soldiers were killed in an ambush on the coast road on 2 May, and the minister promised reinforcements on 4 May.
// The rebels claimed that ambush the next day.": a sentence that counts on from the story so far ("the next day",
// "two days later") while naming, with "that" or "this", a development the sentence before told at its own date counts
// from that development's date, not from the latest date the story had reached (what extract-mentions otherwise
// passes on as the previous dated sentence's date). The development is recognised by its cue word: the noun after
// "that"/"this" is the head of the cue that gave the earlier mention its kind ("ambush", "strike", "meeting"), or
// shares its stem ("shelling" / "shelled"). Only when exactly one earlier date fits: two developments of that name,
// or none, leave the story's date as it was. Round 19.
import type { ResolvedDate } from '../types.js';
import { IRREGULAR_VERBS } from '../nlp/irregular-verbs.js';

/** A development the previous dated sentence told: its date and the cue that gave its kind. */
export interface ToldBefore {
  date: ResolvedDate;
  cue: string;
}

/** "that ambush", "this strike", "that same meeting": the noun named back. */
const NAMED_BACK = /\b(?:that|this)\s+(?:same\s+|very\s+)?([a-z][a-z-]{3,})\b/gi;

/** The first five letters of a word: "shelling" and "shelled", "bombing" and "bombed", "meeting" and "meet" agree;
 * an irregular verb by its plain form ("struck" as "strike"). */
export const stemOf = (word: string) => {
  const plain = IRREGULAR_VERBS[word.toLowerCase()] ?? word.toLowerCase();
  return plain.slice(0, Math.min(5, plain.length));
};

/** The date of the one development of the previous dated sentence that this sentence names back, if there is one. */
export function namedBackDate(sentence: string, before: readonly ToldBefore[]): ResolvedDate | undefined {
  if (before.length < 2) return undefined;
  for (const m of sentence.matchAll(NAMED_BACK)) {
    const noun = m[1]!;
    const fits = before.filter((t) => t.cue.split(/\s+/).some((w) => w.length >= 4 && stemOf(w) === stemOf(noun)));
    const days = new Set(fits.map((t) => `${t.date.date.year}-${t.date.date.month}-${t.date.date.day}`));
    if (fits.length && days.size === 1) return fits[0]!.date;
  }
  return undefined;
}
