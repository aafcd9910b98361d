// Round 21: talks "at Hill Palace" and talks "in Arbast" name no two venues: a building lies in some town, maybe the
// other telling's (mention-evidence.ts, venuesDiffer). Two towns, or two buildings, still differ.
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const both = <T>(list: T[]) => [list, [...list].reverse()];

describe('round 21: a building and a town are no two venues of talks', () => {
  const pairs: [string, string][] = [
    [
      "Tarsen's foreign minister, Paul Okoro, met President Ines Valde at the Amber Palace on Monday.",
      'On Monday the foreign minister of Tarsen met President Valde in Dorvik to discuss the border.',
    ],
    [
      'Negotiators for the government and the Northern Front met at Grey Lodge on 3 May for a second day of talks.',
      'Government and Northern Front negotiators held talks in Kessa on 3 May, the mediators said.',
    ],
    [
      'Envoy Hana Lind held talks with Colonel Brann at the Hotel Meridian on Tuesday, 12 June.',
      'Colonel Brann met the envoy, Hana Lind, in Osterby on Tuesday 12 June.',
    ],
  ];
  for (const [i, [one, two]] of pairs.entries()) {
    it(`joins pair ${i + 1}: "${one.slice(0, 40)}…" / "${two.slice(0, 40)}…"`, () => {
      const a = storyOf('a', '2041-06-13', [one]);
      const b = storyOf('b', '2041-06-14', [two]);
      for (const mentions of both(mentionsOf([a, b]))) {
        const clusters = mergeMentions(mentions);
        const talks = clusters.filter((c) => c[0]!.classification.type === 'talks');
        expect(talks.some((c) => new Set(c.map((m) => m.article)).size === 2)).toBe(true);
      }
    });
  }

  it('two towns still differ: talks in Dorvik and talks in Lessen on one day stay apart', () => {
    const a = storyOf('a', '2041-06-13', ["Tarsen's foreign minister, Paul Okoro, met President Ines Valde in Lessen on Monday."]);
    const b = storyOf('b', '2041-06-14', ['On Monday the foreign minister of Tarsen met President Valde in Dorvik to discuss the border.']);
    const clusters = mergeMentions(mentionsOf([a, b]));
    expect(clusters.filter((c) => c[0]!.classification.type === 'talks').every((c) => new Set(c.map((m) => m.article)).size === 1)).toBe(true);
  });

  it('two buildings still differ: the Amber Palace and Grey Lodge are two venues', () => {
    const a = storyOf('a', '2041-06-13', ["Tarsen's foreign minister, Paul Okoro, met President Ines Valde at the Amber Palace on Monday."]);
    const b = storyOf('b', '2041-06-14', ['On Monday the foreign minister of Tarsen met President Valde at Grey Lodge to discuss the border.']);
    const clusters = mergeMentions(mentionsOf([a, b]));
    expect(clusters.filter((c) => c[0]!.classification.type === 'talks').every((c) => new Set(c.map((m) => m.article)).size === 1)).toBe(true);
  });
});
