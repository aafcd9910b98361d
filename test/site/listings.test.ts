import { describe, expect, it } from 'vitest';
import { listings, newestMonths } from '../../src/site/listings.js';
import type { SiteEvent, YearGroup } from '../../src/site/site-data.js';

/** A year whose months (January on) hold the given numbers of events; the events themselves do not matter here. */
const year = (y: number, ...perMonth: number[]): YearGroup => ({
  year: y,
  anchor: `y${y}`,
  months: perMonth.map((n, i) => ({ key: `${y}-${String(i + 1).padStart(2, '0')}`, label: `month ${i + 1} of ${y}`, events: Array.from({ length: n }, () => ({}) as SiteEvent) })),
  count: perMonth.reduce((a, b) => a + b, 0),
});
const shape = (years: YearGroup[]) => years.map((y) => [y.year, y.months.map((m) => m.events.length), y.count]);

describe('newestMonths', () => {
  const years = [year(2019, 100, 100), year(2020, 50, 60), year(2021, 40, 30)];

  it('keeps the newest whole months that fit the limit together, across years, oldest first', () => {
    expect(shape(newestMonths(years, 150))).toEqual([[2020, [60], 60], [2021, [40, 30], 70]]);
    expect(shape(newestMonths(years, 1000))).toEqual(shape(years));
  });

  it('always keeps the newest month, however large', () => {
    expect(shape(newestMonths([year(2021, 5, 900)], 120))).toEqual([[2021, [900], 900]]);
  });
});

describe('listings', () => {
  const years = [year(2020, 3), year(2021, 1, 3)];
  const kinds = [
    { type: 'troops' as const, label: 'Troops', url: '/types/troops/', years: [year(2021, 1)] },
    { type: 'talks' as const, label: 'Talks', url: '/types/talks/', years: [year(2020, 3), year(2021, 0, 3)] },
    { type: 'attack' as const, label: 'Attack', url: '/types/attack/', years: [] },
  ];

  it('lists everything under the limit, and only the newest months above it, saying from when', () => {
    expect(listings(years, kinds).index).toMatchObject({ limited: false, total: 7, shown: 7, from: 'month 1 of 2020' });
    const small = listings(years, kinds, 5);
    expect(shape(small.index.years)).toEqual([[2021, [1, 3], 4]]);
    expect(small.index).toMatchObject({ limited: true, total: 7, shown: 4, from: 'month 1 of 2021' });
    expect(small.types.get('talks')!.years.map((y) => y.year)).toEqual([2021]);
    expect(small.types.get('troops')!.limited).toBe(false);
  });

  it('makes a page per year and per kind and year, each linking to its neighbours', () => {
    const { pages } = listings(years, kinds);
    expect(pages.map((p) => p.url)).toEqual(['/years/2020/', '/years/2021/', '/types/talks/2020/', '/types/talks/2021/', '/types/troops/2021/']);
    const talks2021 = pages.find((p) => p.url === '/types/talks/2021/')!;
    expect(talks2021.title).toBe('Talks, 2021');
    expect(talks2021.kindLinks.map((l) => [l.label, l.url, l.count, l.current])).toEqual([
      ['All kinds', '/years/2021/', 4, false],
      ['Talks', '/types/talks/2021/', 3, true],
      ['Troops', '/types/troops/2021/', 1, false],
    ]);
    expect(talks2021.yearLinks.map((l) => [l.url, l.current])).toEqual([['/types/talks/2020/', false], ['/types/talks/2021/', true]]);
    const index = listings(years, kinds).index;
    expect(index.yearLinks.map((l) => l.url)).toEqual(['/years/2020/', '/years/2021/']);
    expect(index.kindLinks.map((l) => l.label)).toEqual(['All kinds', 'Talks', 'Troops']);
  });
});
