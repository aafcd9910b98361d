// Whether a development named by a noun is only predicted by its predicate: "Copycat attacks on smaller ports were
// likely in December", "More clashes are possible along the border next week", "a new round is probable in March".
// The date is the forecast's horizon, and nothing has happened at it (a modal or "likely to" hedges the same way:
// find-cues' isHedged). Round 21 (probes of our own: a warning of attacks "likely in December" gave an attack).

import type { Token } from '../nlp/wink.js';

const BE = new Set('is are was were be been being seem seems seemed look looks looked remain remains remained'.split(' '));
/** Predicates of a forecast: what is likely or imminent has not happened yet. */
export const PREDICTED = new Set('likely unlikely possible probable improbable inevitable imminent'.split(' '));
/** What may stand in a prepositional phrase after the noun: "attacks on smaller ports", "clashes along the border". */
const IN_PHRASE = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * The noun cue ending at `last` is the subject of "be" + "likely"/"possible"/"imminent"…, over a prepositional
 * phrase or two and adverbs ("were still likely"). Not "were likely carried out by" ("likely" as an adverb before a
 * participle: a judgement of who did a thing that happened).
 */
export function predictedNoun(toks: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (toks[k]?.pos === 'ADP') {
    while (k < toks.length && k <= last + 7 && IN_PHRASE.has(toks[k]!.pos) && !BE.has(toks[k]!.normal)) k++;
  }
  if (!BE.has(toks[k]?.normal ?? '')) return false;
  k++;
  while (toks[k]?.pos === 'ADV' && !PREDICTED.has(toks[k]!.normal)) k++;
  if (!PREDICTED.has(toks[k]?.normal ?? '')) return false;
  return toks[k + 1]?.pos !== 'VERB';
}
