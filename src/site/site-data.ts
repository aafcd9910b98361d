// Exactly the data the templates see: every string pre-formatted, every HTML fragment finished and safe.
// Templates do no date arithmetic and no escaping decisions beyond Nunjucks' autoescape.
import type { EventSource, EventType, TimelineEvent } from '../types.js';
import type { Feed } from './feed.js';
import type { ListingPage, ListingView } from './listings.js';
import type { SearchShard } from './search-records.js';

export interface EventLink {
  id: string;
  url: string;
  title: string;
  dateLabel: string;
}

export interface SiteSource extends EventSource {
  /** "19 April 2021". */
  publishedLabel: string;
}

export interface SiteEvent extends Omit<TimelineEvent, 'sources'> {
  sources: SiteSource[];
  /**
   * What the event page shows of its sources, so the page stays under issue 8's 200 KB however many articles tell
   * the event: the first SOURCES_IN_FULL in full, the next SOURCES_IN_BRIEF as one line each, and how many more
   * there are (every source is in /events.json).
   */
  sourcesShown: { full: SiteSource[]; brief: SiteSource[]; more: number };
  /** "7 April 2021", "April 2021", "2014" (with "early"/"mid"/"late"/"around" when the text hedged). */
  dateLabel: string;
  /** "day", "month" or "year", in words for the page: "known to the day". */
  precisionLabel: string;
  typeLabel: string;
  previous?: EventLink;
  next?: EventLink;
  /** Events sharing the most actors or places (src/site/related-events.ts), best first, at most five. */
  related: RelatedLink[];
  /** Schema.org Event as JSON, safe inside <script type="application/ld+json"> (src/site/json-ld.ts). */
  jsonLd: string;
}

export interface RelatedLink extends EventLink {
  typeLabel: string;
  /** The names both events share: "US, Erbil". */
  shared: string;
}

export interface MonthGroup {
  /** `2021-04`, or `2021` for events known only to the year. */
  key: string;
  /** "April 2021", or "2021, month not known". */
  label: string;
  events: SiteEvent[];
}

export interface YearGroup {
  year: number;
  /** Fragment id on the index page: `y2021`. */
  anchor: string;
  months: MonthGroup[];
  count: number;
}

export interface TypePage {
  type: EventType;
  label: string;
  description: string;
  url: string;
  count: number;
  years: YearGroup[];
  /** What the type page lists (its newest months only, above the listing limit) and its kind and year links. */
  listing: ListingView;
}

export interface ArticleList {
  url: string;
  /** 1-based, and of how many. */
  page: number;
  pages: number;
  /** The number of its first article in the whole list. */
  start: number;
  previous?: string;
  next?: string;
  articles: SiteArticle[];
}

export interface SiteArticle {
  slug: string;
  url: string;
  title: string;
  published: string;
  publishedLabel: string;
  publisher?: string;
  authors: string[];
  sourceUrl?: string;
  description?: string;
  /** Body rendered by remark-html (sanitised), sentences that yielded events wrapped in `<span id="s-N">`. */
  html: string;
  events: EventLink[];
  /** Schema.org NewsArticle as JSON, safe inside <script type="application/ld+json">. */
  jsonLd: string;
}

/** One row of the troop figures table: the same figures the chart draws. */
export interface TroopRow {
  date: string;
  dateLabel: string;
  series: string;
  /** "2,500", "60%". */
  figure: string;
  /** The words that gave it. */
  text: string;
  /** The event page, and the cited sentence. */
  url: string;
  title: string;
  source: string;
}

/** `/troops/chart/`: a chart per unit (troop counts; shares of forces), and every figure as a table row. */
export interface TroopPage {
  url: string;
  charts: { id: string; title: string; svg: string }[];
  series: { label: string; count: number }[];
  rows: TroopRow[];
  /** Figures on the timeline; the page draws and lists the newest `rows.length` of them (TROOP_PAGE_LIMIT). */
  total: number;
}

/** A URL an event once had (src/ledger): it redirects to the event it became, or says the event is gone. */
export interface RedirectPage {
  id: string;
  /** `/events/<id>/` */
  url: string;
  /** The event it became; absent when the event is no longer on the timeline. */
  target?: EventLink;
}

/** The exports the templates print whole (templates/events.json.njk …). */
export type ExportName = 'eventsJson' | 'eventsCsv' | 'eventsIcs' | 'timelineJs';

export interface SiteData {
  title: string;
  description: string;
  events: SiteEvent[];
  years: YearGroup[];
  types: TypePage[];
  /** The kinds' pages as the site's navigation shows them: a link each, no counts, so adding an event moves none. */
  nav: { url: string; label: string }[];
  articles: SiteArticle[];
  /** Where the site is published ("https://…", no trailing slash), or '' when not configured. */
  baseUrl: string;
  /** The base of absolute URLs in the feed, sitemap and robots.txt: baseUrl, or http://localhost:8080 without one. */
  siteUrl: string;
  /** What the index lists: everything, or the newest months above the listing limit (src/site/listings.ts). */
  index: ListingView;
  /** `/years/<year>/` and `/types/<kind>/<year>/`. */
  listings: ListingPage[];
  /** /compact/, one line per event (src/site/listings.ts). */
  compact: ListingView;
  /** /articles/ and its further pages, newest first, at most ARTICLES_PER_PAGE each. */
  articleLists: ArticleList[];
  troops: TroopPage;
  /** `/sitemap.xml`'s URLs, sorted (src/site/page-plan.ts). */
  sitemap: string[];
  /** `/feed.xml`. */
  feed: Feed;
  /** `/events.json`, serialised once by the library so the bytes are the library's. */
  eventsJson: string;
  /** `/events.csv`, `/events.ics` and `/timelinejs.json`, likewise. */
  eventsCsv: string;
  eventsIcs: string;
  timelineJs: string;
  /**
   * For a caller that writes the exports itself (`npm start`'s session, which keeps their pieces between builds):
   * the four exports as pieces (src/site/exports/chunks.ts), the strings above then empty (SiteDataMemory.exportParts).
   */
  exportParts?: Record<ExportName, string[]>;
  /** For `npm run build`, which writes the exports itself: one export's pieces, each made as it is read (the strings empty). */
  exportLater?: (field: ExportName) => Iterable<string>;
  /** Pages for retired event ids (issue 5, permanent links); absent in data that has no ledger. */
  redirects?: RedirectPage[];
  /** What the search indexes hold (src/site/search-records.ts); scripts/build.ts hands them to Pagefind. */
  search?: SearchShard[];
  /**
   * A content key for each event's page data, cheaper than serialising it (src/site/page-keys.ts): planPages digests
   * the key instead of the JSON. No template reads it.
   */
  contentKeys?: WeakMap<object, string>;
}
