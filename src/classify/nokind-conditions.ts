// Round 19: the conditions of nokind-cues.ts that the pattern syntax cannot say, keyed on the cue objects themselves
// (find-cues.ts asks extraCondition() before its own 'needs' switch). Each returns whether the words around the cue
// make it a development of its kind.

import type { Token } from '../nlp/wink.js';
import { ARMED_BODIES, NATIONAL, PUBLIC_OFFICES, TROOP_WORDS, VISITORS, type Cue } from './vocabulary.js';
import { ARMY_PULLS_BACK, BODY_VOTED, FACT_BOX_LEVEL, TROOPS_HAVE_UNTIL, IT_CLOSES, IT_DOWN_TO, IT_GONE, IT_HAS_FIGURE, PARTIES_ACCEPT, PASSIVE_AGREED, PERFECT_PASSIVE_AGREED, ROUNDS_HELD, SEND_MORE, SPENT_WITH, STATE_UNIT_HOME, STATE_UNIT_ARRIVES, STATE_UNIT_LEAVES, TAKE_OVER_SECURITY, HANDOVER_TO_FORCE, ARRIVAL, UNIT_DUE, SAYING_THAT, POINTED_OUT, HIT_BACK, RECONVENE, HAMMER_OUT, ROTATES_HOME, STOOD_DOWN, LOST_LIVES, SIGNING, DOWNING_OF, STORMING_OF, LASHED_OUT, WOUND_UP, SPOKE_OUT, APOLOGISED, SENT_DELEGATION, INITIALLED, EXCHANGED_PROPOSALS, UNDER_FIRE, ADDRESSED, BRIEFED, ADDRESSED_BARE, BRIEFED_BODY, BACK_TO_TABLE } from './nokind-cues.js';
import { twoParties, type CueMatch } from './find-cues.js';
import { accordSigning, craftDowned, fireNotCriticism, forceWoundUp, placeStormed, hitBackInWords, notBusiness, publicAddress, publicSpeaker, livesLostToForce, notFromAlert, reportsWords, settlementHammered, talksReconvene } from './nokind-probe.js';
import { demonymForce, handoverToForce, stateUnitMoves, takeOverSecurity, unitArrival, unitDue } from './nokind-moves.js';

/** What parties accept when they settle: a text, a plan, terms (not "accepted the invitation", "the result"). */
const SETTLEMENT_TEXTS = new Set(
  'framework frameworks agreement agreements deal deals accord accords ceasefire truce plan plans proposal proposals protocol roadmap terms text draft compromise understanding'.split(' '),
);

/**
 * Round 19d: what shows two accepting parties are in sport or trade, not a dispute: "both teams accepted the terms of
 * the transfer", "the clubs accepted the fee". Their "terms" are a contract's.
 */
const COMMERCIAL = new Set('team teams club clubs transfer transfers player players fee contract contracts sponsor sponsors buyer buyers seller sellers bidder bidders shareholders merger takeover'.split(' '));

/** Two parties accept a text of settlement named in the sentence: "a framework … that both sides accepted". */
function partiesAcceptText(toks: readonly Token[], m: CueMatch): boolean {
  return twoParties(toks, m) && toks.some((t) => SETTLEMENT_TEXTS.has(t.normal)) && !toks.some((t) => COMMERCIAL.has(t.normal));
}

const TROOPS = new Set(TROOP_WORDS.split('|'));

/** Troops named as a noun in the sentence or the one before: what a bare "60 more" counts. (Not "helmets" alone.) */
function troopsNamed(toks: readonly Token[], previous: readonly Token[]): boolean {
  return [...toks, ...previous].some((t) => TROOPS.has(t.normal) && t.normal !== 'helmets' && (t.pos === 'NOUN' || t.pos === 'PROPN'));
}

/** Round 19d: senders who send goods, patients or pupils, not troops: "the charity sent 60 more". */
const CIVIL_SENDERS = new Set('charity|charities|school|schools|hospital|hospitals|company|companies|firm|firms|bakery|shop|store|agency|agencies|church|clinic|university|factory|publisher'.split('|'));

/** The noun a figure at k counts: the first noun within three tokens after it, past adjectives and "more". */
function countedNoun(toks: readonly Token[], k: number): Token | undefined {
  for (let j = k + 1; j < toks.length && j <= k + 3; j++) {
    const t = toks[j]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return t;
    if (t.pos !== 'ADJ' && !/^(?:more|extra|additional|other)$/.test(t.normal)) return undefined;
  }
  return undefined;
}

/**
 * Round 19d: a bare "60 more" counts what was last counted before it. Troops named anywhere near were not enough:
 * "The army has 400 soldiers … The charity sent 60 more parcels … and has promised to send 60 more in July" counts
 * parcels, and "Soldiers' families wrote 200 letters … The school sent 60 more" counts letters. So: no noun follows
 * "more" (else that noun is what is sent), the closest counted noun before it, in the sentence or the one before, is
 * troops, and the sender is no charity, school, hospital or company.
 */
function moreTroopsSent(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean {
  const after = toks[m.last + 1];
  if (after && (after.pos === 'NOUN' || after.pos === 'PROPN')) return false;
  if (toks.slice(Math.max(0, m.first - 6), m.first).some((t) => CIVIL_SENDERS.has(t.normal))) return false;
  // A clause read alone ("…, and has promised to send 60 more in July") has lost its sender and what it counted.
  if (!toks.slice(0, m.first).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON')) return false;
  const before = [...previous, ...toks.slice(0, m.first)];
  for (let k = before.length - 1; k >= 0; k--) {
    if (before[k]!.pos !== 'NUM') continue;
    const noun = countedNoun(before, k);
    if (noun) return TROOPS.has(noun.normal) && noun.normal !== 'helmets';
  }
  return true;
}

const NEGOTIATORS = new Set(VISITORS.split('|'));

/** Round 19d: offices a title before a name holds: "President Ilse Marr", "Foreign Minister Ode". */
const OFFICES = new Set([...NEGOTIATORS, ...PUBLIC_OFFICES.split('|')]);

/**
 * The noun phrase after the cue's "with" is headed by a person by name who holds an office ("President Ilse Marr")
 * or by a negotiator ("the rebel delegation", "the envoys"): its last noun before a preposition, a verb or
 * punctuation. Round 19d: a name was enough anywhere in the phrase, so "spent Sunday with Manchester United fans"
 * and "with the Kurdish fighters" were meetings: the name must head its phrase (no common noun after it), and a
 * name with no office before it ("Dr Ahmed Rahimi") counts only when the one who spent the time is an official.
 */
function negotiatorAfter(toks: readonly Token[], m: CueMatch): boolean {
  let head: Token | undefined;
  let office = false;
  for (let k = m.last + 1; k < toks.length && k <= m.last + 8; k++) {
    const t = toks[k]!;
    // A determiner after the head opens another phrase: "with President Ilse Marr this morning".
    if (head && t.pos === 'DET') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      if (OFFICES.has(t.normal)) office = true;
      head = t;
    } else if (!['DET', 'ADJ', 'NUM'].includes(t.pos) && !/^['’]s$/.test(t.text)) break;
  }
  if (!head) return false;
  if (head.pos === 'PROPN' && /^[A-Z]/.test(head.text)) return office || officialSubject(toks, m.first);
  return NEGOTIATORS.has(head.normal);
}

/** The one who spent the time, just before the verb, is an official: "the foreign minister", "the envoy". */
function officialSubject(toks: readonly Token[], verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 4; k--) {
    const t = toks[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return NEGOTIATORS.has(t.normal);
    if (!['AUX', 'ADV', 'PART'].includes(t.pos)) return false;
  }
  return false;
}

/**
 * Round 19d: rounds of a contest or an election, named in the sentence or the one before: "Rounds were held on 2 May
 * and 16 May in the last election", "the Welsh champion won both on points", "The golf tournament … Rounds began".
 */
const CONTEST_WORDS = new Set(
  'election|elections|vote|votes|voting|ballot|ballots|run-off|runoff|poll|polls|tournament|championship|champion|champions|golf|points|bout|bouts|boxer|boxers|match|matches|race|league|cup|qualifying|judges|knockout|round-robin|competition|contest|quiz|auction|funding|interviews|layoffs'.split('|'),
);

/** Rounds held are talks only when no contest or election is told with them (ROUNDS_HELD). */
function roundsOfTalks(toks: readonly Token[], previous: readonly Token[]): boolean {
  return ![...toks, ...previous].some((t) => CONTEST_WORDS.has(t.normal));
}

/**
 * Round 19d: a "framework", a "roadmap" or an "understanding" agreed is a settlement of parties only when it bears a
 * name ("the Corsena Framework") or parties in conflict are named with it: "the EU's new fiscal framework was agreed"
 * and "an understanding was reached with the landlord" are budget rules and rent.
 */
const LOOSE_INSTRUMENTS = new Set(['framework', 'roadmap', 'understanding']);
const CONFLICT_WORDS = new Set(
  'sides|parties|governments|rebels|rebel|insurgents|militia|militias|ceasefire|truce|peace|warring|factions|separatists|army|troops|conflict|war|hostilities|fighting|mediators|mediator|mediation'.split('|'),
);

function instrumentOfParties(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean {
  const noun = toks[m.first]!;
  if (!LOOSE_INSTRUMENTS.has(noun.normal)) return true;
  if (m.first > 0 && /^[A-Z]/.test(noun.text)) return true;
  if (toks[m.first - 1]?.pos === 'PROPN' && !/^['’]s$/.test(toks[m.first - 1]!.text)) return true;
  return [...toks, ...previous].some((t) => CONFLICT_WORDS.has(t.normal));
}

/**
 * Round 19d: the bodies whose vote is a decision told as a statement: assemblies, councils, governments and their
 * members as a body. A board, a jury or a union voting ("to raise ticket prices", "to award the prize", "to strike")
 * decides no matter of our news.
 */
const ASSEMBLIES = new Set(
  'parliament|parliaments|council|councils|assembly|assemblies|cabinet|congress|senate|house|legislature|legislatures|lawmakers|legislators|mps|deputies|senators|representatives|chamber|knesset|duma|bundestag|majlis|rada|sejm|jirga|shura|government|coalition|alliance'.split('|'),
);
/** What tells the vote's decision, after the verb: "to" with a verb, "not", "against", "unanimously". */
const DECISION = new Set(['not', 'against', 'unanimously']);

/**
 * A body voting decides (BODY_VOTED): its decision follows the verb within the clause, and the subject's head — the
 * first noun of the clause before the verb, as in "Members of the union" — is an assembly (a name of one counts too:
 * "the Tarnow council", "Parliament").
 */
function assemblyVoted(toks: readonly Token[], m: CueMatch): boolean {
  let decided = false;
  for (let k = m.last + 1; k < toks.length && k <= m.last + 8; k++) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT' && t.text !== '-') break;
    if (DECISION.has(t.normal) || (t.normal === 'to' && ['VERB', 'AUX'].includes(toks[k + 1]?.pos ?? ''))) {
      decided = true;
      break;
    }
  }
  if (!decided) return false;
  // The subject's head: the last noun of the first noun phrase before the verb, going back from it to the clause's
  // start (a comma, a conjunction or the sentence's start) and then forward to the first preposition.
  let start = m.first - 1;
  while (start >= 0 && !(toks[start]!.pos === 'PUNCT' || toks[start]!.pos === 'CCONJ' || toks[start]!.pos === 'SCONJ')) start--;
  let head: Token | undefined;
  for (let k = start + 1; k < m.first; k++) {
    const t = toks[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
    else if (head && (t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'AUX')) break;
  }
  return !!head && ASSEMBLIES.has(head.normal);
}

/** Bodies of troops "it" can stand for. */
const FORCE_BODIES = new Set('force|mission|contingent|battalion|brigade|regiment|garrison|deployment|squadron|flotilla'.split('|'));
/** What may lead up to the verb from its subject: "it will", "it is due to", "it now", "it would be". */
const LEADING = new Set(['due', 'to', 'set', 'expected', 'scheduled', 'now', 'still', 'then']);
/** What a force's figure may count: people of it, or nothing ("it has about 1,200"). */
const FORCE_COUNTED = new Set('people|personnel|troops|soldiers|peacekeepers|observers|monitors|sailors|marines|men|women|uniformed'.split('|'));
// Round 19d: not "staff" — an aid agency's or an embassy's staff are no force's.

/** "it" is the verb's whole subject, opening its clause: "It is due to close", "Today it has", "and it will be gone". */
function itSubject(toks: readonly Token[], m: CueMatch): boolean {
  let k = m.first - 1;
  while (k >= 0 && (['AUX', 'ADV', 'PART'].includes(toks[k]!.pos) || LEADING.has(toks[k]!.normal))) k--;
  if (toks[k]?.normal !== 'it') return false;
  const before = toks[k - 1];
  return !before || before.pos !== 'VERB' && before.pos !== 'ADP' && before.pos !== 'SCONJ' && before.normal !== 'that';
}

/** Round 19d: what makes a "mission" a force's, before it: a trade, space or exhibition mission is none. */
const MILITARY_MODIFIERS = new Set(
  'peacekeeping|military|observer|monitoring|un|nato|stabilisation|stabilization|training|combat|protection|verification|ceasefire|advisory|naval|police|peace|security|border|multinational|international|african|european|eu'.split('|'),
);
/** Round 19d: the force words that can close or end: a mission or an operation does, a brigade does not. */
const CLOSING_BODIES = new Set('force|mission|operation|garrison|deployment'.split('|'));

/**
 * The sentence's subject, as the index of its head: the last noun before the first verb, past openers ("At its
 * peak, in 2029,") and a relative clause between commas (", which had about 2,000 soldiers in March,").
 */
function subjectHead(toks: readonly Token[]): number {
  let head = -1;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text === ',' && /^(?:which|who|whose)$/.test(toks[k + 1]?.normal ?? '')) {
      while (k + 1 < toks.length && toks[k + 1]!.text !== ',') k++;
      k++;
      continue;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') return head;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = k;
    else if (t.pos === 'ADP' || t.text === ',') head = -1;
  }
  return -1;
}

/** Troops counted as a force's in the sentence: "had about 9,100 troops", "has 1,500 peacekeepers". */
function troopsCounted(previous: readonly Token[]): boolean {
  return previous.some((t, k) => TROOPS.has(t.normal) && previous.slice(Math.max(0, k - 5), k).some((h) => /^(?:has|have|had)$/.test(h.normal)));
}

/**
 * Another clause after the subject with a subject of its own, which "it" may stand for instead: "…, but the aid
 * agency that worked beside it has been cut back".
 */
function laterSubject(previous: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < previous.length - 1; k++) {
    const t = previous[k]!;
    if (!(t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.text === ';')) continue;
    const next = previous[k + 1]!;
    if (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') return true;
  }
  return false;
}

/**
 * The sentence before names a force: a body of troops, or troops counted as a force's ("had about 9,100 troops").
 * Round 19d: any force word anywhere in it was enough, so "an exhibition on the peacekeeping mission. It will close",
 * "The trade mission arrived … It ends on Friday" and "The brigade was based near the old cement works … It closed"
 * were troops. Now the force must be the sentence's subject, with no later clause of another subject; a "mission"
 * must be a military one (a modifier that says so, or troops counted with it); and what closes or ends must be a
 * body that can (a mission, a force, an operation), or a subject counted in troops.
 */
function forceBefore(previous: readonly Token[], closing = false): boolean {
  const h = subjectHead(previous);
  if (h < 0 || laterSubject(previous, h)) return false;
  const head = previous[h]!;
  const counted = troopsCounted(previous);
  if (FORCE_BODIES.has(head.normal)) {
    if (closing && !CLOSING_BODIES.has(head.normal) && !counted) return false;
    if (head.normal !== 'mission') return true;
    let k = h - 1;
    while (k >= 0 && ['ADJ', 'NOUN', 'PROPN'].includes(previous[k]!.pos)) {
      if (MILITARY_MODIFIERS.has(previous[k]!.normal)) return true;
      k--;
    }
    return counted;
  }
  return counted;
}

/** The figure after "has" counts the force: nothing or one of its people follows it ("about 1,300 people"). */
function figureOfForce(toks: readonly Token[], m: CueMatch): boolean {
  const after = toks[m.last + 1];
  return !after || after.pos === 'PUNCT' || after.pos === 'ADP' || after.pos === 'CCONJ' || FORCE_COUNTED.has(after.normal);
}

const itForce = (toks: readonly Token[], m: CueMatch, previous: readonly Token[]) => itSubject(toks, m) && forceBefore(previous);
const itForceCloses = (toks: readonly Token[], m: CueMatch, previous: readonly Token[]) => itSubject(toks, m) && forceBefore(previous, true);

/** Round 19e: units a state's force comes in that are no troop word of their own (a firm's or a theatre's too). */
const STATE_UNITS = new Set('company|companies|detachment|detachments'.split('|'));
/** What makes a company a stage's, a firm's or a team's: "the ballet company", "the touring companies went home". */
const CIVIL_COMPANY_WORDS = new Set(
  'theatre|theater|ballet|opera|dance|touring|tour|concert|concerts|orchestra|choir|festival|performance|performances|show|shows|stage|season|insurance|shipping|airline|firm|firms|business|businesses|shares|investors|match|tournament|fans|team'.split('|'),
);

/**
 * STATE_UNIT_HOME: the verb's subject, back over auxiliaries and adverbs, is a company or a detachment with a state's
 * adjective right before it, capitalised and not the sentence's first word ("The Norrowan companies"), and no word of
 * the stage, trade or sport stands in the sentence.
 */
function stateUnitHome(toks: readonly Token[], m: CueMatch): boolean {
  if (toks.some((t) => CIVIL_COMPANY_WORDS.has(t.normal))) return false;
  let k = m.first - 1;
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(toks[k]!.pos)) k--;
  const unit = toks[k];
  const state = toks[k - 1];
  if (!unit || !state || !STATE_UNITS.has(unit.normal) || unit.pos !== 'NOUN') return false;
  return k - 1 > 0 && NATIONAL.test(state.text);
}


/** Round 20: armed bodies that pull back or out with their troops, as a subject (ARMY_PULLS_BACK). */
const PULLING_BODIES = new Set(ARMED_BODIES.split('|'));
/** Places a force holds or leaves, as the noun after "from" or "of": "pulled back from the ridge". */
const HELD_PLACES = new Set(
  'ridge|ridges|town|towns|city|village|villages|border|front|frontline|line|lines|position|positions|valley|river|hill|hills|heights|zone|area|capital|province|region|pass|road|bridge|base|bases|outskirts|suburbs|district|districts|island|coast|port|airport|crossing|plateau|corridor|sector'.split('|'),
);

/**
 * ARMY_PULLS_BACK: the verb's subject, back over auxiliaries and adverbs, is an armed body, and the noun phrase after
 * "from" or "of" is a place: a name (not the sentence's first word) or a held place's noun ("the ridge").
 */
function armyPullsBack(toks: readonly Token[], m: CueMatch): boolean {
  let k = m.first - 1;
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(toks[k]!.pos)) k--;
  if (!PULLING_BODIES.has(toks[k]?.normal ?? '')) return false;
  // (The Salvation Army is a church's charity, the one army of the English-speaking world that bears no arms.)
  if (toks[k - 1]?.normal === 'salvation') return false;
  for (let j = m.last + 1; j < toks.length && j <= m.last + 5; j++) {
    const t = toks[j]!;
    if (HELD_PLACES.has(t.normal) || (t.pos === 'PROPN' && /^[A-Z]/.test(t.text))) return true;
    if (!['DET', 'ADJ', 'NUM'].includes(t.pos) && !/^['’]s$/.test(t.text)) return false;
  }
  return false;
}

/**
 * FACT_BOX_LEVEL: the figure opens the line, no verb stands in it, and the phrase after the colon, up to its first
 * preposition, is headed by a troop word ("uniformed personnel", "Mission troops").
 */
function factBoxLevel(toks: readonly Token[], m: CueMatch): boolean {
  if (m.first !== 0 || toks.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  let head: Token | undefined;
  for (let k = m.last + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
    else if (t.pos !== 'DET' && t.pos !== 'ADJ') break;
  }
  return !!head && head.pos === 'NOUN' && TROOPS.has(head.normal) && head.normal !== 'helmets';
}

/** Verbs that leave of themselves: "have until 30 June to leave", "… to withdraw", "… to vacate the base". */
const LEAVING = new Set('leave|withdraw|depart|vacate|quit|evacuate|sail|fly'.split('|'));
/** Verbs that leave only with the word after them: "to go home", "to pull out", "to get out", "to be gone". */
const LEAVING_WITH = new Map<string, ReadonlySet<string>>([
  ['go', new Set(['home', 'back'])],
  ['pull', new Set(['out', 'back'])],
  ['get', new Set(['out'])],
  ['move', new Set(['out'])],
  ['clear', new Set(['out'])],
  ['be', new Set(['out', 'gone', 'home'])],
]);

/** "to" at `to` and a verb of leaving after it: "to leave", "to pull out"; not "to hand in their rifles". */
function toLeave(toks: readonly Token[], to: number): boolean {
  const verb = toks[to + 1];
  if (!verb) return false;
  if (LEAVING.has(verb.normal) || LEAVING.has(verb.lemma)) return true;
  const after = LEAVING_WITH.get(verb.lemma) ?? LEAVING_WITH.get(verb.normal);
  return !!after && after.has(toks[to + 2]?.normal ?? '');
}

/** Words after a past "had until" that tell the deadline was not kept: "…, but most stayed until December". */
const STAYED = new Set(['stay', 'stayed', 'remain', 'remained', 'lingered', 'linger']);

/**
 * TROOPS_HAVE_UNTIL: after "until" only a date ("30 September", "the end of June", "mid-July") to the clause's end,
 * or "to" and a verb of leaving (toLeave). Not a past "had until" that a "but" clause says was not kept ("had until
 * 30 September to leave, but most stayed"): the date was a deadline, not the leaving.
 */
function deadlineToLeave(toks: readonly Token[], m: CueMatch): boolean {
  if (toks[m.first]?.normal === 'had') {
    const but = toks.findIndex((t, k) => k > m.last && (t.normal === 'but' || t.normal === 'yet'));
    for (let k = but + 1; but >= 0 && k < toks.length; k++) if (STAYED.has(toks[k]!.normal) || (toks[k]!.normal === 'did' && toks[k + 1]?.normal === 'not')) return false;
  }
  for (let k = m.last + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.normal === 'to') return toLeave(toks, k);
    if (t.pos === 'PUNCT') return t.text !== '-';
    if (!['NUM', 'PROPN', 'DET', 'ADJ', 'NOUN', 'ADP'].includes(t.pos) || (t.pos === 'ADP' && t.normal !== 'of')) return false;
  }
  return true;
}

const CONDITIONS = new Map<Cue, (toks: readonly Token[], m: CueMatch, previous: readonly Token[]) => boolean>([
  [PARTIES_ACCEPT, partiesAcceptText],
  [BODY_VOTED, assemblyVoted],
  [PASSIVE_AGREED, instrumentOfParties],
  [PERFECT_PASSIVE_AGREED, instrumentOfParties],
  [ROUNDS_HELD, (toks, _m, previous) => roundsOfTalks(toks, previous)],
  [SEND_MORE, (toks, m, previous) => troopsNamed(toks, previous) && moreTroopsSent(toks, m, previous)],
  [SPENT_WITH, negotiatorAfter],
  [IT_HAS_FIGURE, (toks, m, previous) => itForce(toks, m, previous) && figureOfForce(toks, m)],
  [IT_DOWN_TO, itForce],
  [IT_GONE, itForce],
  [IT_CLOSES, itForceCloses],
  // Round 21: or a state's people by the demonym's plural, "the Norrowans go home" (nokind-moves.ts).
  [STATE_UNIT_HOME, (toks, m, previous) => stateUnitHome(toks, m) || demonymForce(toks, m, previous)],
  [ARMY_PULLS_BACK, armyPullsBack],
  [FACT_BOX_LEVEL, factBoxLevel],
  [TROOPS_HAVE_UNTIL, deadlineToLeave],
  [STATE_UNIT_ARRIVES, stateUnitMoves],
  [STATE_UNIT_LEAVES, stateUnitMoves],
  [TAKE_OVER_SECURITY, takeOverSecurity],
  [HANDOVER_TO_FORCE, handoverToForce],
  [ARRIVAL, unitArrival],
  [UNIT_DUE, unitDue],
  // Round 21 (probe): nokind-probe.ts.
  [SAYING_THAT, reportsWords],
  [POINTED_OUT, reportsWords],
  [HIT_BACK, hitBackInWords],
  [RECONVENE, talksReconvene],
  [HAMMER_OUT, (toks, m) => settlementHammered(toks, m) && notBusiness(toks)],
  [ROTATES_HOME, notFromAlert],
  [STOOD_DOWN, notFromAlert],
  [LOST_LIVES, livesLostToForce],
  [SIGNING, accordSigning],
  [DOWNING_OF, craftDowned],
  [STORMING_OF, placeStormed],
  [LASHED_OUT, hitBackInWords],
  [WOUND_UP, forceWoundUp],
  [SPOKE_OUT, publicSpeaker],
  [APOLOGISED, publicSpeaker],
  [SENT_DELEGATION, notBusiness],
  // Round 21 mend: criticism is no fire; a speech or briefing is a public speaker's; labour's table is no talks.
  [UNDER_FIRE, fireNotCriticism],
  [ADDRESSED, publicAddress],
  [BRIEFED, publicAddress],
  [ADDRESSED_BARE, publicAddress],
  [BRIEFED_BODY, publicAddress],
  [BACK_TO_TABLE, notBusiness],
  [INITIALLED, notBusiness],
  [EXCHANGED_PROPOSALS, notBusiness],
]);

/** The round-19 condition of a cue of nokind-cues.ts, or undefined when it has none of its own. */
export function extraCondition(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean | undefined {
  return CONDITIONS.get(m.cue)?.(toks, m, previous);
}
