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

/** Verbs that take or keep hostages: what makes "hostage" a taking told. */
const TAKING = new Set('take takes took taken taking hold holds held holding seize seizes seized seizing keep keeps kept keeping grab grabbed snatch snatched'.split(' '));

/**
 * "hostage(s)" at `i` names people, not a taking: "The hostages were freed on Monday", "a video of the hostages", "the
 * families of three hostages met the minister", with no verb of taking or keeping in the five words before it ("took
 * the officer hostage", "were taken hostage", "seized 12 hostages") and no "-taking" after it ("hostage-taking").
 */
export function hostagesNamed(toks: readonly Token[], i: number): boolean {
  if (!/^hostages?$/.test(toks[i]?.normal ?? '')) return false;
  if (toks[i + 1]?.text === '-' || /^(?:taking|takers?)$/.test(toks[i + 1]?.normal ?? '')) return false;
  return !toks.slice(Math.max(0, i - 5), i).some((t) => TAKING.has(t.normal) || TAKING.has(t.lemma));
}
