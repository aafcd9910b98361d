// Round 19c: an attack's lede names the country ("our soldiers in Tarvel were shelled on Monday night"); the article's
// undated detail a few sentences on names the camp ("The shells landed inside Camp Orly"). The camp is the lede's place
// too (extract/lede-detail.ts), so the lede joins another article's telling of the camp's attack that day.
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const both = <T>(list: T[]) => [list, [...list].reverse()];

const wire = storyOf('wire', '2041-05-14', [
  'Mortar rounds were fired at Camp Orly, near the town of Besk, late on 13 May, the mission said.',
]);

describe('round 19c: a lede naming the country takes the place its undated detail gives', () => {
  const tabloid = storyOf('tabloid', '2041-05-15', [
    'Our heroes in Tarvel came under mortar fire again on Monday night as the fighting spread.',
    'Mothers back home say they cannot sleep.',
    'The mortars crashed into Camp Orly, the dusty base near Besk that our troops share with four other armies.',
  ]);

  it('the lede joins the wire\'s attack on the camp that day', () => {
    for (const mentions of both(mentionsOf([wire, tabloid]))) {
      expect(joinedArticles(mergeMentions(mentions), 'tabloid', 'attack', '2041-05-13')).toEqual(['tabloid', 'wire']);
    }
  });

  it('a detail by other means is no detail of this attack: the two stay apart', () => {
    const other = storyOf('other', '2041-05-15', [
      'Our heroes in Tarvel came under mortar fire again on Monday night as the fighting spread.',
      'Mothers back home say they cannot sleep.',
      'Drones crashed into Camp Orly, the dusty base near Besk that our troops share with four other armies.',
    ]);
    expect(joinedArticles(mergeMentions(mentionsOf([wire, other])), 'other', 'attack', '2041-05-13')).toEqual(['other']);
  });

  it('a detail with a date of its own tells its own attack: the two stay apart', () => {
    const dated = storyOf('dated', '2041-05-15', [
      'Our heroes in Tarvel came under mortar fire again on Monday night as the fighting spread.',
      'Mothers back home say they cannot sleep.',
      'In March, mortars crashed into Camp Orly, the dusty base near Besk that our troops share with four other armies.',
    ]);
    expect(joinedArticles(mergeMentions(mentionsOf([wire, dated])), 'dated', 'attack', '2041-05-13')).toEqual(['dated']);
  });

  it('a later sentence on the same means at another place, after one on those means between, gives nothing', () => {
    const between = storyOf('between', '2041-05-15', [
      'Our heroes in Tarvel came under mortar fire again on Monday night as the fighting spread.',
      'Mortars have been fired at the border posts for weeks.',
      'The mortars crashed into Camp Orly, the dusty base near Besk that our troops share with four other armies.',
    ]);
    expect(joinedArticles(mergeMentions(mentionsOf([wire, between])), 'between', 'attack', '2041-05-13')).toEqual(['between']);
  });
});
