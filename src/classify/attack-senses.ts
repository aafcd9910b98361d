// Whether an "attack" is no use of force: an illness ("a heart attack", "a panic attack"), an intrusion into
// computers ("a ransomware attack", "a cyber-attack"), an animal's ("a shark attack") or words ("a scathing attack on
// the minister", a criticism that vocabulary.ts reads as a statement). CAMEO codes none of them as force; news copy
// uses all of them daily. Round 21 (probes of our own: a port's ransomware outage was read as an attack).

import type { Token } from '../nlp/wink.js';

/** Words before "attack" that give it a sense other than force. */
const SENSES = new Set(
  (
    'heart panic anxiety asthma asthmatic epileptic allergic migraine gout ' +
    'cyber ransomware malware phishing hacking hacker hackers spyware botnet ddos computer ' +
    'shark dog bear snake ' +
    'verbal personal scathing blistering stinging withering rhetorical'
  ).split(' '),
);
/**
 * Words before "attack" that give it the sense of words only when it is made on a person, a body or a policy: "a fierce
 * attack on the coach", "a savage attack on the budget" (not "a fierce attack on the town"). Round 21 mend.
 */
const WORDY = new Set('fierce ferocious furious savage vicious bitter sharp strong stinging'.split(' '));
/** Who or what an attack in words is made on. */
const WORD_TARGETS = new Set(
  ('coach manager minister ministers president premier chancellor governor mayor leader leaders government cabinet ' +
    'policy policies plan plans budget reform reforms bill law proposal proposals decision decisions record ' +
    'critics critic rival rivals opponent opponents opposition party chairman chairwoman board referee judge judges ' +
    'court media press newspaper newspapers journalist journalists author report handling speech remarks comments ' +
    'administration regime establishment elite elites bank banks central owner owners club federation union unions ' +
    'ceo boss chief predecessor successor colleague colleagues senator senators candidate candidates').split(' '),
);
/** Who makes an attack in words: a paper, a pundit, a politician. */
const WORD_MAKERS = new Set(
  ('newspaper newspapers paper tabloid editorial editorials columnist columnists commentator commentators pundit ' +
    'pundits critic critics blogger broadcaster presenter host senator lawmaker lawmakers mp mps candidate opposition').split(' '),
);

/** "attack" at `k` after a WORDY adjective, made on a person, a body or a policy, or by a paper, pundit or politician. */
function wordyAttack(toks: readonly Token[], k: number, before: string): boolean {
  if (!WORDY.has(before)) return false;
  if (/^(?:on|against)$/.test(toks[k + 1]?.normal ?? '')) {
    for (let j = k + 2; j < toks.length && j <= k + 7; j++) {
      const t = toks[j]!;
      if (WORD_TARGETS.has(t.normal)) return true;
      if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'AUX') break;
    }
  }
  return toks.slice(Math.max(0, k - 8), k).some((t) => WORD_MAKERS.has(t.normal));
}

/** One-word computer intrusions: "cyberattack", "cyber-attack". */
const ONE_WORD = /^cyber-?attacks?$/;

/** The token at `k` is "attack(s)" with such a word before it (over a hyphen), or a one-word cyber attack. */
function harmlessAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (ONE_WORD.test(t.normal)) return true;
  if (!/^attacks?$/.test(t.normal)) return false;
  let j = k - 1;
  if (toks[j]?.text === '-') j--;
  const before = toks[j]?.normal ?? '';
  // "a denial-of-service attack".
  if (before === 'service' && toks.slice(Math.max(0, j - 4), j).some((x) => x.normal === 'denial')) return true;
  return SENSES.has(before) || wordyAttack(toks, k, before);
}

/** Words of harm a harmless attack may have done: "left a surfer injured", "killed a hiker", "was mauled". */
const HARMS = /^(?:kill|killed|kills|killing|injur(?:e|ed|es|ing|y|ies)|wound(?:ed|ing|s)?|hurt|maul(?:ed|ing|s)?|dead|died|dies|death|deaths|bitten|bit|maimed|left)$/;

/**
 * "A shark attack off the beach on Sunday left a surfer injured", "a surfer was injured in a shark attack": a harm
 * word whose doer is such an attack — the attack before it in the clause with no other verb than the one telling the
 * harm, or after it through "in", "by", "during" or "after" — is no force's harm either. Round 21 mend.
 */
export function harmlessHarm(toks: readonly Token[], first: number, last: number): boolean {
  if (!HARMS.test(toks[first]?.normal ?? '') && !HARMS.test(toks[last]?.normal ?? '')) return false;
  let verbs = 0;
  for (let k = first - 1; k >= 0 && k >= first - 14; k--) {
    const t = toks[k]!;
    if (/^[;:]$/.test(t.text) || t.pos === 'SCONJ' || t.pos === 'CCONJ' || /^(?:attacks?|cyber-?attacks?)$/.test(t.normal) && !harmlessAt(toks, k)) break;
    if (harmlessAt(toks, k)) return true;
    if (t.pos === 'VERB' && ++verbs > 1) break;
  }
  for (let k = last + 1; k < toks.length && k <= last + 3; k++) {
    if (!/^(?:in|by|during|after)$/.test(toks[k]!.normal)) continue;
    for (let j = k + 1; j < toks.length && j <= k + 5; j++) {
      if (toks[j]!.pos === 'PUNCT' || toks[j]!.pos === 'VERB') break;
      if (harmlessAt(toks, j)) return true;
    }
    break;
  }
  return false;
}

/**
 * The attack cue over tokens `first`…`last` names such an attack, or is a verb of impact ("hit", "struck",
 * "targeted") whose agent or object, within six tokens and before any punctuation, is one ("was hit by a
 * cyber-attack").
 */
export function harmlessAttack(toks: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (harmlessAt(toks, k)) return true;
  if (!/^(?:hit|hits|struck|strike|strikes|target|targets|targeted|targeting)$/.test(toks[first]?.normal ?? '')) return false;
  for (let k = last + 1; k < toks.length && k <= last + 6; k++) {
    if (toks[k]!.pos === 'PUNCT' && toks[k]!.text !== '-') return false;
    if (harmlessAt(toks, k)) return true;
  }
  return false;
}

/**
 * "The attack began on 3 November", "This attack cost the firm $3 million": "attack" at `k` after "the", "this" or
 * "that", pointing back at the sentence before, whose every attack is one of those senses ("… the ransomware attack
 * that halted its cranes").
 */
export function harmlessAnaphor(toks: readonly Token[], k: number, previous: readonly Token[]): boolean {
  if (!/^attacks?$/.test(toks[k]?.normal ?? '') || !/^(?:the|this|that|these|those)$/.test(toks[k - 1]?.normal ?? '')) return false;
  const told = previous.map((t, j) => (/^(?:cyber-?)?attacks?$/.test(t.normal) ? j : -1)).filter((j) => j >= 0);
  return told.length > 0 && told.every((j) => harmlessAt(previous, j));
}
