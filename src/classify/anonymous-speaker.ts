// A speaker the text itself marks as unnamed: "a senior official who asked not to be named said", "a diplomat who
// spoke on condition of anonymity told reporters", "Speaking on condition of anonymity, a commander said", "said a
// minister who declined to be identified". Whatever noun heads the subject, the source withheld its name, so the
// saying is an anonymous source's, no statement (the README: a statement needs a named, non-anonymous speaker).
// Round 21, probes of our own.

import type { Token } from '../nlp/wink.js';

/** The last token of a phrase that withholds a name ends at `k`: "… not to be named", "… condition of anonymity". */
function withholdsName(toks: readonly Token[], k: number): boolean {
  const w = (j: number) => toks[j]?.normal ?? '';
  const t = w(k);
  if (t === 'anonymity' || t === 'anonymously') return true;
  // "asked not to be named", "declined to be identified", "refused to be quoted".
  if (/^(?:named|identified|quoted)$/.test(t) && w(k - 1) === 'be' && w(k - 2) === 'to') {
    return w(k - 3) === 'not' || /^(?:declined|declining|refused|refusing|declines|refuses)$/.test(w(k - 3));
  }
  // "was not authorised to speak", "not authorized to talk to the press".
  if (/^(?:speak|talk|comment|brief)$/.test(t) && w(k - 1) === 'to' && /^(?:authori[sz]ed|permitted|allowed|cleared)$/.test(w(k - 2))) {
    return /^(?:not|n't)$/.test(w(k - 3));
  }
  return false;
}

/** Words a name-withholding phrase is made of, walking back from its end to where it opens. */
const PHRASE_WORDS = new Set(
  'asked|asking|requested|requesting|wished|wishing|declined|declining|refused|refusing|spoke|speaking|talked|talking|agreed|granted|on|the|condition|of|not|to|be|was|were|is|are|because|he|she|they|n\'t|named|identified|quoted|authorised|authorized|permitted|allowed|cleared|speak|talk|comment|brief|anonymity|anonymously'.split('|'),
);

/**
 * The reporting verb at `v` has a speaker marked as unnamed in its own clause: a name-withholding phrase ending
 * before the verb with only the subject between (no verb, "that" or quotation mark), or, after an inverted "said", a
 * phrase opening within a few words ("said a minister who declined to be identified").
 */
export function anonymousSpeaker(toks: readonly Token[], v: number): boolean {
  const clauseBreak = (t: Token) => t.normal === 'that' || /^["“”]$/.test(t.text) || t.text === ';';
  for (let k = 0; k < toks.length; k++) {
    if (!withholdsName(toks, k)) continue;
    if (k < v) {
      if (v - k > 12) continue;
      if (toks.slice(k + 1, v).some((t) => clauseBreak(t) || t.pos === 'VERB')) continue;
      return true;
    }
    let open = k;
    while (open > v + 1 && PHRASE_WORDS.has(toks[open - 1]!.normal)) open--;
    if (open - v > 8) continue;
    if (toks.slice(v + 1, open).some((t) => clauseBreak(t) || t.pos === 'VERB')) continue;
    return true;
  }
  return false;
}
