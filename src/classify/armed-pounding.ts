// Whether the one pounding a place is armed: a force, its aircraft or its guns ("Government jets pounded rebel
// hideouts", "artillery pounded the town"), as against the weather, the sea or a fist ("waves pounded the coast",
// "rain pounded the city", "he pounded the table"). Asked for ARMED_POUNDING (nokind-cues.ts). Round 20.

import type { Token } from '../nlp/wink.js';
import { AIRCRAFT_WORDS } from './vocabulary.js';

/** Who or what pounds when it attacks: armed bodies, their craft and their weapons. ("machines" is any machine's.) */
const ARMED = new Set([
  ...AIRCRAFT_WORDS.split('|').filter((w) => w !== 'machines'),
  ...'forces troops army armies navy military militia militias rebels insurgents militants gunmen warplanes bombers warships gunboats artillery guns gunners howitzers mortars shells rockets missiles tanks batteries cannon cannons'.split(' '),
]);

/**
 * The verb at `v`'s subject, back over auxiliaries, adverbs and particles, is headed by an armed body, craft or
 * weapon: the noun right before them ("Norethi jets pounded", "the army had pounded"), and an object follows the
 * verb (a determiner, an adjective, a noun or a name: "pounded rebel hideouts", not "the guns pounded all night").
 */
export function armedPounding(toks: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(toks[k]!.pos)) k--;
  const head = toks[k];
  if (!head || !ARMED.has(head.normal) || !['NOUN', 'PROPN'].includes(head.pos)) return false;
  const next = toks[v + 1];
  return !!next && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(next.pos);
}
