// Whether a saying verb is a past participle hanging off the noun before it, in a reduced relative clause whose noun
// is the subject of a later verb: "Force majeure declared on 2 March under the supply contracts is lifted", "the
// curfew announced on Monday by the council remains in force". Nobody speaks in such a clause; what was declared is
// only named (find-cues' hasSpeaker asks). Round 19 (holdout16: a company notice lifting a force majeure "declared
// on 28 February" gave two statements).

import type { Token } from '../nlp/wink.js';

/** What may stand inside a prepositional phrase after its preposition: "on 2 March", "under the firm's contracts". */
const IN_PHRASE = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PART']);

/**
 * The verb at `v` ("declared", "announced") follows a noun directly and is followed by prepositional phrases only
 * (each noun phrase opened by a preposition; a determiner only right after one), and then by a finite verb or
 * auxiliary: the noun is that verb's subject and the participle describes it. Not "The council announced on Monday
 * that …" ("that" ends it), "The army declared on Friday the curfew was over" (a noun phrase with no preposition
 * follows), "The army announced on Friday" (no verb follows), "the battery Brandvik promised in May is on the road" (a
 * name, or a noun phrase right after another, is the verb's subject).
 */
export function reducedRelative(toks: readonly Token[], v: number): boolean {
  if (!/ed$/.test(toks[v]!.normal)) return false;
  // (A name before the verb is its subject: "the battery Brandvik promised in May is on the road".)
  if (toks[v - 1]?.pos !== 'NOUN') return false;
  // (So is a noun phrase after another, a relative clause without its pronoun: "the battery the minister promised
  // in May is on the road".)
  let j = v - 1;
  while (j > 0 && ['NOUN', 'PROPN', 'ADJ', 'NUM', 'PART'].includes(toks[j - 1]!.pos)) j--;
  if (toks[j - 1]?.pos === 'DET' && ['NOUN', 'PROPN'].includes(toks[j - 2]?.pos ?? '')) return false;
  let k = v + 1;
  if (toks[k]?.pos !== 'ADP' || /^(?:to|that)$/.test(toks[k]!.normal)) return false;
  for (; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos === 'ADP') {
      // (An agent named, "the closure announced by the council on 20 May", is the council speaking.)
      if (/^(?:to|that|by)$/.test(t.normal)) return false;
      continue;
    }
    if (t.pos === 'DET' && toks[k - 1]!.pos !== 'ADP') return false;
    if (t.pos === 'PART' && !/^['’]s$/.test(t.text)) return false;
    if (IN_PHRASE.has(t.pos) || t.text === '-') continue;
    // The later verb: finite, after a noun phrase's end (not a word the tagger misread right after "the").
    return (t.pos === 'AUX' || t.pos === 'VERB') && !['ADP', 'DET'].includes(toks[k - 1]!.pos);
  }
  return false;
}
