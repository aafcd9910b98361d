// The Atom feed's data (`/feed.xml`, rendered by templates/feed.njk with the RSS plugin's URL filter): events
// newest first, each entry linking to its event page.
//
// An entry's `updated` is the newest publication day among the event's sources, as 00:00 UTC of that day: the
// moment the site could first have known it, never the build clock, so two builds give the same bytes. Entries
// are ordered by it (newest first), then latest in the timeline first; a 2014 event first reported in a
// 2021 article is news in 2021. The feed keeps the newest FEED_LIMIT entries; events.json has them all.
import { dateLabel, TYPE_LABELS } from './labels.js';
import type { TimelineEvent } from '../types.js';

export const FEED_LIMIT = 100;
/** Where absolute URLs point when no base URL is configured: Eleventy's dev server (`npm start`). */
export const PLACEHOLDER_BASE_URL = 'http://localhost:8080';

export interface FeedEntry {
  /** Root-relative; the template makes it absolute. */
  url: string;
  title: string;
  /** RFC 3339. */
  updated: string;
  type: string;
  typeLabel: string;
  /** "14 April 2021: A drone …" */
  summary: string;
  /** The entry's HTML (summary and sources with their sentences), escaped here; the template XML-escapes it again. */
  contentHtml: string;
}

export interface Feed {
  /** RFC 3339: the newest entry's, or the Unix epoch for an empty timeline. */
  updated: string;
  entries: FeedEntry[];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const rfc3339 = (day: string) => `${day}T00:00:00Z`;

function contentHtml(event: TimelineEvent, base: string): string {
  const sources = event.sources.map((s) => {
    const by = `${s.publisher ? `${escapeHtml(s.publisher)}, ` : ''}<a href="${escapeHtml(base + s.url)}">${escapeHtml(s.title)}</a> (${escapeHtml(dateLabel(s.published))})`;
    return `<li>${by}: <q>${escapeHtml(s.quote)}</q></li>`;
  });
  return `<p>${escapeHtml(event.summary)}</p><p>${escapeHtml(dateLabel(event.date, event.qualifier))}, known to the ${event.precision}. ${TYPE_LABELS[event.type]}.</p><ul>${sources.join('')}</ul>`;
}

/** Each event's entry, kept between builds by a long-lived process (site-memory.ts): only for one base URL. */
export type FeedMemo = WeakMap<TimelineEvent, { newest: string; entry?: FeedEntry }>;

/** The feed's entries from the timeline's events; `baseUrl` (or the placeholder) makes the links inside entries absolute. */
export function atomFeed(events: readonly TimelineEvent[], baseUrl: string, limit = FEED_LIMIT, memo?: FeedMemo): Feed {
  const base = baseUrl || PLACEHOLDER_BASE_URL;
  const known = (event: TimelineEvent) => {
    let item = memo?.get(event);
    if (!item) {
      item = { newest: event.sources.map((s) => s.published).sort().at(-1) ?? '1970-01-01' };
      memo?.set(event, item);
    }
    return item;
  };
  const dated = events.map((event, order) => {
    const item = known(event);
    return { event, order, item, newest: item.newest };
  });
  dated.sort((a, b) => (a.newest === b.newest ? b.order - a.order : a.newest < b.newest ? 1 : -1));
  const entries = dated.slice(0, limit).map(({ event, newest, item }) =>
    (item.entry ??= {
      url: event.url,
      title: event.title,
      updated: rfc3339(newest),
      type: event.type,
      typeLabel: TYPE_LABELS[event.type],
      summary: `${dateLabel(event.date, event.qualifier)}: ${event.summary}`,
      contentHtml: contentHtml(event, base),
    }),
  );
  return { updated: entries[0]?.updated ?? rfc3339('1970-01-01'), entries };
}
