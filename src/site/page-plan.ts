// Which page each item of the site data becomes, and a digest of everything that page is rendered from, so a
// rebuild can keep the pages whose digest did not change instead of rendering them again (issue 8:
// scripts/build.ts). A page made from one item (an event, an article, a listing …) reads that item and the few
// site-wide values its layout shows (LAYOUT_GLOBALS); test/site/kept-pages.test.ts holds the templates to that.
// The site-wide files (index, feeds, exports, sitemap …) are not planned: they are rendered every time.
import { createHash } from 'node:crypto';
import type { SearchShard } from './search-records.js';
import type { SiteData } from './site-data.js';

/** The paginated arrays of SiteData: one page per item, at the item's `url`. */
export const PAGED = ['events', 'articles', 'listings', 'articleLists', 'types', 'redirects'] as const;
export type PagedKey = (typeof PAGED)[number];

/**
 * The site-wide values a paginated page may read besides its own item (`dateline.<path>` in templates/): its
 * layout's title, description, canonical URL base and navigation, and two links its includes print.
 */
export const LAYOUT_GLOBALS = ['title', 'description', 'baseUrl', 'nav', 'compact.limited', 'troops.url'] as const;

export interface PlannedPage {
  /** The page's URL, `/events/<id>/`. */
  url: string;
  /** The file under the output folder: `events/<id>/index.html`. */
  file: string;
  /** Digest of its item and the layout globals: equal digests render equal bytes (with equal templates). */
  digest: string;
}

function read(data: SiteData, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
}

/** `/events/x/` → `events/x/index.html` (Eleventy's own mapping of a URL ending in a slash). */
export function fileOf(url: string): string {
  return `${url.replace(/^\/+/, '')}${url.endsWith('/') ? 'index.html' : ''}`;
}

/**
 * Digests kept between builds by a long-lived process (`npm start`): an event's or article's by the object, and
 * each page's by its item, with the layout globals it was made with. Site data is never changed once made, so an
 * object that is still there has the same digest.
 */
export interface PlanMemory {
  items: WeakMap<object, string>;
  pages: WeakMap<object, { head: string; digest: string }>;
}

export function planMemory(): PlanMemory {
  return { items: new WeakMap(), pages: new WeakMap() };
}

/**
 * Every page made from an item of a paginated array, with its digest, in a fixed order. An item with a content key
 * (SiteData.contentKeys) stands for itself by its key, unserialised.
 */
export function planPages(data: SiteData, memory?: PlanMemory): PlannedPage[] {
  const globals = JSON.stringify(LAYOUT_GLOBALS.map((key) => read(data, key)));
  const sha = (text: string) => createHash('sha256').update(text).digest('base64url');
  // Listings hold whole events, and lists of articles whole articles: each is serialised once, and stands for
  // itself by its digest elsewhere.
  const known = memory?.items ?? new WeakMap<object, string>();
  const keys = data.contentKeys;
  for (const item of [...data.events, ...data.articles]) {
    if (known.has(item)) continue;
    const key = keys?.get(item);
    known.set(item, sha(key === undefined ? JSON.stringify(item) : `key\0${key}`));
  }
  const replacer = (_key: string, value: unknown) => (typeof value === 'object' && value !== null && known.get(value)) || value;
  const pages: PlannedPage[] = [];
  for (const key of PAGED) {
    const head = `${key}\0${globals}\0`;
    for (const item of (data[key] ?? []) as readonly { url: string }[]) {
      const kept = memory?.pages.get(item);
      let digest = kept?.head === head ? kept.digest : undefined;
      if (digest === undefined) {
        digest = sha(head + (known.get(item) ?? JSON.stringify(item, replacer)));
        memory?.pages.set(item, { head, digest });
      }
      pages.push({ url: item.url, file: fileOf(item.url), digest });
    }
  }
  return pages;
}

/**
 * Each search index (src/site/search-records.ts) as a planned unit: its digest is its records', and its file the
 * bundle's entry file, which Pagefind rewrites whenever it writes the bundle.
 */
export function planSearch(shards: readonly SearchShard[]): PlannedPage[] {
  return shards.map((shard) => ({
    url: shard.url,
    file: `${shard.url.replace(/^\/+/, '')}pagefind-entry.json`,
    digest: recordsDigest(shard.records),
  }));
}

/**
 * The digest of `JSON.stringify(records)`, fed one record at a time: the main index's records at 10,000 articles were
 * one string of tens of MB, made while the site data was at its largest (issue 8). The same bytes, so the same digest.
 */
export function recordsDigest(records: readonly object[]): string {
  const hash = createHash('sha256').update('[');
  records.forEach((record, i) => hash.update(i ? `,${JSON.stringify(record)}` : JSON.stringify(record)));
  return hash.update(']').digest('base64url');
}

/**
 * The data with each paginated array cut to the items whose pages are in `urls`; everything else whole, but for what
 * no template reads and Eleventy would copy for every template: the ledger a build will write (buildSiteData's
 * `pendingLedger`, a plain object per event: 0.8 s a render at 1,000 articles) and the exports' pieces.
 */
export function onlyPages(data: SiteData, urls: ReadonlySet<string>): SiteData {
  const { pendingLedger: _ledger, exportParts: _parts, exportLater: _later, contentKeys: _keys, ...site } = data as SiteData & { pendingLedger?: unknown };
  const cut: Partial<Record<PagedKey, unknown>> = {};
  for (const key of PAGED) {
    const items = data[key] as readonly { url: string }[] | undefined;
    if (items) cut[key] = items.filter((item) => urls.has(item.url));
  }
  return { ...site, ...cut } as SiteData;
}

/**
 * `/sitemap.xml`'s URLs: every HTML page a reader may land on (not 404.html, the feed, the exports or the
 * redirects of retired ids), sorted by code unit so the file's bytes never move.
 */
export function sitemapUrls(data: Omit<SiteData, 'sitemap'>): string[] {
  const urls = [
    '/',
    '/compact/',
    '/search/',
    data.troops.url,
    ...[data.events, data.articles, data.listings, data.articleLists, data.types].flatMap((items: readonly { url: string }[]) => items.map((item) => item.url)),
  ];
  return [...new Set(urls)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
