// Round 20: "unmanned aircraft", "an unmanned aerial vehicle" and "UAVs" are a drone's long names, so a notice that
// writes one shares its means with a report that says "drone" (mention-evidence.ts, contentWords).
import { describe, expect, it } from 'vitest';
import { contentWords } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const both = <T>(list: T[]) => [list, [...list].reverse()];

describe('round 20: the long names of a drone', () => {
  it('are the word "drone"', () => {
    expect(contentWords('Unmanned aircraft struck the depot')).toContain(contentWords('drone')[0]);
    expect(contentWords('an unmanned aerial vehicle was seen')).toContain(contentWords('drone')[0]);
    expect(contentWords('two UAVs crossed the line')).toContain(contentWords('drone')[0]);
  });

  it('other unmanned things are not', () => {
    expect(contentWords('the unmanned checkpoint was burnt')).not.toContain(contentWords('drone')[0]);
    expect(contentWords('a manned aircraft landed')).not.toContain(contentWords('drone')[0]);
  });
});

describe('round 20: "unmanned aircraft struck the camp" and "a drone smashed into its fuel store" of one day', () => {
  const notice = storyOf('notice', '2041-08-20', ['3.1 Unmanned aircraft struck Camp Orrin on 14 August 2041, and mortars hit the camp on 2 August.']);
  const feature = storyOf('feature', '2041-09-02', ['The base was last hit on August 14, when a drone smashed into its fuel store.']);

  it('are one attack', () => {
    for (const mentions of both(mentionsOf([notice, feature]))) {
      expect(joinedArticles(mergeMentions(mentions), 'feature', 'attack', '2041-08-14')).toEqual(['feature', 'notice']);
    }
  });

  it('a rocket that day stays apart from the drone', () => {
    const rocket = storyOf('rocket', '2041-09-02', ['The base was last hit on August 14, when a rocket smashed into its fuel store.']);
    expect(joinedArticles(mergeMentions(mentionsOf([notice, rocket])), 'rocket', 'attack', '2041-08-14')).toEqual(['rocket']);
  });
});
