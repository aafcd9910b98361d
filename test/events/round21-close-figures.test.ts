// Round 21 (merging, second pass): sources count one development differently ("about 150" / "some 170", "23 killed" /
// "some 25 died"). Close figures of one counted thing (closeFigure: within a tenth, or 15 % against a round figure; under
// 10 only the same) are no veto when day and place agree: a level and a move at one place with close figures may merge,
// and close tolls at one place are evidence of one attack (mention-evidence.ts: closeFigure, closeLicence, agreeOnDay).
import { describe, expect, it } from 'vitest';
import { closeFigure } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const both = <T>(list: T[]) => [list, [...list].reverse()];

function joined(one: string, two: string, kind: string, day: string): string[][] {
  const ms = mentionsOf([storyOf('a', '2043-07-01', [one]), storyOf('b', '2043-07-02', [two])]);
  expect(ms.map((m) => `${m.article} ${m.classification.type}`)).toEqual([`a ${kind}`, `b ${kind}`]);
  return both(ms).map((list) => joinedArticles(mergeMentions(list), 'a', kind, day));
}

describe('round 21: close figures', () => {
  it('closeFigure takes two counts of one thing, not different ones', () => {
    for (const [x, y] of [[150, 170], [1350, 1400], [2900, 3000], [11, 12], [23, 25], [640, 600]]) {
      expect(closeFigure(x!, y!)).toBe(true);
      expect(closeFigure(y!, x!)).toBe(true);
    }
    for (const [x, y] of [[3, 2], [14, 3], [2500, 1600], [1000, 1200], [310, 345], [8, 9]]) expect(closeFigure(x!, y!)).toBe(false);
  });

  const one: [string, string, string, string][] = [
    ['A company of about 150 soldiers arrived at Camp Rell on 3 March.', 'A convoy brought some 170 soldiers to Camp Rell on 3 March.', 'troops', '2043-03-03'],
    ['About 600 troops were stationed at Port Selby on 9 May, the navy said.', 'A convoy carrying 640 marines reached Port Selby on 9 May.', 'troops', '2043-05-09'],
    ['Gunmen killed 23 villagers in Orsk on 3 March.', 'Some 25 people died when militants raided the market in Orsk on 3 March, the governor said.', 'attack', '2043-03-03'],
  ];
  for (const [x, y, kind, day] of one) {
    it(`"${x}" and "${y}" are one, in either order`, () => {
      for (const articles of joined(x, y, kind, day)) expect(articles).toEqual(['a', 'b']);
    });
  }

  const two: [string, string, string, string][] = [
    ['A company of about 150 soldiers arrived at Camp Rell on 3 March.', 'A convoy brought some 170 soldiers to Fort Denby on 3 March.', 'troops', '2043-03-03'],
    ['A company of about 150 soldiers arrived at Camp Rell on 3 March.', 'A convoy brought some 400 soldiers to Camp Rell on 3 March.', 'troops', '2043-03-03'],
    ['Gunmen killed 23 villagers in Orsk on 3 March.', 'Some 25 people died when militants raided the market in Varlo on 3 March.', 'attack', '2043-03-03'],
    ['Gunmen killed 23 villagers in Orsk on 3 March.', 'Some 60 people died when militants raided the market in Orsk on 3 March, the governor said.', 'attack', '2043-03-03'],
  ];
  for (const [x, y, kind, day] of two) {
    it(`"${x}" and "${y}" stay two, in either order`, () => {
      for (const articles of joined(x, y, kind, day)) expect(articles).toEqual(['a']);
    });
  }
});
