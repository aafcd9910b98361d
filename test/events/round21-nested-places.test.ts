// Round 21: a place named within another ("Vell" / "the Vell Highlands", "Tarvel" / "the Tarvel valley") is no
// different place, and counts as a place both tellings name (mention-evidence.ts, nestedPlace): two same-day tellings
// then agree on the day (agreeOnDay). Two places that share only "North" or "Camp", or nothing, still differ.
import { describe, expect, it } from 'vitest';
import { agreeOnDay, profileMention, type MentionProfile } from '../../src/events/mention-evidence.js';
import { mentionsOf, storyOf } from '../helpers/story-of.js';

function profiles(one: string, two: string): [MentionProfile, MentionProfile] {
  const ms = mentionsOf([storyOf('a', '2043-07-01', [one]), storyOf('b', '2043-07-02', [two])]);
  expect(ms.map((m) => m.article)).toEqual(['a', 'b']);
  return [profileMention(ms[0]!), profileMention(ms[1]!)];
}

describe('round 21: a place within a place is one place', () => {
  const nested: [string, string][] = [
    ['Peacekeepers deployed to the Vell Highlands on 3 March.', 'More soldiers arrived in Vell on 3 March.'],
    ['A battalion left the Tarvel valley on 12 June.', 'Soldiers pulled out of Tarvel on 12 June.'],
    ['Peacekeepers deployed to Fort Anselm on 2 August.', 'More soldiers arrived in Anselm on 2 August.'],
  ];
  for (const [one, two] of nested) {
    it(`"${one}" and "${two}" agree on the day`, () => {
      const [a, b] = profiles(one, two);
      expect(agreeOnDay(a, b)).toBe(true);
      expect(agreeOnDay(b, a)).toBe(true);
    });
  }

  const apart: [string, string][] = [
    ['Peacekeepers deployed to the Vell Highlands on 3 March.', 'More soldiers arrived in Dorn on 3 March.'],
    ['Peacekeepers deployed to Fort Anselm on 2 August.', 'More soldiers arrived at Fort Corby on 2 August.'],
    ['Peacekeepers deployed to Fort Anselm on 2 August.', 'More soldiers arrived in Lower Anselm on 2 August.'],
  ];
  for (const [one, two] of apart) {
    it(`"${one}" and "${two}" do not`, () => {
      const [a, b] = profiles(one, two);
      expect(agreeOnDay(a, b)).toBe(false);
    });
  }
});
