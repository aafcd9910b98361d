// Whether a noun of a talks role names the person who speaks, not talks held: "the mediator, Tarn's special envoy
// Ada Fenn, announced on 8 May that the round would be put back" is her statement (holdout16: read as talks, since
// "mediator" is a talks cue). Kept apart from find-cues, which only asks the question. Round 19.

import type { Token } from '../nlp/wink.js';
import { SAYING_LEMMAS } from './vocabulary.js';

/** Saying verbs whose subject such a role may be. */
const SAYING = new Set([...SAYING_LEMMAS, 'state', 'confirm']);

/**
 * The role noun ending at `last` is the subject of a saying verb: the verb follows it, over a name in apposition set
 * off by commas (", Tarn's special envoy Ada Fenn,") or run on ("envoy Ada Fenn"), auxiliaries and adverbs. Not "the
 * mediator's plan", "met the mediator on Monday", "the mediator, who chaired the talks, said" is left to the
 * relative clause (a verb inside the commas stops it).
 */
export function roleSpeaks(toks: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (toks[k]?.text === ',') {
    k++;
    for (; k < toks.length && toks[k]!.text !== ','; k++) if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM'].includes(toks[k]!.pos)) return false;
    k++;
  } else while (toks[k]?.pos === 'PROPN') k++;
  while (k < toks.length && ['AUX', 'ADV'].includes(toks[k]!.pos)) k++;
  const verb = toks[k];
  return !!verb && verb.pos === 'VERB' && SAYING.has(verb.lemma);
}
