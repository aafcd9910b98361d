// Round 21 (merging, second pass): a troop move dated inside a relative clause ("… including a medical company that
// arrived on 9 May") counts only the figures of the noun the clause hangs on; the main clause's figure is the force's
// level, not the company's, and no longer lets the arrival meet a level of that size (mention-evidence.ts,
// relativeFigures). "300 soldiers, who arrived on 9 May" keeps its 300.
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const both = <T>(list: T[]) => [list, [...list].reverse()];

function joined(one: string, two: string): string[][] {
  const ms = mentionsOf([storyOf('a', '2043-07-01', [one]), storyOf('b', '2043-07-02', [two])]);
  expect(ms.some((m) => m.article === 'a')).toBe(true);
  expect(ms.some((m) => m.article === 'b')).toBe(true);
  return both(ms).map((list) => joinedArticles(mergeMentions(list), 'a', 'troops', '2043-05-09'));
}

describe("round 21: a relative clause's move does not take the main clause's figure", () => {
  const apart: [string, string][] = [
    ['The mission now has about 2,700 troops in Tarvel, including a Kessian medical company that arrived on 9 May.', 'The mission had about 2,700 troops in Tarvel on 9 May.'],
    ['Some 4,000 soldiers are deployed in the north, among them a signals battalion which landed on 9 May.', 'The force numbered about 4,000 on 9 May, the ministry said.'],
    ['Roughly 1,500 peacekeepers serve with the mission today, counting the Ostian engineers who had arrived on 9 May.', 'The mission stood at 1,500 peacekeepers on 9 May.'],
  ];
  for (const [one, two] of apart) {
    it(`"${one}" does not meet "${two}"`, () => {
      for (const articles of joined(one, two)) expect(articles).toEqual(['a']);
    });
  }

  const together: [string, string][] = [
    ['About 300 Kessian soldiers, who arrived in Tarvel on 9 May, are guarding the bridge.', 'The mission had about 300 soldiers in Tarvel on 9 May.'],
    ['A company of 150 soldiers that arrived in Tarvel on 9 May is guarding the bridge.', 'The mission had 150 soldiers in Tarvel on 9 May.'],
  ];
  for (const [one, two] of together) {
    it(`"${one}" still meets "${two}"`, () => {
      for (const articles of joined(one, two)) expect(articles).toEqual(['a', 'b']);
    });
  }
});
