// Round 20: a strike or bombing whose doers are aircraft is an attack from the air (air-means.ts), so tellings of one
// air raid by "airstrikes", "jets bombed" and "aircraft struck" are compared as one means (mention-evidence.ts).
import { describe, expect, it } from 'vitest';
import { attackMeans } from '../../src/events/air-means.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

describe('round 20: aircraft striking or bombing is an attack from the air', () => {
  it('reads the craft as the subject or the agent of a generic verb', () => {
    expect(attackMeans('Government jets bombed rebel positions in the north overnight.', 'bombed', '183')).toBe('195');
    expect(attackMeans('Military aircraft struck targets near the border.', 'struck', '190')).toBe('195');
    expect(attackMeans('The depot was bombed by two air force jets.', 'bombed', '183')).toBe('195');
    expect(attackMeans('Warplanes also attacked a bridge.', 'attacked', '190')).toBe('195');
  });

  it('leaves a craft that is the target, a bystander, or another means alone', () => {
    expect(attackMeans('The plane was attacked by gunmen on the runway.', 'attacked', '190')).toBe('190');
    expect(attackMeans('Rebels bombed the hangar where two jets were parked.', 'bombed', '183')).toBe('183');
    expect(attackMeans('A car bomb struck a convoy as jets flew overhead.', 'struck', '190')).toBe('190');
    expect(attackMeans('Artillery shelled the town.', 'shelled', '194')).toBe('194');
    // A drone's strike keeps the drone's code.
    expect(attackMeans('Two drones struck the refinery.', 'struck', '190')).toBe('190');
  });

  it('an airstrike and jets bombing of one morning are one attack, in either order', () => {
    const wire = storyOf('wire', '2046-09-04', ['Kalsovan military aircraft struck militia camps in the Morrow Fells this morning, the defence ministry announced.']);
    const letter = storyOf('letter', '2046-09-04', ['This morning our jets bombed the camps where the militia live, and we heard every one go over.']);
    const memo = storyOf('memo', '2046-10-01', ['On the airstrikes of 4 September: the Minister should say they were lawful.']);
    const mentions = mentionsOf([wire, letter, memo]);
    for (const list of [mentions, [...mentions].reverse()]) {
      expect(joinedArticles(mergeMentions(list), 'letter', 'attack', '2046-09-04')).toEqual(['letter', 'memo', 'wire']);
    }
  });
});
