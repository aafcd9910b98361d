// Finds "May" after a hedge joined to it ("mid-May", "early May", "late-May"), which chrono leaves alone: its
// month parser takes "May" only after a preposition ("in May"), since "may" is also a modal. A hedge word before it
// rules the modal out ("mid may" is no verb). Returns the hedge with the month ("mid-May"): chrono drops a lone
// "May" found by a parser of ours; the qualifiers refiner reads the hedge, surrounding-words the "in".
// Watch out for: "Theresa May", "Early May elections" are the same words; a capital after the hedge is required,
// and a person's name does not follow "mid-".
import type { Parser } from 'chrono-node';

export const hedgedMayParser: Parser = {
  // No `g` flag: chrono re-runs the pattern on the rest of the text (see year-parser).
  pattern: () => /\b(?:early|mid|late|Early|Mid|Late)(?:-|–|\s+)(May)\b/,
  extract(context, match) {
    const index = match.index ?? 0;
    const after = context.text.slice(index + match[0].length);
    // "in mid-May 2025" is found by chrono already, with its year.
    if (/^,?\s+\d{4}\b/.test(after)) return null;
    return context.createParsingResult(index, match[0], { month: 5 }).addTag('dateline/hedged-may');
  },
};
