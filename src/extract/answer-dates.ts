// Round 20: an answer that is only a date takes the tense of its question. "Q: When does the fort pass to the army?
// / A: On 14 May" is the coming 14 May, though the answer alone, with no verb, reads as past.

import { answeredQuestion } from '../classify/answered-question.js';
import type { DateFindings } from '../dates/resolve-dates.js';
import { tokens } from '../nlp/wink.js';

/**
 * The answer's dates resolved as part of its question's clause (answered-question.ts), their indexes back in the
 * answer; `found` as it is when the sentence answers no "When …?" question or the dates do not line up.
 */
export function answerDates(found: DateFindings, sentence: string, previous: string | undefined, resolve: (text: string) => DateFindings): DateFindings {
  const answer = answeredQuestion(sentence, tokens(sentence), previous);
  if (!answer || !found.dates.length) return found;
  const asked = resolve(answer.text).dates.filter((d) => d.index >= answer.shift).map((d) => ({ ...d, index: d.index - answer.shift }));
  if (asked.length !== found.dates.length || asked.some((d, k) => d.text !== found.dates[k]!.text)) return found;
  return { ...found, dates: asked };
}
