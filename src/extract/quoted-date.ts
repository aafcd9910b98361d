// 'Asked whether the rebels would return to the talks, he said: "Ask me next week."': a date inside a quotation is
// the speaker's, told of what the quoted words say. When those words tell nothing of our kinds, the development the
// classifier found outside the quotation (the talks asked about, a strike named in the question) is not at that
// date, and neither is the saying: it was made when the reporter heard it, not "next week". So such a date dates
// nothing. Except "today"/"tonight": inside a quotation they are the day the quotation was said, which dates the
// saying that carries it (classify-sentence.ts rule 2). Round 19.
// Only a quotation that is a saying of its own (wholeSaying): a few words quoted inside the reporter's clause ('was
// carried out "on Tuesday night"') carry that clause's own date. Round 19b.
import { quotedTokens } from '../classify/split-clauses.js';
import { tokens, type Token } from '../nlp/wink.js';
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
  return d >= 0 && c >= 0 && quoted[d] === true && quoted[c] !== true && wholeSaying(toks, quoted, d);
}

/**
 * The quotation holding token `d` is a saying of its own, whose words are the speaker's whole sentence: it opens the
 * sentence (or began in an earlier one), follows a colon ('he said: "Ask me next week."'), or follows a comma and
 * holds a verb of its own ('he said, "We will be back next week."'). Not a few words quoted inside the reporter's
 * own clause, right after its verb or preposition ('was carried out "on Tuesday night"', 'took place "in the early
 * hours"'): those words are the clause's own, and their date is its development's. Round 19b: such a strike had lost
 * its day.
 */
function wholeSaying(toks: readonly Token[], quoted: readonly boolean[], d: number): boolean {
  let k = d;
  while (k >= 0 && quoted[k]) k--;
  // (No opening mark in this sentence: the quotation began in an earlier one.)
  if (k < 0) return true;
  let close = d;
  while (close < toks.length && quoted[close]) close++;
  const before = toks[k - 1];
  if (!before) return true;
  if (before.text === ':') return true;
  if (before.text !== ',') return false;
  return toks.slice(k + 1, close).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}
