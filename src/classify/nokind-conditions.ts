// Round 19: the conditions of nokind-cues.ts that the pattern syntax cannot say, keyed on the cue objects themselves
// (find-cues.ts asks extraCondition() before its own 'needs' switch). Each returns whether the words around the cue
// make it a development of its kind.

import type { Token } from '../nlp/wink.js';
import { TROOP_WORDS, VISITORS, type Cue } from './vocabulary.js';
import { IT_CLOSES, IT_DOWN_TO, IT_GONE, IT_HAS_FIGURE, PARTIES_ACCEPT, SEND_MORE, SPENT_WITH } from './nokind-cues.js';
import { twoParties, type CueMatch } from './find-cues.js';

/** What parties accept when they settle: a text, a plan, terms (not "accepted the invitation", "the result"). */
const SETTLEMENT_TEXTS = new Set(
  'framework frameworks agreement agreements deal deals accord accords ceasefire truce plan plans proposal proposals protocol roadmap terms text draft compromise understanding'.split(' '),
);

/** Two parties accept a text of settlement named in the sentence: "a framework … that both sides accepted". */
function partiesAcceptText(toks: readonly Token[], m: CueMatch): boolean {
  return twoParties(toks, m) && toks.some((t) => SETTLEMENT_TEXTS.has(t.normal));
}

const TROOPS = new Set(TROOP_WORDS.split('|'));

/** Troops named as a noun in the sentence or the one before: what a bare "60 more" counts. (Not "helmets" alone.) */
function troopsNamed(toks: readonly Token[], previous: readonly Token[]): boolean {
  return [...toks, ...previous].some((t) => TROOPS.has(t.normal) && t.normal !== 'helmets' && (t.pos === 'NOUN' || t.pos === 'PROPN'));
}

const NEGOTIATORS = new Set(VISITORS.split('|'));

/**
 * The noun phrase after the cue's "with" is a person by name ("President Ilse Marr") or is headed by a negotiator
 * ("the rebel delegation", "the envoys"): its last noun before a preposition, a verb or punctuation.
 */
function negotiatorAfter(toks: readonly Token[], m: CueMatch): boolean {
  let head: Token | undefined;
  for (let k = m.last + 1; k < toks.length && k <= m.last + 8; k++) {
    const t = toks[k]!;
    if (t.pos === 'PROPN' && /^[A-Z]/.test(t.text)) return true;
    if (t.pos === 'NOUN') head = t;
    else if (!['DET', 'ADJ', 'NUM'].includes(t.pos) && !/^['’]s$/.test(t.text)) break;
  }
  return !!head && NEGOTIATORS.has(head.normal);
}

/** Bodies of troops "it" can stand for. */
const FORCE_BODIES = new Set('force|mission|contingent|battalion|brigade|regiment|garrison|deployment|squadron|flotilla'.split('|'));
/** What may lead up to the verb from its subject: "it will", "it is due to", "it now", "it would be". */
const LEADING = new Set(['due', 'to', 'set', 'expected', 'scheduled', 'now', 'still', 'then']);
/** What a force's figure may count: people of it, or nothing ("it has about 1,200"). */
const FORCE_COUNTED = new Set('people|personnel|troops|soldiers|peacekeepers|observers|monitors|sailors|marines|men|women|uniformed|staff'.split('|'));

/** "it" is the verb's whole subject, opening its clause: "It is due to close", "Today it has", "and it will be gone". */
function itSubject(toks: readonly Token[], m: CueMatch): boolean {
  let k = m.first - 1;
  while (k >= 0 && (['AUX', 'ADV', 'PART'].includes(toks[k]!.pos) || LEADING.has(toks[k]!.normal))) k--;
  if (toks[k]?.normal !== 'it') return false;
  const before = toks[k - 1];
  return !before || before.pos !== 'VERB' && before.pos !== 'ADP' && before.pos !== 'SCONJ' && before.normal !== 'that';
}

/** The sentence before names a force: a body of troops, or troops counted as a force's ("had about 9,100 troops"). */
function forceBefore(previous: readonly Token[]): boolean {
  if (previous.some((t) => FORCE_BODIES.has(t.normal) && (t.pos === 'NOUN' || t.pos === 'PROPN'))) return true;
  return previous.some((t, k) => TROOPS.has(t.normal) && previous.slice(Math.max(0, k - 5), k).some((h) => /^(?:has|have|had)$/.test(h.normal)));
}

/** The figure after "has" counts the force: nothing or one of its people follows it ("about 1,300 people"). */
function figureOfForce(toks: readonly Token[], m: CueMatch): boolean {
  const after = toks[m.last + 1];
  return !after || after.pos === 'PUNCT' || after.pos === 'ADP' || after.pos === 'CCONJ' || FORCE_COUNTED.has(after.normal);
}

const itForce = (toks: readonly Token[], m: CueMatch, previous: readonly Token[]) => itSubject(toks, m) && forceBefore(previous);

const CONDITIONS = new Map<Cue, (toks: readonly Token[], m: CueMatch, previous: readonly Token[]) => boolean>([
  [PARTIES_ACCEPT, partiesAcceptText],
  [SEND_MORE, (toks, _m, previous) => troopsNamed(toks, previous)],
  [SPENT_WITH, negotiatorAfter],
  [IT_HAS_FIGURE, (toks, m, previous) => itForce(toks, m, previous) && figureOfForce(toks, m)],
  [IT_DOWN_TO, itForce],
  [IT_GONE, itForce],
  [IT_CLOSES, itForce],
]);

/** The round-19 condition of a cue of nokind-cues.ts, or undefined when it has none of its own. */
export function extraCondition(toks: readonly Token[], m: CueMatch, previous: readonly Token[]): boolean | undefined {
  return CONDITIONS.get(m.cue)?.(toks, m, previous);
}
