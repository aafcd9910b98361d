// Round 21 (merging, third pass, from a probe corpus of invented articles): a statement's speaker titled by whom they
// serve ("Lanvia's foreign minister, Hedda Prask, said") is the person, not the possessor (speakers.ts); in a troop
// development sailors, airmen, police and the like count troops (mention-evidence.ts, SERVICE_PEOPLE); a place named only as
// where a dispute is ("since the war in the Arran Valley began") is not where talks sat (mention-evidence.ts,
// topicPlace).
import { describe, expect, it } from 'vitest';
import { profileMention } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import type { Mention } from '../../src/types.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const both = <T>(list: T[]) => [list, [...list].reverse()];

function tellings(a: string[], b: string[], kind: string): Mention[] {
  const ms = mentionsOf([storyOf('a', '2061-05-10', a), storyOf('b', '2061-05-12', b)]).filter((m) => m.classification.type === kind);
  return ms;
}

/** For each article order, the articles joined with a's telling of `kind` on `day`. */
function joined(a: string[], b: string[], kind: string, day: string): string[][] {
  const ms = tellings(a, b, kind);
  expect(new Set(ms.map((m) => m.article))).toEqual(new Set(['a', 'b']));
  return both(ms).map((list) => joinedArticles(mergeMentions(list), 'a', kind, day));
}

const speakersOf = (sentence: string) => {
  const [m] = mentionsOf([storyOf('a', '2061-05-10', [sentence])]).filter((x) => x.classification.type === 'statement');
  expect(m).toBeDefined();
  return [...(profileMention(m!).speakers ?? [])];
};

describe('round 21 probe: a possessor is whom the speaker serves', () => {
  it('reads the person after a possessive title as the speaker', () => {
    expect(speakersOf("Lanvia's foreign minister, Hedda Prask, said on Monday that the claim was false.")).toContain('prask');
    expect(speakersOf("Lanvia's foreign minister, Hedda Prask, said on Monday that the claim was false.")).not.toContain('lanvia');
    expect(speakersOf('Ostmark’s Prime Minister Jana Weil told reporters on Friday that the border would stay shut.')).toContain('weil');
    expect(speakersOf("Ruvia's Olen Barr said on Sunday that his government wanted a ceasefire.")).toContain('barr');
  });

  it('does not reach across a conjunction or a verb', () => {
    expect(speakersOf("Lanvia's envoy met Olen Barr, who said on Monday that talks would go on.")).not.toContain('barr');
    expect(speakersOf("Lanvia's envoy met Olen Barr, who said on Monday that talks would go on.")).toContain('lanvia');
  });

  it('joins one minister told with and without the possessive title, in either order', () => {
    const a = ["Lanvia's foreign minister, Hedda Prask, said on Monday that her country had no part in the raid on the ferry."];
    const b = ['Hedda Prask said on Monday that Lanvia had no part in the raid.'];
    for (const articles of joined(a, b, 'statement', '2061-05-09')) expect(articles).toEqual(['a', 'b']);
  });

  it('keeps two ministers of two countries apart, however alike their words', () => {
    const a = [
      'Defence Minister Tor Emrick said on Monday that the drones had come from Lanvian patrol boats.',
      "Lanvia's foreign minister, Hedda Prask, rejected the accusation the same day.",
    ];
    const b = [
      "Ostmark's defence minister, Tor Emrick, said on Monday that Lanvia launched the drones from its boats.",
      "Lanvia's foreign minister, Hedda Prask, called the accusation a lie the same day.",
    ];
    const ms = tellings(a, b, 'statement');
    for (const list of both(ms)) {
      const clusters = mergeMentions(list);
      for (const c of clusters) {
        const sentences = new Set(c.map((m) => m.sentence));
        // Each cluster holds one speaker's sentence (0: Emrick, 1: Prask) from both articles, never both speakers.
        expect(sentences.size).toBe(1);
      }
      expect(clusters).toHaveLength(2);
    }
  });
});

describe('round 21 probe: service people of any branch count troops', () => {
  it('reads sailors and airmen as troops in a troop development, not in a toll', () => {
    const [move] = mentionsOf([storyOf('a', '2061-05-10', ['Kovia pulled about 600 sailors back to its home port on 4 May.'])]);
    expect(move!.classification.type).toBe('troops');
    expect([...profileMention(move!).quantities]).toContain('600 troops');
    const [toll] = mentionsOf([storyOf('a', '2061-05-10', ['Eleven sailors were killed on 4 May when a mine struck their ship.'])]).filter((m) => m.classification.type === 'attack');
    expect([...profileMention(toll!).quantities]).not.toContain('11 troops');
  });

  it('joins one withdrawal told by its origin and by its destination, in either order', () => {
    const a = ['About 600 Kovian naval personnel were withdrawn from the Sarn Gulf on 4 May.'];
    const b = ['On 4 May Kovia pulled about 600 sailors and two frigates back to its home port of Tarrin.'];
    for (const articles of joined(a, b, 'troops', '2061-05-04')) expect(articles).toEqual(['a', 'b']);
  });

  it('joins one police deployment told by its province and by its capital, in either order', () => {
    const a = ['The government sent 1,500 police officers to Dask province on 9 May.'];
    const b = ['Some 1,500 riot police arrived in the provincial capital, Teshi, on 9 May.'];
    for (const articles of joined(a, b, 'troops', '2061-05-09')) expect(articles).toEqual(['a', 'b']);
    const c = ['Some 400 riot police arrived in the provincial capital, Teshi, on 9 May.'];
    for (const articles of joined(a, c, 'troops', '2061-05-09')) expect(articles).toEqual(['a']);
  });

  it('keeps two withdrawals of different figures apart', () => {
    const a = ['About 600 Kovian naval personnel were withdrawn from the Sarn Gulf on 4 May.'];
    const b = ['On 4 May Kovia pulled about 2,500 sailors back to its home port of Tarrin.'];
    for (const articles of joined(a, b, 'troops', '2061-05-04')) expect(articles).toEqual(['a']);
  });
});

describe('round 21 probe: the place of a dispute is not where its talks sat', () => {
  const one: [string, string][] = [
    ['Vosk and Dalen held their first direct talks on Monday since the war in the Arran Valley began.', 'Ministers from Vosk and Dalen met for five hours in Hollin on Monday, with a mediator in the chair.'],
    ['Envoys of Vosk and Dalen held talks on the conflict in the Arran Valley on Monday.', 'Vosk and Dalen sat down in Hollin on Monday for talks.'],
    ['Vosk and Dalen opened talks on Monday on the dispute over the Tarn Islands.', 'Delegations from Vosk and Dalen met in Hollin on Monday.'],
  ];
  for (const [x, y] of one) {
    it(`"${x}" and "${y}" are one round, in either order`, () => {
      for (const articles of joined([x], [y], 'talks', '2061-05-09')) expect(articles).toEqual(['a', 'b']);
    });
  }

  it('keeps talks at two venues apart', () => {
    const x = 'Ana Rusk and Per Olm held talks in the Arran Valley on Monday.';
    const y = 'Ana Rusk and Per Olm met in Hollin on Monday.';
    for (const articles of joined([x], [y], 'talks', '2061-05-09')) expect(articles).toEqual(['a']);
  });
});
