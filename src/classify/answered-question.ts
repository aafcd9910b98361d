// Round 20: an answer that is only a date tells the development its question asked the date of. "Q: When does the
// fort pass to the army? / A: On 14 May, in a ceremony at the gate." — explainers, Q&A pieces and transcripts set
// a development and its date apart in this way, and neither sentence alone has both.

import { tokens, type Token } from '../nlp/wink.js';

/** "When does/did/will … ?", after a label of the asker ("Q:", "QUESTION (name, outlet):"). */
const WHEN_QUESTION = /^(?:[A-Z][^:?]{0,80}:\s*)?When\s+((?:do|does|did|will|would|is|are|was|were)\s+[^?]{3,160})\?\s*$/;
/** The answerer's label ("A:", "COLONEL ESK:") before the answer. */
const ANSWER_LABEL = /^(?:[A-Z][A-Z .'’-]{0,40}:\s*)?/;

export interface AnsweredQuestion {
  /** The question's clause, its auxiliary kept for its tense, with the answer after it: "does the fort pass to the army On 14 May, …". */
  text: string;
  /** What to add to an index in the answer to find the same word in `text`. */
  shift: number;
}

/**
 * The question before `sentence` and the answer read as one clause, when the question asks "When …" and the answer
 * has no verb of its own (a date and what goes with it, no new development): undefined otherwise. "A: On 14 May,
 * in a ceremony" after "When does the fort pass to the army?" reads "does the fort pass to the army on 14 May, in
 * a ceremony"; "A: She said it would be in May" answers with a development of its own and is read alone.
 */
export function answeredQuestion(sentence: string, toks: readonly Token[], previous: string | undefined): AnsweredQuestion | undefined {
  if (!previous) return undefined;
  const asked = WHEN_QUESTION.exec(previous.trim());
  if (!asked) return undefined;
  if (toks.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  const label = ANSWER_LABEL.exec(sentence)![0].length;
  const clause = asked[1]!.replace(/,?\s+and\s+(?:will|would|does|did|is|was)\b.*$/, '');
  const text = `${clause} ${sentence.slice(label)}`;
  return { text, shift: clause.length + 1 - label };
}

/**
 * The words of the question an answer that is only a date answers, for the answer's title: its clause without the
 * auxiliary ("When did the president last visit Korendo?" / "A: In March 2031." → "the president last visit
 * Korendo"). The answer's own words ("A", "In March 2031") name nothing. Undefined when `sentence` is no such answer.
 */
export function askedInAnswer(sentence: string, previous: string | undefined): string | undefined {
  if (!previous || !WHEN_QUESTION.test(previous.trim())) return undefined;
  const answer = answeredQuestion(sentence, tokens(sentence), previous);
  if (!answer) return undefined;
  const label = ANSWER_LABEL.exec(sentence)![0].length;
  // The clause is the text before the answer (shift = clause + 1 - label); its first word is the auxiliary.
  return answer.text.slice(0, answer.shift + label - 1).replace(/^\S+\s+/, '');
}
