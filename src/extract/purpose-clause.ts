// "Holm rang Brask last night to ask for a halt to the drone launches before the second round", "met the president on
// Wednesday to prepare next week's talks": an infinitive of purpose after a dated act tells what the act was for. Its
// words name an aim, not a development: a date inside it ("before the second round", "next week's") dates nothing,
// and the act keeps the date of its own clause. A clause after a comma inside it has its own verb and date ("to
// prepare the third round, which is due to open on 3 April").
// Only verbs of asking and preparing (the codebook's appeals, 02, and arranging talks), after a noun, a name, an
// adverb or a comma: "agreed to meet before the vote", "is due to open next week", "plans to withdraw by June" are the
// verb's own complement or schedule, not a purpose.
import { tokens } from '../nlp/wink.js';

const PURPOSE_VERBS = new Set([
  'ask', 'request', 'urge', 'press', 'seek', 'demand', 'appeal', 'plead', 'lobby', 'beg',
  'prepare', 'discuss', 'plan', 'arrange', 'organise', 'organize', 'set',
]);
const CLAUSE_BREAK = /^[;:.!?—–]$/;

/** The character `index` stands inside an infinitive of purpose that follows a dated act (see the header). */
export function inPurposeClause(sentence: string, index: number): boolean {
  const toks = tokens(sentence);
  for (let k = toks.length - 1; k >= 1; k--) {
    const to = toks[k]!;
    if (to.start >= index) continue;
    if (CLAUSE_BREAK.test(to.text)) return false;
    if (to.normal !== 'to') continue;
    const verb = toks[k + 1];
    const before = toks[k - 1]!;
    if (!verb || verb.start >= index || !PURPOSE_VERBS.has(verb.normal)) continue;
    // ("… to prepare a third round, which is due to open on 3 April": a clause after a comma tells its own date.)
    if (toks.slice(k + 2).some((t) => t.start < index && t.text === ',')) return false;
    return before.text === ',' || ['NOUN', 'PROPN', 'ADV', 'NUM'].includes(before.pos);
  }
  return false;
}
