// Round 18: a telling whose subject is a pronoun ("It withdrew from Rellin Ford on 14 May", "…, and it left on 14 May")
// points back at what the sentence before named, even when it names a place of its own; scored against another
// article, it also reads that sentence's words (mention-evidence.ts, pronounSubject).
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

describe('round 18: a pronoun subject reads the sentence before', () => {
  const report = storyOf('report', '2040-05-20', ['A Velmish engineer company joined the mission in February.', 'It withdrew from Rellin Ford on 14 May, a fortnight late.']);
  const wire = storyOf('wire', '2040-06-02', ['The Velmish engineer company withdrew on 14 May, two weeks behind schedule.']);

  it('joins the other article\'s telling of the force it stands for, in either order', () => {
    const mentions = mentionsOf([report, wire]);
    expect(joinedArticles(mergeMentions(mentions), 'report', 'troops', '2040-05-14')).toEqual(['report', 'wire']);
    expect(joinedArticles(mergeMentions([...mentions].reverse()), 'report', 'troops', '2040-05-14')).toEqual(['report', 'wire']);
  });

  it('a named subject does not borrow the sentence before, nor does another place\'s withdrawal join', () => {
    const named = storyOf('named', '2040-05-20', ['A Velmish engineer company joined the mission in February.', 'Orsan troops withdrew from Dapple Hill on 14 May.']);
    expect(joinedArticles(mergeMentions(mentionsOf([named, wire])), 'named', 'troops', '2040-05-14')).toEqual(['named']);
    const other = storyOf('other', '2040-06-02', ['Orsan troops withdrew from Dapple Hill on 14 May.']);
    expect(joinedArticles(mergeMentions(mentionsOf([report, other])), 'other', 'troops', '2040-05-14')).toEqual(['other']);
  });
});
