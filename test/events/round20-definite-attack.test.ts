// Round 20: "The rockets came again last night": an attack told by a definite noun, naming no place and nobody, is the
// one attack of its day it shares the means or a word with (definite-attack.ts, merge-mentions.ts).
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const both = <T>(list: T[]) => [list, [...list].reverse()];

describe('round 20: a definite attack naming no place joins the day\'s one attack', () => {
  const wire = storyOf('wire', '2041-03-11', ['Rockets were fired at Camp Tarrow outside Dunmore on Monday night, the mission said.']);
  const letter = storyOf('letter', '2041-03-12', ['The rockets came again last night but nobody in our platoon was hurt.']);

  it('"The rockets came again last night" is the rocket attack on the camp that night', () => {
    for (const mentions of both(mentionsOf([wire, letter]))) {
      expect(joinedArticles(mergeMentions(mentions), 'letter', 'attack', '2041-03-11')).toEqual(['letter', 'wire']);
    }
  });

  it('another means keeps it apart: the day\'s attack was a roadside bomb', () => {
    const bomb = storyOf('bomb', '2041-03-11', ['A roadside bomb struck an army convoy outside Dunmore on Monday night, the mission said.']);
    expect(joinedArticles(mergeMentions(mentionsOf([bomb, letter])), 'letter', 'attack', '2041-03-11')).toEqual(['letter']);
  });

  it('with two attacks of the day known the definite noun picks neither', () => {
    const other = storyOf('other', '2041-03-11', ['Two rockets fell near the airport in Lessen on Monday night, police said.']);
    for (const mentions of both(mentionsOf([wire, other, letter]))) {
      expect(joinedArticles(mergeMentions(mentions), 'letter', 'attack', '2041-03-11')).toEqual(['letter']);
    }
  });

  it('an indefinite telling naming no place is no pointer: "Rockets came again last night" stays apart', () => {
    const diary = storyOf('diary', '2041-03-12', ['Some rockets came over again last night but nobody in our platoon was hurt.']);
    expect(joinedArticles(mergeMentions(mentionsOf([wire, diary])), 'diary', 'attack', '2041-03-11')).toEqual(['diary']);
  });
});
