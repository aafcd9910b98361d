// Finds words that date a present-tense statement by its publication: "currently", "at present", "so far",
// "at the moment", "to date", "presently". chrono already finds "now" (tag casualReference/now).
// Watch out for: "so far as", "so far from", "so far away" (not temporal); "so far this year" (the period dates
// it: left to chrono's "this year"); the present-tense check itself lives in
// the present-tense refiner, which drops the marker when the clause is past or future.
import type { Parser } from 'chrono-node';

export const presentMarkerParser: Parser = {
  // No `g` flag: chrono re-runs the pattern on the rest of the text (see year-parser).
  pattern: () => /\b(?:currently|presently|at\s+present|at\s+the\s+moment|so\s+far|to\s+date)\b/i,
  extract(context, match) {
    const index = match.index ?? 0;
    const after = context.text.slice(index + match[0].length);
    if (/^so\s+far$/i.test(match[0]) && /^\s+(?:as|from|away|removed|off|beyond|behind|ahead)\b/i.test(after)) return null;
    // "so far this year", "to date in 2021": the period that follows dates the statement, not publication.
    if (/^,?\s+(?:this|in|during|since)\b/i.test(after)) return null;
    return context.createParsingResult(index, match[0], {}).addTag('dateline/present');
  },
};
