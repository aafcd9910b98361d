// Whether a troop word's move is a response to an incident rather than a move of a force: police specialists called
// out to a crime scene ("Police bomb disposal experts arrived at the scene", "a police bomb squad arrived at the
// market"), anyone arriving "at the scene" of a blast. A troop development is a force's strength, deployment,
// withdrawal or handover (ACLED's and the gold's); the emergency services at an incident are none, and the incident
// itself is the development told. Kept apart from find-cues, which only asks the question. Round 19b.
//
// Police and a constabulary are civil forces: their specialists (a bomb squad, divers, forensic teams) are the
// incident's responders. A gendarmerie is not among them: it is a military force (gendarmes are counted among troop
// words), and its units sent to a region or abroad are deployed; at a crime scene the scene rule below covers it.
// A police contingent or unit itself ("400 police officers arrived in Dorvan", "a formed police unit deployed") is
// left a force, as peacekeeping missions count them.

import type { Token } from '../nlp/wink.js';
import { weaponTrade } from './weapon-trade.js';

const CIVIL_FORCES = new Set(['police', 'constabulary']);

/** Specialists of the police who answer an incident, not a contingent: "police divers", "police forensic experts". */
const RESPONDERS = new Set(
  'expert experts specialist specialists technician technicians investigator investigators detective detectives diver divers forensic forensics'.split(' '),
);

/** What closes an incident's scene as a front, where troops deployed are a force's move: "the scene of the fighting". */
const FIGHTING = new Set('fighting clashes clash battle battles war combat front'.split(' '));

/**
 * The troop cue at `first..last` has its verb's subject a police specialist unit, or its verb's goal "the scene" of
 * an incident. Not "400 police officers arrived in Dorvan", "the bomb-disposal company arrived at the base", "troops
 * were sent to the scene of the fighting".
 */
export function incidentResponse(toks: readonly Token[], first: number, last: number): boolean {
  let v = -1;
  for (let k = last; k >= first; k--) {
    if (toks[k]!.pos === 'VERB') {
      v = k;
      break;
    }
  }
  if (v < 0) return false;
  return policeSpecialists(toks, v) || atTheScene(toks, v);
}

/** The noun phrase right before the verb `v` has "police" as a modifier of a weapon trade or responders. */
function policeSpecialists(toks: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && ['ADV', 'AUX', 'PART'].includes(toks[k]!.pos) && !/^['’]s$/.test(toks[k]!.text)) k--;
  const head = k;
  let police = -1;
  let trade = false;
  for (; k >= 0; k--) {
    const t = toks[k]!;
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t.pos) && t.text !== '-' && !/^['’]s$/.test(t.text)) break;
    if (CIVIL_FORCES.has(t.normal) && k < head) police = k;
    if (weaponTrade(toks, k)) trade = true;
  }
  return police >= 0 && (trade || RESPONDERS.has(toks[head]?.normal ?? ''));
}

/** The verb `v` goes "at", "to" or "on" "the scene" (over one modifier: "the blast scene"), not a scene of fighting. */
function atTheScene(toks: readonly Token[], v: number): boolean {
  let k = v + 1;
  // (Over a particle or an adverb: "flew in to the scene", "arrived quickly at the scene".)
  while (k < toks.length && k <= v + 3 && (['ADV', 'PART'].includes(toks[k]!.pos) || toks[k]!.normal === 'in')) k++;
  if (!/^(?:at|to|on|onto)$/.test(toks[k]?.normal ?? '')) return false;
  k++;
  if (toks[k]?.normal !== 'the') return false;
  k++;
  if (toks[k]?.normal !== 'scene' && ['NOUN', 'ADJ'].includes(toks[k]?.pos ?? '')) k++;
  if (toks[k]?.normal !== 'scene') return false;
  if (toks[k + 1]?.normal === 'of') {
    const what = toks.slice(k + 2, k + 5).find((t) => t.pos !== 'DET' && t.pos !== 'ADJ');
    if (what && FIGHTING.has(what.normal)) return false;
  }
  return true;
}
