// The extraction pipeline as one ordered list of stages: articles → dated mentions → merged clusters → events.
import { compareCalendarDates, parseCalendarDate } from './calendar/calendar-date.js';
import { extractMentions } from './extract/extract-mentions.js';
import { assignIds } from './events/assign-ids.js';
import { buildEvent } from './events/build-event.js';
import { mergeMentions } from './events/merge-mentions.js';
import { resolveRelative } from './events/resolve-relative.js';
import { EVENT_TYPES, type Article, type TimelineEvent } from './types.js';
import type { ArticleMentions } from './extract/extract-mentions.js';
import { assignLedgerIds } from './ledger/assign-ledger-ids.js';
import type { Ledger } from './ledger/ledger.js';

/** What a build keeps between runs (issue 5). Without options every article is extracted and ids are fresh. */
export interface BuildEventsOptions {
  /** Per-article extraction: the build passes a cached `extractMentions` (src/cache). */
  extract?: (article: Article) => ArticleMentions;
  /** Ids issued before: events keep them (src/ledger). */
  ledger?: Ledger;
}

export function buildEvents(articles: readonly Article[], options: BuildEventsOptions = {}): TimelineEvent[] {
  const extract = options.extract ?? extractMentions;
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
