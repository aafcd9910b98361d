// Sixteenth round: a count of days or weeks that ends a telling ("… arrived three days later") counts from the story
// so far, as "the next day" does. Sentences of our own (an airlift to the island of Cobh Mara), published on 1 July 2037.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import type { ResolvedDate } from '../../src/types.js';

const PUBLISHED = { year: 2037, month: 7, day: 1 };
const PREVIOUS: ResolvedDate = {
  text: 'on 10 June', index: 0, date: { year: 2037, month: 6, day: 10 }, precision: 'day', stated: ['month', 'day'], implied: ['year'], tag: 'month-name', reason: '',
};
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED, PREVIOUS).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 16: "… three days later" with no date before it in the sentence', () => {
  it('counts from the previous dated sentence', () => {
    expect(dated('The first relief flights landed at Cobh Mara four days later.')).toEqual([['four days later', '2037-06-14']]);
    expect(dated('The corridor the two navies agreed a week later is still open.')).toEqual([['a week later', '2037-06-17']]);
  });

  it('is no date for a delay, a plan, a quotation, or a count of months', () => {
    expect(dated('The convoy sailed from Port Ile, a week later than planned.')).toEqual([]);
    expect(dated('The evacuation will resume two days later.')).toEqual([]);
    expect(dated('“We came back two days later,” the pilot said.')).toEqual([]);
    expect(dated('The airlift ended three months later.')).toEqual([]);
  });

  it('with no previous dated sentence, stays undated', () => {
    expect(resolveDates('The first relief flights landed four days later.', PUBLISHED).dates).toEqual([]);
  });
});
