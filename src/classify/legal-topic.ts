// Whether a development is only what a court case or an inquiry is about: "A man accused of the 2041 bombing went on
// trial on Tuesday", "The court acquitted three officers charged with the killings on Tuesday", "jailed for the
// attack". The date is the trial's, the verdict's or the arrest's, none of our kinds; the attack keeps its own date,
// if the sentence gives one right at the noun ("the 2041 bombing"). Round 21 (probes of our own).

import type { Token } from '../nlp/wink.js';

/** Words of justice that govern what they are about through "of", "with", "for", "over", "in". */
const LEGAL = new Set(
  (
    'accused charged convicted suspected acquitted cleared guilty innocent jailed sentenced imprisoned tried trial ' +
    'arrested detained extradited indicted prosecuted prosecution inquiry inquest investigation probe verdict hearing ' +
    'connection charges charge conviction convictions sentence sentences suspect suspects'
  ).split(' '),
);
const GOVERNING = new Set(['of', 'with', 'for', 'over', 'in', 'into']);
/** What stands between the preposition and the noun: "of the 2041 bombing", "over last year's market attack". */
const MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);

/**
 * The noun cue over `first`…`last` is what a word of justice is about, and the date at token `d` is not at the noun
 * itself (not one of its modifiers before it, nor right after it: "the bombing on 3 May" keeps its date).
 */
export function legalTopic(toks: readonly Token[], first: number, last: number, d: number): boolean {
  let j = first - 1;
  while (j >= 0 && first - j <= 5 && MODIFIERS.has(toks[j]!.pos) && !GOVERNING.has(toks[j]!.normal)) j--;
  if (!GOVERNING.has(toks[j]?.normal ?? '') || !LEGAL.has(toks[j - 1]?.normal ?? '')) return false;
  // (A date among the noun's modifiers is the attack's, but an attack only named as what a trial is about is not
  // told: "the trial over the March 3 bombing", "accused of Tuesday's bombing". Round 21 mend.)
  if (d > j && d < first) return true;
  // ("charged with the 2043 killings on Tuesday": a noun dated by its own year leaves the date after it to the verb.)
  const ownDate = toks.slice(j + 1, first).some((t) => /^(?:1[89]|20)\d\d$/.test(t.text) || /^['’]s$/.test(t.text));
  return !(d === last + 1 && !ownDate);
}
