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

  it('always keeps the newest month, cut to its newest events when it alone is over the limit', () => {
    expect(shape(newestMonths([year(2021, 5, 900)], 120))).toEqual([[2021, [120], 120]]);
    expect(shape(newestMonths([year(2020, 7), year(2021, 120)], 120))).toEqual([[2021, [120], 120]]);
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

describe('year pages above the page limit', () => {
  const kinds = [{ type: 'attack' as const, label: 'Attack', url: '/types/attack/', years: [year(2021, 2, 7)] }];
  const months = (y: YearGroup) => y.months.map((m) => m.events.length);

  it('list their months, and each month gets its own pages of at most the limit, linked in order', () => {
    const years = [{ ...year(2021, 2, 7), months: [...year(2021, 2, 7).months, { key: '2021', label: '2021, month not known', events: [{} as SiteEvent] }], count: 10 }];
    const { pages } = listings(years, kinds, 120, 3);
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    const overview = byUrl.get('/years/2021/')!;
    expect(overview.years).toEqual([]);
    expect(overview.monthLinks!.map((m) => [m.url, m.count])).toEqual([['/years/2021/01/', 2], ['/years/2021/02/', 7], ['/years/2021/month-not-known/', 1]]);
    expect(overview.total).toBe(10);
    expect(months(byUrl.get('/years/2021/01/')!.years[0]!)).toEqual([2]);
    expect(['/years/2021/02/', '/years/2021/02/2/', '/years/2021/02/3/'].map((u) => byUrl.get(u)!.years[0]!.months[0]!.events.length)).toEqual([3, 3, 1]);
    expect(byUrl.get('/years/2021/02/2/')!.pager).toEqual({ page: 2, pages: 3, up: '/years/2021/', previous: '/years/2021/02/', next: '/years/2021/02/3/' });
    expect(byUrl.get('/years/2021/02/2/')!.title).toBe('month 2 of 2021 (page 2 of 3)');
    expect(byUrl.get('/years/2021/01/')!.pager).toEqual({ page: 1, pages: 1, up: '/years/2021/' });
    // Every event of the year is on exactly one page.
    expect(pages.filter((p) => p.url.startsWith('/years/2021/') && p.years.length).reduce((n, p) => n + p.shown, 0)).toBe(10);
    // Kind-year pages split the same way.
    expect(byUrl.get('/types/attack/2021/')!.monthLinks).toHaveLength(2);
    expect(byUrl.get('/types/attack/2021/02/3/')!.title).toBe('Attack, month 2 of 2021 (page 3 of 3)');
  });

  it('stay one page at or under the limit', () => {
    const { pages } = listings([year(2021, 2, 1)], kinds, 120, 3);
    expect(pages.find((p) => p.url === '/years/2021/')).toMatchObject({ shown: 3, total: 3 });
    expect(pages.find((p) => p.url === '/years/2021/')!.monthLinks).toBeUndefined();
  });
});
