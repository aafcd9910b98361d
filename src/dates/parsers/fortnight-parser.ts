// Finds "a fortnight ago", "two fortnights ago", which chrono does not read at all ("two weeks ago" it does). The
// weeks refiner resolves them as the week that many weeks before publication, like "two weeks ago".
import type { Parser } from 'chrono-node';

export const fortnightParser: Parser = {
  // No `g` flag: chrono re-runs the pattern on the rest of the text (see year-parser).
  pattern: () => /\b(?:a|one|two|three)\s+fortnights?\s+ago\b/i,
  extract(context, match) {
    return context.createParsingResult(match.index ?? 0, match[0], {}).addTag('dateline/fortnight');
  },
};
