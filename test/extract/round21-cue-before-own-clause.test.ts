// Round 21: a saying dated in its own clause does not date a coordinated clause with a subject and verb of its own
// ("promised last month …, and a company is due on Tuesday"). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string, published: string) =>
  extractMentions(pageOf(body, published)).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

describe('round 21: a first clause\'s saying stays at its own date', () => {
  it('a promise last month does not become a statement on the day a later clause names', () => {
    expect(found('The defence minister promised last month to reinforce the garrison, and a relief column is due at the fort on Tuesday.', '2031-06-14')).toEqual([
      ['last month', 'statement', '2031-05'],
    ]);
    expect(found("The security council renewed the mission's mandate in January for a year; its next review is due in December.", '2031-06-14')).toEqual([
      ['in January', 'statement', '2031-01'],
    ]);
    expect(found('The UN envoy welcomed the truce on Monday; a monitoring team is due in the valley on Friday.', '2031-06-14')).toEqual([
      ['on Monday', 'statement', '2031-06-09'],
    ]);
  });

  it('a clause that tells the saying again, or shares its verb, keeps the cue', () => {
    expect(found('The rebel spokesman denied the claim on Monday, and on Wednesday he denied it again.', '2031-06-14')).toEqual([
      ['on Monday', 'statement', '2031-06-09'],
      ['on Wednesday', 'statement', '2031-06-11'],
    ]);
    expect(found('The minister condemned the shelling on Monday, and again on Wednesday.', '2031-06-14').map((m) => m[0])).toEqual(['on Monday', 'on Wednesday']);
  });
});
