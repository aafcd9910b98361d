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
import { DATE_POSSESSORS, VISITORS } from './vocabulary.js';

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

const DATE_WORDS = new Set(DATE_POSSESSORS.split('|'));

/**
 * The noun at `k` names what "the scene" reached is the scene of: "arrived at the scene of the bombing on Tuesday",
 * "rushed to the scene of the blast", "visited the scene of the attack". A development named as the place of an
 * arrival is a reference to one told elsewhere, and the day in the sentence is the arrival's, not its (round 20
 * mend). Not "the scene of Monday's bombing", which dates it itself.
 */
export function sceneNamed(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  for (; j >= 0 && j >= k - 5; j--) {
    const t = toks[j]!;
    if (t.normal === 'of') break;
    if (DATE_WORDS.has(t.normal)) return false;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) && t.text !== '-' && !/^['’]s?$/.test(t.text)) return false;
  }
  if (toks[j]?.normal !== 'of' || toks[j - 1]?.normal !== 'scene') return false;
  // Back from "scene" over one modifier and "the" to the verb, or to the preposition the verb takes.
  let s = j - 2;
  if (toks[s]?.normal !== 'the' && ['NOUN', 'ADJ'].includes(toks[s]?.pos ?? '')) s--;
  if (toks[s]?.normal !== 'the') return false;
  s--;
  if (/^(?:at|to|on|onto)$/.test(toks[s]?.normal ?? '')) {
    let v = s - 1;
    while (v >= 0 && v >= s - 3 && (['ADV', 'PART'].includes(toks[v]!.pos) || toks[v]!.normal === 'in')) v--;
    return toks[v]?.pos === 'VERB' && atTheScene(toks, v);
  }
  return toks[s]?.pos === 'VERB' && /^(?:visit|reach|tour)/.test(toks[s]!.normal);
}

const DIGNITARIES = new Set(VISITORS.split('|'));

/**
 * The subject of the verb at `v` is one who visits, not one who answers an incident: an office that negotiates
 * ("President Dern", "the foreign minister", "the envoy", VISITORS) or a person's name of two capitalised words
 * ("Ada Rast"). A head of state at the scene of a bombing pays a visit; firefighters, medics or police there answer
 * the incident (round 20 mend: "Firefighters", opening a sentence, is tagged a name, so one word is not enough).
 */
export function dignitaryArrives(toks: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && ['ADV', 'AUX', 'PART'].includes(toks[k]!.pos)) k--;
  let names = 0;
  for (let n = 0; k >= 0 && n < 8; k--, n++) {
    const t = toks[k]!;
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t.pos) && t.text !== ',' && !/^['’]s?$/.test(t.text)) break;
    if (DIGNITARIES.has(t.normal)) return true;
    names = t.pos === 'PROPN' && /^[A-Z][a-z]/.test(t.text) ? names + 1 : 0;
    if (names >= 2) return true;
  }
  return false;
}
