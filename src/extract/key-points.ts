// A live page's summary list: a label standing alone ("Key points", "Key events", "Highlights", "At a glance") and a
// list of headlines under it. Its items restate what the page's entries tell and date; in headline grammar (the
// present, or "to" for what lies ahead: "Front suspends its part in the talks", "Talks to go ahead on Monday") they
// tell nothing of their own and are furniture, as the read gold has it since the eighth set. An item told in the past
// ("Ministers met for three hours this morning") is a telling, as the earlier sets had it. Round 15.
import { isPastVerb } from '../dates/words.js';
import { tokens } from '../nlp/wink.js';
import { listParagraphsAfter } from './page-lists.js';

const WORDS = String.raw`(?:key\s+(?:points|events|developments|moments)|highlights|at\s+a\s+glance)`;
const LINE = new RegExp(String.raw`^ {0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?${WORDS}(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$`, 'im');
const TEXT = new RegExp(String.raw`^\s*${WORDS}\s*:?\s*$`, 'i');

/** Indices of the paragraphs of a summary list under a key-points label. */
export function keyPointParagraphs(body: string): Set<number> {
  return listParagraphsAfter(body, LINE, TEXT);
}

/** A summary item in headline grammar: its first finite verb is not in the past ("suspends", "to leave"). */
export function headlineItem(text: string): boolean {
  const toks = tokens(text);
  const verb = toks.findIndex((t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^[a-z]/.test(t.text) && !/ing$/.test(t.normal));
  if (verb < 0) return true;
  const t = toks[verb]!;
  if (/^(?:was|were|had|did|has|have)$/.test(t.normal)) return false;
  return !isPastVerb(t.text, toks[verb - 1]?.text);
}
