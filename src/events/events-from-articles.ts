// Articles → events, given how each article is extracted: mentions → merged clusters → relative dates resolved →
// events with ids. pipeline.ts gives it extractMentions; the build gives it the extraction cache, so a warm build
// never loads the extraction code.
import { compareCalendarDates, parseCalendarDate } from '../calendar/calendar-date.js';
import { assignIds } from './assign-ids.js';
import { attachAnaphors } from './attach-anaphors.js';
import { attachOrphans } from './attach-orphans.js';
import { buildEvent, type EventDraft } from './build-event.js';
import { clusterDate, mentionKey, mergeMentions, type ShardMemo } from './merge-mentions.js';
import { dropPlansNotKept } from './plans-not-kept.js';
import { keyEvents } from './event-keys.js';
import { resolveRelative } from './resolve-relative.js';
import { FullNames } from './full-names.js';
import { EVENT_TYPES, type Article, type CalendarDate, type Mention, type TimelineEvent } from '../types.js';
import type { ArticleMentions } from '../extract/extract-mentions.js';
import { assignLedgerIds } from '../ledger/assign-ledger-ids.js';
import type { Ledger } from '../ledger/ledger.js';
import type { LedgerMemory } from '../ledger/assign-ledger-ids.js';
import type { Generations, Serials } from '../cache/memory.js';

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
  /** What a long-lived process keeps between builds (src/cache/memory.ts); default nothing. */
  memory?: EventsMemory;
  /** Filled with each event's content key (event-keys.ts), given `identity`. */
  keys?: WeakMap<TimelineEvent, string>;
}

/**
 * Events kept between builds: an unchanged cluster (the same mention objects, from the same article objects: the
 * extraction memory keeps both while their article is unchanged) is the same draft, and an unchanged draft under the
 * same id the same event object, so what is derived from events later can be memoised on them.
 */
export interface EventsMemory {
  serials: Serials;
  /** Each kind-and-year shard's clusters (as index lists into its mentions in key order), by its mentions' identities. */
  shards: Generations<string, number[][]>;
  /**
   * Each shard's mentions as the last build gave them to each of the two merges, and the clusters made: a shard
   * given the very same mentions in the same order has the same clusters, the same arrays.
   */
  merged: [Map<string, MergedShard>, Map<string, MergedShard>];
  mentionKeys: WeakMap<Mention, string>;
  clusterDates: WeakMap<readonly Mention[], CalendarDate>;
  /** Drafts by cluster array, for clusters of a shard kept whole. */
  clusterDrafts: WeakMap<readonly Mention[], EventDraft>;
  /**
   * Drafts of clusters made anew, by their first mention read from an article (kept as long as it is), then by the
   * identities of all their mentions and articles.
   */
  drafts: WeakMap<Mention, Map<string, EventDraft>>;
  /** Drafts of clusters of resolved mentions only (made anew each build), by the same key; dropped when unused. */
  resolvedDrafts: Generations<string, EventDraft>;
  events: WeakMap<EventDraft, TimelineEvent>;
  ledger: LedgerMemory;
}

export interface MergedShard {
  input: readonly Mention[];
  clusters: Mention[][];
}

export function eventsFromArticles(articles: readonly Article[], options: EventsOptions): TimelineEvent[] {
  const { extract } = options;
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const sorted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const extracted = sorted.map((article) => extract(article));
  const mentions = extracted.flatMap((e) => e.mentions);
  // Mentions read from an article are identified by it (by its content when the caller says how, else only within
  // this call); a mention dated through another event depends on other articles too and has no identity.
  const persist = options.identity && options.mergeStore;
  const ids = new Map(articles.map((a) => [a.slug, persist ? options.identity!(a) : `this build: ${a.slug}`]));
  const shards = new Map<string, number[][]>();
  const memo = (unidentified: ReadonlySet<Mention>): ShardMemo => ({
    identity: (m) => (unidentified.has(m) ? undefined : ids.get(m.article)),
    get: (key) => shards.get(key) ?? (persist ? persist.get(key) : undefined),
    set: (key, clusters) => {
      shards.set(key, clusters);
      if (persist) persist.set(key, clusters);
    },
  });
  const memory = options.memory;
  // The bodies each article names in full anywhere, for its statements' "the Front" (speakers.ts).
  const fullNames = new FullNames(bySlug);
  // Mentions read from an article are the same objects while it is unchanged (the extraction memory keeps them); a
  // resolved one is made anew each build, and is known by its content instead.
  const tokens = new Map<Mention, string>();
  const token = (m: Mention, unidentified: ReadonlySet<Mention>) => {
    if (!unidentified.has(m)) return `#${memory!.serials.of(m)}`;
    let text = tokens.get(m);
    // A resolved mention is merged with the bodies its article names elsewhere too, which its content does not hold.
    if (text === undefined) tokens.set(m, (text = JSON.stringify([m, fullNames.get(m.article) ?? []])));
    return text;
  };
  const merge = (input: Mention[], unidentified: ReadonlySet<Mention>, pass: 0 | 1) =>
    memory ? mergeByShard(input, memory, (m) => token(m, unidentified), memo(unidentified), pass, fullNames) : mergeMentions(input, memo(unidentified), fullNames);
  let clusters = merge(mentions, new Set(), 0);
  const published = new Map(articles.map((a) => [a.slug, parseCalendarDate(a.published)!]));
  const resolved = resolveRelative(extracted.flatMap((e) => e.relative), clusters, published);
  const fresh = new Set(resolved);
  if (resolved.length) clusters = merge([...mentions, ...resolved], fresh, 1);
  // "The strike came two days after …" is the strike its own article tells, whatever words it shares with it.
  if (resolved.length) clusters = attachAnaphors(clusters, fresh);
  // Day-dated sentences naming no kind join the event another article told that day, when they share enough.
  clusters = attachOrphans(clusters, extracted.flatMap((e) => e.orphans ?? []));
  // A development told only ahead of a day, whose own sentence or another telling shows it came later, was put off: no
  // event of its own (after the orphans, which may be the sentence that says so).
  clusters = dropPlansNotKept(clusters);
  // A cluster's draft is fixed by its mentions and their articles.
  const draftOf = (cluster: Mention[]): EventDraft => {
    if (!memory) return buildEvent(cluster, bySlug);
    // A cluster array kept whole holds mentions read from unchanged articles only (mergeByShard).
    const whole = memory.clusterDrafts.get(cluster);
    if (whole) return whole;
    const anchor = cluster.find((m) => !fresh.has(m));
    const key = cluster.map((m) => `${token(m, fresh)}@${memory.serials.of(bySlug.get(m.article)!)}`).join(' ');
    if (!anchor) {
      let draft = memory.resolvedDrafts.get(key);
      if (!draft) memory.resolvedDrafts.set(key, (draft = buildEvent(cluster, bySlug)));
      return draft;
    }
    let byKey = memory.drafts.get(anchor);
    let draft = byKey?.get(key);
    if (!draft) {
      draft = buildEvent(cluster, bySlug);
      // A mention seldom starts more than a few clusters over a session: past a few, start the list again.
      if (!byKey || byKey.size >= 8) memory.drafts.set(anchor, (byKey = new Map()));
      byKey.set(key, draft);
    }
    if (!cluster.some((m) => fresh.has(m))) memory.clusterDrafts.set(cluster, draft);
    return draft;
  };
  const drafts = clusters.map(draftOf);
  const clusterOf = new Map(drafts.map((d, i) => [d, clusters[i]!]));
  const dates = new Map(drafts.map((d) => [d, parseCalendarDate(d.date)!]));
  drafts.sort(
    (a, b) =>
      compareCalendarDates(dates.get(a)!, dates.get(b)!) ||
      EVENT_TYPES.indexOf(a.type) - EVENT_TYPES.indexOf(b.type) ||
      (a.sources[0]!.url < b.sources[0]!.url ? -1 : 1),
  );
  const events = options.ledger ? assignLedgerIds(drafts, options.ledger, memory?.ledger) : assignIds(drafts);
  // The same draft under the same id: the same object as last build.
  const made = !memory
    ? events
    : events.map((event, i) => {
        const kept = memory.events.get(drafts[i]!);
        if (kept?.id === event.id) return kept;
        memory.events.set(drafts[i]!, event);
        return event;
      });
  if (options.keys && options.identity) {
    const results = new Map(extracted.map((e, i) => [sorted[i]!.slug, e]));
    keyEvents(made, drafts.map((d) => clusterOf.get(d)!), results, (slug) => options.identity!(bySlug.get(slug)!), options.keys);
  }
  return made;
}

/**
 * `mergeMentions` one kind-and-year shard at a time, each shard's result kept by its mentions' tokens (an identity, or
 * the content of a mention that has none): what mergeMentions itself does inside one call — a cluster never spans two
 * kinds or two years — done across builds, for shards holding resolved mentions too, and without keying and sorting
 * every mention of the corpus again. A shard given the same mention objects in the same order as in this `pass` of
 * the last build gives back the same cluster arrays. test/events/merge-by-shard.test.ts holds it to mergeMentions.
 */
export function mergeByShard(
  input: readonly Mention[],
  memory: Pick<EventsMemory, 'shards' | 'merged' | 'mentionKeys' | 'clusterDates'>,
  token: (m: Mention) => string,
  memo?: ShardMemo,
  pass: 0 | 1 = 0,
  fullNames?: ReadonlyMap<string, readonly string[]>,
): Mention[][] {
  const keyOf = (m: Mention) => {
    let key = memory.mentionKeys.get(m);
    if (key === undefined) memory.mentionKeys.set(m, (key = mentionKey(m)));
    return key;
  };
  const shards = new Map<string, Mention[]>();
  for (const m of input) {
    const shard = `${m.classification.type}|${m.date.date.year}`;
    const group = shards.get(shard);
    if (group) group.push(m);
    else shards.set(shard, [m]);
  }
  const last = memory.merged[pass];
  const now = new Map<string, MergedShard>();
  const clusters: Mention[][] = [];
  for (const [name, group] of shards) {
    const before = last.get(name);
    if (before && before.input.length === group.length && before.input.every((m, i) => m === group[i])) {
      now.set(name, before);
      clusters.push(...before.clusters);
      continue;
    }
    const input = [...group];
    // Key order, as mergeMentions sorts (stably, so equal keys keep the input's order).
    group.sort((a, b) => {
      const ka = keyOf(a);
      const kb = keyOf(b);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    const id = group.map(token).join(' ');
    let kept = memory.shards.get(id);
    if (!kept) {
      const place = new Map(group.map((m, i) => [m, i]));
      kept = mergeMentions(group, memo, fullNames).map((cluster) => cluster.map((m) => place.get(m)!));
      memory.shards.set(id, kept);
    }
    const made = kept.map((members) => members.map((i) => group[i]!));
    now.set(name, { input, clusters: made });
    clusters.push(...made);
  }
  memory.merged[pass] = now;
  // mergeMentions' order: by date, then by the first member's key.
  const dateOf = (cluster: Mention[]) => {
    let date = memory.clusterDates.get(cluster);
    if (!date) memory.clusterDates.set(cluster, (date = clusterDate(cluster)));
    return date;
  };
  return clusters.sort((a, b) => compareCalendarDates(dateOf(a), dateOf(b)) || (keyOf(a[0]!) < keyOf(b[0]!) ? -1 : 1));
}
