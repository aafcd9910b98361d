// Round 20: "Whether the killing of Governor Oswin on 3 April was a breach is disputed": "whether" asks what the
// killing was, not whether it happened. A development named as the subject of a past "was"/"were" that only
// characterises it ("a breach", "an act of war", "the work of the Front") is presupposed, as the same noun outside the
// question is; find-cues.ts's conditional() otherwise hedges everything after "whether".

import type { Token } from '../nlp/wink.js';

/**
 * The cue at `i` is a noun heading the subject of the clause opened by "whether" at `at`, with only a determiner or
 * adjectives between ("Whether the killing", "whether the first attack"), and the clause's first verb is "was" or
 * "were" followed by a determiner: a characterisation of a thing done. Not "whether the talks will go ahead", "whether
 * the attack was planned" (a participle: the question may be of the doing), nor "whether there was an attack".
 */
export function presupposedUnderWhether(toks: readonly Token[], at: number, i: number): boolean {
  if (toks[at]?.normal !== 'whether' || toks[i]?.pos !== 'NOUN') return false;
  for (let k = at + 1; k < i; k++) if (!['DET', 'ADJ'].includes(toks[k]!.pos)) return false;
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT' && t.text !== '-') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return /^(?:was|were)$/.test(t.normal) && toks[k + 1]?.pos === 'DET';
  }
  return false;
}
