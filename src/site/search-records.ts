// What the search index holds, built from the site data rather than read back out of the written pages (issue 8):
// Pagefind can then index while Eleventy writes, on the other core, and holds only what readers search — an
// event's title, date, kind, summary, names, figures and cited sentences (those its page shows in full); an article's
// title, byline and lead.
// Listings, related links and page furniture are left out, as data-pagefind-body left them out before.
import type { Article } from '../types.js';
import type { SiteArticle, SiteEvent } from './site-data.js';

/** One Pagefind custom record (pagefind's CustomRecord). */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  /** `title` is the result's heading. */
  meta: { title: string };
  /** `kind`: the event's kind ("Attack"), or "Article". */
  filters: { kind: string[] };
}

const join = (parts: readonly (string | undefined)[]) => parts.filter((p) => p && p.trim()).join('\n');

export function eventRecord(event: SiteEvent): SearchRecord {
  // The sources the page shows in full, each distinct sentence once: an event told by hundreds of reports (wire copies,
  // a corpus of thousands) would otherwise make a record of hundreds of KB for words its first fifty already hold.
  const seen = new Set<string>();
  const sources = event.sourcesShown.full.map((s) => {
    const quote = seen.has(s.quote) ? undefined : (seen.add(s.quote), s.quote);
    return join([quote, `${s.title}${s.publisher ? `, ${s.publisher}` : ''}, ${s.publishedLabel}`]);
  });
  return {
    url: event.url,
    content: join([
      event.title,
      `${event.dateLabel}. ${event.typeLabel}.`,
      event.summary,
      event.actors.join(', '),
      event.places.join(', '),
      event.quantities.map((q) => q.text).join('; '),
      ...sources,
    ]),
    language: 'en',
    meta: { title: event.title },
    filters: { kind: [event.typeLabel] },
  };
}

/** Sentences that stand for an article's lead when it has no description. */
export const LEAD_SENTENCES = 2;

/**
 * An article is found by its title, byline and lead, not by every sentence: the sentences that report something are
 * in its events' records already, and indexing whole bodies more than doubled Pagefind's work (issue 8: 9.8 s → 5.2 s
 * to write the index at 5,000 articles) for words that lead readers to a source rather than to a development.
 */
export function articleRecord(page: SiteArticle, article: Article): SearchRecord {
  return {
    url: page.url,
    content: join([
      page.title,
      join([page.publisher, page.publishedLabel, page.authors.length ? `By ${page.authors.join(', ')}` : undefined]).replace(/\n/g, ' · '),
      // The lead: the writer's description, or else the first sentences.
      page.description ?? article.sentences.slice(0, LEAD_SENTENCES).map((s) => s.text).join(' '),
    ]),
    language: 'en',
    meta: { title: page.title },
    filters: { kind: ['Article'] },
  };
}

/** One Pagefind index: its bundle's URL and records. The search page merges them all at query time. */
export interface SearchShard {
  /** `/pagefind/main/`, `/pagefind/2021/`. */
  url: string;
  records: SearchRecord[];
}

/** Records a year needs to get an index of its own. */
export const SHARD_MIN_RECORDS = 400;

/**
 * Every event page's and article page's record, in page order, split into indexes (issue 8): Pagefind cannot add to
 * an index, so a rebuild re-indexes only the indexes whose records changed (scripts/build.ts). A year with at least
 * `minRecords` records (events by their date, articles by publication) has its own; the other years share `main`,
 * which always exists and comes first. Years, not a hash: a new article mostly touches the current year.
 */
/**
 * Records kept between builds by a long-lived process (site-memory.ts): an event's by its `sources` array, which
 * every SiteEvent made from the same event shares (build-site-data.ts), and an article's by its page.
 */
export type RecordMemo = WeakMap<object, SearchRecord>;

export function searchShards(events: readonly SiteEvent[], pages: readonly SiteArticle[], articles: readonly Article[], minRecords = SHARD_MIN_RECORDS, memo?: RecordMemo): SearchShard[] {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const kept = <T extends object>(key: T, make: () => SearchRecord) => {
    let record = memo?.get(key);
    if (!record) {
      record = make();
      memo?.set(key, record);
    }
    return record;
  };
  const entries = [
    ...events.map((event) => ({ year: event.date.slice(0, 4), record: kept(event.sources, () => eventRecord(event)) })),
    ...pages.map((page) => ({ year: page.published.slice(0, 4), record: kept(page, () => articleRecord(page, bySlug.get(page.slug)!)) })),
  ];
  const perYear = new Map<string, number>();
  for (const { year } of entries) perYear.set(year, (perYear.get(year) ?? 0) + 1);
  const shards = new Map<string, SearchRecord[]>([['main', []]]);
  for (const year of [...perYear.keys()].sort()) if (perYear.get(year)! >= minRecords) shards.set(year, []);
  for (const { year, record } of entries) (shards.get(year) ?? shards.get('main')!).push(record);
  return [...shards].map(([key, records]) => ({ url: `/pagefind/${key}/`, records }));
}
