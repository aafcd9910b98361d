// Round 21: "The talks resumed on 18 February": talks told by a definite noun and how the round went, naming no place
// and nobody, are the one development of talks of that day (definite-talks.ts, merge-mentions.ts).
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const both = <T>(list: T[]) => [list, [...list].reverse()];

describe('round 21: a definite telling of talks joins the day\'s one talks', () => {
  const wire = storyOf('wire', '2041-02-19', ['The third round of talks between the government and the Eastern Front opened at Marrow Hall in Selby on 18 February.']);
  const cases = [
    'The talks resumed on 18 February.',
    'In the end the negotiations began on 18 February.',
    'The meeting went ahead on 18 February after all.',
  ];
  for (const sentence of cases) {
    it(`"${sentence}" is the round of that day`, () => {
      const later = storyOf('later', '2041-05-02', [sentence]);
      for (const mentions of both(mentionsOf([wire, later]))) {
        expect(joinedArticles(mergeMentions(mentions), 'later', 'talks', '2041-02-18')).toEqual(['later', 'wire']);
      }
    });
  }

  it('a topic of its own keeps it apart: "the talks on fishing rights" may be other talks', () => {
    const later = storyOf('later', '2041-05-02', ['The talks on fishing rights resumed on 18 February.']);
    expect(joinedArticles(mergeMentions(mentionsOf([wire, later])), 'later', 'talks', '2041-02-18')).toEqual(['later']);
  });

  it('with two talks of the day known the definite noun picks neither', () => {
    const other = storyOf('other', '2041-02-19', ['Trade ministers of Osland and Vire met in Porta on 18 February to discuss tariffs.']);
    const later = storyOf('later', '2041-05-02', ['The talks resumed on 18 February.']);
    for (const mentions of both(mentionsOf([wire, other, later]))) {
      expect(joinedArticles(mergeMentions(mentions), 'later', 'talks', '2041-02-18')).toEqual(['later']);
    }
  });

  it('an indefinite telling is no pointer: "Fresh talks began on 18 February" stays apart', () => {
    const later = storyOf('later', '2041-05-02', ['Fresh talks began on 18 February.']);
    expect(joinedArticles(mergeMentions(mentionsOf([wire, later])), 'later', 'talks', '2041-02-18')).toEqual(['later']);
  });
});
