// Whether a relative clause after a named development is the speaker's comment on it rather than its own
// circumstances. "condemned the bombing on Friday, which she called cowardly", "condemned the strike ballot on
// Tuesday, which it said was rigged": a pronoun for the speaker calling or saying something of what is named adds a
// judgement, so the date before it stays the saying's. "…, in which four officers were killed", "…, which killed
// four" tell the development itself, and the date before them is its own (classify-sentence.ts, relativeAfter).
// Round 20 mend.

import type { Token } from '../nlp/wink.js';
import { SAYING_LEMMAS } from './vocabulary.js';

/** Personal pronouns that stand for a speaker already named. */
const SPEAKER_PRONOUNS = new Set('it he she they we i'.split(' '));
/** Verbs that name what something is: "which she called cowardly", "which they described as a crime". */
const CALLING = new Set('call describe term brand dub label denounce condemn'.split(' '));

/** The relative pronoun "which" at `w` opens a comment: a speaker's pronoun calling it something, or saying it was. */
export function commentRelative(toks: readonly Token[], w: number): boolean {
  if (toks[w]?.normal !== 'which' || !SPEAKER_PRONOUNS.has(toks[w + 1]?.normal ?? '')) return false;
  let v = w + 2;
  while (toks[v] && ['ADV', 'AUX', 'PART'].includes(toks[v]!.pos)) v++;
  const verb = toks[v];
  if (!verb || verb.pos !== 'VERB') return false;
  if (CALLING.has(verb.lemma)) return true;
  // ("which it said was rigged", "which he said had been staged": a judgement of being; not "which she said killed
  // four", which tells what happened.)
  if (!SAYING_LEMMAS.has(verb.lemma) && verb.lemma !== 'claim') return false;
  let k = v + 1;
  if (toks[k]?.normal === 'that') k++;
  if (toks[k]?.lemma !== 'be' && !(toks[k]?.lemma === 'have' && toks[k + 1]?.lemma === 'be')) return false;
  if (toks[k]?.lemma === 'have') k++;
  // (Not a passive of what happened: "which it said was carried out by the rebels".)
  const after = toks[k + 1];
  return !!after && !(after.pos === 'VERB' && ['by', 'out', 'on', 'at', 'in'].includes(toks[k + 2]?.normal ?? ''));
}
