// Round 20: a speaker told by office in one telling and by name in another: "The Commander of the CADD stated …" and
// "Colonel Mara Lind, the detachment's commander, told reporters …" (speaker-roles.ts, speakers.ts).
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { officeOf } from '../../src/events/speaker-roles.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const both = <T>(list: T[]) => [list, [...list].reverse()];

describe('round 20: reading the office a speaker holds', () => {
  it('reads the office before a body, and beside a person, in either order', () => {
    const a = 'The Commander of the CADD stated that the batteries work.';
    expect(officeOf(a, 'CADD', a.indexOf('CADD'))).toEqual({ office: 'commander', body: 'CADD' });
    const b = "Colonel Mara Lind, the detachment's commander, told reporters.";
    expect(officeOf(b, 'Mara Lind', b.indexOf('Mara Lind'))).toEqual({ office: 'commander', body: 'detachment' });
    const c = 'Mara Lind, chairwoman of the Harbour Council, said the port would reopen.';
    expect(officeOf(c, 'Mara Lind', 0)).toEqual({ office: 'chair', body: 'Harbour Council' });
    const d = 'CADD commander Mara Lind said the batteries work.';
    expect(officeOf(d, 'Mara Lind', d.indexOf('Mara Lind'))).toEqual({ office: 'commander', body: 'CADD' });
  });

  it('reads none where no office stands beside the name', () => {
    const a = 'Mara Lind, who visited the detachment, said the batteries work.';
    expect(officeOf(a, 'Mara Lind', 0)).toBeUndefined();
    const b = "The country's president, Ivo Marr, said the port would reopen.";
    expect(officeOf(b, 'Ivo Marr', b.indexOf('Ivo Marr'))).toEqual({ office: 'president', body: 'country' });
  });
});

describe("round 20: \"the Commander of the CADD\" is \"Colonel Lind, the detachment's commander\"", () => {
  const live = storyOf('live', '2041-06-02', [
    'The Coastal Air Defence Detachment now has about 300 soldiers in the port.',
    'Colonel Mara Lind, the detachment\'s commander, told reporters this afternoon that the interception "showed the batteries work".',
  ]);
  const report = storyOf('report', '2041-06-20', [
    'On 2 June a missile aimed at the port was shot down by the Coastal Air Defence Detachment (CADD).',
    'The Commander of the CADD stated on the same day that the interception had proved the worth of the batteries.',
  ]);

  it('the two statements of the day are one', () => {
    for (const mentions of both(mentionsOf([live, report]))) {
      expect(joinedArticles(mergeMentions(mentions), 'report', 'statement', '2041-06-02')).toEqual(['live', 'report']);
    }
  });

  it("the commander of another body is another speaker: the two stay apart", () => {
    const other = storyOf('other', '2041-06-02', [
      'The Northern Rifle Brigade now has about 900 soldiers in the hills.',
      'Colonel Mara Lind, the brigade\'s commander, told reporters this afternoon that the interception "showed the batteries work".',
    ]);
    expect(joinedArticles(mergeMentions(mentionsOf([other, report])), 'report', 'statement', '2041-06-02')).toEqual(['report']);
  });

  it('a body told by its head where the article names two of them is none in particular', () => {
    const two = storyOf('two', '2041-06-02', [
      'The Coastal Air Defence Detachment and the Northern Air Defence Detachment now have about 300 soldiers each.',
      'Colonel Mara Lind, the detachment\'s commander, told reporters this afternoon that the interception "showed the batteries work".',
    ]);
    expect(joinedArticles(mergeMentions(mentionsOf([two, report])), 'report', 'statement', '2041-06-02')).toEqual(['report']);
  });
});
