// Exactly the data the templates see: every string pre-formatted, every HTML fragment finished and safe.
// Templates do no date arithmetic and no escaping decisions beyond Nunjucks' autoescape.
import type { EventSource, EventType, TimelineEvent } from '../types.js';

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
  /** "7 April 2021", "April 2021", "2014" (with "early"/"mid"/"late"/"around" when the text hedged). */
  dateLabel: string;
  /** "day", "month" or "year", in words for the page: "known to the day". */
  precisionLabel: string;
  typeLabel: string;
  previous?: EventLink;
  next?: EventLink;
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
}

/** A URL an event once had (src/ledger): it redirects to the event it became, or says the event is gone. */
export interface RedirectPage {
  id: string;
  /** `/events/<id>/` */
  url: string;
  /** The event it became; absent when the event is no longer on the timeline. */
  target?: EventLink;
}

export interface SiteData {
  title: string;
  description: string;
  events: SiteEvent[];
  years: YearGroup[];
  types: TypePage[];
  articles: SiteArticle[];
  /** Where the site is published ("https://…", no trailing slash), or '' when not configured. */
  baseUrl: string;
  /** `/events.json`, serialised once by the library so the bytes are the library's. */
  eventsJson: string;
  /** `/events.csv`, `/events.ics` and `/timelinejs.json`, likewise. */
  eventsCsv: string;
  eventsIcs: string;
  timelineJs: string;
  /** Pages for retired event ids (issue 5, permanent links); absent in data that has no ledger. */
  redirects?: RedirectPage[];
}
