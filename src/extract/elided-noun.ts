// "The force peaked at about 4,200 troops in October 2040 and now has around 3,750": the second clause counts the
// same bodies as the first and leaves their noun unsaid. To read that clause on its own (as levelBeside does, to date a
// present level by publication), the noun is put back after its bare figure: "now has around 3,750 troops". Only a
// figure that ends its clause, or is followed by a comma or a preposition, is bare ("has 3,750 in the north"); a figure
// followed by a word of its own ("has 3,750 vehicles") keeps it. Round 20.

/** A figure with the noun it counts: "4,200 troops", "about 900 soldiers" (not a year, "2040 and"). */
const COUNTED = /\b(?!(?:1[89]|2[01])\d\d\b)\d[\d,.]*\s+([a-z]{3,})\b/g;
/** Words after a figure that are no noun of it. */
const NOT_NOUN = /^(?:and|but|the|for|from|with|when|while|who|which|that|this|its|their|into|onto|after|before|since|until|per|percent|cent)$/;
/** A bare figure after a present verb of having or counting: what the noun goes back to. */
const BARE = /\b(?:has|have|numbers|counts|fields|keeps)\s+(?:about|around|some|nearly|almost|roughly|just|only|fewer\s+than|more\s+than|over|under)?\s*\d[\d,.]*\d(?=\s*(?:[,.;]|$|\s+(?:in|at|on|across|along|there|left|remaining)\b))/i;

/**
 * The clause with the noun of the sentence's earlier counted figure put back after its bare figure, and the clause's
 * own words for the level ("has around 3,750"), which stand in the sentence as the cue; undefined if none.
 */
export function withElidedNoun(clause: string, before: string): { text: string; words: string } | undefined {
  const bare = BARE.exec(clause);
  if (!bare) return undefined;
  const noun = [...before.matchAll(COUNTED)].map((m) => m[1]!).filter((w) => !NOT_NOUN.test(w)).at(-1);
  if (!noun) return undefined;
  const end = bare.index + bare[0].length;
  return { text: `${clause.slice(0, end)} ${noun}${clause.slice(end)}`, words: bare[0] };
}
