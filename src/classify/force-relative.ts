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
/** Places one is sent to that are no theatre: "the soldiers the court sent to prison", "… sent to hospital". */
const INSTITUTIONS = new Set(['prison', 'jail', 'gaol', 'court', 'hospital', 'trial', 'school', 'college', 'detention', 'custody', 'court-martial', 'rehab', 'retirement']);
/** Words before "of" that take a share of the force, which stays the one sent: "most of the troops the Union sent". */
const SHARE = new Set(['most', 'some', 'many', 'all', 'half', 'part', 'rest', 'bulk', 'remainder', 'few', 'none', 'several', 'each', 'one', 'majority', 'third', 'quarter']);

/**
 * What follows the verb makes it no deployment: "home", "back"; an object of its own (the troop noun before the
 * clause is then no object: "the battalion the Union sent supplies to"); or "to" an institution ("sent to prison").
 */
function notDeployed(toks: readonly Token[], verb: number): boolean {
  const next = toks[verb + 1];
  if (!next) return false;
  if (NO_DEPLOYMENT.has(next.normal)) return true;
  // An object of its own, unless it is troops too ("the battalion the Union sent 500 more troops to").
  if (['DET', 'NOUN', 'PRON', 'NUM'].includes(next.pos)) {
    for (let k = verb + 1; k < toks.length && ['DET', 'NOUN', 'PRON', 'NUM', 'ADJ'].includes(toks[k]!.pos); k++) if (TROOPS.has(toks[k]!.normal)) return false;
    return true;
  }
  if (next.normal !== 'to') return false;
  let k = verb + 2;
  while (toks[k]?.pos === 'DET' || toks[k]?.pos === 'ADJ') k++;
  return INSTITUTIONS.has(toks[k]?.normal ?? '');
}

/**
 * The troop noun at `head` stands after a preposition ("Families of the soldiers the court sent …"): the sentence is
 * about what the preposition hangs on, and the relative clause only tells which soldiers. Not a share of the force
 * ("most of the troops the Union sent").
 */
function governed(toks: readonly Token[], head: number): boolean {
  let k = head - 1;
  while (k >= 0 && ['DET', 'ADJ', 'NUM'].includes(toks[k]!.pos) && !SHARE.has(toks[k]!.normal)) k--;
  const t = toks[k];
  if (!t || t.pos !== 'ADP') return false;
  return !(t.normal === 'of' && SHARE.has(toks[k - 1]?.normal ?? ''));
}

/**
 * The verb at `verb` ends a relative clause whose object is a troop noun: going back over auxiliaries and adverbs,
 * then over the clause's subject — a noun phrase of two to six words (a determiner or a name, names and nouns, "of"
 * inside a name: "the Council of Nations", "the Union", "Ostland") holding a noun or a name — then an optional
 * "that"/"which", to a troop noun ("force", "battalion", "troops"). Not a subject that is a pronoun ("the force we
 * sent": who "we" are is the speaker's, read elsewhere). The troop noun's index, or undefined.
 */
function relativeHead(toks: readonly Token[], verb: number): number | undefined {
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
  if (!named || end - k < 1) return undefined;
  if (RELATIVE_OBJECT.has(toks[k]?.normal ?? '')) k--;
  const head = toks[k];
  return head && TROOPS.has(head.normal) && head.pos === 'NOUN' && head.normal !== 'helmets' ? k : undefined;
}

/**
 * The verb at `verb` tells a deployment of the troop noun before its relative clause (relativeHead): not a verb
 * followed by "home", an object or an institution (notDeployed), nor a troop noun after a preposition ("Families of
 * the soldiers the court sent to prison").
 */
export function troopObjectOfRelative(toks: readonly Token[], verb: number): boolean {
  const head = relativeHead(toks, verb);
  return head !== undefined && !notDeployed(toks, verb) && !governed(toks, head);
}

/**
 * The verb at `verb` ends a relative clause after a troop noun (as troopObjectOfRelative reads it) and tells no
 * deployment of it: the noun is no object of the verb, or the clause only tells which soldiers ("Families of the
 * soldiers the court sent to prison"). find-cues.ts's objectIn, looking back from the verb, finds the noun and would
 * take it for the object.
 */
export function relativeNotDeployment(toks: readonly Token[], verb: number): boolean {
  const head = relativeHead(toks, verb);
  return head !== undefined && (notDeployed(toks, verb) || governed(toks, head));
}
