// Round 17: one round of talks told in different words on one day: "round three" is the third round (a step named by
// its number after the noun), and a step of a sequence two tellings of one day share is a development of its own.
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { ordinalsNear } from '../../src/events/mention-evidence.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

describe('round 17: a round named by its number after the noun', () => {
  it('reads "round three", "Round 2" and "phase two" as steps', () => {
    expect([...ordinalsNear('Round three of the wage talks, on 4 May, went badly.', 0)]).toEqual(['3']);
    expect([...ordinalsNear('Round 2 opens in Pell on 9 June.', 0)]).toEqual(['2']);
    expect([...ordinalsNear('Phase two of the pullback ends on 1 July.', 0)]).toEqual(['2']);
  });

  it('not a round of fire, a time or a figure', () => {
    expect([...ordinalsNear('The gunner fired another round two hours later, on 4 May.', 0)]).toEqual([]);
    expect([...ordinalsNear('He came round one evening in May.', 0)]).toEqual([]);
    expect([...ordinalsNear('Troops numbering round 150 left on 4 May.', 0)]).toEqual([]);
  });

  it('joins "round three" and "the third round" of one day, whatever other words they use', () => {
    const column = storyOf('column', '2038-10-20', ['Round three of the fisheries talks, on 14 October, had been the calmest yet, according to aides.']);
    const record = storyOf('record', '2038-12-01', ['The third round of negotiations under the Corran framework was held at the Old Customs Hall on 14 October.']);
    const mentions = mentionsOf([column, record]);
    expect(joinedArticles(mergeMentions(mentions), 'column', 'talks', '2038-10-14')).toEqual(['column', 'record']);
    expect(joinedArticles(mergeMentions([...mentions].reverse()), 'column', 'talks', '2038-10-14')).toEqual(['column', 'record']);
  });

  it('keeps round three and round four of one day apart', () => {
    const column = storyOf('column', '2038-10-20', ['Round three of the fisheries talks, on 14 October, had been the calmest yet, according to aides.']);
    const record = storyOf('record', '2038-12-01', ['The fourth round of the fisheries talks was held at the Old Customs Hall on 14 October.']);
    expect(joinedArticles(mergeMentions(mentionsOf([column, record])), 'column', 'talks', '2038-10-14')).toEqual(['column']);
  });
});
