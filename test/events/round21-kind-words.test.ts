// Round 21 (merging, second pass): two tellings of one day at different places share no development through the words
// that only name their kind ("troops", "deployed", "handed over") or the sort of place ("base", "camp"): those words no
// longer count as shared wording (mention-evidence.ts, evidence). The same words at one place, or at a place named
// within the other's, still join.
import { describe, expect, it } from 'vitest';
import { evidence, profileMention } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const both = <T>(list: T[]) => [list, [...list].reverse()];

function joined(one: string, two: string, day: string): string[][] {
  const ms = mentionsOf([storyOf('a', '2043-07-01', [one]), storyOf('b', '2043-07-02', [two])]);
  expect(ms.map((m) => m.article)).toEqual(['a', 'b']);
  return both(ms).map((list) => joinedArticles(mergeMentions(list), 'a', 'troops', day));
}

describe('round 21: kind words are no evidence at two different places', () => {
  const apart: [string, string, string][] = [
    ['Peacekeepers deployed to the Vell Highlands on 3 March.', 'More soldiers arrived in Dorn on 3 March.', '2043-03-03'],
    ['Two companies of soldiers withdrew from Harnet on 9 May.', 'Troops pulled out of Kessin on 9 May, residents said.', '2043-05-09'],
    ['A battalion of marines landed at Port Selby on 14 October.', 'Reinforcements reached the garrison at Mardale on 14 October, the ministry said.', '2042-10-14'],
    ['The army handed the airfield at Corvel over to the police on 2 June.', 'Soldiers handed over their base at Tessmoor on 2 June.', '2043-06-02'],
  ];
  for (const [one, two, day] of apart) {
    it(`"${one}" and "${two}" stay two, in either order`, () => {
      for (const articles of joined(one, two, day)) expect(articles).toEqual(['a']);
      const ms = mentionsOf([storyOf('a', '2043-07-01', [one]), storyOf('b', '2043-07-02', [two])]);
      expect(evidence(profileMention(ms[0]!), profileMention(ms[1]!))).toBeLessThan(0.3);
    });
  }

  const together: [string, string, string][] = [
    ['Peacekeepers deployed to the Vell Highlands on 3 March.', 'More soldiers arrived in Vell on 3 March.', '2043-03-03'],
    ['Peacekeepers deployed to Dorn on 3 March, the mission said.', 'More soldiers arrived in Dorn on 3 March.', '2043-03-03'],
    ['The army handed the airfield at Corvel over to the police on 2 June.', 'Soldiers handed over their base at Corvel on 2 June.', '2043-06-02'],
  ];
  for (const [one, two, day] of together) {
    it(`"${one}" and "${two}" are one, in either order`, () => {
      for (const articles of joined(one, two, day)) expect(articles).toEqual(['a', 'b']);
    });
  }
});
