// Twelfth round of extraction rules, on sentences of our own that tell two dated developments.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';
import { articleOf } from '../helpers/article-of.js';

const found = (a: Article) => extractMentions(a).mentions.map((m) => [m.sentence, m.date.text, m.classification.type, formatIso(m.date.date)]);

describe('round 12: a sentence telling two developments', () => {
  it('an announcement and the end of a mission it announces: both, each with its own date', () => {
    const a = articleOf('2026-02-10', [['Velmora announced on 14 November that its mission would close by 31 August.']]);
    expect(found(a)).toEqual([
      [0, 'on 14 November', 'statement', '2025-11-14'],
      [0, 'by 31 August', 'troops', '2026-08-31'],
    ]);
  });

  it('"by the end of" the year of publication dates the move to that year; a later year stays a target', () => {
    const a = articleOf('2026-02-10', [
      ['Velmora said in November that the mission would close by the end of 2026.'],
      ['Velmora will withdraw its contingent by the end of 2027.'],
      ['Velmora will withdraw its contingent by 2026.'],
    ]);
    expect(found(a)).toEqual([
      [0, 'in November', 'statement', '2025-11'],
      [0, 'by the end of 2026', 'troops', '2026'],
    ]);
  });
});

describe('round 12: a day counted inside the sentence', () => {
  it('a second meeting the following day, and a saying the next day, are developments of their own', () => {
    const a = articleOf('2026-03-01', [
      ['The envoy met the president in Osk on 6 February and the rebel leader in Varn the following day.'],
      ['Mortars hit the camp on Friday 6 February, the garrison commander said the next day.'],
    ]);
    expect(found(a)).toEqual([
      [0, 'on 6 February', 'talks', '2026-02-06'],
      [0, 'the following day', 'talks', '2026-02-07'],
      [1, 'on Friday 6 February', 'attack', '2026-02-06'],
      [1, 'the next day', 'statement', '2026-02-07'],
    ]);
  });

  it('a verb of its own, of none of our kinds, after the first date: the counted day dates nothing', () => {
    const a = articleOf('2026-03-01', [['The truce was signed on 11 February and took effect at dawn the following day.']]);
    expect(found(a)).toEqual([[0, 'on 11 February', 'talks', '2026-02-11']]);
  });
});

describe('round 12: which date a cue belongs to', () => {
  it('a cue after a date, right before a date of its own, is that date\'s development only', () => {
    const a = articleOf('2026-03-01', [
      ['At Tamsk in 2021, the two armies held their lines for 60 days until they pulled apart in October under a truce their generals had struck in September.'],
      ['The aid lorries reached Pell on 4 February under the truce both sides had signed on 2 February.'],
    ]);
    expect(found(a)).toEqual([
      [0, 'in September', 'talks', '2021-09'],
      [1, 'on 2 February', 'talks', '2026-02-02'],
    ]);
  });

  it('dates listed before one verb all keep it', () => {
    const a = articleOf('2026-03-01', [['On 3 February and again on 10 February, rebels shelled the port.']]);
    expect(found(a)).toEqual([
      [0, 'On 3 February', 'attack', '2026-02-03'],
      [0, 'on 10 February', 'attack', '2026-02-10'],
    ]);
  });
});

describe('round 12: a present troop level beside dated clauses', () => {
  it('a level in a coordinated clause with no date of its own is dated by publication', () => {
    const a = articleOf('2026-04-16', [
      ['Kestra still has two gunboats and about 300 sailors at Pell, and under the treaty they must leave by 30 September.'],
      ['About 200 engineers flew out on 26 February, the ministry says, and about 700 Kestran soldiers remain in the country.'],
    ]);
    const levels = extractMentions(a).mentions.filter((m) => m.date.tag === 'present-level').map((m) => [m.sentence, m.date.text, formatIso(m.date.date)]);
    expect(levels).toEqual([
      [0, 'has', '2026-04-16'],
      [1, 'remain', '2026-04-16'],
    ]);
  });

  it('a level in the clause of a date is dated by that date, and "has" before a participle is no having', () => {
    const a = articleOf('2026-04-16', [
      ['In June about 3,500 marines remain on the islands, and the last ones leave in July.'],
      ['Kestra has sent 300 sailors to Pell, and more will follow in May.'],
    ]);
    expect(extractMentions(a).mentions.filter((m) => m.date.tag === 'present-level')).toEqual([]);
  });
});

describe('round 12: a relative date whose anchor an earlier clause told', () => {
  it('counts from the day of that clause, and dates what its own clause tells', () => {
    const a = articleOf('2026-03-01', [['On 9 February a ferry was shelled near Pell; two days after the shelling, jets bombed Varn.']]);
    expect(found(a)).toEqual([
      [0, 'On 9 February', 'attack', '2026-02-09'],
      [0, 'two days after the shelling', 'attack', '2026-02-11'],
    ]);
    const [, second] = extractMentions(a).mentions;
    expect(second!.classification.cue).toBe('bombed');
  });

  it('inside the clause of the day, the anchor is another development, left to be found', () => {
    const a = articleOf('2026-03-01', [['Rebels shelled the port on Monday 23 February, two days after the ambush at Pell.']]);
    expect(found(a)).toEqual([[0, 'on Monday 23 February', 'attack', '2026-02-23']]);
  });
});

describe('round 12: a fronted when-clause dates its main clause too', () => {
  it('one development in each clause: both, on the when-clause\'s date', () => {
    const a = articleOf('2026-06-01', [['When the garrison handed Fort Amsel to the police on 22 May, Governor Tiro Vess called it "a day we waited years for".']]);
    expect(found(a)).toEqual([
      [0, 'on 22 May', 'troops', '2026-05-22'],
      [0, 'on 22 May', 'statement', '2026-05-22'],
    ]);
  });

  it('not a main clause in the pluperfect, nor a when-clause inside a quotation', () => {
    const a = articleOf('2026-06-01', [
      ['When rebels shelled the port on 3 May, the talks had already collapsed.'],
      ['"When we met them in Osk on 24 May, I believed they wanted a deal," Governor Tiro Vess said.'],
    ]);
    expect(found(a).map(([s, , type]) => [s, type])).toEqual([[0, 'attack'], [1, 'talks']]);
  });
});
