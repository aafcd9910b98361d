// Round 17: a force going home on a day leaves on it, whatever the sentence's main cue: "and Parvia took the frigate home
// on 9 June with about 180 sailors" dates a departure, not a level, so the level/move veto does not keep the month's
// tellings of that departure from its cluster (mention-evidence.ts, dateVerb).
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

describe('round 17: going home on a day is a departure', () => {
  const left = storyOf('left', '2038-06-12', ['The Parvian frigate Olwen leaves Cape Harl for home on 9 June, with some 180 sailors aboard.']);
  const recap = storyOf('recap', '2038-08-01', ['Rebel boats shelled the quay on 2 June, and Parvia took the Olwen home on 9 June with about 180 sailors.']);
  const month = storyOf('month', '2038-07-05', ['The squadron now has about 900 sailors, after the Parvian frigate Olwen went home last month.']);

  it('the month telling joins the day cluster that holds it', () => {
    const mentions = mentionsOf([left, recap, month]);
    expect(joinedArticles(mergeMentions(mentions), 'month', 'troops', '2038-06')).toEqual(['left', 'month', 'recap']);
    expect(joinedArticles(mergeMentions([...mentions].reverse()), 'month', 'troops', '2038-06')).toEqual(['left', 'month', 'recap']);
  });

  it('a level told on a day stays a level', () => {
    const level = storyOf('level', '2038-06-12', ['The squadron had 1,100 sailors on 9 June.']);
    const mentions = mentionsOf([left, level]);
    expect(joinedArticles(mergeMentions(mentions), 'level', 'troops', '2038-06-09')).toEqual(['level']);
  });
});
