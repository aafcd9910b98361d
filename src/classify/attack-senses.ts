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
  return SENSES.has(before);
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
