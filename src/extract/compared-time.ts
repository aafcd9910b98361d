// "He said yesterday that he was less pessimistic than a month ago", "Prices are higher than in March", "fewer
// patrols than they were last year": a date right after "than" is the other term of a comparison, the time the
// present is measured against. Nothing is told as happening then (not even "he was pessimistic": that is implied),
// so it dates no development of the sentence, of any kind. Round 19.
// Watch out for: "no later than 3 May", "not earlier than Friday", "rather than on Monday": a deadline, or a date
// chosen instead of another, which do date what they bound.
import { classifySentence } from '../classify/classify-sentence.js';
import { tokens } from '../nlp/wink.js';

/** "than", optionally a subject and its verb of being ("than it was", "than they had"), and a preposition. */
const THAN_BEFORE =
  /\bthan\s+(?:(?:it|they|he|she|we|i|you|there|this|that)\s+(?:was|were|did|had|had\s+been|is|are)\s+)?(?:(?:at|in|on|during|by|back\s+in|back\s+on)\s+)?$/i;

/** A deadline or a choice between dates: "no later than", "not earlier than", "rather than". */
const NOT_COMPARED = /\b(?:later|earlier|sooner|rather|other)\s+than\s+\S*\s*\S*\s*$/i;

/**
 * "…heavier than on 2 March, when rebels fired forty mortars into the town", "more hopeful than on 1 March, after the
 * talks collapsed": a clause after the date, opened by "when", "as" or "after", with a verb of its own, tells what
 * happened then, and the date is that development's too (round 19b: the attack and the talks of those days were
 * lost). Only a clause that tells one of our kinds by its own words; "than on 2 March, when it was quiet" stays a
 * comparison's time. The clause runs to the next clause break.
 */
const TOLD_THEN = /^\s*,\s*(?:when|as|after|while)\s+([^,;:()"“”]+)/i;

function toldThen(sentence: string, end: number): boolean {
  const clause = TOLD_THEN.exec(sentence.slice(end))?.[1];
  if (!clause) return false;
  const ownVerb = tokens(clause).some((t) => t.pos === 'VERB' || (t.pos === 'AUX' && !/^(?:is|was|were|are|be|been)$/i.test(t.normal)));
  return ownVerb && classifySentence(clause) !== null;
}

/** The date at `index` stands after "than" as a comparison's other term, whatever follows it. */
function afterThan(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 40), index);
  return THAN_BEFORE.test(before) && !NOT_COMPARED.test(before);
}

/** The date at `index` (its words `text`) is the other term of a comparison ("than a month ago"). */
export function datesComparison(sentence: string, index: number, text?: string): boolean {
  return afterThan(sentence, index) && (text === undefined || !toldThen(sentence, index + text.length));
}

/**
 * A comparison's time that a clause after it tells a development at ("than on 2 March, when rebels fired forty
 * mortars"): only that clause is the date's, so the words before the date (the comparison, "the shelling … was
 * heavier") are set aside when it is classified. Undefined for any other date.
 */
export function comparedTimeTold(sentence: string, index: number, text: string): { start: number; end: number } | undefined {
  return afterThan(sentence, index) && toldThen(sentence, index + text.length) ? { start: 0, end: index } : undefined;
}
