// "He said yesterday that he was less pessimistic than a month ago", "Prices are higher than in March", "fewer
// patrols than they were last year": a date right after "than" is the other term of a comparison, the time the
// present is measured against. Nothing is told as happening then (not even "he was pessimistic": that is implied),
// so it dates no development of the sentence, of any kind. Round 19.
// Watch out for: "no later than 3 May", "not earlier than Friday", "rather than on Monday": a deadline, or a date
// chosen instead of another, which do date what they bound.

/** "than", optionally a subject and its verb of being ("than it was", "than they had"), and a preposition. */
const THAN_BEFORE =
  /\bthan\s+(?:(?:it|they|he|she|we|i|you|there|this|that)\s+(?:was|were|did|had|had\s+been|is|are)\s+)?(?:(?:at|in|on|during|by|back\s+in|back\s+on)\s+)?$/i;

/** A deadline or a choice between dates: "no later than", "not earlier than", "rather than". */
const NOT_COMPARED = /\b(?:later|earlier|sooner|rather|other)\s+than\s+\S*\s*\S*\s*$/i;

/** The date at `index` is the other term of a comparison ("than a month ago"). */
export function datesComparison(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 40), index);
  return THAN_BEFORE.test(before) && !NOT_COMPARED.test(before);
}
