// Round 21: the conditions of nokind-cues.ts for a state's unit arriving or leaving and for a handover of security
// (STATE_UNIT_ARRIVES, STATE_UNIT_LEAVES, TAKE_OVER_SECURITY, HANDOVER_TO_FORCE); nokind-conditions.ts keys them on the cues.

import type { Token } from '../nlp/wink.js';
import type { CueMatch } from './find-cues.js';
import { NATIONAL, TROOP_WORDS } from './vocabulary.js';

const TROOPS = new Set(TROOP_WORDS.split('|').filter((w) => w !== 'helmets'));
const RELATIVES = new Set(['that', 'which', 'who']);
/** What stands between a subject and its verb: "is to", "had", "is due to", "have already". */
const BETWEEN = new Set(['to', 'due', 'set', 'expected', 'scheduled', 'about', 'going', 'now', 'then', 'also', 'finally', 'only']);

/**
 * The head noun of the verb at `v`'s subject: back over auxiliaries, adverbs and "is due to"; over a relative clause
 * between commas (", who had come in January to …,"); and through "that", "which" or "who" to the noun it stands for
 * ("the company that landed", "the gendarmerie, which is to take over"). -1 when no noun heads it.
 */
export function subjectNounOf(toks: readonly Token[], v: number): number {
  let k = v - 1;
  const skip = () => {
    while (k >= 0 && (['AUX', 'ADV', 'PART'].includes(toks[k]!.pos) || BETWEEN.has(toks[k]!.normal))) k--;
  };
  skip();
  if (toks[k]?.text === ',') {
    // The comma closing a relative clause: its opening ", who|which" within 20 tokens.
    let j = k - 1;
    while (j > 0 && j >= k - 20 && !(toks[j]!.text === ',' && RELATIVES.has(toks[j + 1]?.normal ?? ''))) j--;
    if (j <= 0 || j < k - 20) return -1;
    k = j - 1;
  } else if (RELATIVES.has(toks[k]?.normal ?? '')) {
    k--;
    if (toks[k]?.text === ',') k--;
  }
  const t = toks[k];
  return t && (t.pos === 'NOUN' || t.pos === 'PROPN') ? k : -1;
}

/** Units a state sends that are no troop word of their own: a firm's company, a builder's engineers. */
const STATE_UNITS = new Set('company|companies|detachment|detachments|engineers|medics'.split('|'));
/** Demonyms that do not end as most do ("Dutch", "Swiss", "Argentine"). */
const IRREGULAR_DEMONYMS = new Set('french|dutch|swiss|greek|thai|czech|welsh|argentine|filipino'.split('|'));
// A demonym adjective, and "-ine" ones too ("Sundarine"), which the shared pattern leaves out for "Caroline".
const DEMONYM = { test: (w: string) => NATIONAL.test(w) || /^[A-Z][a-z]+ine$/.test(w) };
/** Words of the stage, trade or sport, or of a delegation: what makes a company or engineers none of a force. */
const CIVIL_WORDS = new Set(
  'theatre|theater|ballet|opera|dance|touring|tour|concert|orchestra|choir|festival|performance|show|stage|season|insurance|shipping|airline|firm|firms|business|businesses|shares|investors|contract|contracts|contractor|contractors|match|tournament|fans|players|squad|coach|league|cup|football|rugby|cricket|olympic|medal|final|quarter-final|quarterfinal|semi-final|semifinal|knockout|stadium|athletes|goal|goals|penalties|trade|market|investment|construction|inspectors|delegation|delegations|talks|negotiators|tourists|holiday'.split(
    '|',
  ),
);
/** Words of a force's presence that make a unit there a military one, in the sentence or the one before. */
const MILITARY_CONTEXT = new Set(
  'patrol|patrols|camp|base|barracks|mission|peacekeeping|deployment|drawdown|ceasefire|defence|defense|military|army|rotation|checkpoint|checkpoints|mortar|mortars|rockets|ambush'.split('|'),
);

/** What makes a camp none of a force's: "the refugee camp", "a summer camp", "a labour camp". */
const CIVIL_CAMPS = new Set(
  'refugee|refugees|construction|holiday|summer|work|labour|labor|displacement|displaced|idp|migrant|migrants|transit|tent|scout|scouts|sports|football|tennis|youth|children|reception|relief|aid|protest|protesters|base'.split(
    '|',
  ),
);
/** Who a camp is for when it is none of a force's: "a camp for refugees", "a training camp for civilians". */
const CAMP_DWELLERS = new Set('refugees|migrants|displaced|civilians|children|families|survivors|evacuees|homeless|pilgrims|workers|students|pupils|youth|scouts|asylum-seekers'.split('|'));
/** What makes a mission none of a force's: "a trade mission", "the diplomatic mission", "a rescue mission". */
const CIVIL_MISSIONS = new Set(
  'trade|diplomatic|medical|rescue|aid|humanitarian|relief|fact-finding|finding|space|business|search|charity|church|religious|evangelical|election|electoral|investment|cultural|scientific|research|lunar|mars|shuttle|economic|commercial|imf'.split(
    '|',
  ),
);
/** Speakers a mission is only a modifier of: "a mission spokesman said", "mission officials". */
const SPEAKERS = new Set('spokesman|spokeswoman|spokesperson|spokespeople|official|officials|source|sources|statement|chief|head|staff|staffer|statement|doctor|doctors'.split('|'));
/** Work a civilian crew comes to do or has done: "to repair the turbines", "after finishing the water pipeline". */
const CIVIL_WORK = /^(?:repair|fix|build|rebuild|restore|install|instal|lay|dig|drill|clean|paint|inspect|survey|vaccinate|treat|teach|finish|complete|construct|renovate|maintain|upgrade|connect|wire|plaster|pave|plant|harvest|immunize|immunise|excavate|dredge|refurbish|reopen|open)$/;

/** A camp or a mission that is a civilian one by its modifier, its dwellers or the speaker it modifies. */
function civilCampOrMission(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const before = [toks[i - 1], toks[i - 2]].filter((x): x is Token => !!x && x.text !== ',' && x.pos !== 'DET');
  if (t.normal === 'camp') {
    if (before.some((x) => CIVIL_CAMPS.has(x.normal))) return true;
    if (toks[i + 1]?.normal === 'for') return toks.slice(i + 2, i + 5).some((x) => CAMP_DWELLERS.has(x.normal));
    return false;
  }
  if (t.normal === 'mission') {
    if (before.some((x) => CIVIL_MISSIONS.has(x.normal))) return true;
    return SPEAKERS.has(toks[i + 1]?.normal ?? '');
  }
  return false;
}

/** "to repair the turbines", "after finishing the water pipeline": a civilian work the unit came or went for. */
function civilPurpose(toks: readonly Token[]): boolean {
  return toks.some((t, i) => {
    const prev = toks[i - 1]?.normal ?? '';
    if (prev === 'to' && CIVIL_WORK.test(t.lemma)) return true;
    return /ing$/.test(t.normal) && /^(?:after|before|for|on)$/.test(prev) && CIVIL_WORK.test(t.lemma);
  });
}

/**
 * A camp, patrol, mission, soldiers … named in the sentence or the one before: a unit there is a force's. A camp or a
 * mission alone is weaker: none where it is a refugee camp, a trade mission or "a mission spokesman", and none where
 * the sentence tells a civilian work the unit came or went for ("to repair the turbines") and no force word stands.
 */
export function militaryContext(toks: readonly Token[], previous: readonly Token[]): boolean {
  let weak = false;
  for (const sentence of [toks, previous]) {
    for (let i = 0; i < sentence.length; i++) {
      const t = sentence[i]!;
      if (TROOPS.has(t.normal) && (t.pos === 'NOUN' || t.pos === 'PROPN')) return true;
      if (!MILITARY_CONTEXT.has(t.normal)) continue;
      if (t.normal !== 'camp' && t.normal !== 'mission') return true;
      if (!civilCampOrMission(sentence, i)) weak = true;
    }
  }
  return weak && !civilPurpose(toks);
}

/**
 * STATE_UNIT_ARRIVES, STATE_UNIT_LEAVES: the verb's subject is a company, a detachment, engineers or medics with a
 * state's demonym (capitalised, not the sentence's first word) among the two words before it ("the Kestrian
 * engineer company"; not a team, as often a sport's); no word of the stage, trade or
 * sport in the sentence; and a force's presence named in it or the one before.
 */
export function stateUnitMoves(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean {
  if (demonymForce(toks, m, previous)) return true;
  const h = subjectNounOf(toks, m.first);
  if (h < 0 || !STATE_UNITS.has(toks[h]!.normal) || toks[h]!.pos !== 'NOUN') return false;
  let marked = false;
  for (let k = h - 1; k >= 0 && k >= h - 2; k--) {
    const t = toks[k]!;
    if ((k > 0 && DEMONYM.test(t.text)) || IRREGULAR_DEMONYMS.has(t.normal)) marked = true;
    if (t.pos === 'DET') break;
  }
  if (!marked) return false;
  if (toks.some((t) => CIVIL_WORDS.has(t.normal))) return false;
  // Reaching is arriving only at a place, not "reached a deal" or "reached the final".
  if (/^reach/.test(toks[m.first]!.normal)) {
    const next = toks[m.last + 1];
    if (!next || !(next.pos === 'PROPN' || /^(?:the|camp|base|port)$/.test(next.normal))) return false;
    if (toks.slice(m.last + 1, m.last + 4).some((t) => /^(?:agreement|deal|accord|final|semi-final|decision|settlement|conclusion|target|peak)$/.test(t.normal))) return false;
  }
  return militaryContext(toks, previous);
}

/** A people named by its demonym's plural: "the Norrowans", "the Dutch" is left out (no plural). */
const DEMONYM_PLURAL = /^[A-Z][a-z]+(?:ians|ans|ese)$/;
/** Capitalised plurals of that shape that name a party, a faith or a sport's people, not a state's. */
const NO_STATE = new Set('republicans|christians|olympians|anglicans|lutherans|presbyterians|episcopalians|unitarians|libertarians|vegetarians|spartans|trojans|titans'.split('|'));

/**
 * "The Norrowans, who have carried most of the weight since the ambush, go home in mid-July", "the Kestrians left on
 * Sunday": a state's people named by the demonym's plural as the verb's subject (not the sentence's first word), with a
 * force's presence named in the sentence or the one before, are its troops (a sports side or tourists are not: no
 * stage, trade or sport word may stand in the sentence).
 */
export function demonymForce(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean {
  const h = subjectNounOf(toks, m.first);
  const t = toks[h];
  if (h <= 0 || !t || !DEMONYM_PLURAL.test(t.text) || NO_STATE.has(t.normal)) return false;
  return militaryContext(toks, previous) && !toks.some((x) => CIVIL_WORDS.has(x.normal));
}

/** Police bodies that take over the guarding of a place from soldiers. */
const POLICE_BODIES = new Set('police|constabulary|gendarmerie|gendarmes|coastguard|coastguards|carabinieri|policemen|guards|guard'.split('|'));
/** Places a force guards: what a police body takes over as a post, not a case or a role. */
const GUARDED_PLACES = new Set(
  'perimeter|perimeters|cordon|cordons|gate|gates|crossing|crossings|bridge|bridges|port|harbour|harbor|dam|plant|works|smelter|mine|mines|refinery|border|frontier|zone|road|roads|highway|corridor|district|town|province|area|guarding|policing|protection|escort|escorts|patrolling'.split(
    '|',
  ),
);
/** Who troops are taken over from: the troops, or a body of them. */
const TROOP_HOLDERS = new Set([...TROOPS, 'mission', 'peacekeepers', 'army', 'marines']);

/** The head noun of the noun phrase starting at `k`: its last noun before a preposition, a verb or punctuation
 * (through "of": "the perimeter of the smelter" is headed by "perimeter"; "the smelter's perimeter" too). */
function phraseHead(toks: readonly Token[], k: number): number {
  let head = -1;
  for (let j = k; j < toks.length && j <= k + 7; j++) {
    const t = toks[j]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = j;
    else if (/^['’]s$/.test(t.text)) head = -1;
    else if (!['DET', 'ADJ', 'NUM'].includes(t.pos) && t.text !== '-') break;
  }
  return head;
}

/**
 * TAKE_OVER_SECURITY: "from" troops later in the clause ("took over the perimeter from Concord troops"), or a police
 * body as the subject (through a relative pronoun too) and a guarded place heading the object.
 */
export function takeOverSecurity(toks: readonly Token[], m: CueMatch): boolean {
  for (let k = m.last + 1; k < toks.length && k <= m.last + 10; k++) {
    const t = toks[k]!;
    if ((t.pos === 'PUNCT' && t.text !== '-' && !/^['’]$/.test(t.text)) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ') break;
    if (t.normal !== 'from') continue;
    const head = phraseHead(toks, k + 1);
    if (head >= 0 && TROOP_HOLDERS.has(toks[head]!.normal)) return true;
    break;
  }
  const s = subjectNounOf(toks, m.first);
  if (s < 0 || !POLICE_BODIES.has(toks[s]!.normal)) return false;
  const object = phraseHead(toks, m.last + 1);
  return object >= 0 && GUARDED_PLACES.has(toks[object]!.normal);
}

/** Security forces a handover is made to. */
const RECIPIENTS = new Set([...POLICE_BODIES, 'army', 'armies', 'military', 'forces', 'force', 'navy', 'troops']);
/** What is handed that is no security: power, an office. */
const OFFICES = new Set('power|presidency|office|government|leadership|premiership|chair|keys'.split('|'));

/** HANDOVER_TO_FORCE: "to" and a phrase headed by a security force in the clause after the noun, no office handed. */
export function handoverToForce(toks: readonly Token[], m: CueMatch): boolean {
  for (let k = m.last + 1; k < toks.length && k <= m.last + 10; k++) {
    const t = toks[k]!;
    if ((t.pos === 'PUNCT' && t.text !== '-') || t.pos === 'AUX' || t.pos === 'SCONJ') return false;
    if (OFFICES.has(t.normal)) return false;
    if (t.normal !== 'to') continue;
    const head = phraseHead(toks, k + 1);
    return head >= 0 && RECIPIENTS.has(toks[head]!.normal);
  }
  return false;
}

/** Unit words that are no troop word of their own: a firm's company, a builder's engineers, a hospital's unit. */
const UNIT_WORDS = new Set([...STATE_UNITS, 'unit', 'battery']);

/**
 * Token `h` heads a body of troops: a troop word, or a company, a detachment, engineers, medics or a unit with a
 * force's presence named in the sentence or the one before and no word of the stage, trade or sport.
 */
function unitAt(toks: readonly Token[], h: number, previous: readonly Token[]): boolean {
  const t = toks[h];
  if (!t || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
  if (TROOPS.has(t.normal) && t.normal !== 'force' && t.normal !== 'forces' && t.normal !== 'police') return true;
  return UNIT_WORDS.has(t.normal) && militaryContext(toks, previous) && !toks.some((x) => CIVIL_WORDS.has(x.normal));
}

/** The sentence's subject head: the last noun before its first verb, past openers ("Since their arrival on 4 May"). */
function sentenceSubject(toks: readonly Token[]): number {
  let head = -1;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return head;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = k;
    else if (t.pos === 'ADP' || t.text === ',') head = -1;
  }
  return -1;
}

/**
 * ARRIVAL: "the arrival of the Kestrian company on 2 June", "since its arrival on 9 January" (its, the sentence's
 * subject, a unit), "the battalion's arrival in March": an arrival whose arriving body is troops.
 */
export function unitArrival(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean {
  if (toks[m.last + 1]?.normal === 'of') {
    const h = phraseHead(toks, m.last + 2);
    return h >= 0 && unitAt(toks, h, previous);
  }
  const before = toks[m.first - 1];
  if (before && /^['’]s?$/.test(before.text)) return unitAt(toks, m.first - 2, previous);
  if (before?.normal !== 'its' && before?.normal !== 'their') return false;
  const s = sentenceSubject(toks);
  return s >= 0 && unitAt(toks, s, previous);
}

/** Verbs of arriving a unit is "due to": "is due to arrive on Friday". */
const DUE_TO = new Set(['arrive', 'land', 'deploy', 'reach']);
/** What a unit may be due in that is no place it arrives at: a court, a hearing. */
const NOT_ARRIVING = new Set('court|trial|hearing|tribunal|a|an|for'.split('|'));
const FIGURE_LEAD = new Set(['of', 'about', 'around', 'some', 'nearly', 'roughly', 'almost', 'over', 'more', 'than', 'up', 'to']);

/**
 * UNIT_DUE: "a company of about 150 is due at Camp Orla on Tuesday", "the second battalion is due to arrive on Friday":
 * a unit due at a place or a date arrives then. The unit heads the subject (back over "is" or "of about 150"; not in
 * apposition, ", due in July,": read alone it split from the promise it restated); "due" is followed by "in", "at", "on" or "by"
 * (not "in court") or "to" and a verb of arriving.
 */
export function unitDue(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean {
  const next = toks[m.last + 1];
  if (!next) return false;
  if (next.normal === 'to') {
    if (!DUE_TO.has(toks[m.last + 2]?.lemma ?? '') && !DUE_TO.has(toks[m.last + 2]?.normal ?? '')) return false;
  } else if (!/^(?:in|at|on|by)$/.test(next.normal) || NOT_ARRIVING.has(toks[m.last + 2]?.normal ?? '') || toks[m.last + 3]?.normal === 'court') return false;
  let k = m.first - 1;
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(toks[k]!.pos)) k--;
  if (toks[k]?.pos === 'NUM') {
    k--;
    while (k >= 0 && FIGURE_LEAD.has(toks[k]!.normal)) k--;
  }
  return unitAt(toks, k, previous);
}
