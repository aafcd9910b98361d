import { describe, expect, it } from 'vitest';
import { listings, newestYears } from '../../src/site/listings.js';
import type { YearGroup } from '../../src/site/site-data.js';

/** Year groups with `count` events each; the events themselves do not matter here. */
const year = (y: number, count: number): YearGroup => ({ year: y, anchor: `y${y}`, months: [], count });

describe('newestYears', () => {
  it('keeps the newest years that fit the limit together, at least one, oldest first', () => {
    const years = [year(2019, 300), year(2020, 200), year(2021, 250), year(2022, 200)];
    expect(newestYears(years, 500).map((y) => y.year)).toEqual([2021, 2022]);
    expect(newestYears(years, 100).map((y) => y.year)).toEqual([2022]);
    expect(newestYears(years, 10_000).map((y) => y.year)).toEqual([2019, 2020, 2021, 2022]);
  });
});

describe('listings', () => {
  const years = [year(2020, 3), year(2021, 4)];
  const kinds = [
    { type: 'troops' as const, label: 'Troops', url: '/types/troops/', years: [year(2021, 1)] },
    { type: 'talks' as const, label: 'Talks', url: '/types/talks/', years: [year(2020, 3), year(2021, 3)] },
    { type: 'attack' as const, label: 'Attack', url: '/types/attack/', years: [] },
  ];

  it('lists everything under the limit, and only the newest years above it', () => {
    expect(listings(years, kinds).index).toMatchObject({ limited: false, total: 7 });
    const small = listings(years, kinds, 5);
    expect(small.index.years.map((y) => y.year)).toEqual([2021]);
    expect(small.index).toMatchObject({ limited: true, total: 7 });
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
