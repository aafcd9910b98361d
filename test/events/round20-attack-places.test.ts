// Round 20: two attacks at different places are two, however much wording they share, unless one sentence names the
// site within the other's town or the sentence before one telling names the other's place (mention-evidence.ts, mayMerge).
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const both = <T>(list: T[]) => [list, [...list].reverse()];

describe('round 20: attacks at different places stay apart', () => {
  it('rockets at a camp outside one town and at an airport in another, the same night, are two attacks', () => {
    const a = storyOf('mission', '2044-06-08', ['Rockets were fired at Camp Hollin outside Brask on Tuesday night, a spokesman for the mission said.']);
    const b = storyOf('police', '2044-06-08', ['Rockets were fired at the airport in Welmar on Tuesday night, wounding a cleaner, police said.']);
    for (const mentions of both(mentionsOf([a, b]))) expect(joinedArticles(mergeMentions(mentions), 'police', 'attack', '2044-06-07')).toEqual(['police']);
  });

  it('two roadside bombs near two towns share every other word and are still two', () => {
    const a = storyOf('first', '2044-06-08', ['A roadside bomb hit an army patrol outside Brask on Tuesday, police said.']);
    const b = storyOf('second', '2044-06-08', ['A roadside bomb hit a supply lorry outside Welmar on Tuesday, police said.']);
    for (const mentions of both(mentionsOf([a, b]))) expect(joinedArticles(mergeMentions(mentions), 'first', 'attack', '2044-06-07')).toEqual(['first']);
  });

  it('a site named inside its town in one sentence is the attack on that town', () => {
    const a = storyOf('mission', '2044-06-08', ['Rockets were fired at Camp Hollin outside Brask on Tuesday night, a spokesman for the mission said.']);
    const b = storyOf('local', '2044-06-08', ['Rockets were fired at Brask on Tuesday night, residents said.']);
    for (const mentions of both(mentionsOf([a, b]))) expect(joinedArticles(mergeMentions(mentions), 'local', 'attack', '2044-06-07')).toEqual(['local', 'mission']);
  });

  it('a caption naming the town over a sentence naming the site within it tells the same attack', () => {
    const wire = storyOf('wire', '2044-06-08', ['A drone set fire to the grain store at Oskel Quay on Tuesday, the harbour master said.']);
    const gallery = storyOf('gallery', '2044-06-20', ['Oskel Quay, 9 June 2044.', 'Dockers clear the grain store at Fort Amber, set ablaze by a drone on 7 June.']);
    for (const mentions of both(mentionsOf([wire, gallery]))) expect(joinedArticles(mergeMentions(mentions), 'gallery', 'attack', '2044-06-07')).toEqual(['gallery', 'wire']);
  });

  it('without the caption the site and the other place are two attacks', () => {
    const wire = storyOf('wire', '2044-06-08', ['A drone set fire to the grain store at Oskel Quay on Tuesday, the harbour master said.']);
    const gallery = storyOf('gallery', '2044-06-20', ['Dockers clear the grain store at Fort Amber, set ablaze by a drone on 7 June.']);
    for (const mentions of both(mentionsOf([wire, gallery]))) expect(joinedArticles(mergeMentions(mentions), 'gallery', 'attack', '2044-06-07')).toEqual(['gallery']);
  });
});
