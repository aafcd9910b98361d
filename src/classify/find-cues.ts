// Finds the vocabulary's cues in a tokenised sentence and checks each cue's condition (speaker, troop object,
// bases). Every surviving match is a candidate development; classify-sentence.ts picks the one the date belongs to.

import type { Token } from '../nlp/wink.js';
import { quotedTokens } from './split-clauses.js';
import { negatedBefore } from './negation.js';
import { weaponTrade } from './weapon-trade.js';
import { harmlessAnaphor, harmlessAttack, harmlessHarm } from './attack-senses.js';
import { attributiveHarm, hostagesNamed } from './attributive-harm.js';
import { predictedNoun } from './predicted-noun.js';
import { disciplinedCount } from './disciplined-count.js';
import { namedAgency } from './named-agency.js';
import { reducedRelative } from './reduced-relative.js';
import { withoutRelative } from './subject-before-relative.js';
import { communalMourning, flagFlown, riteSaid, riteVisit } from './rites.js';
import { sourcePhrase } from './source-phrase.js';
import { countedBetween } from './interval.js';
import { pressRole, readerAddressed } from './press-voice.js';
import { roleSpeaks } from './role-speaker.js';
import { kinOwner, privateKinSubject, publicKin } from './kin-speaker.js';
import { dignitaryArrives, incidentResponse, sceneNamed } from './incident-response.js';
import { labourStrike, labourStrikeNoun, strikeCompound } from './labour-strike.js';
import { extraCondition } from './nokind-conditions.js';
// Round 21: a state's unit that arrives is a force's, as troops are: it pays no visit.
import { stateUnitMoves } from './nokind-moves.js';
import { relativeNotDeployment, troopObjectOfRelative } from './force-relative.js';
import { presupposedUnderWhether } from './whether-presupposed.js';
import { crewTravels, stateEngineers } from './crew-arrival.js';
import { answerWithoutWords, questionAsked } from './answer-deed.js';
import { anonymousSpeaker } from './anonymous-speaker.js';
import { workNarrates } from './work-narration.js';
import { privateMeeting } from './private-meeting.js';
import { untakenEvent } from './untaken-event.js';
import { NATIONAL, SINGLE_TRADES, AIRCRAFT_WORDS, ANONYMOUS_SOURCES, ARMED_BODIES, SAYING_LEMMAS, WORKFORCE, ARTEFACTS, CUES, DATE_POSSESSORS, SPORT, TROOP_WORDS, VEHICLES, VISITORS, type Cue } from './vocabulary.js';

export interface CueMatch {
  cue: Cue;
  /** Token indexes of the first and last matched token (inclusive). */
  first: number;
  last: number;
  /** 'verb' when a matched token is tagged VERB: verbs report a development, nouns often only mention one. */
  role: 'verb' | 'noun';
  /** A verb under "could/might/may/should/must": a possibility or a wish, not a development ("could be agreed in
   * the spring", "both parties should agree"). */
  hedged: boolean;
}

interface Slot {
  words: ReadonlySet<string>;
  number: boolean;
  /** Up to this many tokens may be skipped before the slot. */
  gap: number;
}

const MONTHS = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const isMonth = (t: Token | undefined) => !!t && MONTHS.has(t.normal.replace(/\.$/, ''));

const GAP = 3;
const TROOPS = new Set(TROOP_WORDS.split('|'));
const VEHICLE_WORDS = new Set(VEHICLES.split('|'));
const ANONYMOUS = new Set(ANONYMOUS_SOURCES.split('|'));
const SINGLE_TRADE = new Set(SINGLE_TRADES.split('|'));
const ARTEFACT_WORDS = new Set(ARTEFACTS.split('|'));
const SPORT_WORDS = new Set(SPORT.split('|'));
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozens'.split(
    ' ',
  ),
);
/** Nouns that stand between a verb and the troops it acts on: "reduce the number of troops". */
const MEASURE_WORDS = new Set('number|numbers|size|level|levels|percent|share|series|string|handful|total|bulk|rest|part|most|all|half|third|quarter|contingent'.split('|'));
// (Not helmets: "sent 2,000 helmets to the police" sends no troops.)
const TROOP_OBJECTS = new Set([...[...TROOPS].filter((w) => w !== 'helmets'), 'presence', 'mission', 'footprint']);
/** Heavy weapons: withdrawing or pulling them back is force posture (CAMEO 0874), like withdrawing troops. */
const HEAVY_WEAPONS = new Set(
  'artillery|howitzer|howitzers|gun|guns|tank|tanks|armour|armor|launcher|launchers|batteries|weapons|weaponry|mortars|missiles|rockets'.split('|'),
);
/** Verbs of doing a move that stand between its subject and it: "units finished pulling back". */
const ASPECT_VERBS = new Set('finish|finished|finishing|complete|completed|completing|begin|began|begun|beginning|start|started|starting|continue|continued|continuing'.split('|'));
const BASE_OBJECTS = new Set(
  (
    'base|bases|airbase|airbases|airfield|airfields|fort|forts|barracks|outpost|outposts|post|posts|airport|airports|depot|depots|station|stations|camp|camps|control|security|responsibility|responsibilities|command|position|positions|headquarters|facility|facilities|compound|compounds|territory|checkpoint|checkpoints|' +
    // A force's charge handed over: "takes over the battery", "took over patrol duties" (round 16).
    'duties|patrols|sector|sectors|battery|batteries'
  ).split(
    '|',
  ),
);
const DATE_OWNERS = new Set(DATE_POSSESSORS.split('|'));
const RELATIVE_SUBJECTS = new Set(['which', 'that', 'who']);
/** Bases only the armed forces keep: what is left in a withdrawal ("left the airbase"); a camp counts when it is named
 * as one ("Camp Orla"), since refugees leave camps too. */
const GARRISONS = new Set('base|bases|airbase|airbases|airfield|airfields|fort|forts|barracks|outpost|outposts|garrison|garrisons'.split('|'));
/** Heads of a unit that only a figure of strength ("Norland's 80-strong medical company") or an arm (ARMED_UNIT_KINDS) before them makes military. */
const STRENGTH_UNITS = new Set('company|companies|detachment|detachments|unit|team|teams|group|groups|squad|squads|crew|crews|hospital|hospitals'.split('|'));
/** What makes such a head a unit of an armed force when it stands right before it: "two rifle companies", "an armed
 * company", "a helicopter unit", "the radar team" (round 16b). Not "medical", "security" or "engineering", as often a
 * clinic's, a guard firm's or a builder's; not a helicopter company, an airline. */
const ARMED_UNIT_KINDS = new Set(
  (
    'rifle|infantry|armed|armoured|armored|mechanised|mechanized|engineer|sapper|artillery|tank|radar|signals|commando|parachute|airborne|marine|reconnaissance|combat|helicopter|reinforcement|' +
    // Bomb disposal is a trade of armies and police, whose units a state sends with a force: "the bomb-disposal
    // company arrived", "a bomb squad flew in", "the EOD team left" (round 19; see weapon-trade.ts). Not mine
    // clearance or demining, as often a charity's.
    'disposal|eod|bomb'
  ).split('|'),
);
const RELATIVE_OR_PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who']);

function compile(words: string): Slot[] {
  const slots: Slot[] = [];
  let gap = 0;
  for (const part of words.split(' ')) {
    if (part === '…') {
      gap = GAP;
      continue;
    }
    slots.push({ words: part === '@troops' ? TROOPS : new Set(part.split('|')), number: part === '@num', gap });
    gap = 0;
  }
  return slots;
}

const COMPILED = CUES.map((cue) => ({ cue, slots: compile(cue.words) }));

/** Which cues can start at a token, by the token's lower-case form or lemma (numbers: `NUMBER_FIRST`), as indexes
 * into COMPILED: a token is tried against the few cues whose first word it is, not against all of them. */
const BY_FIRST_WORD = new Map<string, number[]>();
const NUMBER_FIRST: number[] = [];
COMPILED.forEach(({ slots }, index) => {
  const first = slots[0]!;
  if (first.number) NUMBER_FIRST.push(index);
  // (A unit head may stand for troops: "the rifle company will go home"; matches() decides.)
  for (const word of first.words === TROOPS ? [...first.words, ...STRENGTH_UNITS] : first.words) {
    const list = BY_FIRST_WORD.get(word);
    if (list) list.push(index);
    else BY_FIRST_WORD.set(word, [index]);
  }
});

/** COMPILED indexes of the cues that may start at this token, in vocabulary order. */
function cuesStartingAt(t: Token): number[] {
  const byNormal = BY_FIRST_WORD.get(t.normal);
  const byLemma = t.lemma !== t.normal ? BY_FIRST_WORD.get(t.lemma) : undefined;
  if (!byLemma && !NUMBER_FIRST.length) return byNormal ?? [];
  const all = new Set([...(byNormal ?? []), ...(byLemma ?? []), ...NUMBER_FIRST]);
  return [...all].sort((a, b) => a - b);
}

export function isNumberToken(t: Token): boolean {
  return t.pos === 'NUM' || /^\d[\d,.]*$/.test(t.text) || NUMBER_WORDS.has(t.normal);
}

function matches(slot: Slot, toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  // A day of the month is no count: "on 14 June".
  if (slot.number) return isNumberToken(t) && !isMonth(toks[k + 1]) && !isMonth(toks[k - 1]);
  if (slot.words === TROOPS && STRENGTH_UNITS.has(t.normal) && (afterStrength(toks, k) || armedUnit(toks, k))) return true;
  if (slot.words === TROOPS && !isTroopWord(toks, k)) return false;
  return slot.words.has(t.normal) || slot.words.has(t.lemma);
}

/** Helmets are troops only as blue helmets: "the first blue helmets arrived", not "500 helmets were donated". */
function isTroopWord(toks: readonly Token[], k: number): boolean {
  return toks[k]!.normal !== 'helmets' || toks[k - 1]?.normal === 'blue';
}

/** "an 80-strong medical company", "the 60-strong engineer team": a unit whose figure of strength comes first. */
function afterStrength(toks: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 2 && j >= k - 3; j--) {
    if (toks[j]!.normal === 'strong') return isTightHyphen(toks, j - 1) && isNumberToken(toks[j - 2]!);
    if (!['ADJ', 'NOUN', 'PROPN'].includes(toks[j]!.pos)) return false;
  }
  return false;
}

/** "two rifle companies", "a helicopter unit": a unit named by its arm (ARMED_UNIT_KINDS). */
function armedUnit(toks: readonly Token[], k: number): boolean {
  // (Over a tight hyphen: "a field-hospital team".)
  const kind = (isTightHyphen(toks, k - 1) ? toks[k - 2] : toks[k - 1])?.normal ?? '';
  // A field hospital is a deployed force's facility, its staff a contingent (round 17: "the field hospital … flew out
  // on 12 April" was read as a visit); a hospital of any other kind is a civilian one.
  if (/^hospitals?$/.test(toks[k]!.normal)) return kind === 'field';
  return ARMED_UNIT_KINDS.has(kind) && !(kind === 'helicopter' && /^compan/.test(toks[k]!.normal));
}

/** What makes aircraft, ships or jets a force's: "patrol aircraft", "fighter jets", "attack helicopters". Not
 * "transport" or "cargo", as often civilian. Round 17. */
const MILITARY_CRAFT = new Set('patrol|fighter|surveillance|reconnaissance|military|naval|combat|attack|gunship|tanker|bomber|interceptor'.split('|'));

/** Aircraft, as a force's air unit flies them in and out; several of them (a leader's own "plane" is a visit). */
const AIRCRAFT = new Set(AIRCRAFT_WORDS.split('|').filter((w) => !/^(?:plane|jet|helicopter)$/.test(w)));


/** Craft no state sends with a force, though a demonym-like word may name them: "Civilian aircraft left". */
const CIVIL_CRAFT = /^(?:civilian|civil|commercial|cargo|private|passenger|charter|chartered|transport|medical)$/i;

/** A company's name, not a state's: "Kestrel Air's planes", "Osk Airways' jets". */
const COMPANY_WORDS = /^(?:air|airways|airlines|airline|aviation|aero|express|jet|cargo|charter|group|company|corp|corporation|inc|ltd|limited|holdings|logistics|services)$/i;

/** Verbs of flight, which make "machines" aircraft: "the three Varnish machines flew out". */
const FLYING = new Set('fly|flies|flew|flown|flying|land|landed|landing|lands'.split('|'));

/** A state's own craft: a demonym ("four Norlandic helicopters") or a possessive name ("Osk's helicopters") right
 * before the noun or before its service's modifiers ("Osk's attack helicopters"), over a count. Not civil craft ("Civilian aircraft") nor a company's ("Kestrel Air's planes"). Round
 * 18; narrowed 18b. */
function statesCraft(toks: readonly Token[], k: number): boolean {
  // (Over a service's modifiers: "The Vessian fighter jets", "Osk's attack helicopters", "the Varnish transport
  // aircraft": a state's transport craft fly with its force. Round 20 mend.)
  let j = k - 1;
  while (j > 0 && k - j <= 2 && (MILITARY_CRAFT.has(toks[j]!.normal) || toks[j]!.normal === 'transport')) j--;
  if (j < k - 1 && !NATIONAL.test(toks[j]!.text) && !/^['’]s?$/.test(toks[j]!.text)) j = k - 1;
  const before = toks[j];
  if (!before || CIVIL_CRAFT.test(before.text)) return false;
  if (toks[k]!.normal === 'machines' && !toks.some((t) => FLYING.has(t.normal))) return false;
  if (/^['’]s?$/.test(before.text)) {
    const owner = toks[j - 1];
    return owner?.pos === 'PROPN' && /^[A-Z]/.test(owner.text) && !COMPANY_WORDS.test(owner.text);
  }
  return NATIONAL.test(before.text);
}

/** What a force holds for others, not a post it hands over: "fragments handed to the police", "handed the suspects to
 * the army". Round 17. */
const HELD_THINGS = new Set(
  'suspect|suspects|detainee|detainees|prisoner|prisoners|captive|captives|gunman|gunmen|attacker|attackers|fragment|fragments|evidence|debris|remains|body|bodies|wreckage|casing|casings|sample|samples|document|documents|file|files|footage|recording|recordings|letter|letters|petition|petitions|list|lists'.split('|'),
);

/** A handing over of what a force holds for others (HELD_THINGS): the object before "to", or the subject of a participle
 * ("fragments handed to the police"). */
function handsHeldThing(toks: readonly Token[], m: CueMatch): boolean {
  if (HELD_THINGS.has(toks[m.first - 1]?.normal ?? '')) return true;
  for (let k = m.first + 1; k < toks.length && k <= m.last + 6; k++) {
    const t = toks[k]!;
    if (t.normal === 'to' || t.pos === 'PUNCT' || (t.pos === 'VERB' && k > m.last)) return false;
    if (HELD_THINGS.has(t.normal)) return true;
  }
  return false;
}

const DURATIONS = new Set('week weeks day days month months hour hours year years fortnight'.split(' '));

/**
 * "The second round, due on 11 December, was put back a week by the foreign minister on 5 December": talks put off
 * in the passive, by an agent who is no span of time ("by a week"), are that agent's announcement as in the active.
 * Round 17.
 */
function passivePutOff(toks: readonly Token[], m: CueMatch): boolean {
  // "put back", "pushed back", "called off": alone these are no putting off ("a meeting was called by the League").
  if (/^(?:put|pushed|called)$/.test(toks[m.first]!.normal) && !toks.slice(m.first + 1, m.last).some((t) => t.normal === 'back' || t.normal === 'off')) return false;
  let k = m.first - 1;
  while (k >= 0 && toks[k]!.pos === 'ADV') k--;
  if (toks[k]?.lemma !== 'be' && !/^(?:was|were|been|be|is|are)$/.test(toks[k]?.normal ?? '')) return false;
  if (!troopSubject(toks, m, TALKS_SUBJECTS)) return false;
  let j = m.last + 1;
  while (j < toks.length && ['DET', 'ADJ'].includes(toks[j]!.pos)) j++;
  const agent = toks[j];
  return !!agent && (agent.pos === 'PROPN' || agent.pos === 'NOUN') && !DURATIONS.has(agent.normal) && !ANONYMOUS.has(agent.normal);
}

/** Words for the people of a unit, a unit when a unit names them: "field-hospital staff", "battalion staff". */
const UNIT_PEOPLE = new Set(['staff', 'members', 'crew', 'crews']);

/** Token `k` names a unit of a force: a troop word, a unit head an arm makes military, or the staff of either. */
function unitAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (TROOPS.has(t.normal) && isTroopWord(toks, k)) return true;
  if (STRENGTH_UNITS.has(t.normal) && (armedUnit(toks, k) || afterStrength(toks, k))) return true;
  return UNIT_PEOPLE.has(t.normal) && k > 0 && (TROOPS.has(toks[k - 1]!.normal) || (STRENGTH_UNITS.has(toks[k - 1]!.normal) && armedUnit(toks, k - 1)));
}

/**
 * "Brevia flew in a reinforcement company", "airlifted out its 80 medics' field hospital": a unit is what a
 * carrying verb's "in" or "out" takes, the noun phrase right after it (determiners, figures, modifiers) ending in a
 * unit (unitAt). Round 17.
 */
function unitCarried(toks: readonly Token[], m: CueMatch): boolean {
  let k = m.last + 1;
  if (!['in', 'out'].includes(toks[m.last]!.normal)) {
    if (!['in', 'out'].includes(toks[k]?.normal ?? '')) return false;
    k++;
  }
  for (let j = k; j < toks.length && j <= k + 5; j++) {
    const t = toks[j]!;
    if (unitAt(toks, j)) return true;
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON'].includes(t.pos) && !isTightHyphen(toks, j) && t.pos !== 'PART') return false;
  }
  return false;
}

/** What a tight gap may skip: "2,500 US troops", "an extra 30,000 recruits", "400 police officers". */
const skippableModifier = (t: Token) => ['ADJ', 'PROPN', 'NOUN', 'NUM'].includes(t.pos) || t.text === '-';

/** A hyphen written tight between two words ("air-strike", "Iran-backed"). */
export function isTightHyphen(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return !!t && !!prev && !!next && t.text === '-' && prev.end === t.start && t.end === next.start;
}

/** A token tagged VERB that the phrase shows to be a noun or an adjective: "a televised address", "the
 * disputed province". Walks back over adjectives and participles to a determiner. */
export function isNominal(toks: readonly Token[], k: number): boolean {
  // Only a base form ("address", "strike") or a participle before a noun ("disputed province") can be one; an
  // inflected verb stays a verb ("The general told …").
  const t = toks[k]!;
  const participleBeforeNoun = /(ed|ing)$/.test(t.normal) && toks[k + 1]?.pos === 'NOUN';
  if (t.normal !== t.lemma && !participleBeforeNoun) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = toks[j]!;
    if (t.pos === 'DET') return true;
    if (!(t.pos === 'ADJ' || (t.pos === 'VERB' && /(ed|ing)$/.test(t.normal)))) return false;
  }
  return false;
}

/** Tokens a gap may not cross: clause punctuation and quotation marks. */
function stopsGap(t: Token): boolean {
  return t.pos === 'PUNCT' && t.text !== '-';
}

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whose']);

/** ", which … ," ending at the comma `k`: the index of the opening comma, or -1. */
function relativeClauseStart(toks: readonly Token[], k: number): number {
  for (let j = k - 1; j > 0 && j >= k - 20; j--) {
    const t = toks[j]!;
    if (t.text === ',') return RELATIVE_PRONOUNS.has(toks[j + 1]?.normal ?? '') ? j : -1;
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '(' && t.text !== ')') return -1;
  }
  return -1;
}

/**
 * The comma at `k` closes a name set off by commas after a noun phrase: "the mayor of the port, Lena Vos," or
 * "Dorvan's envoy, Ana Kell,". What follows is the sentence's verb, not a participle hanging off a noun.
 */
function closesApposition(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (toks[j]?.pos !== 'PROPN') return false;
  // (Over a possessive: "the mediator, Tarn's special envoy Ada Fenn, announced". Round 19.)
  while (j >= 0 && (['PROPN', 'NOUN', 'ADJ', 'DET'].includes(toks[j]!.pos) || /^['’]s$/.test(toks[j]!.text))) j--;
  // (A name given by "known as", "also known as", "nicknamed", "called": "the commander, known as Captain Rook,
  // threatened". Round 21.)
  if (toks[j]?.normal === 'as' && /^(?:known|styled)$/.test(toks[j - 1]?.normal ?? '')) j -= toks[j - 2]?.normal === 'also' ? 3 : 2;
  else if (/^(?:nicknamed|called|dubbed)$/.test(toks[j]?.normal ?? '')) j -= 1;
  return j > 0 && toks[j]!.text === ',' && ['NOUN', 'PROPN'].includes(toks[j - 1]!.pos);
}

/** ", the last warship," starting at the comma `k`: a verbless noun phrase between commas; its closing comma, or -1. */
function appositiveEnd(toks: readonly Token[], k: number): number {
  if (toks[k]!.text !== ',' || !['DET', 'ADJ', 'NOUN', 'PROPN'].includes(toks[k + 1]?.pos ?? '')) return -1;
  for (let j = k + 1; j < toks.length && j <= k + 8; j++) {
    const t = toks[j]!;
    if (t.text === ',') return j > k + 1 ? j : -1;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(t.pos) && t.text !== '-') return -1;
  }
  return -1;
}

/** ", which … ," starting at the comma `k`: the index of the closing comma, or -1. */
function relativeClauseEnd(toks: readonly Token[], k: number): number {
  if (toks[k]!.text !== ',' || !RELATIVE_PRONOUNS.has(toks[k + 1]?.normal ?? '')) return -1;
  for (let j = k + 2; j < toks.length && j <= k + 20; j++) {
    const t = toks[j]!;
    if (t.text === ',') return j;
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '(' && t.text !== ')') return -1;
  }
  return -1;
}

/** Match `slots` starting at token `i`; returns the index of the last matched token. */
function matchAt(slots: readonly Slot[], toks: readonly Token[], i: number, tight: boolean): number | null {
  let pos = i;
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s]!;
    if (s === 0) {
      if (!matches(slot, toks, i)) return null;
      continue;
    }
    let next = pos + 1;
    if (isTightHyphen(toks, next)) next++;
    let found = -1;
    let limit = next + slot.gap;
    for (let k = next; k < toks.length && k <= limit; k++) {
      if (matches(slot, toks, k)) {
        found = k;
        break;
      }
      // "The 2nd Engineer Regiment, which has served there since 2022, will return": a relative clause between
      // commas is skipped whole, as if it were not there.
      // So is an appositive: "The frigate Arne, the last warship, is due to sail".
      const close = slot.gap > 0 && !tight ? Math.max(relativeClauseEnd(toks, k), appositiveEnd(toks, k)) : slot.gap > 0 ? relativeClauseEnd(toks, k) : -1;
      if (close > 0) {
        limit = close + 1 + slot.gap;
        k = close;
        continue;
      }
      const ofAfterNumber = toks[k]!.normal === 'of' && k === next && slots[s - 1]!.number; // "hundreds of soldiers"
      // One comma may be crossed straight to the next word: "The ceasefire, signed in March, …".
      // (Or after a name in apposition: "the frigate Arne, sailed for home".)
      const commaBeforeMatch = (k === next || toks[k - 1]!.pos === 'PROPN') && toks[k]!.text === ',' && k + 1 < toks.length && matches(slot, toks, k + 1) && !tight;
      if (commaBeforeMatch) continue;
      if (stopsGap(toks[k]!) || (tight && !skippableModifier(toks[k]!) && !ofAfterNumber)) break;
    }
    if (found < 0) return null;
    pos = found;
  }
  return pos;
}

function hasWordWithin(toks: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k <= to && k < toks.length; k++) {
    const t = toks[k]!;
    if (words.has(t.normal) || words.has(t.lemma)) return true;
  }
  return false;
}

/** Singular heads of military units' names. Plurals ("Popular Mobilization Forces", "… Brigades") name militias. */
const UNIT_HEADS = new Set(['regiment', 'battalion', 'brigade', 'division', 'squadron', 'platoon', 'corps', 'contingent', 'mission', 'force']);

/** Part of a multi-word name ("Popular Mobilization Forces", "Islamic State"): a capitalised cue word, not first
 * in the sentence, with a capitalised neighbour. Talks nouns are exempt ("the Strategic Dialogue"). */
function insideName(toks: readonly Token[], m: { first: number; last: number }, cue: Cue): boolean {
  if (cue.kind === 'talks') return false;
  const capital = (t: Token | undefined) => !!t && /^[A-Z][a-z]/.test(t.text);
  for (let k = m.first; k <= m.last; k++) {
    if (k === 0 || !capital(toks[k])) continue;
    // A military unit's name is still troops: "the 2nd Engineer Regiment", "the 3rd Rifle Battalion".
    // So is a base by its name: "over Fort Kell" (round 14).
    if (cue.kind === 'troops' && (UNIT_HEADS.has(toks[k]!.normal) || BASE_OBJECTS.has(toks[k]!.normal))) continue;
    // (So are the words of that name before its head inside the cue: "close the Basin Security Force". Round 15.)
    if (cue.kind === 'troops' && k < m.last && UNIT_HEADS.has(toks[m.last]!.normal) && capital(toks[m.last])) continue;
    // And a paper spoken to by its name: "spoke to the Morning Review" (round 14).
    if (cue.kind === 'statement' && PUBLICATION_HEADS.has(toks[m.last]!.normal)) continue;
    // (And a body addressed, briefed or summoned by its name: "briefed the Security Council". Round 21.)
    if (cue.kind === 'statement' && k > m.first && /^(?:address|brief|summon|boycott)/.test(toks[m.first]!.normal)) continue;
    if ((k > 0 && capital(toks[k - 1]) && toks[k - 1]!.pos === 'PROPN') || capital(toks[k + 1])) return true;
  }
  return false;
}

/**
 * The head noun the cue acts on, looking right (object) then left (subject): "reduce the number of American
 * advisory forces" → forces; "US troops were deployed" → troops. Compounds run to their last noun
 * ("coalition forces"); measure words ("number", "percent") are passed through.
 */
function objectIn(toks: readonly Token[], m: CueMatch, wanted: ReadonlySet<string>): boolean {
  const isWanted = (t: Token) => wanted.has(t.normal) || wanted.has(t.lemma);
  if (toks.slice(m.first + 1, m.last).some(isWanted)) return true; // "pull 1,500 troops out"
  for (let k = m.last + 1; k < toks.length && k <= m.last + 9; k++) {
    const t = toks[k]!;
    if (isWanted(t)) return true;
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '(' && t.text !== ')') break;
    if (t.pos === 'NOUN' && !MEASURE_WORDS.has(t.normal)) {
      const next = toks[k + 1];
      if (next && (next.pos === 'NOUN' || isTightHyphen(toks, k + 1))) continue;
      break;
    }
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isTightHyphen(toks, k - 1) && !/(ed|ing)$/.test(t.normal)) break;
  }
  for (let k = m.first - 1, stop = m.first - 4; k >= 0 && k >= stop; k--) {
    const t = toks[k]!;
    if (isWanted(t)) return true;
    if (t.pos === 'VERB' && ASPECT_VERBS.has(t.normal) && k === m.first - 1) continue;
    // "The Border Security Force (BSF) deployed in 2026": an abbreviation in brackets after the subject's head
    // stands in apposition to it; the head is before it. Round 20.
    if (t.text === ')' && k === m.first - 1) {
      const open = toks.slice(Math.max(0, k - 4), k).map((x) => x.text).lastIndexOf('(');
      if (open >= 0) {
        const at = Math.max(0, k - 4) + open;
        stop -= k - at + 1;
        k = at;
        continue;
      }
    }
    // "The mission, which deployed in 2019": a relative clause's subject is the noun before it.
    if (RELATIVE_SUBJECTS.has(t.normal) && k === m.first - 1) {
      if (toks[k - 1]?.text === ',') k--;
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'PUNCT' || t.pos === 'VERB') break;
  }
  return false;
}

/**
 * A passive's subject at the head of the sentence: "Camp Rell, the mission's headquarters, will be handed over in
 * April". The cue follows a form of "be" (adverbs between), and the sentence's first noun phrase (up to its first
 * comma or verb) holds a wanted word.
 */
function passiveSubjectIn(toks: readonly Token[], m: CueMatch, wanted: ReadonlySet<string>): boolean {
  let k = m.first - 1;
  while (k >= 0 && toks[k]!.pos === 'ADV') k--;
  if (k < 0 || toks[k]!.lemma !== 'be' || toks[k]!.pos !== 'AUX') return false;
  for (let j = 0; j < k; j++) {
    const t = toks[j]!;
    if (wanted.has(t.normal) || wanted.has(t.lemma)) return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/**
 * The subject before the verb, over auxiliaries and a phrase set off by commas: "Camp Tarn, the force's
 * headquarters, will pass to the army" → Camp Tarn (and its apposition). True when it holds a wanted word.
 */
function subjectIn(toks: readonly Token[], m: CueMatch, wanted: ReadonlySet<string>): boolean {
  const isWanted = (t: Token) => wanted.has(t.normal) || wanted.has(t.lemma);
  let k = m.first - 1;
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(toks[k]!.pos)) k--;
  // "The guard posts at the tunnel, where two soldiers were killed on 2 February, will pass to the police": a
  // relative clause between the subject and its verb is skipped whole. Round 17.
  const relative = toks[k]?.text === ',' ? setOffClauseStart(toks, k) : -1;
  if (relative >= 0) k = relative - 1;
  else if (toks[k]?.text === ',') {
    for (k--; k >= 0 && toks[k]!.text !== ','; k--) {
      if (isWanted(toks[k]!)) return true;
      if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX' || (toks[k]!.pos === 'PUNCT' && toks[k]!.text !== '-')) return false;
    }
    k--;
  }
  for (; k >= 0; k--) {
    const t = toks[k]!;
    if (isWanted(t)) return true;
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART'].includes(t.pos) && !(t.pos === 'ADP' && t.normal === 'at') && t.text !== '-') return false;
  }
  return false;
}

/** ", which|who|whose|where … ," ending at the comma `k`, after a noun: the index of the opening comma, or -1. */
function setOffClauseStart(toks: readonly Token[], k: number): number {
  for (let j = k - 1; j > 0 && j >= k - 20; j--) {
    const t = toks[j]!;
    if (t.text === ',') return /^(?:which|who|whose|where)$/.test(toks[j + 1]?.normal ?? '') && ['NOUN', 'PROPN'].includes(toks[j - 1]!.pos) ? j : -1;
    if (t.pos === 'PUNCT' && t.text !== '-') return -1;
  }
  return -1;
}

/** "left the airbase", "quit Camp Orla": the object is a base of the armed forces, or a camp named as one. */
function garrisonLeft(toks: readonly Token[], m: CueMatch): boolean {
  for (let k = m.last + 1; k < toks.length && k <= m.last + 5; k++) {
    const t = toks[k]!;
    if (GARRISONS.has(t.normal)) return true;
    if (t.text === 'Camp' && toks[k + 1]?.pos === 'PROPN') return true;
    if (!['DET', 'ADJ', 'PROPN', 'NOUN', 'PART'].includes(t.pos)) return false;
  }
  return false;
}

/** "said on arriving this morning", "told reporters upon landing": the travel only times the saying. */
function arrivalOfSaying(toks: readonly Token[], m: CueMatch): boolean {
  if (m.cue.cameo !== '042' || !/ing$/.test(toks[m.first]!.normal)) return false;
  if (!['on', 'upon'].includes(toks[m.first - 1]?.normal ?? '')) return false;
  for (let k = m.first - 2; k >= 0 && k >= m.first - 4; k--) {
    const t = toks[k]!;
    if (SAYING_LEMMAS.has(t.lemma) || SAYING_LEMMAS.has(t.normal)) return true;
    if (!['NOUN', 'PRON', 'PROPN'].includes(t.pos)) return false;
  }
  return false;
}

const DECLINING = new Set('decline|declined|declines|declining|refuse|refused|refuses|refusing'.split('|'));

/**
 * A statement denied in the telling: "would not say", "has not said whether", "declined to say", "said nothing".
 * What someone did not say is no statement made.
 */
function negatedSaying(toks: readonly Token[], m: CueMatch): boolean {
  if (toks[m.last + 1]?.normal === 'nothing') return true;
  // ("left without speaking to reporters", "without saying where": not said. Round 18.)
  return negatedBefore(toks, m.first, 3, (k) => (toks[k]!.normal === 'to' && DECLINING.has(toks[k - 1]?.normal ?? '')) || toks[k]!.normal === 'without');
}

/** A verb cue under "not" or "never" in its auxiliaries ("did not consult", "has never visited"). Round 14. */
function negatedVerb(toks: readonly Token[], m: CueMatch): boolean {
  return negatedBefore(toks, m.first);
}

/**
 * "Speaking to the Chronicle on Monday, General X said …": a participle opening the sentence frames the saying
 * that follows; the development is the statement, not a conversation.
 */
function sayingFrame(toks: readonly Token[], m: CueMatch): boolean {
  const first = toks[m.first]!;
  if (!['speaking', 'talking'].includes(first.normal)) return false;
  if (m.first > 0 && toks[m.first - 1]!.pos !== 'PUNCT') return false;
  const comma = toks.findIndex((t, k) => k > m.last && t.text === ',');
  const saying = (t: Token) => /^(say|says|said|told|tells|added|insisted|stressed)$/.test(t.normal);
  if (comma > 0 && toks.slice(comma + 1).some(saying)) return true;
  // ("…,” the minister told reporters, speaking by telephone from Osk on Friday.": a trailing frame after the saying,
  // with no one named to speak with. Round 21.)
  const end = comma > 0 ? comma : toks.length;
  return toks[m.first - 1]?.text === ',' && toks.slice(0, m.first).some(saying) && !toks.slice(m.first, end).some((t) => t.normal === 'with');
}

/** A talks cue that is the means of a trailing frame, "…, speaking by telephone from Osk": sayingFrame from "speaking". */
function sayingFrameBy(toks: readonly Token[], m: CueMatch): boolean {
  if (toks[m.first - 1]?.normal !== 'by' || !['speaking', 'talking'].includes(toks[m.first - 2]?.normal ?? '')) return false;
  return sayingFrame(toks, { ...m, first: m.first - 2 });
}

/** First token of the noun phrase ending at `k`. */
function phraseStart(toks: readonly Token[], k: number): number {
  let j = k;
  while (j > 0) {
    const t = toks[j - 1]!;
    // A noun phrase starts after a date: "on 3rd September 2025 the Norlandic side declared".
    if (t.pos === 'NUM' && j - 1 > 0 && (isMonth(toks[j - 2]) || isMonth(toks[j]))) break;
    // And after a weekday ("Mr Vos: On Friday the council decided", where a speaker's label leaves the preposition
    // inside the sentence), unless the weekday is the phrase's own possessive ("Friday's talks"). Round 20.
    if (WEEKDAYS.has(t.normal) && !/^['’]s$/.test(toks[j]?.text ?? '')) break;
    if (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ'].includes(t.pos) || /^['’]s$/.test(t.text) || t.text === '-') j--;
    else break;
  }
  return j;
}

/** Token `k` ends a noun phrase after a preposition: "at the negotiating table", "in a revealing interview". */
function afterPreposition(toks: readonly Token[], k: number): boolean {
  let j = phraseStart(toks, k);
  // (Over a participle modifier, which phraseStart stops at: "the negotiating table".)
  while (j > 0 && toks[j - 1]!.pos === 'VERB' && toks[j - 1]!.normal.endsWith('ing')) j = phraseStart(toks, j - 1);
  return toks[j - 1]?.pos === 'ADP';
}

/** Offices the tagger reads as adjectives when they stand alone after "the". */
const OFFICE_ADJECTIVES = new Set(['general', 'chief', 'premier']);

/**
 * A reporting verb counts as a statement when someone other than an anonymous source says it:
 * "Kadhimi said", "the ministry said", "“…,” she added", "said the spokesman" — not "police said", "it added",
 * nor passives ("was told", "is said to be").
 */
export function hasSpeaker(toks: readonly Token[], v: number): boolean {
  // ", announced in January,": a participle clause hanging off a noun is passive; nobody speaks in it.
  const prev = toks[v - 1];
  // (Not when the comma closes a relative clause: "Dorvan, which leads the force, announced on Monday" is finite.)
  // (Nor when it closes a name in apposition: "the mayor of the port, Lena Vos, called on the council" is finite.)
  if (prev?.text === ',' && /ed$/.test(toks[v]!.normal) && toks[v + 1]?.pos === 'ADP' && toks[v + 1]?.normal !== 'to' && relativeClauseStart(toks, v - 1) < 0 && !closesApposition(toks, v - 1)) return false;
  // "Force majeure declared on 2 March under the contracts is lifted": a participle describing the noun before it.
  if (reducedRelative(toks, v)) return false;
  // ("a senior official who asked not to be named said": a source that withheld its name, anonymous-speaker.ts. Round 21.)
  if (anonymousSpeaker(toks, v)) return false;
  let k = v - 1;
  while (k >= 0 && ['ADV', 'AUX', 'PART'].includes(toks[k]!.pos)) {
    if (toks[k]!.pos === 'AUX' && toks[k]!.lemma === 'be') return false;
    k--;
  }
  // "The broadcaster KTV, which first reported the clash, said": the relative clause is skipped whole.
  if (toks[k]?.text === ',') {
    const open = relativeClauseStart(toks, k);
    if (open >= 0) k = open - 1;
  }
  for (; k >= 0; k--) {
    const t = toks[k]!;
    // "A report on 27 March ("Rockets hit the port", page 4) said": a parenthesis is no speaker. Round 17.
    if (t.text === ')') {
      let depth = 0;
      for (; k >= 0; k--) {
        if (toks[k]!.text === ')') depth++;
        else if (toks[k]!.text === '(' && --depth === 0) break;
      }
      continue;
    }
    // "A report on 27 March said": a date after its preposition is no speaker (phraseStart stops inside "27 March").
    if ((isMonth(t) || (t.pos === 'NUM' && (isMonth(toks[k + 1]) || isMonth(toks[k - 1])))) && k > 0) {
      let j = k;
      while (j > 0 && (isMonth(toks[j - 1]) || toks[j - 1]!.pos === 'NUM')) j--;
      if (toks[j - 1]?.pos === 'ADP') {
        k = j - 1;
        continue;
      }
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM') {
      // An outlet's own text says nothing of a party's ("An article on 4 December said …"); an authored one speaks for
      // its author ("a UN report published on Monday said", "a report by the ministry said"). Round 17.
      // (Only when it heads the subject: "The commander of the armoured column said" is the commander.)
      if (ARTEFACT_WORDS.has(t.normal) && t.pos === 'NOUN' && !afterPreposition(toks, k)) return !outletArtefact(toks, k);
      // ("The editor wrote on Tuesday that …": the press's own staff by role alone, unnamed, is the outlet's voice,
      // as a named one is below; press-voice.ts. Round 20 mend.)
      if (t.pos === 'NOUN' && pressRole(toks, k) && toks[k + 1]?.pos !== 'PROPN' && !afterPreposition(toks, k)) return false;
      // ("according to officials, who say …": "who" speaks for its antecedent, anonymous or not. Round 15.)
      if (t.normal === 'who' && toks[k - 1]?.text === ',' && ANONYMOUS.has(toks[k - 2]?.normal ?? '')) return false;
      // (And with no comma: "People who spoke to this newspaper said". Round 21.)
      if (t.normal === 'who' && (ANONYMOUS.has(toks[k - 1]?.normal ?? '') || ANONYMOUS.has(toks[k - 1]?.lemma ?? ''))) return false;
      // ("Residents we spoke to said": the writer in a contact clause; the speaker is the noun before it. Round 21.)
      if (t.pos === 'PRON' && /^(?:we|i)$/.test(t.normal) && toks[k - 1] && ['NOUN', 'PROPN'].includes(toks[k - 1]!.pos)) continue;
      if (t.pos === 'PRON') return RELATIVE_OR_PERSONAL.has(t.normal);
      // A name in apposition to an anonymous source is one too: "the state broadcaster KTV said".
      // ("Police chief Tom Kell said" is a named speaker: the noun right before the name is "chief".)
      if (t.pos === 'PROPN') {
        let j = k;
        while (j > 0 && toks[j - 1]!.pos === 'PROPN') j--;
        const head = toks[j - 1];
        // ("reporter Ines Kell asks": a journalist named by role speaks for the outlet, press-voice.ts. Round 20.)
        // ("Correspondent Tom Vos wrote": the role capitalised opens the name's run.)
        if ((head?.pos === 'NOUN' && (OUTLETS.has(head.normal) || pressRole(toks, j - 1))) || (k > j && pressRole(toks, j))) return false;
      }
      // The speaker is the head of the noun phrase, not a name in its modifier: "Police in Darun say",
      // "a spokesperson from the Dutch Consulate in Erbil told".
      const start = phraseStart(toks, k);
      // ("as the council decided on 16 March", "after the ministry announced": a subordinator opening the clause, its
      // subject right before the verb, is no preposition of a modifier. Round 18.)
      const opensClause = SUBORDINATORS.has(toks[start - 1]?.normal ?? '') && toks.slice(k + 1, v).every((x) => ['ADV', 'AUX', 'PART'].includes(x.pos));
      if (toks[start - 1]?.pos === 'ADP' && start - 1 > 0 && !opensClause) {
        k = start - 1;
        continue;
      }
      // ("The President's brother said": the kin of a name or an office speaks as a public person. Round 19b.)
      if (publicKin(toks, k)) return true;
      // ("The UN refugee agency said", "the national cyber agency confirmed": an agency named by its field is a body, not
      // a news agency attributing. Round 21.)
      if (namedAgency(toks, k)) return true;
      // ("A teacher told pupils": one private person by a trade, unless a name stands in apposition before. Round 21.)
      if (SINGLE_TRADE.has(t.normal)) return toks[start - 1]?.text === ',' && toks[start - 2]?.pos === 'PROPN';
      return !ANONYMOUS.has(t.normal) && !ANONYMOUS.has(t.lemma);
    }
    // ("The general said", "the chief told reporters", "The general pledged": the tagger reads the office as an
    // adjective heading nothing, right after its determiner. Round 21.)
    if (t.pos === 'ADJ' && OFFICE_ADJECTIVES.has(t.normal) && toks[k - 1]?.pos === 'DET') return true;
    if (t.pos === 'PUNCT' && /["”’]/.test(t.text)) break;
    if (t.pos === 'PUNCT' && t.text !== ',' && t.text !== ')' && t.text !== '(') break;
    if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'SCONJ') {
      // "…, adding that", "confirming that": a participle takes the sentence's subject; any earlier noun will do.
      continue;
    }
  }
  // Inverted attribution: "…,” said Psaki", "… told reporters, said the ministry".
  for (let j = v + 1; j < toks.length && j <= v + 5; j++) {
    const t = toks[j]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return !ANONYMOUS.has(t.normal) && !ANONYMOUS.has(t.lemma);
    if (t.pos === 'PRON') return RELATIVE_OR_PERSONAL.has(t.normal);
    if (!['DET', 'ADJ', 'ADV'].includes(t.pos)) break;
  }
  return false;
}

/**
 * Token `k` heads an outlet's own text with no author outside the outlet (ARTEFACTS in vocabulary.ts): "a report",
 * "our earlier story", "the caption", with only determiners and adjectives before it and no "by X" or "from X"
 * (or "with X") after it; not "a UN report", "the ministry's report", "a report by the ministry". Round 17.
 */
export function outletArtefact(toks: readonly Token[], k: number): boolean {
  if (!ARTEFACT_WORDS.has(toks[k]?.normal ?? '')) return false;
  for (let j = k - 1; j >= 0; j--) {
    const t = toks[j]!;
    if (t.pos === 'DET' || t.normal === 'our') continue;
    // (A hyphened modifier is an adjective: "a front-page report".)
    if (t.pos === 'ADJ' || isTightHyphen(toks, j) || (isTightHyphen(toks, j + 1) && t.pos === 'NOUN')) continue;
    // ("Media reports", "news reports": the press, or a crowd, is no author.)
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || /^['’]s?$/.test(t.text)) return NO_AUTHORS.has(t.normal) || ANONYMOUS.has(t.normal);
    break;
  }
  // ("An interview with the general": its speaker is named.)
  if (!/^(?:by|from|with)$/.test(toks[k + 1]?.normal ?? '')) return true;
  const author = toks.slice(k + 2, k + 5).find((t) => t.pos !== 'DET' && t.pos !== 'ADJ');
  return !author || NO_AUTHORS.has(author.normal) || ANONYMOUS.has(author.normal);
}

const NO_AUTHORS = new Set(['news', 'press', 'wire', 'television', 'tv', 'radio', 'newspaper', 'unconfirmed']);

/** Openings of a quiz's claim: "True or false:", "Fact or fiction?". */
const JUDGED = /^(?:true|fact|truth|myth|right)\s+or\s+(?:false|fiction|myth|fact|wrong)$/;

function claimForJudging(toks: readonly Token[]): boolean {
  const lead = toks.slice(0, 3).map((t) => t.normal).join(' ');
  return JUDGED.test(lead) && /^[:?—–-]$/.test(toks[3]?.text ?? '');
}

/**
 * Words only sport uses (SPORT in vocabulary.ts), or a score line after a result verb ("won 3-1", "a 2-0 defeat"):
 * the sentence tells a game's news, and its meetings ("the league meets on Friday to redraw the fixture list") and
 * sayings ("the derby has been called off, the league said") are no talks or statements; its attacks and troops
 * stay. Keyed on sport's words, never on "league": the Arab League meeting is talks. Round 17.
 */
function sportSentence(toks: readonly Token[]): boolean {
  // ("Derby" with a capital is the town: "met union leaders in Derby".)
  const sporting = (t: Token) => SPORT_WORDS.has(t.normal) && !(t.normal.startsWith('derb') && t.text !== t.normal);
  return toks.some((t, k) => sporting(t) || (t.normal === 'league' && toks[k + 1]?.normal === 'table') || scoreLine(toks, k));
}

/** Words of a game's telling that a war's seldom uses, lower case: "in front of 70,000 fans", "the season's opener". */
const GAME_WORDS = new Set('fans|supporters|match|matches|game|games|season|league|points|goals|touchdowns|innings|stadium|scorer|striker'.split('|'));

/**
 * "Army pounded Navy 31-7 on Saturday", "The Orm Rebels pounded the Harl Rockets 102-88": a verb of force told of a
 * game. A score after the cue, a sentence of sport (sportSentence), a game's word in lower case, or an object that is
 * a team's name (an armed body's word, capitalised, heading a name: "Navy", "the Harl Rockets"). Round 20 mend.
 */
function gameWon(toks: readonly Token[], m: CueMatch): boolean {
  if (sportSentence(toks)) return true;
  if (toks.slice(m.last + 1).some((t) => /^\d{1,3}[-–]\d{1,3}$/.test(t.text))) return true;
  if (toks.some((t) => GAME_WORDS.has(t.normal) && t.text === t.normal)) return true;
  let k = m.last + 1;
  if (toks[k]?.pos === 'DET') k++;
  let head = -1;
  while (/^[A-Z]/.test(toks[k]?.text ?? '') && ['PROPN', 'NOUN'].includes(toks[k]!.pos)) head = k++;
  if (head < 0 || (toks[k]?.pos === 'NOUN' && /^[a-z]/.test(toks[k]!.text))) return false;
  return ARMED_SUBJECTS.has(toks[head]!.normal) || TROOPS.has(toks[head]!.normal);
}

const RESULT_WORDS = new Set('won win wins winning lost lose loses losing drew draw draws drawing beat beats beaten beating victory defeat thrashed'.split(' '));

/** A score ("3-1", one token) after a result word within three tokens, or before one: "won 3-1 at Tessbridge", "a 2-0
 * win"; not a vote ("voted 9-6"). */
function scoreLine(toks: readonly Token[], k: number): boolean {
  if (!/^\d{1,2}[-–]\d{1,2}$/.test(toks[k]!.text)) return false;
  return toks.slice(Math.max(0, k - 3), k).some((t) => RESULT_WORDS.has(t.normal)) || RESULT_WORDS.has(toks[k + 1]?.normal ?? '');
}

/** Outlets named in apposition: "the state broadcaster KTV", "the news agency Wirenews". */
const OUTLETS = new Set('broadcaster broadcasters newspaper newspapers paper agency outlet channel magazine daily weekly website network station'.split(' '));

/** Who stands for the press: "this newspaper met him", "speaking to us", "met reporters". */
const PRESS_WORDS = new Set(
  'newspaper newspapers paper reporter reporters journalist journalists correspondent correspondents press media editor editors interviewer magazine broadcaster'.split(' '),
);
/** Last words of publication names: "the Coastal Herald", "Harbour Weekly", "the Evening Post". */
const PUBLICATION_HEADS = new Set(
  'times post herald weekly daily journal gazette tribune chronicle observer monitor courier review telegraph guardian standard express mail mirror dispatch examiner inquirer sentinel bulletin record news press magazine radio tv television'.split(' '),
);
/** The writer as the one spoken to, outside quotation marks: "speaking to us". ("We met the minister" stays talks:
 * a press release speaks as "we".) */
const FIRST_PERSON_OBJECTS = new Set(['us', 'me']);

/**
 * A talks cue whose other party is the reporter: "when this newspaper met him on Monday", "When Harbour Weekly met
 * the minister", "speaking to us on Monday", "met reporters". The reporting, not a development.
 */
function pressEncounter(toks: readonly Token[], m: CueMatch, quoted: readonly boolean[]): boolean {
  const isPress = (k: number, object: boolean): boolean => {
    const t = toks[k]!;
    if (PRESS_WORDS.has(t.normal)) return true;
    if (t.pos === 'PRON') return object && FIRST_PERSON_OBJECTS.has(t.normal) && !quoted[k];
    return /^[A-Z]/.test(t.text) && PUBLICATION_HEADS.has(t.normal) && k > 0 && /^[A-Z]/.test(toks[k - 1]!.text);
  };
  // "Residents we spoke to on Thursday", "villagers I met": the writer's interviews, a noun then "we"/"I" (round 21).
  const subj = toks[m.first - 1];
  if (subj && /^(?:we|i)$/.test(subj.normal) && !quoted[m.first - 1] && ['NOUN', 'PROPN'].includes(toks[m.first - 2]?.pos ?? '') && /^(?:spoke|spoken|speak|talked|talk|met|meet|interviewed)$/.test(toks[m.first]!.normal)) return true;
  // wink tags some capitalised name words as verbs ("the Coastal Herald met").
  const isHead = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || /^[A-Z]/.test(t.text);
  for (let k = m.first - 1; k >= 0 && k >= m.first - 6; k--) {
    const t = toks[k]!;
    if (isHead(t)) {
      if (isPress(k, false)) return true;
      break;
    }
    if (t.pos === 'PUNCT' || t.pos === 'VERB') break;
  }
  for (let k = m.last + 1; k < toks.length && k <= m.last + 4; k++) {
    const t = toks[k]!;
    if (isHead(t)) return isPress(k, true);
    if (!['DET', 'ADJ', 'ADP'].includes(t.pos)) break;
  }
  return false;
}

const HEDGES = new Set(['could', 'might', 'may', 'should', 'must', 'ought']);

/** A reporter's guess is no announcement: "the mission is likely to shrink", "is tipped to take over". ("is expected to
 * depart" stays a schedule, as "is due to": officials' expectations of planned moves count.) */
const EXPECTATIONS = new Set(['likely', 'unlikely', 'predicted', 'tipped']);
/** Words that open an open question or a condition: what follows in their clause may never happen. */
const CONDITIONS = new Set(['whether', 'if', 'unless']);

/**
 * Inside a condition or an open question: "The army has not said whether it will resume air strikes", "If the
 * ceasefire talks fail in March, …" — the clause from "whether"/"if"/"unless" to its comma; and a sentence that
 * opens with "If"/"Unless" puts its main clause under the condition too ("If the talks fail, the HDF says it will
 * resume attacks next week").
 */
function conditional(toks: readonly Token[], i: number): boolean {
  // The sentence's first word, after a live blog's timestamp ("15:05 If the talks fail, …").
  const opening = toks.find((t) => t.pos !== 'NUM' && t.pos !== 'PUNCT' && t.pos !== 'SYM' && !/^\d/.test(t.text));
  if (opening && opening.normal !== 'whether' && CONDITIONS.has(opening.normal) && toks.indexOf(opening) < i) return true;
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (CONDITIONS.has(t.normal)) return !(t.normal === 'if' && ['as', 'even'].includes(toks[k - 1]?.normal ?? '')) && !presupposedUnderWhether(toks, k, i);
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '(' && t.text !== ')') return false;
  }
  return false;
}

/**
 * "must shrink to 6,500 by March 31", "has to be gone by the end of June": an obligation with a deadline to the month
 * or day in its clause is a timetable, not a guess ("must withdraw", "must succeed" stay hedged).
 */
function mandated(toks: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < toks.length && j <= k + 12; j++) {
    const t = toks[j]!;
    if (t.pos === 'PUNCT' && t.text !== '-') return false;
    if (t.normal !== 'by') continue;
    for (let n = j + 1; n <= j + 4 && n < toks.length; n++) if (isMonth(toks[n])) return true;
  }
  return false;
}

/** A modal that hedges what follows it; "must" with a deadline does not ('mandated'). */
const hedges = (toks: readonly Token[], k: number) => (HEDGES.has(toks[k]!.normal) && !(toks[k]!.normal === 'must' && mandated(toks, k))) || counterfactual(toks, k);

/**
 * "a new frigate would have been based at the port", "the talks would not have opened": "would have" tells what did not
 * happen (what "could have" and "might have" hedge already), where "would" alone tells a plan. Round 13.
 */
function counterfactual(toks: readonly Token[], k: number): boolean {
  if (!/^(?:would|'d|’d)$/.test(toks[k]!.normal)) return false;
  const next = toks[k + 1]?.normal === 'not' || toks[k + 1]?.normal === "n't" ? toks[k + 2] : toks[k + 1];
  return next?.normal === 'have';
}

/**
 * "The fourth round should open before the end of June": a development named as the subject of a hedged verb is
 * hedged with it (a wish or a guess, not a plan). The modal right after the noun, adverbs allowed between. Round 13.
 */
function hedgedVerbAfter(toks: readonly Token[], last: number): boolean {
  let k = last + 1;
  while (k < toks.length && toks[k]!.pos === 'ADV') k++;
  // (Not a perfect modal, "the withdrawal should have been completed a year ago": a judgement of the past, whose
  // date is still the development's.)
  return k < toks.length && hedges(toks, k) && toks[k + 1]?.normal !== 'have';
}

/** "could be agreed", "might not strike", "should agree", "must withdraw"; "is expected to hit"; under "whether"/"if". */
function isHedged(toks: readonly Token[], i: number): boolean {
  if (conditional(toks, i)) return true;
  let verbs = toks[i]!.pos === 'VERB' ? 1 : 0;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = toks[k]!;
    if (hedges(toks, k)) return true;
    if (EXPECTATIONS.has(t.normal) && toks[k + 1]?.normal === 'to') return true;
    // A noun under a modal's verb is hedged too: "could see fresh clashes".
    if (t.pos === 'VERB' && ++verbs <= 1) continue;
    if (!['AUX', 'ADV', 'PART', 'DET', 'ADJ', 'NUM'].includes(t.pos)) return false;
  }
  return false;
}

const PARTY_WORDS = new Set(['sides', 'parties', 'countries', 'governments', 'delegations', 'leaders', 'ministers', 'both', 'negotiators']);

/** "X and Y agreed", "the two sides agreed", "agreed with Y". */
export function twoParties(toks: readonly Token[], m: CueMatch): boolean {
  if (toks[m.last + 1]?.normal === 'with') return true;
  for (let k = m.first - 1; k >= 0 && k >= m.first - 10; k--) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '(' && t.text !== ')') break;
    if (t.normal === 'and' || PARTY_WORDS.has(t.normal)) return true;
  }
  return false;
}

const TALKS_SUBJECTS = new Set(['talks', 'negotiations', 'negotiation', 'dialogue', 'dialog', 'round', 'summit', 'meeting', 'consultations']);

const PROCESS_BEFORE = new Set(['peace', 'political', 'negotiating', 'that', 'this', 'the']);

/** Who walks out of work, not out of talks: their walkout is a strike (none of our kinds). */
const WORKFORCE_WORDS = new Set(WORKFORCE.split('|'));
const DAY_WORDS = new Set('monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|its|this|that'.split('|'));

/**
 * "The rebels walked out on 3 May", after a sentence on the round: a party leaving talks named just before, not a
 * strike ("nurses walked out") nor a desertion ("walked out on his family": after "on" only a date may follow).
 */
function walkedOutOfTalks(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean {
  const next = toks[m.last + 1];
  if (next?.normal === 'on') {
    const after = toks[m.last + 2];
    if (!(isMonth(after) || after?.pos === 'NUM' || DAY_WORDS.has(after?.normal ?? ''))) return false;
  }
  if (!hasSpeaker(toks, m.first)) return false;
  for (let k = m.first - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (WORKFORCE_WORDS.has(t.normal)) return false;
    if (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '-') break;
  }
  const talks = (t: Token) => TALKS_SUBJECTS.has(t.normal) || t.normal === 'rounds' || t.normal === 'table';
  return toks.some(talks) || previous.some(talks) || [toks, previous].some(processLeft);
}

/**
 * Round 20: a process of talks named, which a party walks out of: "the peace process", "the political process", or a
 * process walked out of ("five weeks after the rebels walked out of the process"). Not "the approval process" alone.
 */
function processLeft(words: readonly Token[]): boolean {
  return words.some((t, k) => {
    if (t.normal !== 'process') return false;
    if (/^(?:peace|political|negotiating)$/.test(words[k - 1]?.normal ?? '')) return true;
    return words[k - 1]?.normal === 'the' && words[k - 2]?.normal === 'of' && words[k - 3]?.normal === 'out' && words[k - 4]?.lemma === 'walk';
  });
}

/** "Talks on the fishing quota broke down": a talks noun heads the subject, earlier in the same clause. */
export function talksSubject(toks: readonly Token[], m: CueMatch): boolean {
  for (let k = m.first - 1; k >= 0 && k >= m.first - 8; k--) {
    const t = toks[k]!;
    if (TALKS_SUBJECTS.has(t.normal)) return true;
    // "the peace process collapsed", "That process stalled" — not "the approval process".
    if (t.normal === 'process' && PROCESS_BEFORE.has(toks[k - 1]?.normal ?? '')) return true;
    if ((t.pos === 'PUNCT' && t.text !== '-') || t.pos === 'VERB' || t.pos === 'SCONJ' || t.pos === 'PRON') return false;
  }
  return false;
}

const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);
const OBJECT_TAGS = new Set(['DET', 'PROPN', 'NOUN', 'PRON']);

/** "Rebels shell the port": a word tagged as a noun standing between a subject and its object is the verb. */
function usedAsVerb(toks: readonly Token[], m: CueMatch): boolean {
  const word = toks[m.first]!;
  let b = m.first - 1;
  while (b > 0 && toks[b]!.pos === 'ADV') b--; // "It now numbers", "Rebels again shell"
  const before = toks[b];
  let a = m.first + 1;
  while (a < m.last && toks[a]!.pos === 'ADV') a++; // "numbers about 800"
  const after = toks[a];
  if (!/^[a-z]/.test(word.text) || !before || !after) return false;
  if (!SUBJECT_TAGS.has(before.pos) || !(OBJECT_TAGS.has(after.pos) || isNumberToken(after))) return false;
  // The clause has no other verb ("Phone numbers 800 and 900 were listed": "were" is its verb).
  for (let k = m.last + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT' || ['that', 'which', 'who', 'where', 'when'].includes(t.normal)) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  // A possessive or a determiner-led noun compound ("the artillery shell casings") keeps it a noun.
  return !/^(?:'s|’s|his|her|its|their|our|my|your)$/i.test(before.text) && !(before.pos === 'NOUN' && after.pos === 'NOUN' && toks[m.first - 2]?.pos === 'DET');
}

/**
 * "We will leave on time, drones or no drones": "X or no X" says whatever happens, and tells no X. Round 12.
 */
function whetherOrNot(toks: readonly Token[], m: CueMatch): boolean {
  const word = toks[m.last]!.normal;
  const after = toks[m.last + 1]?.normal === 'or' && toks[m.last + 2]?.normal === 'no' && toks[m.last + 3]?.normal === word;
  const before = toks[m.first - 1]?.normal === 'no' && toks[m.first - 2]?.normal === 'or' && toks[m.first - 3]?.normal === toks[m.first]!.normal;
  return after || before;
}

/** What counts a part of a group: "every one of them", "most of them", "all of them". */
const PARTITIVES = new Set(['one', 'each', 'all', 'most', 'many', 'some', 'half', 'rest', 'remainder', 'majority', 'last']);
/** Nouns for a part of a force that leaves or arrives in steps. */
const GROUP_NOUNS = new Set('group groups batch batches wave waves tranche tranches'.split(' '));
/** Heads of an elliptical subject: "the last", "the rest", "the remaining few", "the final one". */
const ELLIPTICAL = new Set(['last', 'rest', 'remainder', 'remaining', 'final', 'others', 'first', 'next']);
const ELLIPTICAL_TAIL = new Set(['one', 'ones', 'few', 'group', 'batch', 'of', 'them', 'is', 'are', 'was', 'were', 'will', 'would', 'due', 'set', 'expected', 'to', 'be', 'should', 'also', 'still', 'then', 'now', 'in', 'has', 'have', 'had', 'finally']);

/** "the last is due to leave", with troops named before it in the sentence or in the sentence before. */
function ellipticalTroops(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean {
  for (let k = m.first - 1; k > 0 && k >= m.first - 6; k--) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT') return false;
    // "A further 400 will leave by May", "Another 300 are due to go", "400 more will follow": a count standing for
    // troops named before.
    if ((t.pos === 'NUM' || t.normal === 'more') && countedEllipsis(toks, t.normal === 'more' ? k - 1 : k)) {
      if (!toks.slice(k + 1, m.first).every((x) => ELLIPTICAL_TAIL.has(x.normal))) return false;
      const start = t.normal === 'more' ? k - 1 : k;
      return [...toks.slice(0, Math.max(0, start - 2)), ...previous].some((x) => TROOPS.has(x.normal));
    }
    // "The first of Dalmark's last two groups is due to fly out", after "Dalmarker observers load their kit bags": a
    // group of the troops named before.
    if (GROUP_NOUNS.has(t.normal)) return [...toks.slice(0, k), ...previous].some((x) => TROOPS.has(x.normal));
    // "…, and every one of them will be home by 30 June", "most of them will be gone": a part of the troops named
    // before. Round 12.
    if (t.normal === 'them' && toks[k - 1]?.normal === 'of' && PARTITIVES.has(toks[k - 2]?.normal ?? '')) {
      if (!toks.slice(k + 1, m.first).every((x) => ELLIPTICAL_TAIL.has(x.normal))) return false;
      return [...toks.slice(0, k - 2), ...previous].some((x) => TROOPS.has(x.normal));
    }
    if (ELLIPTICAL.has(t.normal) && toks[k - 1]!.normal === 'the') {
      // Nothing but the ellipsis' own tail and auxiliaries between it and the verb: "the last is due to leave".
      if (!toks.slice(k + 1, m.first).every((x) => ELLIPTICAL_TAIL.has(x.normal))) return false;
      return [...toks.slice(0, k - 1), ...previous].some((x) => TROOPS.has(x.normal));
    }
    if (!ELLIPTICAL_TAIL.has(t.normal)) return false;
  }
  return false;
}

const COUNT_LEADS = new Set(['further', 'another', 'additional', 'remaining', 'other', 'last', 'final']);

/** A count at the head of its clause, as a noun phrase's whole: "A further 400", "Another 300", "The remaining 500". */
function countedEllipsis(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t || t.pos !== 'NUM') return false;
  const before = toks[k - 1];
  const clauseStart = !before || before.pos === 'PUNCT' || before.pos === 'CCONJ';
  if (before && COUNT_LEADS.has(before.normal)) return true;
  return clauseStart && toks[k + 1]?.normal === 'more';
}

const ROUND_OF = new Set(['talks', 'negotiations', 'negotiation', 'dialogue', 'dialog', 'consultations', 'discussions', 'meetings', 'peace']);

/** Verbs of a munition arriving ("rounds landed", "shells fell"), and what talks hit instead ("hit a snag"). */
const IMPACT_VERBS = 'land|lands|landed|landing|fell|fall|falls|falling|hit|hits|struck|strike|strikes|slammed|crashed|exploded|impacted|rained';
const IMPACTS = new Set(IMPACT_VERBS.split('|'));
const SETBACKS = new Set('snag snags deadlock impasse wall obstacle obstacles stalemate apart through flat deal agreement accord compromise note tone chord'.split(' '));

/** "rounds landed shortly after", "rounds quickly fell": an impact verb after `k` (adverbs between), not "fell apart". */
function impactAfter(toks: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (toks[j]?.pos === 'ADV') j++;
  if (!IMPACTS.has(toks[j]?.normal ?? '')) return false;
  return !toks.slice(j + 1, j + 4).some((t) => SETBACKS.has(t.normal));
}

/** "the third round", "a new round of talks" — not "a new round of shelling", "the last mortar round", "round trip". */
function talksRound(toks: readonly Token[], m: CueMatch): boolean {
  // In a cue that names talks otherwise ("talks resume"), only a round in it is checked.
  let r = -1;
  for (let k = m.first; k <= m.last; k++) if (/^rounds?$/.test(toks[k]!.normal)) r = k;
  if (r < 0) return true;
  if (r !== m.last) m = { ...m, last: r };
  const after = toks[m.last + 1];
  if (after?.normal === 'of') {
    const what = toks.slice(m.last + 2, m.last + 5).find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    return !!what && ROUND_OF.has(what.normal);
  }
  if (after && (after.pos === 'NOUN' || after.normal === 'trip') && !ROUND_OF.has(after.normal)) return false;
  // Rounds that land, fall or hit are munitions: "the first rounds landed in the vehicle park". Round 15.
  if (impactAfter(toks, m.last)) return false;
  // A noun right before the round, or before its ordinal: "the boxing round", "mortar rounds" are not talks.
  // (A date's possessive is neither: "last week's round".)
  const possessive = /^['’]s$/.test(toks[m.first]!.text);
  return toks[r - 1]?.pos !== 'NOUN' && (possessive || !(r === m.first + 1 && toks[m.first - 1]?.pos === 'NOUN'));
}

const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/** What may be hosted as a visit or talks: visitors who negotiate, and the meetings themselves. */
const GUESTS = new Set([
  ...VISITORS.split('|'),
  ...'talks negotiations dialogue dialog round rounds summit summits meeting meetings conference conferences consultations visit visits visitor guests'.split(' '),
]);

/**
 * "hosted the envoy", "hosted Kadhimi at the White House", "hosted the talks", "the talks, hosted by Oman": the
 * host receives a negotiating guest or the talks. "hosting traders", "hosted a dinner" are no visit.
 */
function hostsGuest(toks: readonly Token[], m: CueMatch): boolean {
  for (let k = m.last + 1; k < toks.length && k <= m.last + 6; k++) {
    const t = toks[k]!;
    // A day's or a month's name is the date, no guest: "I'll ring on Sunday", "rang on 3 May" (round 19, holdout16:
    // a soldier's letter home promising a call was read as talks).
    if (WEEKDAYS.has(t.normal) || isMonth(t)) continue;
    if (t.pos === 'PROPN' || GUESTS.has(t.normal)) return true;
    if (t.pos === 'NOUN') return false;
    if (t.pos === 'PUNCT' && t.text !== '-') break;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
  }
  // A passive after its subject: "The talks, hosted by Lusanne, …", "a summit hosted by …".
  if (toks[m.last + 1]?.normal !== 'by') return false;
  for (let k = m.first - 1; k >= 0 && k >= m.first - 4; k--) if (GUESTS.has(toks[k]!.normal)) return true;
  return false;
}

/** "called the bombing "an attack on the talks"", "described the vote as a betrayal": a quotation or "as" follows the
 * verb within six tokens, with no other verb between. */
function namesInOwnWords(toks: readonly Token[], m: CueMatch): boolean {
  let object = false;
  for (let k = m.last + 1; k < toks.length && k <= m.last + 6; k++) {
    const t = toks[k]!;
    if (t.normal === 'as' || /^["“‘]$/.test(t.text)) return true;
    // "called the ambush an assault on the ceasefire": an object, then what the speaker calls it (round 11). Not
    // "called a meeting" (no object before the article) nor "called the envoys to a meeting" (a preposition).
    if (object && (t.normal === 'a' || t.normal === 'an')) return true;
    if (t.pos === 'ADP') return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') object = true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && /^[.;:!?]$/.test(t.text))) return false;
  }
  return false;
}

const NO_COMMENT_VERBS = new Set('comment commented commenting respond responded reply replied answer answered'.split(' '));
const NO_COMMENT_LEADS = new Set('not never declined refused declining refusing unavailable'.split(' '));

/** "did not respond to a request for comment", "declined to comment", "could not be reached for comment": saying nothing. */
function noComment(toks: readonly Token[], i: number): boolean {
  if (!NO_COMMENT_VERBS.has(toks[i]!.normal)) return false;
  if (toks[i - 1]?.normal === 'for') return true;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (NO_COMMENT_LEADS.has(toks[k]!.normal) || toks[k]!.normal === "n't") return true;
  return false;
}

/** See 'troopFigure' in vocabulary.ts. */
function bareTroopFigure(toks: readonly Token[], m: CueMatch): boolean {
  const figure = toks[m.last]!;
  if (!/^\d[\d,]*$/.test(figure.text) || Number(figure.text.replace(/,/g, '')) < 10) return false;
  const next = toks[m.last + 1];
  const between = toks.slice(m.first + 1, m.last);
  // "Today the mission has about 1,700 people left", "the force had some 2,600 people in the valley": the people a
  // force or mission has are its strength (round 16b). Not "the camp has 2,000 people", "the attack killed 40 people".
  if (next?.normal === 'people') return forceHolds(toks, m.first) && between.every((t) => ['ADV', 'ADP', 'ADJ'].includes(t.pos) || t.normal === 'some');
  if (between.some((t) => t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'ADP' && t.pos !== 'ADJ' && t.normal !== 'some')) return false;
  // "has 12 helicopters" counts helicopters; "of us", "of them" counts the speaker's body.
  const ofUs = next?.normal === 'of' && /^(?:us|them)$/.test(toks[m.last + 2]?.normal ?? '');
  if (next && !ofUs && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.normal === '%' || next.normal === 'per')) return false;
  // ("Its strength peaked at about 3,100": a force's strength, possessed, stands for its troops. Round 18. Only a
  // pronoun's, whose force the sentence before names, or a force's or mission's: not "the currency's strength stood
  // at 1,200", "the storm's strength peaked at 180". 18b.)
  if (toks.some((t, k) => t.normal === 'strength' && k < m.first && forcesStrength(toks, k))) return true;
  if (!ownedBySameBody(toks, m.first)) return false;
  return toks.some((t, k) => k !== m.last && ((TROOPS.has(t.normal) && isTroopWord(toks, k) && (t.pos === 'NOUN' || t.pos === 'PROPN')) || (DEMONYM_PLURAL.test(t.text) && /^\d[\d,]*$/.test(toks[k - 1]?.text ?? ''))));
}

/**
 * The verb at `v` ("has", "had") has no subject of its own, or one that is the body the sentence counted troops for:
 * a pronoun ("it now has"), a force ("the contingent"), or a head noun the sentence names elsewhere ("the force now
 * has"). Another body ("…, and its air wing now has 12", "the clinic has 35") has a figure of something else.
 * Round 20 mend E.
 */
function ownedBySameBody(toks: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX' || toks[k]!.pos === 'PART')) k--;
  const subject: number[] = [];
  for (; k >= 0 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'PART'].includes(toks[k]!.pos); k--) subject.unshift(k);
  if (!subject.length) return true;
  const head = toks[subject.at(-1)!]!;
  if (head.pos === 'PRON') return true;
  if (FORCE_BODIES.has(head.normal) || (TROOPS.has(head.normal) && isTroopWord(toks, subject.at(-1)!))) return true;
  // (A part named with a possessive is another count: "its air wing", "their hospital".)
  if (['its', 'their', 'his', 'her', 'our'].includes(toks[subject[0]!]!.normal)) return false;
  return toks.some((t, j) => !subject.includes(j) && t.normal === head.normal);
}

/** What is shot down: "brought two down" counts these when they are named near it. */
const SHOT_CRAFT = new Set('drone|drones|aircraft|plane|planes|jet|jets|helicopter|helicopters|uav|uavs|missile|missiles|rocket|rockets|gunship|gunships|fighter|fighters|bomber|bombers'.split('|'));

/** Bodies whose strength is their troops: "the mission's strength". */
const FORCE_BODIES = new Set('mission|missions|operation|deployment|contingent|force|forces|army|garrison|battalion|brigade|regiment'.split('|'));

/** "its strength", "the mission's strength": the strength at `k` is a force's (the possessor a pronoun or a force). */
function forcesStrength(toks: readonly Token[], k: number): boolean {
  const before = toks[k - 1]?.normal ?? '';
  if (before === 'its' || before === 'their') return true;
  return /^['’]s?$/.test(before) && FORCE_BODIES.has(toks[k - 2]?.normal ?? '');
}

/** What stands at a figure when no force does: a toll, a count, a price, a rate. */
const MEASURES = new Set('toll tolls tally count figure figures casualties deaths rate rates total cost costs price prices bill debt budget inflation unemployment turnout vote votes score index yield yields'.split(' '));

/** A measure in the clause before the verb at `v`: "The death toll among the guards stands at 40". Round 18. */
function measureBefore(toks: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0; k--) {
    const t = toks[k]!;
    if ((t.pos === 'PUNCT' && t.text !== '-') || (t.pos === 'VERB' && k < v - 1)) return false;
    if (MEASURES.has(t.normal)) return true;
  }
  return false;
}

/** A force or mission right before the verb at `v` ("the mission has", "the Border Force now had"). */
function forceHolds(toks: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && toks[k]!.pos === 'ADV') k--;
  const holder = toks[k];
  return !!holder && (/^(?:mission|missions|deployment)$/.test(holder.normal) || (TROOPS.has(holder.normal) && isTroopWord(toks, k)));
}

/** What may stand between a body and its ending verb: "would", "is due to", "will finally". */
const BETWEEN_SUBJECT_AND_VERB = new Set(['AUX', 'PART', 'ADV']);
const PLAN_WORDS = new Set(['due', 'set', 'expected', 'scheduled', 'to']);

/** See 'missionEnds' in vocabulary.ts. */
function bodyEnds(toks: readonly Token[], m: CueMatch): boolean {
  const asVerb = (k: number) => toks[k]!.pos === 'VERB' || toks[k - 1]?.pos === 'AUX' || toks[k - 1]?.normal === 'to';
  if (!/^(?:mission|deployment|presence)$/.test(toks[m.first]!.normal)) return asVerb(m.first);
  const between = toks.slice(m.first + 1, m.last);
  if (between.some((t) => !BETWEEN_SUBJECT_AND_VERB.has(t.pos) && !PLAN_WORDS.has(t.normal))) return false;
  const verb = toks[m.last]!;
  return verb.pos === 'VERB' || between.some((t) => t.pos === 'AUX' || t.normal === 'to');
}

const DEALS = new Set('deal deals agreement agreements accord accords bargain compromise truce ceasefire pact protocol understanding'.split(' '));

const PLAN_LEAD = new Set(['expected', 'due', 'set', 'scheduled', 'to', 'be']);

/** See 'visitor' in vocabulary.ts. Round 14. */
function visitorSubject(toks: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && (['AUX', 'ADV', 'PART'].includes(toks[k]!.pos) || PLAN_LEAD.has(toks[k]!.normal))) k--;
  // An apposition's closing comma: "Pellin's defence minister, Ada Rast, went to …" is Ada Rast going; so is "Ada
  // Rast, Pellin's defence minister, saw …" (round 18c).
  if (toks[k]?.text === ',' && (toks[k - 1]?.pos === 'PROPN' || VISITOR_WORDS.has(toks[k - 1]?.normal ?? ''))) k--;
  const t = toks[k];
  if (!t) return false;
  // (A common noun opening the sentence is tagged as a name: "Calm returned to the city".)
  return (t.pos === 'PROPN' && /^[A-Z]/.test(t.text) && !TROOPS.has(t.normal) && !(k === 0 && RETURNING_THINGS.has(t.normal))) || VISITOR_WORDS.has(t.normal);
}

const VISITOR_WORDS = new Set([...VISITORS.split('|'), 'she', 'he']);

const COUNTED = new Set('second third fourth fifth sixth seventh eighth ninth tenth'.split(' '));
const ROUND_WORDS = new Set(['round', 'rounds', 'talks', 'negotiations']);

/** "The fourth, which opened on 22 April", "a third was held in May", after "The first three rounds …": a counted
 * round whose noun is left out, with rounds or talks named before it. */
function elidedRound(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean {
  let k = m.first - 1;
  // (The tagger may read a lone ordinal as an adverb: it stops the walk back.)
  while (k >= 0 && !COUNTED.has(toks[k]!.normal) && (['AUX', 'ADV', 'PART'].includes(toks[k]!.pos) || RELATIVE_SUBJECTS.has(toks[k]!.normal))) k--;
  if (toks[k]?.text === ',') k--;
  const ordinal = toks[k];
  if (!ordinal || !COUNTED.has(ordinal.normal) || !['the', 'a'].includes(toks[k - 1]?.normal ?? '')) return false;
  // Rounds of talks, not "the first round of the presidential election": a round of anything but talks is no cue.
  const before = [...toks.slice(0, k - 1), ...previous];
  return before.some((t, i) => ROUND_WORDS.has(t.normal) && !(before[i + 1]?.normal === 'of' && !before.slice(i + 2, i + 5).some((u) => TALKS_SUBJECTS.has(u.normal))));
}

/** "saw the prime minister", "spent two hours with President Venn": the first noun after the cue is a person who
 * negotiates, and owns nothing ("the president's speech"). */
function leaderMet(toks: readonly Token[], m: CueMatch): boolean {
  for (let k = m.last + 1; k < toks.length && k <= m.last + 5; k++) {
    const t = toks[k]!;
    if (VISITOR_WORDS.has(t.normal) && t.normal !== 'she' && t.normal !== 'he') return !/^['’]s?$/.test(toks[k + 1]?.text ?? '') && toks[k + 1]?.normal !== "'s";
    if (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== '-')) return false;
  }
  return false;
}
const RETURNING_THINGS = new Set('calm peace quiet life normality normalcy order fighting violence power water electricity traffic trade shelling tension tensions'.split(' '));

/** Security forces that take over what is handed to them (see 'forceRecipient' in vocabulary.ts). */
const RECIPIENT_FORCES = new Set('army armies navy military police forces force coastguard coastguards gendarmerie guard guards marines troops'.split(' '));

/** "handed the inner coastal lane to the Ardish coastguard": "to", then only a noun phrase ending in a force, before
 * the clause ends. Round 14. */
function handedToForce(toks: readonly Token[], m: CueMatch): boolean {
  for (let k = m.last + 1; k < toks.length && k <= m.last + 10; k++) {
    const t = toks[k]!;
    if ((t.pos === 'PUNCT' && t.text !== '-') || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.normal !== 'to') continue;
    let j = k + 1;
    while (j < toks.length && j <= k + 6 && ['DET', 'ADJ', 'PROPN', 'NOUN', 'PART', 'NUM'].includes(toks[j]!.pos) && !RECIPIENT_FORCES.has(toks[j]!.normal)) j++;
    // The force word heads its phrase: "to the police station" is a place.
    return RECIPIENT_FORCES.has(toks[j]?.normal ?? '') && !['NOUN', 'PROPN'].includes(toks[j + 1]?.pos ?? '');
  }
  return false;
}

/** "a deal the corps commanders had struck", "the truce they struck": a deal word within the clause just before the verb. */
function dealStruck(toks: readonly Token[], i: number): boolean {
  if (hasWordWithin(toks, i + 1, i + 3, DEALS)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const t = toks[k]!;
    if (DEALS.has(t.normal)) return true;
    if (t.pos === 'PUNCT' && t.text !== '-') return false;
  }
  return false;
}

/**
 * "the men and women who have fought for years will sit down", "the soldiers who guarded it left": a condition that
 * looks back from the verb for its subject reads the relative clause without commas between them instead, and stops
 * at its verb. Asked again of the sentence without that clause, as a clause between commas is skipped (matchAt).
 * Round 19c.
 */
function conditionPastRelative(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean {
  // (Not when the relative clause withholds the speaker's name: "a diplomat who spoke on condition of anonymity told".)
  if (m.cue.kind === 'statement' && anonymousSpeaker(toks, m.first)) return false;
  const shorter = withoutRelative(toks, m);
  return !!shorter && conditionHolds(shorter.toks, shorter.m, previous);
}

function conditionHolds(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean {
  // Round 19's cues carry conditions of their own (nokind-conditions.ts), asked before any 'needs'.
  if (extraCondition(toks, m, previous) === false) return false;
  switch (m.cue.needs) {
    case 'guest':
      return hostsGuest(toks, m);
    case 'armedStrike':
      // ("condemned the strike ballot": labour business named by its modifier; "The strikes came again … as the union
      // pressed its pay claim": a stoppage in a sentence of labour words; labour-strike.ts. Round 20 mends.)
      return !stoppageCalled(toks, m.first) && !strikeCompound(toks, m.first) && !labourStrikeNoun(toks);
    case 'impact':
      return impactAfter(toks, m.first);
    case 'round':
      return talksRound(toks, m);
    case 'ellipsis':
      return ellipticalTroops(toks, m, previous);
    case 'verbal':
      return usedAsVerb(toks, m);
    case 'speaker':
      return hasSpeaker(toks, m.first);
    case 'walkout':
      return walkedOutOfTalks(toks, m, previous);
    case 'naming':
      return hasSpeaker(toks, m.first) && namesInOwnWords(toks, m);
    case 'troops':
      // A pullback of heavy weapons ("pull its artillery back") is a withdrawal of force, as of troops.
      // A relative clause after a troop noun whose verb sends something else, or sends them to prison, is no
      // deployment, though objectIn, looking back, finds the noun ("the battalion the Union sent supplies to").
      if (toks[m.first]!.pos === 'VERB' && relativeNotDeployment(toks, m.first)) return false;
      return objectIn(toks, m, TROOP_OBJECTS) || (m.cue.cameo === '0874' && objectIn(toks, m, HEAVY_WEAPONS)) || (/^15[04]$/.test(m.cue.cameo) && toks[m.first]!.pos === 'VERB' && troopObjectOfRelative(toks, m.first));
    case 'bases':
      return objectIn(toks, m, BASE_OBJECTS) || passiveSubjectIn(toks, m, BASE_OBJECTS) || subjectIn(toks, m, BASE_OBJECTS);
    case 'garrison':
      return garrisonLeft(toks, m);
    case 'parties':
      return twoParties(toks, m);
    case 'talks':
      return talksSubject(toks, m);
    case 'unitCarried':
      return unitCarried(toks, m);
    case 'passivePutOff':
      return passivePutOff(toks, m);
    case 'troopSubject':
      return troopSubject(toks, m) || arrivesWithTroops(toks, m) || forceMission(toks, m) || pronounForTroops(toks, m, previous);
    case 'armedSubject':
      return (troopSubject(toks, m) || troopSubject(toks, m, ARMED_SUBJECTS)) && !gameWon(toks, m);
    case 'struckDeal':
      return dealStruck(toks, m.first);
    case 'struckNoDeal':
      return !dealStruck(toks, m.first) && !labourStrike(toks, m.first);
    case 'missionEnds':
      return bodyEnds(toks, m);
    case 'troopFigure':
      return bareTroopFigure(toks, m);
    case 'craftNamed':
      return [...toks, ...previous].some((t) => SHOT_CRAFT.has(t.normal)) || toks.some((t, k) => TROOPS.has(t.normal) && isTroopWord(toks, k));
    case 'forceStands':
      return bareTroopFigure(toks, m) && !measureBefore(toks, m.first);
    case 'forceRecipient':
      return handedToForce(toks, m);
    case 'visitor':
      return visitorSubject(toks, m.first);
    case 'elidedRound':
      return elidedRound(toks, m, previous);
    case 'envoyMeets':
      return visitorSubject(toks, m.first) && leaderMet(toks, m);
    case 'table':
      return twoParties(toks, m) || (toks[m.first - 1]?.normal === 'we' && quotedTokens(toks)[m.first - 1] === true);
    default:
      return true;
  }
}

/**
 * "there was no shooting", "no talks were held": a development named under "no" did not happen. ("No one was hurt
 * in the attack" negates the one, not the attack.)
 */
function negatedNoun(toks: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = toks[k]!;
    if (t.normal === 'no' || t.normal === 'without') return true;
    if (!['ADJ', 'NOUN'].includes(t.pos) || t.normal === 'one') return false;
  }
  return false;
}

/**
 * "She came to my school in January": in the writer's own words, someone coming to the writer's place is a memory,
 * not a visit told (round 18). In a quotation the speaker's place is a visit's destination like any other: "'The
 * president came to my village on 5 June,' a farmer said" (18b).
 */
function writersPlace(toks: readonly Token[], m: CueMatch, quoted: readonly boolean[]): boolean {
  // (quotedTokens leaves single quotes to apostrophes; a sentence opening on one opens a quotation.)
  const spoken = quoted[m.last + 1] || /^['‘"“]/.test(toks[0]?.text ?? '');
  return /^(?:come|comes|came|coming)$/.test(toks[m.first]!.normal) && toks[m.last]!.normal === 'to' && toks[m.last + 1]?.normal === 'my' && !spoken;
}

/** Verbs that declare a rite, rather than speak of one. */
const DECLARING_RITE = new Set('declare|declared|declares|declaring|announce|announced|announces|announcing|order|ordered|orders|ordering|proclaim|proclaimed|proclaims|proclaiming|call|called|calls|calling'.split('|'));

/**
 * "ordered a day of mourning on Wednesday", "declared three days of national mourning": a rite for the dead, which
 * the read gold and ACLED code as none of our kinds (mourning someone, "mourned the dead", is still said). Round 18.
 */
function mourningDay(toks: readonly Token[], m: CueMatch): boolean {
  const rite = (k: number) => toks[k]?.normal === 'mourning' && /^(?:of|national|official|public)$/.test(toks[k - 1]?.normal ?? '');
  if (rite(m.first)) return true;
  // "declared three days of national mourning": what the saying verb declares is the rite. Only a verb that declares
  // it: "denounced the three days of national mourning" is still said (18b).
  if (!DECLARING_RITE.has(toks[m.first]!.lemma) && !DECLARING_RITE.has(toks[m.first]!.normal)) return false;
  for (let k = m.last + 1; k < toks.length && k <= m.last + 6; k++) {
    if (rite(k)) return true;
    if (!['DET', 'NUM', 'ADJ', 'NOUN', 'ADP'].includes(toks[k]!.pos)) return false;
  }
  return false;
}

/**
 * "The minutes of the meeting held on 15 May were approved", "the minutes of the last meeting": the record of a
 * meeting, which a body approves as procedure, not the meeting told. Round 18.
 */
/** Words that count minutes as time. */
const COUNTING = new Set('few|several|many|some|ten|twenty|thirty|forty|fifty|sixty|ninety|five|fifteen|last|first|final|opening|closing'.split('|'));

function minutesOf(toks: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 5; k--) {
    // (Not minutes counted, a stretch of time: "after ninety minutes of talks", "a few minutes of talks". 18b.)
    if (toks[k]!.normal === 'of' && toks[k - 1]!.normal === 'minutes') return !(toks[k - 2]?.pos === 'NUM' || COUNTING.has(toks[k - 2]?.normal ?? ''));
    if (!['DET', 'ADJ', 'NOUN', 'NUM'].includes(toks[k]!.pos)) return false;
  }
  return false;
}

const PRICING = new Set('price prices priced pricing'.split(' '));

/**
 * "Today it is pricing a fourth round", "markets have priced in a ceasefire by June": a development a market prices
 * is its traders' expectation, not a development told (the read gold excludes a markets wrap's lines). Round 18.
 */
function pricedIn(toks: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const t = toks[k]!;
    if (PRICING.has(t.normal) && t.pos === 'VERB') return true;
    if (t.normal === 'in' && PRICING.has(toks[k - 1]?.normal ?? '')) return true;
    // ("a fifth round of talks": over the phrase's "of".)
    if (!['DET', 'ADJ', 'NUM', 'NOUN'].includes(t.pos) && t.normal !== 'of') return false;
  }
  return false;
}

/** Rites for the dead: "a vigil for the two gendarmes", "the funeral of three soldiers". */
const MEMORIALS = new Set('vigil vigils funeral funerals memorial memorials burial burials wake mourning tribute tributes commemoration'.split(' '));

/** "A vigil for the two gendarmes will be held", "the funerals of the four sailors": the dead honoured, counted,
 * are no force (ACLED and CAMEO code no vigil). Round 15. */
function mourned(toks: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && k >= first - 3 && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ')) k--;
  if (!/^(?:for|of)$/.test(toks[k]?.normal ?? '')) return false;
  return MEMORIALS.has(toks[k - 1]?.normal ?? '');
}

const FUNERAL = new Set(['buried', 'mourned', 'laid', 'honoured', 'honored', 'remembered', 'cremated']);
const CASUALTY_AFTER = new Set(['dead', 'killed', 'wounded', 'injured', 'hurt', 'missing', 'captured']);
const CAPTIVE = new Set(['held', 'detained', 'abducted', 'kidnapped', 'hostage', 'hostages', 'captive', 'prisoner', 'prisoners', 'imprisoned', 'missing', 'captured']);
const CASUALTY_VERBS = new Set(['kill', 'killed', 'killing', 'wound', 'wounded', 'wounding', 'injure', 'injured', 'injuring', 'hurt', 'hurting', 'shoot', 'shot', 'shooting']);

/** "had left two guards dead", "killing three soldiers", "wounding four police officers": the victims of an attack
 * counted, not a force's strength. */
function casualties(toks: readonly Token[], m: CueMatch): boolean {
  // "four officers of the border police were killed": the count's noun phrase runs on over an "of" phrase naming
  // their unit before the verb that says what befell them. Round 19.
  const last = ofPhraseEnd(toks, m.last);
  if (CASUALTY_AFTER.has(toks[last + 1]?.normal ?? '')) return true;
  // "The three soldiers were buried on Thursday", "two guards were killed": the dead, counted.
  const next = toks[last + 1];
  if (next?.lemma === 'be' && (CASUALTY_AFTER.has(toks[last + 2]?.normal ?? '') || FUNERAL.has(toks[last + 2]?.normal ?? ''))) return true;
  // "Twenty-one sailors are still held on the ship", "were taken hostage": captives counted, not a force. Round 14.
  const h = toks[m.last + 2]?.pos === 'ADV' ? m.last + 3 : m.last + 2;
  const held = toks[h]?.normal === 'taken' ? toks[h + 1] : toks[h];
  if (next?.lemma === 'be' && CAPTIVE.has(held?.normal ?? '')) return true;
  if (mourned(toks, m.first)) return true;
  for (let k = m.first - 1; k >= 0 && k >= m.first - 2; k--) {
    const t = toks[k]!;
    if (CASUALTY_VERBS.has(t.normal) || CASUALTY_VERBS.has(t.lemma)) return true;
    // "the town mourned the two guards", "buried three soldiers": the dead, counted by their mourners. Round 19.
    if (FUNERAL.has(t.normal) || t.lemma === 'mourn' || t.lemma === 'bury') return true;
    if (!['DET', 'ADV', 'ADP'].includes(t.pos)) return false;
  }
  return false;
}

/** The last token of an "of" phrase right after `k` ("of the Frontier Guard", "of its second battalion"), or `k`. */
function ofPhraseEnd(toks: readonly Token[], k: number): number {
  if (toks[k + 1]?.normal !== 'of') return k;
  let j = k + 2;
  while (j < toks.length && j <= k + 7 && ['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM'].includes(toks[j]!.pos)) j++;
  return j > k + 2 && ['PROPN', 'NOUN'].includes(toks[j - 1]!.pos) ? j - 1 : k;
}

/** Nouns for the people and teams of a negotiation. */
const TALKS_PEOPLE = new Set(
  'mediator mediators negotiator negotiators chief chiefs envoy envoys spokesman spokeswoman spokesperson team teams delegate delegates host hosts facilitator facilitators convenor convener secretariat'.split(' '),
);

/**
 * "X, the talks' chief mediator, resigned", "the negotiations' host", "the peace talks negotiator": a talks noun
 * that only modifies a person (a possessive, or right before a noun for the people of a negotiation) names who
 * someone is, not a round of talks.
 */
function modifiesPerson(toks: readonly Token[], m: CueMatch): boolean {
  let k = m.last + 1;
  if (/^(?:'|’|'s|’s)$/.test(toks[k]?.text ?? '')) {
    k++;
    while (k < toks.length && toks[k]!.pos === 'ADJ') k++;
    return TALKS_PEOPLE.has(toks[k]?.normal ?? '');
  }
  return TALKS_PEOPLE.has(toks[k]?.normal ?? '');
}

/** What a force or a plan meets when "meet" is no meeting: a ceiling, a deadline, a target. */
const TARGETS = new Set(
  'ceiling ceilings cap caps quota quotas target targets deadline deadlines goal goals threshold thresholds benchmark benchmarks milestone milestones timetable schedule requirement requirements demand demands condition conditions criteria standard standards obligations commitments expectations'.split(' '),
);

/**
 * "after meeting a Council ceiling of 6,500", "The ceiling was met on 31 March": meeting a target (the object
 * phrase before its first verb or clause mark, or a passive's subject just before "was met") is reaching it.
 */
function meetsTarget(toks: readonly Token[], m: CueMatch): boolean {
  if (toks[m.first]!.lemma !== 'meet' && !/^(?:meet|meets|met|meeting)$/.test(toks[m.first]!.normal)) return false;
  for (let k = m.first + 1; k < toks.length && k <= m.first + 7; k++) {
    const t = toks[k]!;
    if (TARGETS.has(t.normal)) return true;
    if ((t.pos === 'PUNCT' && t.text !== '-') || t.pos === 'VERB' || t.pos === 'AUX') break;
  }
  let k = m.first - 1;
  while (k >= 0 && toks[k]!.pos === 'ADV') k--;
  if (toks[k]?.lemma !== 'be') return false;
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const t = toks[j]!;
    if (TARGETS.has(t.normal)) return true;
    if ((t.pos === 'PUNCT' && t.text !== '-' && t.text !== ',') || t.pos === 'VERB') return false;
  }
  return false;
}

/** Verbs that call or hold a stoppage of work: "called a strike", "staged a two-day strike", "went on strike". */
const STOPPAGE_VERBS = new Set(['call', 'stage', 'staged', 'staging', 'hold', 'declare', 'announce', 'begin', 'end', 'join', 'threaten', 'plan', 'go']);

/** "have called a one-day strike at the port", "staged a general strike": a strike called or held by the verb before
 * its noun phrase (determiners, numbers, adjectives, nouns and hyphens between) is a stoppage of work. Round 15. */
function stoppageCalled(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= 5 && (['DET', 'NUM', 'ADJ', 'NOUN'].includes(toks[j]!.pos) || toks[j]!.text === '-')) j--;
  const verb = toks[j];
  return !!verb && verb.pos === 'VERB' && (STOPPAGE_VERBS.has(verb.lemma) || STOPPAGE_VERBS.has(verb.normal));
}

/** Verbs that show, trade or find weapons without using them (ACLED's strategic developments, not attacks). */
const HANDLING_VERBS = new Set(
  'parade paraded parading display displayed displaying unveil unveiled unveiling exhibit exhibited show showed shown deliver delivered delivering supply supplied supplying sell sold selling buy bought buying acquire acquired purchase purchased order ordered import imported donate donated manufacture manufactured produce produced stockpile stockpiled find found discover discovered confiscate confiscated'.split(' '),
);

/**
 * "had paraded its first long-range rockets through the capital", "unveiled two new attack drones", "found a cache
 * of mortars": a weapon that is the object of a verb of showing, trading or finding is not used; the noun phrase
 * between holds only determiners, numbers, adjectives, nouns and hyphens. Round 15.
 */
function weaponHandled(toks: readonly Token[], m: CueMatch): boolean {
  let j = m.first - 1;
  while (j >= 0 && m.first - j <= 6 && (['DET', 'NUM', 'ADJ', 'NOUN', 'PRON', 'ADV'].includes(toks[j]!.pos) || toks[j]!.text === '-' || toks[j]!.normal === 'of')) j--;
  const verb = toks[j];
  return !!verb && verb.pos === 'VERB' && (HANDLING_VERBS.has(verb.normal) || HANDLING_VERBS.has(verb.lemma));
}

/** Bodies of workers or producers (lower case: "the farmers' union", not the African Union). */
const LABOUR_BODIES = new Set('union unions guild guilds syndicate syndicates cooperative cooperatives co-operative co-operatives'.split(' '));

/**
 * "The farmers' union meets on Friday", "the dockers' union met the port authority", "a union meeting on Monday": a
 * meeting of workers' or producers' bodies is none of our kinds (the read gold excludes union meetings and votes, as
 * ACLED and CAMEO code no labour business). Round 15.
 */
function labourMeeting(toks: readonly Token[], m: CueMatch): boolean {
  if (m.cue.cameo !== '040') return false;
  for (let k = m.first - 1; k >= 0 && k >= m.first - 3; k--) {
    const t = toks[k]!;
    if (LABOUR_BODIES.has(t.text)) return true;
    if (t.pos === 'VERB' || (t.pos === 'PUNCT' && !/^['’]$/.test(t.text))) return false;
  }
  return false;
}

/** Deliberative bodies that sit on their own: their sitting is their business, no talks between parties. */
// (Not a commission, conference or panel: a joint ceasefire commission meeting is talks between its parties.)
const SITTING_BODIES = new Set('council councils cabinet cabinets assembly assemblies parliament parliaments committee committees board boards congress senate legislature chamber court jury synod'.split(' '));

/**
 * "The council meets in April to decide …", "The assembly will meet on 2 June.": a deliberative body meeting with no
 * one named to meet (nothing after the verb but a time, a place or a purpose) sits on its own, which is no talks
 * (CAMEO consults between parties; the read gold excludes a council's next sitting). "The council met the envoy",
 * "met with the rebels" stay. Round 16.
 */
function bodySitting(toks: readonly Token[], m: CueMatch): boolean {
  if (m.cue.words !== 'meet' || m.role !== 'verb') return false;
  let n = m.last + 1;
  while (toks[n]?.pos === 'ADV') n++; // "met again with …", "meets briefly on …"
  const next = toks[n];
  if (next && ['DET', 'PROPN', 'NOUN', 'PRON', 'NUM'].includes(next.pos)) return false;
  // Someone to meet anywhere in the clause: "met in Kesh on Friday with rebel commanders".
  for (let k = m.last + 1; k < toks.length && !(toks[k]!.pos === 'PUNCT' && /^[,;:.!?—–]$/.test(toks[k]!.text)); k++) {
    if (toks[k]!.normal === 'with') return false;
  }
  for (let k = m.first - 1; k >= 0 && k >= m.first - 4; k--) {
    const t = toks[k]!;
    if (SITTING_BODIES.has(t.normal)) return true;
    if (!['AUX', 'ADV', 'PART', 'ADJ'].includes(t.pos)) return false;
  }
  return false;
}

const SUBORDINATORS = new Set('when after before while as because since if until once although though'.split(' '));

/** See 'troopSubject' in vocabulary.ts: a troop word (or one of `words`) in the clause's subject, looking back from
 * the verb. */
export function troopSubject(toks: readonly Token[], m: CueMatch, words: ReadonlySet<string> = TROOPS): boolean {
  let found = false;
  // Whether a troop word was found after the last comma passed, back from the verb (round 19).
  let foundOutside = false;
  let depth = 0;
  for (let k = m.first - 1; k >= 0 && k >= m.first - 16; k--) {
    const t = toks[k]!;
    if (t.text === ')') depth++;
    else if (t.text === '(') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.text === '(') continue;
    if (t.text === ',' && found) foundOutside = true;
    // ", who visited the troops,": a relative clause's words are not the subject's. Only its own words are dropped:
    // "Caldmar, which supplies most of its soldiers, has promised its battalion will be home" keeps the battalion,
    // found after the clause closed (round 19).
    if (RELATIVE_PRONOUNS.has(t.normal) && toks[k - 1]?.text === ',') {
      found = foundOutside;
      k--;
      continue;
    }
    if (/^[;:—–"“”]$/.test(t.text) || SUBORDINATORS.has(t.normal)) break;
    if (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.normal)) break;
    // ("The soldiers' families went home": the troops only own the subject, kin-speaker.ts. Round 20 mend.)
    if (words.has(t.normal) && isTroopWord(toks, k) && (t.pos === 'NOUN' || t.pos === 'PROPN') && !kinOwner(toks, k)) found = true;
    if (words === TROOPS && STRENGTH_UNITS.has(t.normal) && armedUnit(toks, k)) found = true;
    // "two patrol aircraft arrived at the airfield", "four fighter jets landed": craft of an armed service. Round 17.
    if (words === TROOPS && VEHICLE_WORDS.has(t.normal) && MILITARY_CRAFT.has(toks[k - 1]?.normal ?? '')) found = true;
    // "the four Norlandic helicopters flew out", "Osk's helicopters arrived": aircraft a state sends with a force
    // are the force's, as armed craft are (a cargo or civil craft has its own word before it). Round 18.
    if (words === TROOPS && AIRCRAFT.has(t.normal) && statesCraft(toks, k)) found = true;
    // "How many field-hospital staff arrived": the people of a unit. Round 17.
    if (words === TROOPS && UNIT_PEOPLE.has(t.normal) && unitAt(toks, k)) found = true;
    // "300 Kestrians arrived": a count of a people named by its demonym plural is a body of troops. Round 11.
    if (words === TROOPS && DEMONYM_PLURAL.test(t.text) && countedBefore(toks, k)) found = true;
    // "the Morlandic engineers, who arrived": a state's engineers are a unit of its force (crew-arrival.ts). Round 21.
    if (words === TROOPS && stateEngineers(toks, k)) found = true;
  }
  return found;
}

/** Armed bodies, their weapons and craft, as the subject of a verb of force ('armedSubject'). Round 20. */
const ARMED_SUBJECTS = new Set(
  `${ARMED_BODIES}|jets|warplanes|bombers|gunships|helicopters|drones|artillery|guns|howitzers|tanks|mortars|rockets|missiles`.split('|'),
);

/** Troop words of one body, which "it" can stand for; and of many, which "they" can. */
const SINGLE_BODIES = new Set('force|contingent|battalion|brigade|regiment|squadron|platoon|division|corps|garrison|rotation|battery|frigate|warship|destroyer|corvette|submarine|gunboat|minesweeper'.split('|'));
const MANY_BODIES = new Set('troops|soldiers|peacekeepers|personnel|marines|paratroopers|commandos|sailors|gendarmes|reservists|monitors|observers|infantrymen|sappers|gunners'.split('|'));

/**
 * "It arrived on 6 February", after a sentence on the second battery; "and it left on 12 April", after "The field
 * hospital's departure …": a pronoun that is the verb's whole subject, with a body of troops of its number named
 * heading the subject earlier in the sentence or of the one before (not "The ferry carried the battalion. It left":
 * the body is only the object there). Round 18c.
 */
function pronounForTroops(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean {
  let k = m.first - 1;
  while (k >= 0 && ['ADV', 'AUX', 'PART'].includes(toks[k]!.pos)) k--;
  const pronoun = toks[k]?.normal;
  if (pronoun !== 'it' && pronoun !== 'they') return false;
  // The pronoun opens its clause: "and it left", "It arrived", not "the convoy that took it left".
  const before = toks[k - 1];
  if (before && before.pos !== 'PUNCT' && before.pos !== 'CCONJ' && !isMonth(before) && before.pos !== 'NUM') return false;
  const bodies = pronoun === 'it' ? SINGLE_BODIES : MANY_BODIES;
  return [toks.slice(0, k), previous].some((words) => {
    const head = subjectHeadAt(words);
    if (head < 0) return false;
    // ("The Ondish helicopters … left on 12 April. They had arrived in January": a state's craft, as troopSubject
    // counts them. Round 20.)
    // ("A field hospital joined the Force … it left on 12 April", "the engineer company": a unit of a force, as
    // unitAt reads one, is a body "it" stands for too. Round 20.)
    return bodies.has(words[head]!.normal) || (pronoun === 'they' && AIRCRAFT.has(words[head]!.normal) && statesCraft(words, head)) || (pronoun === 'it' && STRENGTH_UNITS.has(words[head]!.normal) && /^[a-z]/.test(words[head]!.text) && unitAt(words, head));
  });
}

/** Where the head of a clause's first noun phrase stands (-1 if none), after a label ("Claim:"): "The second Kestrian
 * battery reached …" → "battery". What a following "it" most often stands for. */
function subjectHeadAt(words: readonly Token[]): number {
  const label = words.findIndex((t, k) => k < 4 && t.text === ':');
  for (let k = label + 1; k < words.length; k++) {
    // A unit known by its name, "Battery Two", "Task Force Kilo": the name's first word is its body. Round 20.
    const named = words[k]!.pos === 'PROPN' && /^[A-Z][a-z]/.test(words[k]!.text) && (SINGLE_BODIES.has(words[k]!.normal) || MANY_BODIES.has(words[k]!.normal)) && /^(?:NUM|PROPN)$/.test(words[k + 1]?.pos ?? '');
    if (named) return k;
    if (words[k]!.pos !== 'NOUN') continue;
    while (words[k + 1]?.pos === 'NOUN') k++;
    return k;
  }
  return -1;
}

/**
 * "The training mission, which arrived in 2021", "an observer mission left the valley": a mission named by a word of
 * soldiers' or monitors' work is a body of troops, as a contingent is, so its arriving is no visit (round 15b). Not a
 * diplomatic, trade or fact-finding mission, nor a bare "mission" (an envoy's errand is as often meant).
 */
const FORCE_MISSION_WORDS = new Set(['training', 'observer', 'observers', 'observation', 'military', 'monitoring', 'peacekeeping', 'stabilisation', 'stabilization', 'advisory', 'naval', 'police', 'protection', 'border']);
const MISSIONS = new Set(['mission', 'missions']);

function forceMission(toks: readonly Token[], m: CueMatch): boolean {
  if (!troopSubject(toks, m, MISSIONS)) return false;
  // The nearest mission before the cue (the one troopSubject found) and the word before it.
  for (let k = m.first - 1; k >= 1 && k >= m.first - 16; k--) {
    if (MISSIONS.has(toks[k]!.normal)) return FORCE_MISSION_WORDS.has(toks[k - 1]!.normal) || namedMissionIn(toks, k);
  }
  return false;
}

/**
 * "The Alliance Mission in Brannock arrived", "the Union Mission in Osk left": a mission named, capitalised, for the
 * country it is in is how peace operations are named (a Mission in Somalia, in South Sudan), so its coming is a
 * deployment. Not "the trade mission arrived in Osk" (not a name) nor "the Mission of Osk to the Council" (a
 * diplomatic one, named for who sends it). Round 20.
 */
function namedMissionIn(toks: readonly Token[], k: number): boolean {
  // (The word before may be tagged a verb, "The Concord Mission": its capital is what counts. Round 21.)
  if (!(/^Missions?$/.test(toks[k]!.text) && /^[A-Z]/.test(toks[k - 1]?.text ?? '') && toks[k - 1]!.pos !== 'DET' && toks[k + 1]?.normal === 'in' && /^[A-Z]/.test(toks[k + 2]?.text ?? ''))) return false;
  // Its name holds a word of a force's work or of a body of states: not "the Trade Mission in Paris", "the Vessian
  // Mission in Kessa" (a state's embassy-like mission). Round 20 mend.
  let named = false;
  for (let j = k - 1; j >= 0 && /^[A-Z]/.test(toks[j]!.text) && toks[j]!.pos !== 'DET'; j--) {
    if (FORCE_MISSION_WORDS.has(toks[j]!.normal) || STATE_BODIES.has(toks[j]!.normal)) named = true;
  }
  // Nor a mission come to trade or to present credentials: "arrived … with forty business leaders".
  // (A Mission whose sentence counts troops is a force whatever its name: "The Concord Mission in Osk arrived in
  // 2042 and reached some 3,100 troops". Round 21.)
  return (named || troopsCounted(toks, k)) && !toks.some((t) => ENVOY_ERRANDS.has(t.normal));
}

/** A figure of troops after the Mission, in its stretch of the sentence: "some 3,100 troops", "2,000 soldiers". Round 21. */
function troopsCounted(toks: readonly Token[], from: number): boolean {
  // Within the Mission's own stretch of the sentence, up to a semicolon, colon or dash.
  for (let k = from + 1; k < toks.length && !/^[;:—–]$/.test(toks[k]!.text); k++) {
    if (COUNTED_TROOPS.has(toks[k]!.normal) && [1, 2].some((b) => /^\d[\d,]*$/.test(toks[k - b]!.text))) return true;
  }
  return false;
}
const COUNTED_TROOPS = new Set('troops|soldiers|peacekeepers|personnel|police|officers|observers|monitors'.split('|'));

/** Words naming a body of states or a peace operation's kind in a Mission's name: "the Alliance Mission in Brannock",
 * "the United Nations Mission in South Sudan", "the Multinational Assistance Mission in Osk". */
const STATE_BODIES = new Set('alliance union coalition nations un multinational international joint assistance security support stabilisation stabilization peace integrated interim'.split(' '));

/** A diplomatic or trade mission's errands and people. */
const ENVOY_ERRANDS = new Set('trade business businesses businessmen businesswomen investors investment commercial credentials ambassador ambassadors embassy embassies consulate diplomatic diplomats'.split(' '));

/**
 * "She arrived with the first Kestrian contingent in January": arriving with a body of troops is a troop arrival,
 * not a visit. Only "with" and the noun phrase after it, before any punctuation or verb. Round 11.
 */
function arrivesWithTroops(toks: readonly Token[], m: CueMatch): boolean {
  if (!/^arriv/.test(toks[m.first]!.normal)) return false;
  let within = false;
  for (let k = m.last + 1; k < toks.length && k <= m.last + 10; k++) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.normal === 'with') within = true;
    else if (within && TROOPS.has(t.normal) && isTroopWord(toks, k)) return true; // (any tag: 'contingent' is read as an adjective)
    else if (within && t.pos === 'ADP') within = false;
  }
  return false;
}

/**
 * A figure of ten or more right before token `k`, or before "or so", "more", "extra" or "other" there: "300
 * Kestrians", "the last 600 or so Norvenians" (round 13), "150 more Kestrians".
 */
function countedBefore(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (toks[j]?.normal === 'so' && toks[j - 1]?.normal === 'or') j -= 2;
  else if (/^(?:more|extra|other)$/.test(toks[j]?.normal ?? '')) j -= 1;
  const figure = toks[j]?.text ?? '';
  return /^\d[\d,]*$/.test(figure) && Number(figure.replace(/,/g, '')) >= 10;
}

/** A demonym in the plural: "Kestrians", "Norvenians", "Dalmorans", "Japanese" is left out (no plural ending). */
const DEMONYM_PLURAL = /^[A-Z][a-z]+(?:ians|ans|ers|ites|is)$/;

const DATE_STARTS = new Set(
  `${DATE_POSSESSORS}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|early|mid|late|spring|summer|autumn|fall|winter`.split('|'),
);

/** A date begins at token `k`: "February", "late February", "mid-May", "2027". */
function startsDate(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  return DATE_STARTS.has(t.normal) || /^mid-/.test(t.normal) || /^(?:1[89]|20)\d\d$/.test(t.text);
}

const splitSet = (words?: string) => new Set(words ? words.split('|') : []);
const UNLESS = new Map(CUES.map((c) => [c, splitSet(c.unless)]));
const UNLESS_BEFORE = new Map(CUES.map((c) => [c, splitSet(c.unlessBefore)]));
const UNLESS_NEXT = new Map(CUES.map((c) => [c, splitSet(c.unlessNext)]));

/** After the verb at `v`, a short object (no verb, no punctuation) and "into", "onto", "against" or "through". */
function thingSlammed(toks: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < toks.length && k <= v + 6; k++) {
    const t = toks[k]!;
    if (/^(?:into|onto|against|through)$/.test(t.normal)) return k > v + 1;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(t.pos) && !/^['’]s?$/.test(t.text)) return false;
  }
  return false;
}

/** A cue match's words, for a reason. */
function said(toks: readonly Token[], m: CueMatch): string {
  return toks.slice(m.first, m.last + 1).map((t) => t.text).join(' ');
}

/** All cue matches in the sentence whose conditions hold, in sentence order. */
/** @param previous the tokens of the sentence before, for a subject that only points back ('ellipsis'). */
/** @param why told of each cue matched and set aside, and why (`npm run explain`'s trace; absent when extracting). */
export function findCues(toks: readonly Token[], previous: readonly Token[] = [], why?: (code: string, message: string) => void): CueMatch[] {
  const out: CueMatch[] = [];
  // "True or false: the force deployed in 2032.": a claim offered for judging tells nothing. Round 17.
  if (claimForJudging(toks)) {
    why?.('claim-for-judging', 'a claim offered for judging ("True or false: …"), not a report');
    return out;
  }
  // "Cardle United won 3-1 on Saturday, and the league meets on Friday": sport's meetings and sayings are a game's.
  const sport = sportSentence(toks);
  let quoted: boolean[] | undefined;
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i]!;
    const starting = cuesStartingAt(first);
    if (!starting.length) continue;
    const verb = first.pos === 'VERB' && !isNominal(toks, i);
    for (const index of starting) {
      const { cue, slots } = COMPILED[index]!;
      if (cue.pos === 'verb' && !verb) continue;
      if (cue.pos === 'noun' && verb) continue;
      const last = matchAt(slots, toks, i, cue.tight === true);
      if (last === null) continue;
      if (hasWordWithin(toks, last + 1, last + 3, UNLESS.get(cue)!)) continue;
      // Over a possessive's apostrophe: "the teachers' strike".
      const prior = /^['’]$/.test(toks[i - 1]?.text ?? '') ? i - 2 : i - 1;
      if (hasWordWithin(toks, prior, prior, UNLESS_BEFORE.get(cue)!)) continue;
      // The subject before a verb's auxiliaries: "it will arrive", "the soldiers have now arrived". Round 13.
      let subject = prior;
      while (subject > 0 && (toks[subject]!.pos === 'AUX' || toks[subject]!.pos === 'ADV' || toks[subject]!.pos === 'PART')) subject--;
      if (subject !== prior && verb && hasWordWithin(toks, subject, subject, UNLESS_BEFORE.get(cue)!)) continue;
      // ("left in place" stays, but "left in late February" leaves: a date after the word is no state. Round 14.)
      if (hasWordWithin(toks, last + 1, last + 1, UNLESS_NEXT.get(cue)!) && !startsDate(toks, last + 2)) continue;
      const role = cue.needs === 'verbal' || toks.slice(i, last + 1).some((t, j) => t.pos === 'VERB' && !isNominal(toks, i + j)) ? 'verb' : 'noun';
      // A modal inside a cue hedges it too: "the talks could collapse", "talks are expected to resume".
      const hedgedInside = toks.slice(i + 1, last).some((t, j) => hedges(toks, i + 1 + j) || (EXPECTATIONS.has(t.normal) && toks[i + 2 + j]?.normal === 'to'));
      // A possessive starts a cue only after a date: "last week's round", not "the army's round".
      if (/^['’]s$/.test(first.text) && !DATE_OWNERS.has(toks[i - 1]?.normal ?? '')) continue;
      const m: CueMatch = { cue, first: i, last, role, hedged: isHedged(toks, i) || hedgedInside || (role === 'noun' && (hedgedVerbAfter(toks, last) || predictedNoun(toks, last))) };
      if (sport && (cue.kind === 'talks' || cue.kind === 'statement')) { why?.('cue-sport', `"${said(toks, m)}": a sentence of sport (a score, a derby, a fixture): a game's meeting or saying`); continue; }
      if (insideName(toks, m, cue)) { why?.('cue-in-name', `"${said(toks, m)}" is part of a name`); continue; }
      if (role === 'noun' && (negatedNoun(toks, i) || (cue.kind === 'talks' && modifiesPerson(toks, m)))) { why?.('cue-negated-noun', `"${said(toks, m)}" is negated ("no talks") or names a person's role`); continue; }
      if (role === 'noun' && whetherOrNot(toks, m)) { why?.('cue-open-question', `"${said(toks, m)}" is under "whether or not"`); continue; }
      // "a heart attack", "a ransomware attack", "hit by a cyber-attack": no force used (attack-senses.ts). Round 21.
      if (cue.kind === 'attack' && (harmlessAttack(toks, i, last) || (i === last && harmlessAnaphor(toks, i, previous)) || harmlessHarm(toks, i, last))) { why?.('cue-attack-sense', `"${said(toks, m)}" is an illness, a computer intrusion, an animal's or words: no force used`); continue; }
      // "relatives of the slain policemen", "212 wounded civilians": people described, no harm told (attributive-harm.ts). Round 21.
      if (cue.kind === 'attack' && i === last && hostagesNamed(toks, i)) { why?.('cue-attributive-harm', `"${said(toks, m)}" names the people held, no taking told at this date`); continue; }
      if (cue.kind === 'attack' && i === last && attributiveHarm(toks, i)) { why?.('cue-attributive-harm', `"${said(toks, m)}" describes the people named after it, no harm told at this date`); continue; }
      if (cue.kind === 'attack' && role === 'noun' && weaponTrade(toks, last)) { why?.('cue-weapon-trade', `"${said(toks, m)}" names a trade that makes the weapon safe ("bomb-disposal company", "bomb squad"), no attack`); continue; }
      // "arrived at the scene of the bombing on Tuesday": the attack named as the arrival's place is told elsewhere;
      // the day is the arrival's (incident-response.ts). Round 20 mend.
      if (cue.kind === 'attack' && role === 'noun' && sceneNamed(toks, m.first)) { why?.('cue-scene-named', `"${said(toks, m)}" only names the scene arrived at, an attack told elsewhere`); continue; }
      if (cue.kind === 'attack' && role === 'noun' && weaponHandled(toks, m)) { why?.('cue-weapon-handled', `"${said(toks, m)}" is shown, traded or found, not used`); continue; }
      // "Police bomb disposal experts arrived at the scene": responders to an incident, no force's move (incident-response.ts).
      // (Nor a visit: "experts arrived at the scene" answer an incident, they meet no party. Round 20.)
      // (A leader arriving there still visits: "President Dern arrived at the scene of the bombing". Round 20 mend.)
      if ((cue.kind === 'troops' || (cue.kind === 'talks' && cue.cameo === '042' && !dignitaryArrives(toks, m.first))) && role === 'verb' && incidentResponse(toks, m.first, last)) { why?.('cue-incident-response', `"${said(toks, m)}": police specialists or responders at an incident's scene, no force's move`); continue; }
      // ("One soldier's mum told the paper": the count says whose kin speaks, kin-speaker.ts. Round 20.)
      if (cue.kind === 'troops' && cue.cameo === '150' && kinOwner(toks, last)) { why?.('cue-kin-owner', `"${said(toks, m)}" says whose kin is meant, not a force`); continue; }
      // ("Two soldiers' widows met the minister": private kin meeting an official hold no talks. Round 20.)
      if (cue.kind === 'talks' && role === 'verb' && privateKinSubject(toks, i)) { why?.('cue-kin-subject', `"${said(toks, m)}": private kin meeting an official, no talks between parties`); continue; }
      // ("pardoned 40 soldiers", "three officers were jailed": people a court or a commander deals with, disciplined-count.ts. Round 21.)
      if (cue.kind === 'troops' && cue.cameo === '150' && disciplinedCount(toks, m.first, m.last)) { why?.('cue-casualties', `"${said(toks, m)}" counts people tried, jailed, pardoned or dismissed, not a force`); continue; }
      if (cue.kind === 'troops' && cue.cameo === '150' && casualties(toks, m)) { why?.('cue-casualties', `"${said(toks, m)}" counts casualties, not a force`); continue; }
      // "An interview on 28 March quoted the general as saying …": the outlet's own interview, as its subject, is the
      // outlet's past text, no statement ("In an interview on 28 March, the general said" keeps the general's). Round 17.
      if (cue.kind === 'statement' && role === 'noun' && outletArtefact(toks, i) && !afterPreposition(toks, i)) { why?.('cue-outlet-text', `"${said(toks, m)}" is the outlet's own text, no party's statement`); continue; }
      if (cue.kind === 'troops' && cue.cameo === '087' && /^(?:hand|pass|transfer)/.test(first.normal) && handsHeldThing(toks, m)) { why?.('cue-held-thing', `"${said(toks, m)}" hands over what a force holds for others (suspects, evidence), no post`); continue; }
      // "will say the 10am Mass", "the town mourned the three officers", "will visit for Confirmations": rites of
      // worship and of grief, not a party's statement or visit (rites.ts). Round 19.
      if (cue.kind === 'statement' && role === 'verb' && (riteSaid(toks, i) || communalMourning(toks, i))) { why?.('cue-rite', `"${said(toks, m)}": a rite of worship or a community's grief, no statement`); continue; }
      if (cue.kind === 'talks' && cue.cameo === '042' && flagFlown(toks, i)) { why?.('cue-rite', `"${said(toks, m)}": a flag flown (at half-mast), no visit`); continue; }
      if (cue.kind === 'talks' && cue.cameo === '042' && riteVisit(toks, last)) { why?.('cue-rite', `"${said(toks, m)}": a visit for a rite of worship, no talks`); continue; }
      // "the mediator, Tarn's envoy Ada Fenn, announced …": the role is the speaker, not talks (role-speaker.ts).
      if (cue.kind === 'talks' && role === 'noun' && /^mediators?$/.test(toks[last]!.normal) && roleSpeaks(toks, last)) { why?.('cue-role-speaks', `"${said(toks, m)}" names who speaks, no talks`); continue; }
      if (cue.kind === 'statement' && mourningDay(toks, m)) { why?.('cue-ceremony', `"${said(toks, m)}": a day of mourning ordered is a rite, no statement`); continue; }
      if (cue.kind === 'talks' && writersPlace(toks, m, (quoted ??= quotedTokens(toks)))) { why?.('cue-memory', `"${said(toks, m)}": the writer's own place, a memory, no visit told`); continue; }
      // "three days between the two meetings": the developments only bound a stretch counted (interval.ts). Round 20.
      if ((cue.kind === 'talks' || cue.kind === 'attack') && role === 'noun' && countedBetween(toks, i)) { why?.('cue-interval', `"${said(toks, m)}" only bounds a stretch of time counted between developments`); continue; }
      // "officials close to the talks said …": the talks only vouch for the source (source-phrase.ts). Round 20.
      if (cue.kind === 'talks' && role === 'noun' && sourcePhrase(toks, i)) { why?.('cue-source-phrase', `"${said(toks, m)}" only says where an unnamed source stands ("close to the talks")`); continue; }
      if (cue.kind === 'talks' && role === 'noun' && minutesOf(toks, i)) { why?.('cue-record', `"${said(toks, m)}": the minutes of a meeting are its record, approved as procedure`); continue; }
      if (role === 'noun' && pricedIn(toks, i)) { why?.('cue-priced', `"${said(toks, m)}" is what a market prices, not what happened`); continue; }
      // "A month ago we wrote to you full of hope": the writer addressing the reader (press-voice.ts). Round 20.
      if (cue.kind === 'statement' && role === 'verb' && readerAddressed(toks, i, (quoted ??= quotedTokens(toks)))) { why?.('cue-reader-address', `"${said(toks, m)}": the writer addressing the reader, no party's statement`); continue; }
      // "The striker slammed the ball into the net": slamming a thing into, onto or against another is an impact,
      // not a criticism, with its object between (unlessNext sees only the next word). Round 20 mend.
      if (cue.kind === 'statement' && role === 'verb' && /^slam/.test(first.normal) && thingSlammed(toks, last)) { why?.('cue-impact', `"${said(toks, m)}" drives a thing into another, no criticism`); continue; }
      // "answered with more troops", "answered every question": a reply in deeds, or to questions, tells no words (answer-deed.ts). Round 21.
      if (cue.kind === 'statement' && role === 'verb' && (answerWithoutWords(toks, m.first) || questionAsked(toks, m.first))) { why?.('cue-answer-deed', `"${said(toks, m)}" answers in deeds or takes questions: no words of the speaker told`); continue; }
      // "A documentary screened on Monday told the story of …": a made thing tells, no party says (work-narration.ts). Round 21.
      if (cue.kind === 'statement' && role === 'verb' && workNarrates(toks, i)) { why?.('cue-work-narrates', `"${said(toks, m)}": a film, book, play or sign tells, no party's statement`); continue; }
      // "The chess club met on Wednesday", "shareholders met to approve the merger" (private-meeting.ts). Round 21.
      if (cue.kind === 'talks' && role === 'verb' && privateMeeting(toks, i)) { why?.('cue-private-meeting', `"${said(toks, m)}": a club's or a company's own meeting, no talks between parties`); continue; }
      // "Talks, expected on Thursday, never took place" (untaken-event.ts). Round 21.
      if ((cue.kind === 'talks' || cue.kind === 'attack') && toks[i]!.pos !== 'VERB' && untakenEvent(toks, last)) { why?.('cue-untaken', `"${said(toks, m)}" never took place, by its own sentence`); continue; }
      if (cue.kind === 'statement' && noComment(toks, i)) { why?.('cue-no-comment', `"${said(toks, m)}": no comment is no statement`); continue; }
      if (!conditionHolds(toks, m, previous) && !conditionPastRelative(toks, m, previous)) { why?.('cue-condition', `"${said(toks, m)}": its words around it do not make it a development of that kind`); continue; }
      if (cue.kind === 'talks' && (pressEncounter(toks, m, (quoted ??= quotedTokens(toks))) || sayingFrame(toks, m) || sayingFrameBy(toks, m) || meetsTarget(toks, m) || labourMeeting(toks, m) || bodySitting(toks, m))) { why?.('cue-not-talks', `"${said(toks, m)}": meeting the press, framing a saying, meeting a target, a union's meeting or a body's sitting, not talks`); continue; }
      // Troops that fly or arrive travel, but pay no visit: "The soldiers, some 650 of them, flew home"; nor does a
      // vehicle ("Water lorries will visit the eastern quarters").
      // (Not for "to see": its traveller is the clause's subject, not the boat taken, "took a boat to Tull to see Marr".)
      if (cue.kind === 'talks' && cue.cameo === '042' && first.normal !== 'to' && (troopSubject(toks, m) || arrivesWithTroops(toks, m) || troopSubject(toks, m, VEHICLE_WORDS) || forceMission(toks, m) || unitCarried(toks, m) || pronounForTroops(toks, m, previous) || stateUnitMoves(toks, m, previous))) { why?.('cue-not-visit', `"${said(toks, m)}": troops or vehicles travel, they pay no visit`); continue; }
      // "Workers came to clear the rubble", "four of them came to fix the roof": a crew or a count of a group travels
      // to work or help, and pays no visit (crew-arrival.ts). Round 21.
      if (cue.kind === 'talks' && cue.cameo === '042' && role === 'verb' && first.normal !== 'to' && crewTravels(toks, m.first)) { why?.('cue-not-visit', `"${said(toks, m)}": a crew or a crowd travels, it pays no visit`); continue; }
      if (cue.kind === 'talks' && arrivalOfSaying(toks, m)) { why?.('cue-not-visit', `"${said(toks, m)}" only times a saying`); continue; }
      // "Reached by telephone in Skell, Morvan said …": the reporter's call.
      if (cue.kind === 'talks' && /^(?:reached|contacted|interviewed)$/.test(toks[m.first - 2]?.normal ?? '') && toks[m.first - 1]?.normal === 'by') { why?.('cue-not-visit', `"${said(toks, m)}": the reporter's call`); continue; }
      if (cue.kind === 'statement' && negatedSaying(toks, m)) { why?.('negated-saying', `"${said(toks, m)}" is denied ("would not say", "declined to say"): no statement made`); continue; }
      // "the Government did not consult the House", "the rebels have never attacked the port": what did not happen.
      if (cue.kind !== 'statement' && role === 'verb' && negatedVerb(toks, m)) { why?.('negated-verb', `"${said(toks, m)}" is under "not" or "never": what did not happen`); continue; }
      out.push(m);
    }
  }
  // What a hedged verb governs is hedged with it: "is likely to withdraw its last 200 soldiers" (the count), "the
  // talks could collapse" (the talks noun inside the hedged cue).
  for (const m of out) {
    if (m.hedged || m.role !== 'noun') continue;
    m.hedged = out.some((h) => h !== m && h.hedged && h.cue.kind === m.cue.kind && ((h.first <= m.first && m.first <= h.last) || (h.last < m.first && m.first - h.last <= 4)));
  }
  return out;
}
