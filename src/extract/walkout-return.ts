// "The Front walked out on 30 January, the day after the jets bombed its camps, and returned on 14 February"; "the
// movement walked out in January and did not return until it announced its change of heart on February 9": a party
// that walked out of talks coming back, told with no subject of its own in the same sentence, is the walkout's own
// party announcing its return: a development of the walkout's kind (a statement) at the later date. Read alone, "and
// returned on 14 February" names no kind ("returned" with no talks after it is no cue), and before round 20 the second
// date gave nothing. Round 20.
//
// Only after a walkout told at an earlier date of the sentence (the subject is shared: whoever returns walked out), a
// verb of coming back right after "and" (adverbs and auxiliaries between, no subject of its own), and the date right
// after it or in its "until" clause; a denied return is one only with "until" ("did not return until …": it returned
// then), never "and did not return on 9 February". Not "returned home" or "to work": coming back to something other
// than the talks.
import type { Classification, ResolvedDate } from '../types.js';

/** The cue of a walkout: a party leaving talks (classify/vocabulary.ts's walkout and suspension cues). */
const WALKOUT = /\b(?:walk(?:s|ed|ing)?|storm(?:s|ed|ing)?|pull(?:s|ed|ing)?)\s+out\b|\bquit(?:s|ting)?\b|\bsuspend(?:s|ed|ing)?\b|\bwalkout\b/i;

/**
 * "and returned", "and then came back", "and did not return", "and only rejoined": "and", adverbs or auxiliaries, a verb
 * of coming back; then what lies up to the date.
 */
const RETURN =
  /\band\s+((?:(?:then|later|only|finally|eventually|soon|did|didn't|did\s+not|not|never|had|has|was|were)\s+)*)(return(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|c[ao]mes?\s+back)\b([^.;:!?]*)$/i;

/** Coming back to something other than the talks: "returned home", "to work", "to the capital". */
const ELSEWHERE = /^\s*(?:home|to\s+(?:work|power|office|duty|normal|the\s+(?:capital|city|front|country|barracks|base)))\b/i;

/**
 * The development at `date` when it is a party's return after the walkout told at an earlier date of the sentence (see
 * the header): the walkout's kind with the return's words as its cue, or undefined.
 * @param told what the sentence told at its earlier dates so far
 */
export function returnAfterWalkout(sentence: string, date: ResolvedDate, told: readonly { date: ResolvedDate; classification: Classification }[]): Classification | undefined {
  const walkout = told
    .filter((t) => t.date.index + t.date.text.length <= date.index && t.classification.type === 'statement' && WALKOUT.test(t.classification.cue))
    .sort((a, b) => b.date.index - a.date.index)[0];
  if (!walkout) return undefined;
  const from = walkout.date.index + walkout.date.text.length;
  const m = RETURN.exec(sentence.slice(from, date.index));
  if (!m) return undefined;
  const [, aux = '', verb = '', tail = ''] = m;
  if (ELSEWHERE.test(tail)) return undefined;
  const until = /\b(?:until|till)\b/i.test(tail);
  // (A denied return is told only by its "until": "did not return on 9 February" tells that nothing happened.)
  if (/\b(?:not|never|didn't)\b/i.test(aux) && !until) return undefined;
  // (Straight to the date, or through its "until" clause; not past another verb phrase of its own: "and returned to
  // Osk, where talks opened on …".)
  if (!until && /,/.test(tail)) return undefined;
  const start = from + m.index + m[0].length - tail.length - verb.length;
  return { ...walkout.classification, cue: sentence.slice(start, date.index + date.text.length) };
}
