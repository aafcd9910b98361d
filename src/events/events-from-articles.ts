// Articles → events, given how each article is extracted: mentions → merged clusters → relative dates resolved →
// events with ids. pipeline.ts gives it extractMentions; the build gives it the extraction cache, so a warm build
// never loads the extraction code.
import { compareCalendarDates, parseCalendarDate } from '../calendar/calendar-date.js';
import { assignIds } from './assign-ids.js';
import { buildEvent } from './build-event.js';
import { mergeMentions } from './merge-mentions.js';
import { resolveRelative } from './resolve-relative.js';
import { EVENT_TYPES, type Article, type TimelineEvent } from '../types.js';
import type { ArticleMentions } from '../extract/extract-mentions.js';
import { assignLedgerIds } from '../ledger/assign-ledger-ids.js';
import type { Ledger } from '../ledger/ledger.js';

/** How each article is extracted, and what a build keeps between runs (issue 5): without a ledger, ids are fresh. */
export interface EventsOptions {
  /** Per-article extraction: `extractMentions`, or the build's cache of it (src/cache). */
  extract: (article: Article) => ArticleMentions;
  /** Ids issued before: events keep them (src/ledger). */
  ledger?: Ledger;
}

export function eventsFromArticles(articles: readonly Article[], options: EventsOptions): TimelineEvent[] {
  const { extract } = options;
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const extracted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : 1)).map((article) => extract(article));
  const mentions = extracted.flatMap((e) => e.mentions);
  let clusters = mergeMentions(mentions);
  const published = new Map(articles.map((a) => [a.slug, parseCalendarDate(a.published)!]));
  const resolved = resolveRelative(extracted.flatMap((e) => e.relative), clusters, published);
  if (resolved.length) clusters = mergeMentions([...mentions, ...resolved]);
  const drafts = clusters.map((cluster) => buildEvent(cluster, bySlug));
  drafts.sort(
    (a, b) =>
      compareCalendarDates(parseCalendarDate(a.date)!, parseCalendarDate(b.date)!) ||
      EVENT_TYPES.indexOf(a.type) - EVENT_TYPES.indexOf(b.type) ||
      (a.sources[0]!.url < b.sources[0]!.url ? -1 : 1),
  );
  return options.ledger ? assignLedgerIds(drafts, options.ledger) : assignIds(drafts);
}
