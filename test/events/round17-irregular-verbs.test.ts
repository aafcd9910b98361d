// Round 17: an irregular verb's past forms meet its other forms as a regular verb's do: "blew up" and "was blown up",
// "shot" and "shooting" are one act in two tenses (mention-evidence.ts, contentWords).
import { describe, expect, it } from 'vitest';
import { contentWords } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

describe('round 17: irregular verbs', () => {
  it('meets "blew", "blown" and "blow"; "fought" and "fighting"', () => {
    expect(contentWords('rebels blew up the dam')).toContain(contentWords('blow')[0]);
    expect(contentWords('the dam was blown up')).toContain(contentWords('blow')[0]);
    expect(contentWords('they fought')).toEqual(contentWords('they were fighting'));
  });

  it('joins a month telling in the passive to the day telling in the active', () => {
    const day = storyOf('day', '2036-07-20', ['Saboteurs blew up the Kessin aqueduct on 11 July, cutting water to the lower town.']);
    const month = storyOf('month', '2037-02-01', ['The engineer rebuilt the pumps after the aqueduct was blown up in July 2036.']);
    const other = storyOf('other', '2036-07-30', ['Gunmen shot at a police post in Arnel on 25 July.']);
    const mentions = mentionsOf([day, month, other]);
    expect(joinedArticles(mergeMentions(mentions), 'month', 'attack', '2036-07')).toEqual(['day', 'month']);
    expect(joinedArticles(mergeMentions([...mentions].reverse()), 'month', 'attack', '2036-07')).toEqual(['day', 'month']);
  });

  it('not a different target that was blown up the same month', () => {
    const day = storyOf('day', '2036-07-20', ['Saboteurs blew up the Kessin aqueduct on 11 July, cutting water to the lower town.']);
    const bridge = storyOf('bridge', '2036-07-30', ['Gunmen shot at a police post in Arnel on 25 July.']);
    const month = storyOf('month', '2037-02-01', ['The rail bridge at Ostel was blown up in July 2036 and rebuilt in a year.']);
    expect(joinedArticles(mergeMentions(mentionsOf([day, bridge, month])), 'month', 'attack', '2036-07')).toEqual(['month']);
  });
});
