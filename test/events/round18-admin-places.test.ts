// Round 18: a place named with the word for its kind of division after it ("Velda province") is the place named without
// it ("Velda"), so two tellings naming it the two ways share a place (mention-evidence.ts, withoutAdminHead).
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

describe('round 18: "Velda province" is Velda', () => {
  const feature = storyOf('feature', '2040-05-20', ['The first blue helmets landed in Velda in the spring of 2031, when the hill clans held half the valley.']);
  const timeline = storyOf('timeline', '2040-06-02', ['2031: The Union sends a stabilisation mission to Velda province to protect civilians.']);

  it('two tellings of the deployment, one naming the province, meet', () => {
    const mentions = mentionsOf([feature, timeline]);
    expect(joinedArticles(mergeMentions(mentions), 'feature', 'troops', '2031')).toEqual(['feature', 'timeline']);
    expect(joinedArticles(mergeMentions([...mentions].reverse()), 'feature', 'troops', '2031')).toEqual(['feature', 'timeline']);
  });

  it('another province is another place', () => {
    const other = storyOf('other', '2040-06-02', ['2031: The Union sends a stabilisation mission to Marn province to protect civilians.']);
    expect(joinedArticles(mergeMentions(mentionsOf([feature, other])), 'feature', 'troops', '2031')).toEqual(['feature']);
  });
});
