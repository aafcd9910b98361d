// Round 17: two plans of a round of talks for one date are one plan: "the sides agreed to meet again on 3 March" (a
// round told without its noun) and "a fourth round is set for 3 March" share no word but the round itself.
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

describe('round 17: two plans of a round for one day', () => {
  it('"agreed to meet again" and "a fourth round is set for" that day are one round', () => {
    const report = storyOf('report', '2039-02-10', ['The delegations agreed to meet again on 3 March.']);
    const guide = storyOf('guide', '2039-02-20', ['A fourth round is set for 3 March.']);
    const mentions = mentionsOf([report, guide]);
    expect(joinedArticles(mergeMentions(mentions), 'report', 'talks', '2039-03-03')).toEqual(['guide', 'report']);
    expect(joinedArticles(mergeMentions([...mentions].reverse()), 'report', 'talks', '2039-03-03')).toEqual(['guide', 'report']);
  });

  it('not plans naming different people', () => {
    const a = storyOf('a', '2039-02-10', ['Premier Hal Orrin and the dock unions agreed to meet again on 3 March.']);
    const b = storyOf('b', '2039-02-20', ['Talks between Mayor Ines Varga and the tram drivers are set to resume on 3 March.']);
    expect(joinedArticles(mergeMentions(mentionsOf([a, b])), 'a', 'talks', '2039-03-03')).toEqual(['a']);
  });

  it('not plans for different venues', () => {
    const a = storyOf('a', '2039-02-10', ['The delegations agreed to meet again in Port Selby on 3 March.']);
    const b = storyOf('b', '2039-02-20', ['A fourth round is set for 3 March in Kelmar.']);
    expect(joinedArticles(mergeMentions(mentionsOf([a, b])), 'a', 'talks', '2039-03-03')).toEqual(['a']);
  });
});
