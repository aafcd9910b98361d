// Filters by kind and by year as plain pages and links, and a bound on how long the index and type pages grow.
//
// Pages: `/years/<year>/` (every event of a year) and `/types/<kind>/<year>/` (one kind in one year); every list
// page carries links to the other kinds in its scope and to the other years. The index and each type page list
// everything while they hold at most `limit` events (LISTING_LIMIT); above that they list only the newest whole
// months that fit in the limit (always at least the newest month) and say so, and the year links lead to the
// rest. 120 events keep the index under issue 6's budget of 60 KB with its CSS (a row is about 330 bytes, the
// stylesheet 5 KB). A year page lists its whole year while it holds at most PAGE_LIMIT events; a longer year
// becomes a list of its months, each month a page (`/years/<year>/<mm>/`, `…/month-not-known/` for events known
// only to the year), a month longer still split into numbered pages (`…/<mm>/2/`), so no page outgrows issue 8's
// 200 KB whatever the corpus.
import { EVENT_TYPES, type EventType } from '../types.js';
import type { MonthGroup, YearGroup } from './site-data.js';

export const LISTING_LIMIT = 120;
/** Events one year, month or compact page lists at most: about 330 bytes a row keeps it near 100 KB. */
export const PAGE_LIMIT = 300;

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
  yearLinks: YearLink[];
}

/**
 * A link to a year's page. No count: the pages do not show one, and a count every year page carried would make every
 * list page of every year differ whenever any year gained an event (issue 8: an added article re-rendered ~190 list
 * pages at 1,000 articles, where ~30 show anything that changed).
 */
export type YearLink = Omit<FilterLink, 'count'>;

export interface ListingPage extends ListingView {
  url: string;
  /** "2021", "Troops, 2021", "April 2021", "Troops, April 2021 (page 2 of 3)". */
  title: string;
  description: string;
  year: number;
  type?: EventType;
  /** A year too long for one page lists its months instead of its events (`years` is then empty). */
  monthLinks?: FilterLink[];
  /** A month's page: the year page above it and, for a month split over several pages, where this one sits. */
  pager?: { page: number; pages: number; previous?: string; next?: string; up: string };
}

export interface KindScope {
  type: EventType;
  label: string;
  url: string;
  years: YearGroup[];
}

export interface Listings {
  index: ListingView;
  /** /compact/: one line per event, everything up to twice PAGE_LIMIT, else the newest months. */
  compact: ListingView;
  types: Map<EventType, ListingView>;
  pages: ListingPage[];
}

export const yearUrl = (year: number) => `/years/${year}/`;
export const typeYearUrl = (type: EventType, year: number) => `/types/${type}/${year}/`;

const count = (years: readonly YearGroup[]) => years.reduce((n, y) => n + y.count, 0);

/**
 * The newest whole months whose events fit in `limit` together, oldest first, grouped by year; at least the newest
 * month, cut to its newest `limit` events when it alone holds more.
 */
export function newestMonths(years: readonly YearGroup[], limit: number): YearGroup[] {
  const shown: YearGroup[] = [];
  let total = 0;
  for (let y = years.length - 1; y >= 0; y--) {
    const year = years[y]!;
    const months = [];
    for (let m = year.months.length - 1; m >= 0; m--) {
      const month = year.months[m]!;
      if ((shown.length || months.length) && total + month.events.length > limit) break;
      // A newest month longer than the limit on its own: its newest events, so the page stays within its size.
      const kept = month.events.length > limit ? { ...month, events: month.events.slice(-limit) } : month;
      total += kept.events.length;
      months.unshift(kept);
    }
    if (months.length) shown.unshift({ ...year, months, count: months.reduce((n, m) => n + m.events.length, 0) });
    if (months.length < year.months.length || total >= limit) break;
  }
  return shown;
}

function view(years: readonly YearGroup[], limit: number, kindLinks: FilterLink[], yearLinks: YearLink[]): ListingView {
  const total = count(years);
  const listed = total > limit ? newestMonths(years, limit) : [...years];
  const shown = count(listed);
  return { years: listed, limited: shown < total, total, shown, from: listed[0]?.months[0]?.label ?? '', kindLinks, yearLinks };
}

/** All list views and year pages from the timeline's years and each kind's years. */
export function listings(years: readonly YearGroup[], kinds: readonly KindScope[], limit = LISTING_LIMIT, pageLimit = PAGE_LIMIT): Listings {
  const byKind = new Map(kinds.map((k) => [k.type, k]));
  const ordered = EVENT_TYPES.map((t) => byKind.get(t)).filter((k): k is KindScope => !!k);
  const inYear = (kind: KindScope, year: number) => kind.years.find((y) => y.year === year);

  const allYears = (current?: number): YearLink[] => years.map((y) => ({ label: String(y.year), url: yearUrl(y.year), current: y.year === current }));
  const kindYears = (kind: KindScope, current?: number): YearLink[] =>
    kind.years.map((y) => ({ label: String(y.year), url: typeYearUrl(kind.type, y.year), current: y.year === current }));
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
    pages.push(
      ...yearPages(
        {
          url: yearUrl(year.year),
          title: String(year.year),
          description: `Every event of ${year.year} on the timeline, oldest first.`,
          year: year.year,
          kindLinks: kindsInYear(year),
          yearLinks: allYears(year.year),
        },
        year,
        pageLimit,
      ),
    );
  }
  for (const kind of ordered) {
    for (const group of kind.years) {
      pages.push(
        ...yearPages(
          {
            url: typeYearUrl(kind.type, group.year),
            title: `${kind.label}, ${group.year}`,
            description: `${kind.label} events of ${group.year} on the timeline, oldest first.`,
            year: group.year,
            type: kind.type,
            kindLinks: kindsInYear(years.find((y) => y.year === group.year)!, kind.type),
            yearLinks: kindYears(kind, group.year),
          },
          group,
          pageLimit,
          kind.label,
        ),
      );
    }
  }
  return {
    index: view(years, limit, allKinds(), allYears()),
    compact: view(years, 2 * pageLimit, allKinds(), allYears()),
    types: new Map(ordered.map((k) => [k.type, view(k.years, limit, allKinds(k.type), kindYears(k))])),
    pages,
  };
}

/** The URL segment of a month group: `04`, or `month-not-known` for events known only to the year. */
export function monthSegment(month: MonthGroup): string {
  return month.key.length === 7 ? month.key.slice(5) : 'month-not-known';
}

type PageBase = Pick<ListingPage, 'url' | 'title' | 'description' | 'year' | 'type' | 'kindLinks' | 'yearLinks'>;

/** One year's page, or, above `pageLimit` events, a page of its months and each month's page(s). */
function yearPages(base: PageBase, year: YearGroup, pageLimit: number, kindLabel?: string): ListingPage[] {
  const whole = { limited: false, total: year.count, from: year.months[0]?.label ?? '' };
  if (year.count <= pageLimit) return [{ ...base, ...whole, years: [year], shown: year.count }];
  const monthLinks = year.months.map((m) => ({ label: m.label, url: `${base.url}${monthSegment(m)}/`, count: m.events.length, current: false }));
  const pages: ListingPage[] = [{ ...base, ...whole, years: [], shown: 0, monthLinks }];
  for (const month of year.months) {
    const first = `${base.url}${monthSegment(month)}/`;
    const count = Math.ceil(month.events.length / pageLimit);
    const url = (i: number) => (i === 0 ? first : `${first}${i + 1}/`);
    for (let i = 0; i < count; i++) {
      const events = month.events.slice(i * pageLimit, (i + 1) * pageLimit);
      const title = `${kindLabel ? `${kindLabel}, ` : ''}${month.label}${count > 1 ? ` (page ${i + 1} of ${count})` : ''}`;
      pages.push({
        ...base,
        url: url(i),
        title,
        description: `${kindLabel ? `${kindLabel} events` : 'Every event'} of ${month.label} on the timeline, oldest first.`,
        years: [{ ...year, months: [{ ...month, events }], count: events.length }],
        limited: false,
        total: month.events.length,
        shown: events.length,
        from: month.label,
        pager: { page: i + 1, pages: count, up: base.url, ...(i > 0 ? { previous: url(i - 1) } : {}), ...(i + 1 < count ? { next: url(i + 1) } : {}) },
      });
    }
  }
  return pages;
}
