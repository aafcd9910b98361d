// Fourteenth round of merging, on mentions of our own (the round was made on the over-merges holdout7–holdout11 showed).
import { describe, expect, it } from 'vitest';
import { parseCalendarDate, precisionOf } from '../../src/calendar/calendar-date.js';
import { contextEvidence, mayMerge, profileMention } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { mentionOf } from '../helpers/mention-of.js';
import type { EventType, Mention } from '../../src/types.js';

/** A mention whose date is written inside its quote, where `dateText` stands. */
function dated(article: string, type: EventType, date: string, quote: string, dateText: string, extra: Partial<Mention> = {}, cameo = '190'): Mention {
  const d = parseCalendarDate(date)!;
  const index = quote.indexOf(dateText);
  if (index < 0) throw new Error(`"${dateText}" is not in the quote`);
  return {
    ...mentionOf(article, type, date, quote, extra, cameo),
    date: { text: dateText, index, date: d, precision: precisionOf(d), stated: [], implied: [], tag: 'test', reason: '' },
  };
}
const articlesOf = (clusters: Mention[][]) => clusters.map((c) => c.map((m) => `${m.article}${m.sentence}`).sort().join(' ')).sort();

describe('round 14: the sentence before is no other telling in its own article', () => {
  const called = { classification: { type: 'statement' as const, cue: 'called off', cameo: '012' } };
  const off = mentionOf('a', 'statement', '2031-05-16', 'The dockers\' union called off the strike set for next week, its committee said on', { ...called, sentence: 4 });
  const before = off.quote;

  it('a month telling does not join the telling its own sentence before is', () => {
    const leader = mentionOf('a', 'statement', '2031-05', 'Its leader, Ana Corvo, told me that members would "hold the line" this summer, in', {
      classification: { type: 'statement', cue: 'told', cameo: '010' },
      sentence: 5,
      context: before,
    });
    expect(contextEvidence(profileMention(leader), profileMention(off))).toBe(0);
    expect(articlesOf(mergeMentions([off, leader]))).toEqual(['a4', 'a5']);
  });

  it('but its sentence before still counts against another article\'s telling', () => {
    const elsewhere = mentionOf('b', 'statement', '2031-05', 'It was announced by the union\'s committee, in', {
      classification: { type: 'statement', cue: 'announced', cameo: '010' },
      sentence: 9,
      context: 'The dockers\' union called off the strike set for next week.',
    });
    expect(contextEvidence(profileMention(elsewhere), profileMention(off))).toBeGreaterThan(0.4);
    expect(articlesOf(mergeMentions([off, elsewhere]))).toEqual(['a4 b9']);
  });
});

describe('round 14: a development named only to date another one is not its words', () => {
  const quote = 'Three drones were shot down by the air-defence battery over Kessin on Sunday night, a week after the missile strike on the fuel depot.';
  const drones = dated('c', 'attack', '2031-08-09', quote, 'on Sunday night', { places: ['Kessin'], sentence: 3 }, '195');

  it('drops the words of "a week after the …" that follows the date', () => {
    const words = profileMention(drones).terms;
    expect(words.has('battery')).toBe(true);
    expect(words.has('missil')).toBe(false);
    expect(words.has('depot')).toBe(false);
  });

  it('so a month telling of the earlier strike joins that strike, not the later attack that counts from it', () => {
    const later = 'Three drones were shot down by the air-defence battery over Kessin on Sunday night, a week after the missile hit the fuel depot.';
    const dronesLater = dated('c', 'attack', '2031-08-09', later, 'on Sunday night', { places: ['Kessin'], sentence: 3 }, '195');
    const depot = mentionOf('a', 'attack', '2031-08-02', 'A ballistic missile set the fuel depot at Kessin ablaze on', { places: ['Kessin'], classification: { type: 'attack', cue: 'missile', cameo: '190' } });
    const since = mentionOf('d', 'attack', '2031-08', 'Since the missile hit the fuel depot, residents ask where the battery was, in', {
      classification: { type: 'attack', cue: 'hit', cameo: '190' },
    });
    expect(articlesOf(mergeMentions([depot, dronesLater, since]))).toEqual(['a1 d1', 'c3']);
  });

  it('keeps an anchor before the date or holding it: that may be what the date dates', () => {
    const left = dated('f', 'troops', '2031-05-03', 'The raid comes a week after the radar team, 60 specialists, left Veldt on 3 May.', 'on 3 May', {}, '0874');
    expect(profileMention(left).terms.has('radar')).toBe(true);
    const signed = dated('g', 'talks', '2030-11-21', 'Monitors arrived in January, two months after the accord was signed on 21 November.', 'on 21 November', {}, '057');
    expect(profileMention(signed).terms.has('accord') || profileMention(signed).terms.has('agree')).toBe(true);
  });

  it('keeps "after the" without a span of time, and words before the anchor', () => {
    const talks = dated('h', 'talks', '2031-04-02', 'Envoys met in Sarn on Tuesday after the ceasefire collapsed.', 'on Tuesday', {}, '057');
    expect(profileMention(talks).terms.has('ceasefir')).toBe(true);
    const shelled = dated('i', 'attack', '2031-04-02', 'Shells hit the market in Sarn on Tuesday, killing four, days before the talks.', 'on Tuesday', {}, '190');
    const words = profileMention(shelled).terms;
    expect(words.has('market')).toBe(true);
    expect(words.has('kill')).toBe(true);
    expect(words.has('talk')).toBe(false);
  });
});

describe('round 14: a tie between two clusters that hold one sentence is settled by their other tellings', () => {
  // One sentence dates two developments of one kind, so it is a member of both clusters with the same words.
  const twin = 'On the 11th the two sides signed the Lirra Water Accord, ending the fourth round, which had opened in Lirra on the 9th.';
  const signedDay = dated('a', 'talks', '2031-06-11', twin, 'On the 11th', { places: ['Lirra'] }, '057');
  const openedDay = dated('a', 'talks', '2031-06-09', twin, 'on the 9th', { places: ['Lirra'] }, '046');
  const opened = mentionOf('b', 'talks', '2031-06-09', 'Talks opened in Lirra on', { places: ['Lirra'], classification: { type: 'talks', cue: 'talks', cameo: '046' } });
  const signed = mentionOf('c', 'talks', '2031-06-11', 'The Lirra Water Accord, which both sides signed in Lirra, was published on', { places: ['Lirra'], classification: { type: 'talks', cue: 'signed', cameo: '057' } });

  it('a month\'s "fourth round" joins the round, not the signing it ended in', () => {
    const expected = mentionOf('d', 'talks', '2031-06', 'A fourth round of talks is expected in', { classification: { type: 'talks', cue: 'talks', cameo: '046' } });
    expect(articlesOf(mergeMentions([signedDay, openedDay, opened, signed, expected]))).toEqual(['a1 b1 d1', 'a1 c1']);
  });

  it('and a month telling of the signing still joins the signing', () => {
    const accord = mentionOf('e', 'talks', '2031-06', 'The Lirra Water Accord was signed in', { places: ['Lirra'], classification: { type: 'talks', cue: 'signed', cameo: '057' } });
    expect(articlesOf(mergeMentions([signedDay, openedDay, opened, signed, accord]))).toEqual(['a1 b1', 'a1 c1 e1']);
  });
});

describe('round 14: a return is a move of either way', () => {
  const troops = (cue: string, cameo: string) => ({ classification: { type: 'troops' as const, cue, cameo } });
  const returned = mentionOf('a', 'troops', '2031-10-04', 'The second rotation of 240 medics returned to Varnia, their home port, on', { ...troops('medics returned', '154'), places: ['Varnia'] });

  it('joins a departure of the same step', () => {
    const left = mentionOf('b', 'troops', '2031-10', 'The second rotation of medics left in early', troops('medics left', '0874'));
    expect(mayMerge(profileMention(returned), profileMention(left))).toBe(true);
    expect(articlesOf(mergeMentions([returned, left]))).toEqual(['a1 b1']);
  });

  it('while an arrival told by another verb still stays apart from a departure', () => {
    const landed = mentionOf('a', 'troops', '2031-10-04', 'The second rotation of 240 medics landed at Varnia on', { ...troops('medics landed', '154'), places: ['Varnia'] });
    const left = mentionOf('b', 'troops', '2031-10', 'The second rotation of medics left in early', troops('medics left', '0874'));
    expect(mayMerge(profileMention(landed), profileMention(left))).toBe(false);
  });
});
