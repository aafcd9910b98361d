// Sixteenth round: two edges of counting from the story so far. Sentences of our own (a dam on the Lethe between
// Carrow and the Ness Federation), published on 6 May 2036.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import type { ResolvedDate } from '../../src/types.js';

const PUBLISHED = { year: 2036, month: 5, day: 6 };
const PREVIOUS: ResolvedDate = {
  text: 'on 2 May', index: 0, date: { year: 2036, month: 5, day: 2 }, precision: 'day', stated: ['month', 'day'], implied: ['year'], tag: 'month-name', reason: '',
};
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED, PREVIOUS).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 16: "the same evening as “…”" and an anchor that ends at the main clause', () => {
  it('"condemned X the same evening as “…”" is the story\'s day: the "as" is what X was called', () => {
    expect(dated('The Ness governor denounced the sabotage the same evening as “a crime against both banks”.')).toEqual([['the same evening', '2036-05-02']]);
    expect(dated('Carrow called the sluice closure the same day as "an act of war".')).toEqual([['the same day', '2036-05-02']]);
  });

  it('"the same day as the vote" still names the vote', () => {
    expect(resolveDates('Carrow closed the sluices on the same day as the vote.', PUBLISHED, PREVIOUS).relative).toMatchObject([{ anchor: 'the vote', days: 0 }]);
  });

  it('a fronted anchor ends before the subject pronoun of the main clause', () => {
    expect(resolveDates("The day after last week's raid she called the dam “a hostage”.", PUBLISHED).relative).toMatchObject([
      { anchor: "last week's raid", days: 1 },
    ]);
    expect(resolveDates('Two days after the ambush they reopened the lock.', PUBLISHED).relative).toMatchObject([{ anchor: 'the ambush', days: 2 }]);
  });
});
