// 'Asked whether the rebels would return to the talks, he said: "Ask me next week."': a date inside a quotation is
// the speaker's, told of what the quoted words say. When those words tell nothing of our kinds, the development the
// classifier found outside the quotation (the talks asked about, a strike named in the question) is not at that
// date, and neither is the saying: it was made when the reporter heard it, not "next week". So such a date dates
// nothing. Except "today"/"tonight": inside a quotation they are the day the quotation was said, which dates the
// saying that carries it (classify-sentence.ts rule 2). Round 19.
import { quotedTokens } from '../classify/split-clauses.js';
import { tokens } from '../nlp/wink.js';
import { cueAt } from './cue-at.js';

/** Words inside a quotation that stand for the day the quotation was said. */
const SAYING_DAY = /^(?:today|tonight|this\s+(?:morning|afternoon|evening))$/i;

/** The date at `index` stands inside a quotation, and the cue of what it was found to date stands outside it. */
export function quotedDateOutsideCue(sentence: string, index: number, text: string, cue: string): boolean {
  if (SAYING_DAY.test(text.trim())) return false;
  const at = cueAt(sentence, cue);
  if (at < 0) return false;
  const toks = tokens(sentence);
  const quoted = quotedTokens(toks);
  const tokenAt = (offset: number) => toks.findIndex((t) => t.start <= offset && offset < t.end);
  const d = tokenAt(index);
  const c = tokenAt(at);
  return d >= 0 && c >= 0 && quoted[d] === true && quoted[c] !== true;
}
