// Whether a word of harm is an adjective describing people rather than a harm told: "relatives of the slain
// policemen", "evacuated 212 wounded civilians", "a fund for kidnapped workers". The people named are the ones once
// harmed; the date of the clause is the memorial's, the evacuation's, the fund's (round 21, probes of our own).

import type { Token } from '../nlp/wink.js';

/** Participles of harm that stand before a noun as adjectives. */
const HARM = new Set('slain murdered wounded injured kidnapped abducted assassinated killed maimed'.split(' '));
/** Possessive determiners: "their kidnapped colleagues". */
const POSSESSIVE = new Set('my our your his her its their'.split(' '));

/**
 * The word at `i` is such a participle standing between a determiner, a number, an adjective, a possessive or a
 * preposition (or the sentence's start) and the noun it describes: "the slain policemen", "212 wounded civilians",
 * "for kidnapped workers". Not a verb after its subject ("Gunmen kidnapped workers", "who wounded civilians"), nor a
 * passive ("were wounded"), nor one with no noun after it ("30 wounded").
 */
export function attributiveHarm(toks: readonly Token[], i: number): boolean {
  if (!HARM.has(toks[i]?.normal ?? '')) return false;
  const next = toks[i + 1];
  if (!next || next.pos !== 'NOUN') return false;
  // ("Wounded soldiers were flown out", at the sentence's start.)
  if (i === 0) return true;
  const prev = toks[i - 1]!;
  if (prev.pos === 'PRON') return POSSESSIVE.has(prev.normal);
  if (/^['’]s?$/.test(prev.text) && prev.pos === 'PART') return true;
  return ['DET', 'NUM', 'ADJ', 'ADP', 'SCONJ'].includes(prev.pos) && !/^(?:that|which|who)$/.test(prev.normal);
}
