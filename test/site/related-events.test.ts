import { describe, expect, it } from 'vitest';
import { relatedEvents, relatedMemory } from '../../src/site/related-events.js';
import type { TimelineEvent } from '../../src/types.js';

const event = (id: string, date: string, actors: string[], places: string[] = []): TimelineEvent => ({
  id, url: `/events/${id}/`, date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
  type: 'talks', cameo: '040', title: id, summary: id, actors, places, quantities: [], sources: [],
});

describe('relatedEvents', () => {
  it('ranks by names shared, then by closeness in date, and never relates events that share nothing', () => {
    const events = [
      event('a', '2021-01-10', ['US', 'Mustafa al-Kadhimi'], ['Baghdad']),
      event('b', '2021-02-01', ['Al-Kadhimi'], ['Baghdad']),
      event('c', '2021-04-01', ['US']),
      event('d', '2021-01-20', ['United States'], ['US']),
      event('e', '2021-01-11', ['Kenya']),
    ];
    const related = relatedEvents(events);
    expect(related.get('a')).toEqual([
      { id: 'b', shared: ['Mustafa al-Kadhimi', 'Baghdad'] },
      { id: 'd', shared: ['US'] },
      { id: 'c', shared: ['US'] },
    ]);
    expect(related.get('e')).toEqual([]);
    expect(related.get('d')!.map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('keeps the top five, and measures a month or a year from its middle', () => {
    const events = [
      event('x', '2021-06-15', ['NATO']),
      ...['2021', '2021-06', '2021-06-01', '2021-07-15', '2020', '2021-05-31', '2022'].map((d, i) => event(`n${i}`, d, ['NATO'])),
    ];
    expect(relatedEvents(events).get('x')!.map((r) => r.id)).toEqual(['n1', 'n2', 'n5', 'n0', 'n3']);
    expect(relatedEvents(events, 2).get('x')).toHaveLength(2);
  });

  it('does not depend on the order events are given in, beyond timeline order for exact ties', () => {
    const events = [event('p', '2021-03-01', ['UN']), event('q', '2021-03-03', ['UN']), event('r', '2021-02-27', ['UN'])];
    expect(relatedEvents(events).get('p')!.map((r) => r.id)).toEqual(['q', 'r']);
    expect(relatedEvents([...events].reverse()).get('p')!.map((r) => r.id)).toEqual(['r', 'q']);
  });

  it('looks for candidates only among the nearest events in time for each name, so a common name stays cheap', () => {
    const day = (n: number) => `2021-03-${String(n + 1).padStart(2, '0')}`;
    const erbil = new Set([0, 5, 6, 7, 8, 9]);
    const events = Array.from({ length: 10 }, (_, n) => event(`e${n}`, day(n), ['UN'], erbil.has(n) ? ['Erbil'] : []));
    // Two places on either side in each name's list: e7–e9 share both names with e0 but are out of its reach.
    expect(relatedEvents(events, 5, 2).get('e0')!.map((r) => r.id)).toEqual(['e5', 'e6', 'e1', 'e2']);
    // The default window reaches them all, and the two-name events rank first, nearest first.
    expect(relatedEvents(events).get('e0')!.map((r) => r.id)).toEqual(['e5', 'e6', 'e7', 'e8', 'e9']);
  });

  it('with a memory, works out again only what changed, and gives what a build without one gives', () => {
    // A seeded walk of additions, removals and edits over events drawn from a few names, with a small window so
    // changes near and far from an event both happen.
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const NAMES = ['UN', 'US', 'Erbil', 'Kenya', 'NATO', 'Baghdad'];
    let serial = 0;
    const make = () => {
      const day = 1 + Math.floor(rand() * 28);
      const names = NAMES.filter(() => rand() < 0.4);
      return event(`e${serial++}`, `2021-03-${String(day).padStart(2, '0')}`, names.slice(0, 2), names.slice(2));
    };
    const byDate = (list: TimelineEvent[]) => [...list].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1));
    let events = byDate(Array.from({ length: 60 }, make));
    const memory = relatedMemory();
    for (let step = 0; step < 40; step++) {
      const change = rand();
      if (change < 0.4) events = byDate([...events, make()]);
      else if (change < 0.7) events = events.filter((_, i) => i !== Math.floor(rand() * events.length));
      else {
        const i = Math.floor(rand() * events.length);
        events = byDate(events.map((e, k) => (k === i ? { ...make(), id: e.id, url: e.url } : e)));
      }
      const kept = relatedEvents(events, 3, 4, memory);
      expect(kept).toEqual(relatedEvents(events, 3, 4));
    }
    // A different window starts the memory afresh.
    expect(relatedEvents(events, 3, 2, memory)).toEqual(relatedEvents(events, 3, 2));
  });
});
