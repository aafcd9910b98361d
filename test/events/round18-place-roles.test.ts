// Round 18: two tellings of one day's attack whose places differ only as read ("near the village of Dunhollow", a word
// of the sentence; "near Dunhollow", a place) name no different places, so they may meet on the same-day bar
// (mention-evidence.ts, agreeOnDay and placeNamedByOther). A place the other reads as a name stays a different one
// (round13-merge.test.ts, "a name in two roles"). Round 18b: every word of the place, standing as a place.
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

describe('round 18: a place read in one telling and only named in the other', () => {
  const wire = storyOf('wire', '2042-05-13', [
    'A bomb hidden in a drain under the R4 highway tore through a police van near the village of Dunhollow yesterday morning, killing two officers, the deadliest attack in Varesh province since spring.',
  ]);
  const review = storyOf('review', '2042-06-20', ['The roadside bomb of 12 May on the R4 near Dunhollow was the gravest test of the truce.']);

  it('is one attack, in either order', () => {
    const mentions = mentionsOf([wire, review]);
    expect(joinedArticles(mergeMentions(mentions), 'review', 'attack', '2042-05-12')).toEqual(['review', 'wire']);
    expect(joinedArticles(mergeMentions([...mentions].reverse()), 'review', 'attack', '2042-05-12')).toEqual(['review', 'wire']);
  });

  it('two attacks of one day at two places stay two, even when one names the other\'s town to place itself', () => {
    const market = storyOf('market', '2042-05-13', ['Rebel mortars hit the covered market in Tarn on Monday, wounding five traders.']);
    const depot = storyOf('depot', '2042-05-13', ['A drone struck a fuel depot at Lisk, thirty kilometres north of Tarn, on 12 May.']);
    const mentions = mentionsOf([market, depot]);
    expect(joinedArticles(mergeMentions(mentions), 'depot', 'attack', '2042-05-12')).toEqual(['depot']);
    const bomb = storyOf('bomb', '2042-05-13', ['A roadside bomb hit an army lorry near Carrow on Monday, killing three soldiers.']);
    expect(joinedArticles(mergeMentions(mentionsOf([wire, bomb])), 'bomb', 'attack', '2042-05-12')).toEqual(['bomb']);
  });

  it('round 18b: one word of a place, told as no place by a telling with a place of its own, is no misread place', () => {
    const heights = storyOf('heights', '2042-05-14', ['Rebel artillery shelled Kessel Heights on 12 May, killing two soldiers.']);
    const town = storyOf('town', '2042-05-14', ['Rebels shelled the town of Dorva on 12 May, wounding villagers near the heights above the river.']);
    const mentions = mentionsOf([heights, town]);
    expect(joinedArticles(mergeMentions(mentions), 'town', 'attack', '2042-05-12')).toEqual(['town']);
    expect(joinedArticles(mergeMentions([...mentions].reverse()), 'town', 'attack', '2042-05-12')).toEqual(['town']);
  });
});
