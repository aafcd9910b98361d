// "The force peaked at about 4,200 troops in October 2040 and now has around 3,750": the second clause counts the
// same bodies as the first and leaves their noun unsaid. To read that clause on its own (as levelBeside does, to date a
// present level by publication), the noun is put back after its bare figure: "now has around 3,750 troops". Only a
// figure that ends its clause, or is followed by a comma or a preposition, is bare ("has 3,750 in the north"); a figure
// followed by a word of its own ("has 3,750 vehicles") keeps it. Round 20.
// Round 20 mend E: only when the having clause's subject is the body that had the counted noun: none said ("and now
// has"), a pronoun for it ("it now has"), or the same head noun ("the force now has"). Another body ("its air wing
// now has 12", "the clinic has 35") counts something of its own, and its bare figure is no troop level.

/** A figure with the noun it counts: "4,200 troops", "about 900 soldiers" (not a year, "2040 and"). */
const COUNTED = /\b(?!(?:1[89]|2[01])\d\d\b)\d[\d,.]*\s+([a-z]{3,})\b/g;
/** Words after a figure that are no noun of it. */
const NOT_NOUN = /^(?:and|but|the|for|from|with|when|while|who|which|that|this|its|their|into|onto|after|before|since|until|per|percent|cent)$/;
/** A bare figure after a present verb of having or counting: what the noun goes back to. */
const BARE = /\b(?:has|have|numbers|counts|fields|keeps)\s+(?:about|around|some|nearly|almost|roughly|just|only|fewer\s+than|more\s+than|over|under)?\s*\d[\d,.]*\d(?=\s*(?:[,.;]|$|\s+(?:in|at|on|across|along|there|left|remaining)\b))/i;
/** Where the having clause's subject starts: the clause's start, or a coordinator inside it ("… in use and the clinic"). */
const SUBJECT_START = /^(?:.*[,;]\s*|.*\b(?:and|but|while|whereas)\s+)?/is;
/** Adverbs that may stand between the subject and its verb ("now", "still"): no part of the subject. */
const ADVERBS = /(?:^|\s+)(?:now|still|currently|today|also|only|meanwhile)(?=\s|$)/gi;
/** A pronoun for the body already named. */
const SAME_BODY_PRONOUN = /^(?:it|they)$/i;

/** The having clause's subject names the counted body of `before`: unsaid, a pronoun for it, or its head noun again. */
function sameBody(subject: string, before: string): boolean {
  const words = subject.replace(ADVERBS, ' ').trim();
  if (!words || SAME_BODY_PRONOUN.test(words)) return true;
  // (A possessive makes it a part or a unit of the body, another count: "its air wing", "their hospital".)
  const phrase = /^(?:the\s+|this\s+|that\s+)?([\w'’ -]+)$/i.exec(words);
  if (!phrase || /^(?:its|their|his|her|our)\b/i.test(words)) return false;
  const head = phrase[1]!.trim().split(/\s+/).at(-1)!.toLowerCase();
  return new RegExp(String.raw`\b${head.replace(/[^\w]/g, '')}\b`, 'i').test(before);
}

/**
 * The clause with the noun of the sentence's earlier counted figure put back after its bare figure, and the clause's
 * own words for the level ("has around 3,750"), which stand in the sentence as the cue; undefined if none.
 */
export function withElidedNoun(clause: string, before: string): { text: string; words: string } | undefined {
  const bare = BARE.exec(clause);
  if (!bare) return undefined;
  const counted = [...before.matchAll(COUNTED)].filter((m) => !NOT_NOUN.test(m[1]!)).at(-1);
  if (!counted) return undefined;
  const lead = clause.slice(0, bare.index);
  if (!sameBody(lead.slice(SUBJECT_START.exec(lead)![0].length), before.slice(0, counted.index))) return undefined;
  const end = bare.index + bare[0].length;
  return { text: `${clause.slice(0, end)} ${counted[1]!}${clause.slice(end)}`, words: bare[0] };
}
