// "at the meeting of the party council", "at the party council's meeting": words besides its head that say whose or
// which occasion it was. An earlier telling of a meeting that does not carry them ("The defence ministers' meeting …
// on 2 March") is another occasion, and the day counted from it would be the wrong one. Round 20 mend C.

/** A moment of a named development's day: "at the signing", "on the morning of the vote". */
export const OCCASION = /^(?:at\s|on\s+the\s+(?:day|morning|afternoon|evening|night)\s+of\s)/i;

/**
 * The sentence names `anchor` as an occasion: "said at the meeting of the party council …, and told the nation the next
 * day", where "the next day" counts from that occasion too.
 */
export function namedAsOccasion(quote: string, anchor: string): boolean {
  const a = anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`(?:\bat|\bon\s+the\s+(?:day|morning|afternoon|evening|night)\s+of)\s+${a}`, 'i').test(quote);
}

/** Determiners and the like, which say which occasion no more than "the" does. */
const UNQUALIFYING = new Set(['this', 'that', 'these', 'those', 'their', 'both', 'other', 'same', 'last', 'first', 'latest', 'next']);

/**
 * The words of `anchor` ("the meeting of the party council") that qualify its head noun `head` ("meeting"): party,
 * council. Words shorter than four letters (the, of, two) say nothing; a possessive loses its "'s".
 */
export function occasionQualifier(anchor: string, head: string): string[] {
  return anchor
    .split(/[^A-Za-z'’]+/)
    .map((w) => w.replace(/['’]s?$/, ''))
    .filter((w) => w.length >= 4 && w.toLowerCase() !== head.toLowerCase() && !UNQUALIFYING.has(w.toLowerCase()));
}
