// Finds "the start of the year", "the beginning of the month", which chrono does not read at all ("the start of last
// year" it does). relative-periods resolves them as the year or month of publication, and surrounding-words gives
// them the qualifier early. Only the start: a period's start has passed by publication whatever the tense, while "at
// the end of the year", told in February, is as often the year before. Round 12.
import type { Parser } from 'chrono-node';

export const startOfPeriodParser: Parser = {
  // No `g` flag: chrono re-runs the pattern on the rest of the text (see year-parser).
  pattern: () => /\b(?:the\s+)?(?:start|beginning)\s+of\s+the\s+(?:year|month)\b/i,
  extract(context, match) {
    return context.createParsingResult(match.index ?? 0, match[0], {}).addTag('dateline/start-of-period');
  },
};
