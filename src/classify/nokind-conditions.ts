// Round 19: the conditions of nokind-cues.ts that the pattern syntax cannot say, keyed on the cue objects themselves
// (find-cues.ts asks extraCondition() before its own 'needs' switch). Each returns whether the words around the cue
// make it a development of its kind.

import type { Token } from '../nlp/wink.js';
import type { Cue } from './vocabulary.js';
import { PARTIES_ACCEPT } from './nokind-cues.js';
import { twoParties, type CueMatch } from './find-cues.js';

/** What parties accept when they settle: a text, a plan, terms (not "accepted the invitation", "the result"). */
const SETTLEMENT_TEXTS = new Set(
  'framework frameworks agreement agreements deal deals accord accords ceasefire truce plan plans proposal proposals protocol roadmap terms text draft compromise understanding'.split(' '),
);

/** Two parties accept a text of settlement named in the sentence: "a framework … that both sides accepted". */
function partiesAcceptText(toks: readonly Token[], m: CueMatch): boolean {
  return twoParties(toks, m) && toks.some((t) => SETTLEMENT_TEXTS.has(t.normal));
}

const CONDITIONS = new Map<Cue, (toks: readonly Token[], m: CueMatch) => boolean>([
  [PARTIES_ACCEPT, partiesAcceptText],
]);

/** The round-19 condition of a cue of nokind-cues.ts, or undefined when it has none of its own. */
export function extraCondition(toks: readonly Token[], m: CueMatch): boolean | undefined {
  return CONDITIONS.get(m.cue)?.(toks, m);
}
