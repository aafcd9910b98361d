import { describe, expect, it } from 'vitest';
import { parseCalendarDate, precisionOf } from '../../src/calendar/calendar-date.js';
import { attachOrphans } from '../../src/events/attach-orphans.js';
import { representative } from '../../src/events/describe-event.js';
import type { EventType, Mention, Orphan } from '../../src/types.js';

// Hand-made tellings in our own words.
function told(article: string, type: EventType, date: string, quote: string, extra: Partial<Mention> = {}): Mention {
  const d = parseCalendarDate(date)!;
  return {
    article, sentence: 1, quote, actors: [], places: [], quantities: [], quotes: [],
    classification: { type, cue: 'met', cameo: '040' },
    date: { text: 'on 13 January', index: 0, date: d, precision: precisionOf(d), stated: [], implied: [], tag: 'test', reason: '' },
    ...extra,
  };
}
function orphan(article: string, date: string, quote: string, extra: Partial<Orphan> = {}): Orphan {
  const { classification: _none, ...rest } = told(article, 'talks', date, quote, extra);
  return rest;
}

const meeting = told('a', 'talks', '2026-01-13', 'Envoy Lena Sorvik met Prime Minister Ivo Delauny in Port Ainsa on 13 January.', { actors: ['Lena Sorvik', 'Ivo Delauny'], places: ['Port Ainsa'] });
const sat = orphan('b', '2026-01-13', 'On 13 January Sorvik sat with Delauny in Port Ainsa for three hours.', { actors: ['Sorvik', 'Delauny'], places: ['Port Ainsa'] });

describe('attachOrphans', () => {
  it('joins a sentence naming no kind to the event another article told that day, sharing names and place', () => {
    const [cluster] = attachOrphans([[meeting]], [sat]);
    expect(cluster!.map((m) => m.article)).toEqual(['a', 'b']);
    expect(cluster![1]).toMatchObject({ joined: true, classification: { type: 'talks' } });
    // It never speaks for the event.
    expect(representative(cluster!)).toBe(meeting);
  });

  it('leaves it alone on another day, with little in common, or from the article that told the event', () => {
    expect(attachOrphans([[meeting]], [{ ...sat, date: { ...sat.date, date: { year: 2026, month: 1, day: 14 } } }])[0]).toHaveLength(1);
    const unrelated = orphan('b', '2026-01-13', 'On 13 January the harbour reopened to ferries after the storm.', { places: ['harbour'] });
    expect(attachOrphans([[meeting]], [unrelated])[0]).toHaveLength(1);
    expect(attachOrphans([[meeting]], [{ ...sat, article: 'a', sentence: 5 }])[0]).toHaveLength(1);
  });

  it('joins neither of two events of its day that fit it alike', () => {
    // Two meetings of that day told alike (in a sequence the merge kept apart): the sentence fits both.
    const second = { ...meeting, article: 'c' };
    const clusters = attachOrphans([[meeting], [second]], [sat]);
    expect(clusters.map((c) => c.length)).toEqual([1, 1]);
  });

  it('gives the same clusters whatever order the orphans and clusters come in', () => {
    const other = told('c', 'attack', '2026-01-13', 'Rockets hit the Tavel radar station on 13 January.', { places: ['Tavel'] });
    const rockets = orphan('d', '2026-01-13', 'On 13 January the Tavel radar station was hit again by rockets from the ridge.', { places: ['Tavel'] });
    const shape = (cs: Mention[][]) => cs.map((c) => c.map((m) => m.article).join('+')).sort();
    expect(shape(attachOrphans([[meeting], [other]], [sat, rockets]))).toEqual(shape(attachOrphans([[other], [meeting]], [rockets, sat])));
  });
});
