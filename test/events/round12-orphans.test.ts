// Round 12 of orphans (dated sentences that name no kind), on sentences of our own: which sentences become orphans,
// and which events they may join.
import { describe, expect, it } from 'vitest';
import { parseCalendarDate, precisionOf } from '../../src/calendar/calendar-date.js';
import { attachOrphans } from '../../src/events/attach-orphans.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { EventType, Mention, Orphan, ResolvedDate } from '../../src/types.js';
import { articleOf } from '../helpers/article-of.js';

function dated(date: string, text: string, extra: Partial<ResolvedDate> = {}): ResolvedDate {
  const d = parseCalendarDate(date)!;
  return { text, index: 0, date: d, precision: precisionOf(d), stated: [], implied: [], tag: 'test', reason: '', ...extra };
}
function told(article: string, type: EventType, date: string, quote: string, extra: Partial<Mention> = {}): Mention {
  return {
    article, sentence: 1, quote, actors: [], places: [], quantities: [], quotes: [],
    classification: { type, cue: 'x', cameo: '0874' }, date: dated(date, 'on'), ...extra,
  };
}
function orphan(article: string, date: string, quote: string, extra: Partial<Orphan> = {}): Orphan {
  const { classification: _none, ...rest } = told(article, 'troops', date, quote, extra);
  return rest;
}
const articles = (clusters: Mention[][]) => clusters.map((c) => c.map((m) => m.article).join('+'));

describe('round 12: which sentences are orphans', () => {
  const published = '2031-06-20';

  it('a sentence naming no kind whose one date is a month is an orphan at that month', () => {
    const { mentions, orphans } = extractMentions(articleOf(published, [['In mid-May the Brennish band played its last tune at Fort Cardew.']]));
    expect(mentions).toEqual([]);
    expect(orphans?.map((o) => [o.date.date, o.date.qualifier])).toEqual([[{ year: 2031, month: 5 }, 'mid']]);
  });

  it('a year the sentence states is an orphan too; a year counted from publication is not', () => {
    const stated = extractMentions(articleOf(published, [['The Brennish band first played at Fort Cardew in 2019.']]));
    expect(stated.orphans?.map((o) => o.date.date)).toEqual([{ year: 2019 }]);
    const counted = extractMentions(articleOf(published, [['Most of the bandsmen will lose their jobs next year.']]));
    expect(counted.orphans ?? []).toEqual([]);
  });

  it('a sentence with two dates, one of them a month, has no month orphan: it may tell two developments', () => {
    const { orphans } = extractMentions(
      articleOf(published, [['The band played its last tune at Fort Cardew in mid-May, and the gate keys changed hands last month.']]),
    );
    expect(orphans ?? []).toEqual([]);
  });

  it('a date under a condition makes no orphan, at the day or the month', () => {
    const day = extractMentions(articleOf(published, [['If the envoys shake hands on 24 June, the ferry to Ostrel will run again.']]));
    expect(day.orphans ?? []).toEqual([]);
    const month = extractMentions(articleOf(published, [['Traders say they will close their stalls again unless the band plays in July.']]));
    expect(month.orphans ?? []).toEqual([]);
    // Without the condition the same day makes one.
    const plain = extractMentions(articleOf(published, [['On 14 June the envoys shook hands at the Ostrel ferry pier.']]));
    expect(plain.orphans?.map((o) => o.date.date)).toEqual([{ year: 2031, month: 6, day: 14 }]);
  });
});

describe('round 12: month orphans join an event inside their month', () => {
  const leaves = told('a', 'troops', '2031-05-14', 'The Brennish garrison handed Fort Cardew to the Ostrel army and left on 14 May.', { places: ['Fort Cardew'] });
  const band = orphan('b', '2031-05', 'In mid-May, under low cloud, the Brennish garrison lowered its colours over Fort Cardew for the last time.', {
    places: ['Fort Cardew'], date: dated('2031-05', 'In mid-May', { qualifier: 'mid' }),
  });

  it('joins the one event of the month it shares enough with, and never speaks for it', () => {
    const [cluster] = attachOrphans([[leaves]], [band]);
    expect(cluster!.map((m) => m.article)).toEqual(['a', 'b']);
    expect(cluster![1]).toMatchObject({ joined: true, classification: { type: 'troops', cue: '' } });
  });

  it('joins an event dated to the month itself', () => {
    const monthly = { ...leaves, date: dated('2031-05', 'on') };
    const plain = { ...band, date: dated('2031-05', 'In mid-May') };
    expect(articles(attachOrphans([[monthly]], [plain]))).toEqual(['a+b']);
  });

  it('keeps to its month, and to the third of it the date names', () => {
    const june = { ...leaves, date: dated('2031-06-14', 'on') };
    expect(articles(attachOrphans([[june]], [band]))).toEqual(['a']);
    const late = { ...leaves, date: dated('2031-05-28', 'on') };
    expect(articles(attachOrphans([[late]], [band]))).toEqual(['a']);
    // A month's event never takes a day's orphan: the orphan would make its date finer than the tellings.
    const monthly = { ...leaves, date: dated('2031-05', 'on') };
    const day = { ...band, date: dated('2031-05-14', 'In mid-May') };
    expect(articles(attachOrphans([[monthly]], [day]))).toEqual(['a']);
  });

  it('an orphan dated by its year joins an event inside that year', () => {
    const year = { ...band, date: dated('2031', 'In mid-May') };
    expect(articles(attachOrphans([[leaves]], [year]))).toEqual(['a+b']);
    const before = { ...band, date: dated('2030', 'In mid-May') };
    expect(articles(attachOrphans([[leaves]], [before]))).toEqual(['a']);
  });

  it('joins neither of two events of its month that fit it alike', () => {
    const again = { ...leaves, article: 'c', date: dated('2031-05-16', 'on') };
    expect(articles(attachOrphans([[leaves], [again]], [band]))).toEqual(['a', 'c']);
  });

  it('gives the same clusters whatever order orphans and clusters come in', () => {
    const talks = told('c', 'talks', '2031-05-03', 'The Ostrel envoys met the Brennish consul at Tarrow on 3 May.', { places: ['Tarrow'] });
    const sat = orphan('d', '2031-05', 'In early May the envoys sat with the Brennish consul at Tarrow.', { places: ['Tarrow'], date: dated('2031-05', 'In early May', { qualifier: 'early' }) });
    const shape = (cs: Mention[][]) => articles(cs).sort();
    expect(shape(attachOrphans([[leaves], [talks]], [band, sat]))).toEqual(shape(attachOrphans([[talks], [leaves]], [sat, band])));
    expect(shape(attachOrphans([[leaves], [talks]], [band, sat]))).toEqual(['a+b', 'c+d']);
  });
});
