// Whether a cue tells a rite of worship or of grief rather than a development: a priest who "will say the 10am Mass",
// a bishop who "will visit for Confirmations", a town that "mourned the three officers". The read gold, as ACLED,
// counts none of these (a parish bulletin's notices, a funeral, a town's grief); a leader who mourns the dead in
// words of his own still makes a statement. Kept apart from find-cues, which only asks the questions. Round 19
// (holdout16's parish bulletin and a town in mourning; holdout3's force that "mourns two of its soldiers").

import type { Token } from '../nlp/wink.js';

/** Rites and set words of worship: what is said without saying anything of one's own. */
const SPOKEN_RITES = new Set(
  'mass masses prayer prayers grace rosary blessing blessings requiem vespers liturgy kaddish amen goodbye goodbyes farewell farewells'.split(' '),
);

/** Rites a visit may be for: a parish's calendar, not a party's business. */
const VISITED_RITES = new Set(
  'confirmation confirmations mass masses baptism baptisms christening christenings ordination ordinations communion vespers evensong worship prayers liturgy sacrament sacraments pilgrimage'.split(' '),
);

const DATE_NAMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tonight)$/;

/** Who mourns as one: a place, a community, a crowd, or a force mourning its own. */
const COMMUNITIES = new Set(
  ('town towns village villages city cities country nation community communities region district island port parish congregation school ' +
    'county province valley crowd crowds hundreds thousands people residents families it force mission regiment battalion unit army navy police').split(' '),
);

/**
 * "will say the 10am Mass", "said prayers at the memorial", "said goodbye to his men": a saying verb at `v` whose
 * object is a rite, with only determiners, figures, times and modifiers between, and no verb right after the rite
 * (which would make it the subject of what was said: "said the Mass would be moved").
 */
export function riteSaid(toks: readonly Token[], v: number): boolean {
  if (toks[v]?.lemma !== 'say') return false;
  for (let k = v + 1; k < toks.length && k <= v + 5; k++) {
    const t = toks[k]!;
    if (SPOKEN_RITES.has(t.normal)) return !['VERB', 'AUX'].includes(toks[k + 1]?.pos ?? '');
    if (!['DET', 'NUM', 'ADJ', 'SYM', 'NOUN', 'PROPN'].includes(t.pos)) return false;
  }
  return false;
}

/**
 * "The Bishop will visit on Sunday 27 March for Confirmations": the visit at `v` is for a rite ("for" and the rite,
 * over a date or a place, within its clause). Not "visited Tarn for talks", "visited the camp for two hours".
 */
export function riteVisit(toks: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < toks.length && k <= v + 10; k++) {
    const t = toks[k]!;
    if (/^[,;:.!?]$/.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.normal !== 'for') continue;
    for (let j = k + 1; j < toks.length && j <= k + 4; j++) {
      if (VISITED_RITES.has(toks[j]!.normal)) return true;
      if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(toks[j]!.pos)) break;
    }
    return false;
  }
  return false;
}

/**
 * "as the town mourned the three officers", "the force mourns two of its soldiers", "the village mourned": mourning
 * at `v` whose subject (right before it, over auxiliaries and adverbs) is a place, a community, a crowd or a force:
 * grief shared, no party's statement. Not "the president mourned the dead", "Kell mourned".
 */
export function communalMourning(toks: readonly Token[], v: number): boolean {
  if (toks[v]?.lemma !== 'mourn' && !/^mourn/.test(toks[v]?.normal ?? '')) return false;
  let k = v - 1;
  // (Over auxiliaries, adverbs and a date set between: "the force on Monday mourned".)
  while (k >= 0 && (['AUX', 'ADV', 'PART', 'ADP', 'NUM'].includes(toks[k]!.pos) || DATE_NAMES.test(toks[k]!.normal))) k--;
  const head = toks[k];
  return !!head && COMMUNITIES.has(head.normal);
}

/** What flies as a sign, not a traveller: a flag at half-mast is mourning, a banner is no visitor. */
const FLOWN = new Set('flag flags banner banners ensign ensigns pennant pennants colours colors'.split(' '));

/**
 * "Flags on public buildings will fly at half-mast on Saturday", "the flag flew at half-staff": a flag flying at `v`
 * (its subject a flag, over a place phrase, auxiliaries and adverbs) or anything flown at half-mast is a rite of
 * grief, no visit. Not "the minister will fly to Osk on Saturday", "the envoy flew in on a military flag carrier" (the
 * flag is no subject there). Round 20.
 */
export function flagFlown(toks: readonly Token[], v: number): boolean {
  if (!/^(?:fly|flies|flew|flown|flying)$/.test(toks[v]?.normal ?? '')) return false;
  // ("half-mast" is one token or three: "half", "-", "mast".)
  for (let k = v + 1; k < toks.length && k <= v + 5; k++) if (/^(?:mast|staff)$/.test(toks[k]!.normal) && /half/.test(toks.slice(k - 2, k).map((t) => t.normal).join(' '))) return true;
  let k = v - 1;
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(toks[k]!.pos)) k--;
  // Back over a place phrase: "flags on public buildings will fly".
  for (let j = k; j >= 0 && j >= k - 6; j--) {
    const t = toks[j]!;
    if (FLOWN.has(t.normal)) return true;
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'NUM'].includes(t.pos)) return false;
  }
  return false;
}
