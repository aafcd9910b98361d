// Finds "the end of the year", "the close of the year", which chrono does not read at all. Only a plan or a deadline
// ahead is dated by it (relative-periods: the year of publication, late): told in the past, "at the end of the year"
// is as often the year before (why round 12 left it unread). Round 14: "must be … gone by the close of the year".
import type { Parser } from 'chrono-node';

export const endOfPeriodParser: Parser = {
  // No `g` flag: chrono re-runs the pattern on the rest of the text (see year-parser).
  // (And "the last day of the year", a deadline's day: relative-periods gives it 31 December; round 16.)
  pattern: () => /\b(?:the\s+)?(?:end|close|(?:last|final)\s+day)\s+of\s+the\s+year\b/i,
  extract(context, match) {
    return context.createParsingResult(match.index ?? 0, match[0], {}).addTag('dateline/end-of-period');
  },
};
