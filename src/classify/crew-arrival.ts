// Who arrives decides what an arrival is. A visit (CAMEO 042) is paid by someone who negotiates or holds office; a
// crew come to work, a crowd or a count of a group only travels: "Workers came to clear the rubble on Monday", "A team
// of technicians flew in on Tuesday to repair the pumps", "On Tuesday four of them came to fix the hall roof". A
// state's engineers are a unit of its force, as its sappers are: "the Bangladeshi engineers, who arrived in Bor on 17
// January" is a troop arrival. Round 21.
import { militaryContext } from './nokind-moves.js';
import type { Token } from '../nlp/wink.js';
import { NATIONAL } from './vocabulary.js';

/** Trades, helpers and crowds that travel to work, help or look on: never a visitor who negotiates. (Lawmakers and
 * senators are left out: a delegation of them visits.) */
const CREWS = new Set(
  ('workers|workmen|labourers|laborers|builders|engineers|technicians|mechanics|electricians|plumbers|contractors|' +
    'volunteers|rescuers|firefighters|medics|paramedics|doctors|nurses|surgeons|teachers|students|pupils|children|' +
    'schoolchildren|tourists|fans|supporters|journalists|reporters|photographers|crews|cleaners|scouts|pilgrims|' +
    'refugees|migrants|families|residents|villagers|farmers|inspectors|surveyors|experts|specialists').split('|'),
);

/** Heads that count or gather people, whose people are named after "of": "a team of technicians". */
const GROUP_HEADS = new Set('team|teams|crew|crews|group|groups|party|handful|number|dozen|dozens|band|busload|coachload|squad'.split('|'));

/** Quantities that take a part of a group: "four of them", "some of us". */
const QUANTIFIERS = new Set('some|many|several|few|most|all|both|each|dozens|scores|hundreds|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty'.split('|'));

const PARTITIVE_PRONOUNS = new Set(['them', 'us', 'you', 'those', 'these']);
const RELATIVES = new Set(['who', 'which', 'that']);
const NOUNISH = new Set(['NOUN', 'PROPN']);


/**
 * The subject of the verb at `v` is a crew, a crowd or a count taken from a group ("four of them"), read back over
 * auxiliaries, adverbs and a relative pronoun ("the technicians, who arrived"), and over a phrase after the head ("a
 * team of technicians", "Engineers from the company"). Not a name, an office or a single person.
 */
export function crewTravels(toks: readonly Token[], v: number): boolean {
  let j = v - 1;
  while (j >= 0 && ['ADV', 'AUX', 'PART'].includes(toks[j]!.pos)) j--;
  if (j >= 0 && RELATIVES.has(toks[j]!.normal)) {
    j--;
    if (toks[j]?.text === ',') j--;
  }
  const end = j;
  while (j >= 0 && end - j < 10) {
    const t = toks[j]!;
    const inPhrase = ['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET'].includes(t.pos) || (t.pos === 'ADP' && (t.normal === 'of' || t.normal === 'from')) || PARTITIVE_PRONOUNS.has(t.normal);
    if (!inPhrase) break;
    j--;
  }
  const start = j + 1;
  if (start > end) return false;
  const adp = toks.slice(start, end + 1).findIndex((t) => t.pos === 'ADP');
  const a = adp < 0 ? -1 : start + adp;
  const pre = a < 0 ? toks.slice(start, end + 1) : toks.slice(start, a);
  const post = a < 0 ? [] : toks.slice(a + 1, end + 1);
  const lastPre = pre.at(-1);
  if (!lastPre) return false;
  if (a >= 0 && toks[a]!.normal === 'of') {
    // "four of them came": a count of a group already told, no one who visits.
    if ((lastPre.pos === 'NUM' || QUANTIFIERS.has(lastPre.normal)) && post.length === 1 && PARTITIVE_PRONOUNS.has(post[0]!.normal)) return true;
    // "a team of technicians": the people are named after "of".
    if (GROUP_HEADS.has(lastPre.normal)) {
      const people = [...post].reverse().find((t) => NOUNISH.has(t.pos));
      return !!people && CREWS.has(people.normal);
    }
  }
  const head = [...pre].reverse().find((t) => NOUNISH.has(t.pos));
  return !!head && CREWS.has(head.normal);
}

/** A state's engineers, a unit of its force: "the Morlandic engineers", "Osk's engineers", "army engineers". */
export function stateEngineers(toks: readonly Token[], k: number): boolean {
  if (toks[k]!.normal !== 'engineers') return false;
  const before = toks[k - 1];
  if (!before) return false;
  if (/^(?:army|combat|field|military|naval|royal)$/.test(before.normal)) return true;
  // A state's engineers may be a firm's or an aid agency's ("The Chinese engineers arrived to repair the dam"): only
  // where the sentence names a camp, patrol, mission or troops (nokind-moves.ts, whose unit moves ask the same).
  const national = NATIONAL.test(before.text) || (/^['’]s?$/.test(before.text) && toks[k - 2]?.pos === 'PROPN' && /^[A-Z]/.test(toks[k - 2]!.text));
  return national && militaryContext(toks, []);
}
