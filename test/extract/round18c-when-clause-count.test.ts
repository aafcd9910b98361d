// Round 18c: a fronted when-clause dates its main clause (round 12), unless the main clause counts its own time on
// from it ("within two days", "after a week"). Sentences of our own (a dispute between Maravel and Tosk).
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const found = (text: string) => extractMentions(articleOf('2044-06-01', [[text]])).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

describe('round 18c: a main clause with a count of its own is not on the when-clause\'s day', () => {
  it.each([
    'When a roadside bomb killed four soldiers on 3 May, President Ilse Marrow suspended the talks within two days.',
    'When a roadside bomb killed four soldiers on 3 May, President Ilse Marrow suspended the talks after a week.',
  ])('%s tells only the when-clause\'s development', (text) => {
    expect(found(text)).toEqual([['on 3 May', 'attack', '2044-05-03']]);
  });

  it('a main clause with no count of its own, or a count within the day, still shares the day', () => {
    for (const text of [
      'When a roadside bomb killed four soldiers on 3 May, President Ilse Marrow suspended the talks.',
      'When a roadside bomb killed four soldiers on 3 May, President Ilse Marrow suspended the talks within hours.',
    ]) {
      expect(found(text)).toEqual([
        ['on 3 May', 'attack', '2044-05-03'],
        ['on 3 May', 'talks', '2044-05-03'],
      ]);
    }
  });
});
