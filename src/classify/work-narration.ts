// A work that tells a story is no speaker: "A documentary screened on Monday told the story of the riots", "a film
// shown at the festival tells of the first ceasefire", "a banner at the rally said 'No war'". Films, plays, songs,
// exhibitions and signs are made things, not parties, so their "telling" is no statement (CAMEO codes what actors
// say); a book or memoir with its author named after "by" still speaks for the author. Round 21, probes of our own.

import type { Token } from '../nlp/wink.js';

const WORKS = new Set(
  ('film|films|documentary|documentaries|movie|movies|play|plays|novel|novels|book|books|memoir|memoirs|biography|' +
    'series|drama|dramas|musical|musicals|opera|operas|song|songs|album|poem|poems|exhibition|exhibitions|podcast|' +
    'episode|episodes|painting|paintings|mural|murals|sign|signs|plaque|plaques|banner|banners|poster|posters|' +
    'billboard|billboards|graffiti|inscription|inscriptions|placard|placards|slogan|slogans|textbook|textbooks').split('|'),
);
/** Works whose author, named after "by", speaks through them. */
const AUTHORED = new Set(['book', 'books', 'memoir', 'memoirs', 'biography', 'textbook', 'textbooks']);

/**
 * The reporting verb at `v` has a work as its subject's head: the first noun of the verb's clause (after the
 * sentence's start or the last ";", ":" or quotation mark before it) is a work, with only determiners, adjectives,
 * numbers and names before it ("A new three-part documentary", "The festival's opening film").
 */
export function workNarrates(toks: readonly Token[], v: number): boolean {
  let start = 0;
  for (let k = v - 1; k >= 0; k--) {
    if (/^[;:"“”]$/.test(toks[k]!.text)) {
      start = k + 1;
      break;
    }
  }
  for (let k = start; k < v; k++) {
    const t = toks[k]!;
    if (t.pos === 'NOUN') {
      // ("The festival's opening film": a possessive's owner is a modifier, not the head.)
      if (/^['’]s?$/.test(toks[k + 1]?.text ?? '')) continue;
      // ("a three-part documentary", "the anti-war film": the hyphened modifier's parts are no head.)
      if (toks[k + 1]?.text === '-') continue;
      // ("the opening film", "a television documentary": a noun before a noun modifies it.)
      if (toks[k + 1]?.pos === 'NOUN') continue;
      if (!WORKS.has(t.normal)) return false;
      if (AUTHORED.has(t.normal) && toks.slice(k + 1, v).some((x) => x.normal === 'by')) return false;
      return true;
    }
    if (!['DET', 'ADJ', 'NUM', 'PROPN', 'PUNCT', 'ADV'].includes(t.pos) && !/^['’]s?$/.test(t.text)) return false;
  }
  return false;
}
