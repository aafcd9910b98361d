// Round 20: "Whether the killing of Governor Oswin on 3 April was a breach is disputed": "whether" asks what the
// killing was, not whether it happened. A development named as the subject of a past "was"/"were" that only
// characterises it ("a breach", "an act of war", "the work of the Front") is presupposed, as the same noun outside the
// question is; find-cues.ts's conditional() otherwise hedges everything after "whether".

import type { Token } from '../nlp/wink.js';

/**
 * Nouns that say what sort of happening a thing was — a development of a kind or what is none ("a bomb", "an
 * attack", "an accident", "a gas leak"): after "was a" they make the kind itself the open question.
 */
const WHAT_HAPPENED = new Set('attack|assault|strike|airstrike|raid|ambush|bomb|bombing|explosion|blast|shelling|shell|shooting|killing|murder|assassination|accident|mishap|leak|fire|crash|collision|malfunction|misfire|detonation|suicide|execution|meeting|visit|talks|deployment|withdrawal'.split('|'));

/**
 * The predicate from `at` (after "was a") only names what the thing was: a happening's noun (WHAT_HAPPENED: "a
 * bomb", "an accident"), or one of alternatives ("a bomb or a gas leak"). Not "a breach", "an act of war".
 */
function kindInQuestion(toks: readonly Token[], at: number): boolean {
  let k = at;
  while (toks[k] && ['ADJ', 'NOUN', 'PROPN'].includes(toks[k]!.pos)) {
    if (WHAT_HAPPENED.has(toks[k]!.lemma) || WHAT_HAPPENED.has(toks[k]!.normal)) return true;
    // "an act of war": the head ends at "of".
    if (toks[k + 1]?.normal === 'of') return false;
    k++;
  }
  return toks[k]?.normal === 'or';
}

/**
 * The cue at `i` is a noun heading the subject of the clause opened by "whether" at `at`, with only a determiner or
 * adjectives between ("Whether the killing", "whether the first attack"), and the clause's first verb is "was" or
 * "were" followed by a determiner: a characterisation of a thing done. Not "whether the talks will go ahead", "whether
 * the attack was planned" (a participle: the question may be of the doing), nor "whether there was an attack", nor
 * "whether the blast was a bomb or a gas leak" (what it was is the question: kindInQuestion).
 */
export function presupposedUnderWhether(toks: readonly Token[], at: number, i: number): boolean {
  if (toks[at]?.normal !== 'whether' || toks[i]?.pos !== 'NOUN') return false;
  for (let k = at + 1; k < i; k++) if (!['DET', 'ADJ'].includes(toks[k]!.pos)) return false;
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT' && t.text !== '-') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return /^(?:was|were)$/.test(t.normal) && toks[k + 1]?.pos === 'DET' && !kindInQuestion(toks, k + 2);
  }
  return false;
}
