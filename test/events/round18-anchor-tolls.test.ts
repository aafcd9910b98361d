// Round 18: a toll told inside the development a telling is dated against ("…, a month after an ambush killed three
// soldiers") is that development's, not the telling's: it neither joins the telling to the anchor's tellings nor keeps
// the anchor's other tellings from them (mention-evidence.ts, toldIn).
import { describe, expect, it } from 'vitest';
import { profileMention } from '../../src/events/mention-evidence.js';
import { buildEvents } from '../../src/pipeline.js';
import type { TimelineEvent } from '../../src/types.js';
import { mentionsOf, storyOf } from '../helpers/story-of.js';

/** The articles of the attack event that holds `slug`'s telling. */
const attackOf = (events: TimelineEvent[], slug: string) =>
  [...new Set(events.find((e) => e.type === 'attack' && e.sources.some((s) => s.article === slug))!.sources.map((s) => s.article))].sort();

describe('round 18: an anchor\'s toll is the anchor\'s', () => {
  const wire = storyOf('wire', '2041-03-05', ['Gunmen ambushed an army convoy at Olmen Bridge on 4 March, killing three Tarvian soldiers.']);
  const mortars = storyOf('mortars', '2041-04-06', ['Mortars have hit the airbase at Kestra Field in northern Tarvia, a month after an ambush killed three soldiers.']);
  const recap = storyOf('recap', '2041-05-02', ['Four Tarvian soldiers died when rebels ambushed a convoy at Olmen Bridge in March.']);

  it('the month telling of the ambush joins its day, whatever the mortar strike is dated against', () => {
    expect(attackOf(buildEvents([wire, mortars, recap]), 'recap')).toEqual(['recap', 'wire']);
    expect(attackOf(buildEvents([recap, mortars, wire]), 'recap')).toEqual(['recap', 'wire']);
  });

  it('the strike dated after the ambush is not the ambush', () => {
    expect(attackOf(buildEvents([wire, mortars, recap]), 'mortars')).toEqual(['mortars']);
  });

  it('a toll in the telling\'s own words stays its own', () => {
    const [own] = mentionsOf([storyOf('own', '2041-03-05', ['Rebels ambushed a convoy at Olmen Bridge on 4 March, a day after the talks opened, killing three soldiers.'])]);
    expect([...profileMention(own!).quantities]).toEqual(['3 killed']);
    const [before] = mentionsOf([storyOf('before', '2041-03-05', ['Three soldiers were killed at Olmen Bridge on 4 March, two weeks after the ceasefire was signed.'])]);
    expect([...profileMention(before!).quantities]).toEqual(['3 killed']);
  });
});
