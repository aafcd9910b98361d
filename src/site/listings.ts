// Filters by kind and by year as plain pages and links, and a bound on how long the index and type pages grow.
//
// Pages: `/years/<year>/` (every event of a year) and `/types/<kind>/<year>/` (one kind in one year); every list
// page carries links to the other kinds in its scope and to the other years. The index and each type page list
// everything while they hold at most `limit` events (LISTING_LIMIT); above that they list only the newest whole
// months that fit in the limit (always at least the newest month) and say so, and the year links lead to the
// rest. 120 events keep the index under issue 6's budget of 60 KB with its CSS (a row is about 330 bytes, the
// stylesheet 5 KB). A year page always lists its whole year, and /compact/ every event.
import { EVENT_TYPES, type EventType } from '../types.js';
import type { YearGroup } from './site-data.js';

export const LISTING_LIMIT = 120;

export interface FilterLink {
  label: string;
  url: string;
  count: number;
  /** The page this link is on. */
  current: boolean;
}

/** What a list page shows: the years it lists, and the links to its neighbours by kind and by year. */
export interface ListingView {
  years: YearGroup[];
  /** True when older events were left out for the limit. */
  limited: boolean;
  /** Events in the whole scope (all years), whether listed or not. */
  total: number;
  /** Events listed. */
  shown: number;
  /** The first month listed ("October 2023", "2023, month not known"); '' when nothing is. */
  from: string;
  kindLinks: FilterLink[];
  yearLinks: FilterLink[];
}

export interface ListingPage extends ListingView {
  url: string;
  /** "2021", "Troops, 2021". */
  title: string;
  description: string;
  year: number;
  type?: EventType;
}

export interface KindScope {
  type: EventType;
  label: string;
  url: string;
  years: YearGroup[];
}

export interface Listings {
  index: ListingView;
  types: Map<EventType, ListingView>;
  pages: ListingPage[];
}

export const yearUrl = (year: number) => `/years/${year}/`;
export const typeYearUrl = (type: EventType, year: number) => `/types/${type}/${year}/`;

const count = (years: readonly YearGroup[]) => years.reduce((n, y) => n + y.count, 0);

/** The newest whole months whose events fit in `limit` together, at least one, oldest first, grouped by year. */
export function newestMonths(years: readonly YearGroup[], limit: number): YearGroup[] {
  const shown: YearGroup[] = [];
  let total = 0;
  for (let y = years.length - 1; y >= 0; y--) {
    const year = years[y]!;
    const months = [];
    for (let m = year.months.length - 1; m >= 0; m--) {
      const month = year.months[m]!;
      if ((shown.length || months.length) && total + month.events.length > limit) break;
      total += month.events.length;
      months.unshift(month);
    }
    if (months.length) shown.unshift({ ...year, months, count: months.reduce((n, m) => n + m.events.length, 0) });
    if (months.length < year.months.length) break;
  }
  return shown;
}

function view(years: readonly YearGroup[], limit: number, kindLinks: FilterLink[], yearLinks: FilterLink[]): ListingView {
  const total = count(years);
  const listed = total > limit ? newestMonths(years, limit) : [...years];
  const shown = count(listed);
  return { years: listed, limited: shown < total, total, shown, from: listed[0]?.months[0]?.label ?? '', kindLinks, yearLinks };
}

/** All list views and year pages from the timeline's years and each kind's years. */
export function listings(years: readonly YearGroup[], kinds: readonly KindScope[], limit = LISTING_LIMIT): Listings {
  const byKind = new Map(kinds.map((k) => [k.type, k]));
  const ordered = EVENT_TYPES.map((t) => byKind.get(t)).filter((k): k is KindScope => !!k);
  const inYear = (kind: KindScope, year: number) => kind.years.find((y) => y.year === year);

  const allYears = (current?: number): FilterLink[] =>
    years.map((y) => ({ label: String(y.year), url: yearUrl(y.year), count: y.count, current: y.year === current }));
  const kindYears = (kind: KindScope, current?: number): FilterLink[] =>
    kind.years.map((y) => ({ label: String(y.year), url: typeYearUrl(kind.type, y.year), count: y.count, current: y.year === current }));
  const allKinds = (current?: EventType): FilterLink[] => [
    { label: 'All kinds', url: '/', count: count(years), current: current === undefined },
    ...ordered.filter((k) => k.years.length).map((k) => ({ label: k.label, url: k.url, count: count(k.years), current: k.type === current })),
  ];
  const kindsInYear = (year: YearGroup, current?: EventType): FilterLink[] => [
    { label: 'All kinds', url: yearUrl(year.year), count: year.count, current: current === undefined },
    ...ordered.flatMap((k) => {
      const group = inYear(k, year.year);
      return group ? [{ label: k.label, url: typeYearUrl(k.type, year.year), count: group.count, current: k.type === current }] : [];
    }),
  ];

  const pages: ListingPage[] = [];
  for (const year of years) {
    pages.push({
      url: yearUrl(year.year),
      title: String(year.year),
      description: `Every event of ${year.year} on the timeline, oldest first.`,
      year: year.year,
      years: [year],
      limited: false,
      total: year.count,
      shown: year.count,
      from: year.months[0]?.label ?? '',
      kindLinks: kindsInYear(year),
      yearLinks: allYears(year.year),
    });
  }
  for (const kind of ordered) {
    for (const group of kind.years) {
      pages.push({
        url: typeYearUrl(kind.type, group.year),
        title: `${kind.label}, ${group.year}`,
        description: `${kind.label} events of ${group.year} on the timeline, oldest first.`,
        year: group.year,
        type: kind.type,
        years: [group],
        limited: false,
        total: group.count,
        shown: group.count,
        from: group.months[0]?.label ?? '',
        kindLinks: kindsInYear(years.find((y) => y.year === group.year)!, kind.type),
        yearLinks: kindYears(kind, group.year),
      });
    }
  }
  return {
    index: view(years, limit, allKinds(), allYears()),
    types: new Map(ordered.map((k) => [k.type, view(k.years, limit, allKinds(k.type), kindYears(k))])),
    pages,
  };
}
