// Finds a day of the month named by its ordinal alone, which chrono leaves alone: "on the 20th", "on the 3rd,",
// "on the morning of the 3rd"; and a day of a month named relative to publication, "on the 14th of this month".
// The month is the one the clause's tense points at from publication (refiners/ordinal-days.ts).
// Watch out for: "the 20th century", "the 3rd battalion", "on the 20th floor", "the 5th of May" (chrono reads that
// one with its month): only an ordinal after "on the" that ends its phrase (punctuation, the sentence's end, or a
// preposition or conjunction) counts; or one followed by a determiner or a count that opens the clause's subject
// ("and on the 27th the ambush at Orsk", "on the 9th two drones fell": round 17).
import type { Parser } from 'chrono-node';

/** "on the 14th of this month", "the 3rd of last month": a day of a month named relative to publication. */
export const ordinalOfMonthParser: Parser = {
  pattern: () => /\b(?:on\s+)?the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+of\s+(this|last|next|the\s+previous|the\s+coming)\s+month\b/i,
  extract(context, match) {
    const shift = /^(?:last|the\s+previous)$/i.test(match[2]!) ? -1 : /^(?:next|the\s+coming)$/i.test(match[2]!) ? 1 : 0;
    return context
      .createParsingResult(match.index ?? 0, match[0], { day: Number(match[1]) })
      .addTag('dateline/ordinal-day')
      .addTag(`dateline/month-shift:${shift}`);
  },
};

export const ordinalDayParser: Parser = {
  // No `g` flag: chrono re-runs the pattern on the rest of the text (see year-parser).
  pattern: () =>
    /\b(?:on|(?:morning|afternoon|evening|night)\s+of)\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:at|in|when|and|after|before|as|with|to|from|but|while|the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|some|several|\d+)\b)/i,
  extract(context, match) {
    return context.createParsingResult(match.index ?? 0, match[0], { day: Number(match[1]) }).addTag('dateline/ordinal-day');
  },
};
