// Round 16b: a troop telling counted by its figure ("about 150 paratroopers joined the mission at Fort Auber on 3 May") is
// the move its date's verb tells, even with the place it went to between verb and date (mention-evidence.ts, dateVerb).
import { describe, expect, it } from 'vitest';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';

const article = storyOf;
const joined = joinedArticles;

describe('round 16b: a force that joined a mission at a place on a day arrived that day', () => {
  const bulletin = article('bulletin', '2035-05-10', ['Three Brannish transport planes and about 150 paratroopers joined the Lakeside Stabilisation Mission at Fort Auber on 3 May.']);
  const explainer = article('explainer', '2035-07-01', ['The Brannish airborne company of about 140 paratroopers, which arrived on 3 May, is due to leave on 30 June.']);

  it('the arrival told by its figure meets the arrival told in a relative clause', () => {
    const mentions = mentionsOf([bulletin, explainer]);
    expect(joined(mergeMentions(mentions), 'bulletin', 'troops', '2035-05-03')).toEqual(['bulletin', 'explainer']);
    expect(joined(mergeMentions([...mentions].reverse()), 'bulletin', 'troops', '2035-05-03')).toEqual(['bulletin', 'explainer']);
  });

  it('but not the departure the same sentence dates', () => {
    const mentions = mentionsOf([bulletin, explainer]);
    expect(joined(mergeMentions(mentions), 'explainer', 'troops', '2035-06-30')).toEqual(['explainer']);
  });

  it('a verb in another clause, behind a comma, tells no move of the date', () => {
    const level = article('level', '2035-05-10', ['The first paratroopers landed in March, and the Lakeside Stabilisation Mission at Fort Auber counted about 150 paratroopers on 3 May.']);
    const mentions = mentionsOf([level, explainer]);
    expect(joined(mergeMentions(mentions), 'level', 'troops', '2035-05-03')).toEqual(['level']);
  });
});
