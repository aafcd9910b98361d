// Round 20: a force's deployment told inside a noun phrase, "a peacekeeping force the Council of Nations sent to
// Korendo in 2017", "the battalion that the Union deployed in March": the relative clause's verb has the force before
// it as its object, with the clause's own subject between. find-cues.ts's objectIn looks back only a few words and
// stops at a noun, so a subject of several words ("the Council of Nations") hid the force.

import type { Token } from '../nlp/wink.js';
import { TROOP_WORDS } from './vocabulary.js';

const TROOPS = new Set(TROOP_WORDS.split('|'));
/** What may open a relative clause whose object is the noun before it. */
const RELATIVE_OBJECT = new Set(['that', 'which', 'whom']);
/** Words after the verb that make the sending no deployment: "the troops the Union sent home", "… sent back". */
const NO_DEPLOYMENT = new Set(['home', 'back', 'away', 'off']);

/**
 * The verb at `verb` ends a relative clause whose object is a troop noun: going back over auxiliaries and adverbs,
 * then over the clause's subject — a noun phrase of two to six words (a determiner or a name, names and nouns, "of"
 * inside a name: "the Council of Nations", "the Union", "Ostland") holding a noun or a name — then an optional
 * "that"/"which", to a troop noun ("force", "battalion", "troops"). Not a subject that is a pronoun ("the force we
 * sent": who "we" are is the speaker's, read elsewhere), nor a verb followed by "home" or "back".
 */
export function troopObjectOfRelative(toks: readonly Token[], verb: number): boolean {
  if (NO_DEPLOYMENT.has(toks[verb + 1]?.normal ?? '')) return false;
  let k = verb - 1;
  while (k >= 0 && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV')) k--;
  const end = k;
  let named = false;
  while (k >= 0 && end - k < 6) {
    const t = toks[k]!;
    if (t.pos === 'PROPN' || t.pos === 'NOUN') named = true;
    else if (!(t.pos === 'DET' || t.pos === 'ADJ' || (t.normal === 'of' && toks[k - 1]?.pos === 'PROPN' && toks[k + 1]?.pos === 'PROPN'))) break;
    // A determiner opens the subject: what stands before it is the antecedent.
    if (t.pos === 'DET') {
      k--;
      break;
    }
    k--;
  }
  if (!named || end - k < 1) return false;
  if (RELATIVE_OBJECT.has(toks[k]?.normal ?? '')) k--;
  const head = toks[k];
  return !!head && TROOPS.has(head.normal) && head.pos === 'NOUN' && head.normal !== 'helmets';
}
