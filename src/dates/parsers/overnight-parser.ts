// Finds "overnight" used as an adverb of time ("landed at the airfield overnight", "Overnight, rebels shelled the
// port"), which chrono does not read. Not as an adjective before its noun ("an overnight curfew", "an overnight stay"),
// nor beside a day that dates the night itself ("overnight on Tuesday", "overnight into Wednesday": that day is the
// date). casual-days resolves it. Round 20.
import type { Parser } from 'chrono-node';

/** What may follow adverbial "overnight": a clause's end, or a word that starts what comes after the verb phrase. */
const AFTER = /^(?:\s*(?:[,.;:!?)"”—–]|$)|\s+(?:and|as|after|before|in|at|near|around|outside|across|along|when|while|but|with|without|according|the|a|an|its|their)\b)/i;
/** A day beside it, which dates the night instead. */
const DAY_BESIDE = /^\s+(?:on|into|to|from|of|between)\s+(?:the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|^\s+(?:on|into|of)\s+\d/i;

export const overnightParser: Parser = {
  // No `g` flag: chrono re-runs the pattern on the rest of the text (see year-parser).
  pattern: () => /\bovernight\b/i,
  extract(context, match) {
    const index = match.index ?? 0;
    const after = context.text.slice(index + match[0].length);
    if (!AFTER.test(after) || DAY_BESIDE.test(after)) return null;
    // (An article before it makes it an adjective even before a preposition: "an overnight in Vasho".)
    if (/\b(?:an?|the|their|its|his|her)\s+$/i.test(context.text.slice(0, index))) return null;
    return context.createParsingResult(index, match[0], {}).addTag('dateline/overnight');
  },
};
