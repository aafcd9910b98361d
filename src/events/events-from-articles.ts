// Articles → events, given how each article is extracted: mentions → merged clusters → relative dates resolved →
// events with ids. pipeline.ts gives it extractMentions; the build gives it the extraction cache, so a warm build
// never loads the extraction code.
import { compareCalendarDates, parseCalendarDate } from '../calendar/calendar-date.js';
import { assignIds } from './assign-ids.js';
import { attachOrphans } from './attach-orphans.js';
import { buildEvent } from './build-event.js';
import { mergeMentions, type ShardMemo } from './merge-mentions.js';
import { resolveRelative } from './resolve-relative.js';
import { EVENT_TYPES, type Article, type Mention, type TimelineEvent } from '../types.js';
import type { ArticleMentions } from '../extract/extract-mentions.js';
import { assignLedgerIds } from '../ledger/assign-ledger-ids.js';
import type { Ledger } from '../ledger/ledger.js';

/** How each article is extracted, and what a build keeps between runs (issue 5): without a ledger, ids are fresh. */
export interface EventsOptions {
  /** Per-article extraction: `extractMentions`, or the build's cache of it (src/cache). */
  extract: (article: Article) => ArticleMentions;
  /** Ids issued before: events keep them (src/ledger). */
  ledger?: Ledger;
  /**
   * Merged shards kept between builds (src/cache/merge-cache.ts), used with `identity`: what determines an article's
   * mentions (the extraction cache's key). Within one call the second merge, after relative dates are resolved,
   * reuses the first's unchanged shards either way.
   */
  mergeStore?: Pick<ShardMemo, 'get' | 'set'>;
  identity?: (article: Article) => string;
}

export function eventsFromArticles(articles: readonly Article[], options: EventsOptions): TimelineEvent[] {
  const { extract } = options;
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const extracted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : 1)).map((article) => extract(article));
  const mentions = extracted.flatMap((e) => e.mentions);
  // Mentions read from an article are identified by it (by its content when the caller says how, else only within
  // this call); a mention dated through another event depends on other articles too and has no identity.
  const persist = options.identity && options.mergeStore;
  const ids = new Map(articles.map((a) => [a.slug, persist ? options.identity!(a) : `this build: ${a.slug}`]));
  const memory = new Map<string, number[][]>();
  const memo = (unidentified: ReadonlySet<Mention>): ShardMemo => ({
    identity: (m) => (unidentified.has(m) ? undefined : ids.get(m.article)),
    get: (key) => memory.get(key) ?? (persist ? persist.get(key) : undefined),
    set: (key, clusters) => {
      memory.set(key, clusters);
      if (persist) persist.set(key, clusters);
    },
  });
  let clusters = mergeMentions(mentions, memo(new Set()));
  const published = new Map(articles.map((a) => [a.slug, parseCalendarDate(a.published)!]));
  const resolved = resolveRelative(extracted.flatMap((e) => e.relative), clusters, published);
  if (resolved.length) clusters = mergeMentions([...mentions, ...resolved], memo(new Set(resolved)));
  // Day-dated sentences naming no kind join the event another article told that day, when they share enough.
  clusters = attachOrphans(clusters, extracted.flatMap((e) => e.orphans ?? []));
  const drafts = clusters.map((cluster) => buildEvent(cluster, bySlug));
  drafts.sort(
    (a, b) =>
      compareCalendarDates(parseCalendarDate(a.date)!, parseCalendarDate(b.date)!) ||
      EVENT_TYPES.indexOf(a.type) - EVENT_TYPES.indexOf(b.type) ||
      (a.sources[0]!.url < b.sources[0]!.url ? -1 : 1),
  );
  return options.ledger ? assignLedgerIds(drafts, options.ledger) : assignIds(drafts);
}
