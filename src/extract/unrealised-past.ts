// "The withdrawal should have been completed a year ago", "the talks ought to have opened on 3 May": a date in the
// verb phrase of "should have" / "ought to have" is when the development was due, told as not done then (a judgement
// of the past: it was late, or never came). It dates nothing. The development itself may still be told, dated
// elsewhere. ("would have", "could have", "might have" hedge their cue already: find-cues.ts.) Round 19b: a partial
// quotation had kept such a date out by chance ('should have been completed "a year ago"'); once words quoted inside
// the reporter's clause carry its date again (quoted-date.ts), the due date is kept out on its own ground.
// Watch out for: "must have" tells what surely happened then ("the shell must have landed on Monday").

/** "should have been <participle>", "ought to have <participle>", adverbs between, then up to five words of its clause. */
const DUE_BEFORE =
  /\b(?:should|ought\s+to)\s+(?:not\s+|never\s+|already\s+)?have\s+(?:been\s+)?[a-z]+\s+((?:[^\s,;:.!?—–]+\s+){0,5})["“]?$/i;

/**
 * "The opposition said the governor should have resigned over the bombing on 3 May": a development named between the
 * participle and the date, by its noun or by a preposition that opens a noun phrase of its own, is what the date
 * dates, not the due act (before round 19d the bombing lost its date). Round 19d.
 */
const NAMED_BETWEEN =
  /\b(?:over|after|following|before|amid|despite|since|about|during)\s+(?:the|a|an|this|that|its|their|his|her|last|[a-z]+'s)\b|\b(?:bombings?|attacks?|strikes?|shelling|raids?|ambush(?:es)?|explosions?|blasts?|talks|negotiations|ceasefire|truce|withdrawal|pullout|deployment|handover|summit|meeting|offensive|clashes|killings?|massacre)\b/i;

/** The date at `index` stands in the verb phrase of "should have" or "ought to have". */
export function duePast(sentence: string, index: number): boolean {
  const due = DUE_BEFORE.exec(sentence.slice(Math.max(0, index - 80), index));
  return Boolean(due) && !NAMED_BETWEEN.test(due![1] ?? '');
}
