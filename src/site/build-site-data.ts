// Articles and events → exactly what the templates render: labels, groupings, neighbours, finished article HTML
// and the events.json bytes. `buildSiteData` is the one entry point Eleventy calls.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatHuman, parseCalendarDate } from '../calendar/calendar-date.js';
import { loadArticleFiles, type LoadOptions } from '../articles/load-articles.js';
import { fillBodyTemplate, type SentenceLink } from '../articles/body-template.js';
import { articleCache } from '../cache/article-cache.js';
import { pruneUnused, resetUsed } from '../cache/cache-file.js';
import { cachedChartDrawer } from '../cache/chart-cache.js';
import { mergeCache, type MergeStore } from '../cache/merge-cache.js';
import type { Generations } from '../cache/memory.js';
import { endOfBuild, type SiteMemory } from './site-memory.js';
import { cachedExtractor, DEFAULT_CACHE_DIR, formatStats } from '../cache/extraction-cache.js';
import { emptyLedger, type Ledger } from '../ledger/ledger.js';
import { LEDGER_FILE, readLedgerFile, writeLedgerFile, type LedgerFileMemory } from '../ledger/ledger-file.js';
import { redirectPages } from '../ledger/redirect-pages.js';
import { updateLedger } from '../ledger/update-ledger.js';
import { eventsFromArticles } from '../events/events-from-articles.js';
import { EVENT_TYPES, type Article, type TimelineEvent } from '../types.js';
import { collectGarbage } from './collect-garbage.js';
import { withFields } from '../objects/with-fields.js';
import { eventsJsonPieces } from './events-json.js';
import { eventsCsvPieces } from './exports/events-csv.js';
import { eventsIcsPieces } from './exports/events-ics.js';
import { timelineJsPieces } from './exports/timelinejs-json.js';
import { atomFeed, PLACEHOLDER_BASE_URL, type FeedMemo } from './feed.js';
import type { ChunkMemo, Pieces } from './exports/chunks.js';
import { articleJsonLd, eventJsonLd } from './json-ld.js';
import { dateLabel, precisionLabel, TYPE_DESCRIPTIONS, TYPE_LABELS } from './labels.js';
import { LISTING_LIMIT, listings } from './listings.js';
import { sitemapUrls } from './page-plan.js';
import { relatedEvents, relatedMemory, type RelatedEvent, type RelatedMemory } from './related-events.js';
import { searchShards } from './search-records.js';
import { keyPageData } from './page-keys.js';
import { troopCharts, troopPage, type ChartDrawer } from './troop-page.js';
import type { ArticleList, EventLink, ExportName, MonthGroup, SiteArticle, SiteData, SiteEvent, YearGroup } from './site-data.js';

/** The cache folders under the cache root, one per cache (src/cache). */
const CACHES = ['articles', 'extract', 'merge', 'charts'];

export interface SiteOptions extends Omit<LoadOptions, 'memory' | 'cache'> {
  contentDir: string;
  /**
   * Cache folder (src/cache): parsed articles in `articles/`, extraction results in `extract/`; false reads and
   * extracts every article. Default `.cache`, or DATELINE_CACHE.
   */
  cacheDir?: string | false;
  /** Records a year needs for a search index of its own (search-records.ts). Default DATELINE_SEARCH_SHARD_MIN, else SHARD_MIN_RECORDS. */
  searchShardMin?: number;
  /** Where the "N articles: X extracted, Y from cache" line goes. Default: stdout. */
  onStats?: (line: string) => void;
  /**
   * Write the updated event ledger at once (the dev server's path). `npm run build` passes false and writes it with
   * `writeLedger` only after the whole site was built, so a failed build changes nothing under content/.
   */
  writeLedger?: boolean;
  /**
   * What a long-lived process (`npm start`) keeps between builds (site-memory.ts): unchanged articles are neither
   * read from the caches nor processed again. The data is the same with it or without.
   */
  memory?: SiteMemory;
  /** Give the exports as pieces made on demand (SiteData.exportLater), the strings empty: `npm run build` writes them. */
  exportParts?: boolean;
}

/** The ledger a build would leave behind; `buildSiteData` returns it beside the site data. */
export interface PendingLedger {
  file: string;
  ledger: Ledger;
}

export interface SiteSettings {
  title: string;
  description: string;
  /** Where the site is published, without a trailing slash ("https://timeline.example.org"); '' when unknown. */
  baseUrl: string;
}

const DEFAULTS: SiteSettings = {
  title: 'Dateline',
  description: 'A timeline of the developments news articles report, each event citing the sentences it came from.',
  baseUrl: '',
};

export async function buildSiteData(options: SiteOptions): Promise<SiteData & { pendingLedger?: PendingLedger }> {
  // Issues 5 and 8: articles are read and extracted through the cache, so a rebuild only reads, splits, renders
  // and extracts the articles that changed; ids are kept by <contentDir>/event-ledger.json, which the build updates
  // when the folder has one (src/cache, src/ledger). A folder without a ledger gets fresh ids and no file.
  const cacheDir = options.cacheDir === false ? undefined : (options.cacheDir ?? DEFAULT_CACHE_DIR);
  const memory = options.memory;
  resetUsed();
  const { articles, bodyTemplates } = await loadArticleFiles(path.join(options.contentDir, 'articles'), {
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    ...(options.today !== undefined ? { today: options.today } : {}),
    cache: articleCache(cacheDir && path.join(cacheDir, 'articles')),
    ...(memory ? { memory: memory.articles } : {}),
  });
  const settings = await readSettings(path.join(options.contentDir, 'site.json'));
  const extractor = cachedExtractor(cacheDir && path.join(cacheDir, 'extract'), undefined, memory?.extraction);
  // What the cache lacks is extracted on every core first; the pipeline then takes each result as it goes.
  // Loaded only when something is missing: a warm build never loads the date parser or the NLP model.
  await extractor.prefetch(articles, async (missing) => (await import('../extract/extract-parallel.js')).extractInParallel(missing));
  collectGarbage(); // what reading and extracting left: the events' merging would otherwise stack on it
  const ledgerFile = path.join(options.contentDir, LEDGER_FILE);
  const ledger = await readLedgerFile(ledgerFile, memory?.ledgerFile);
  const disk = cacheDir ? mergeCache(path.join(cacheDir, 'merge')) : undefined;
  const mergeStore = memory ? keptMerges(memory.merges, disk) : disk;
  // A build in a new process keys its events, so planning its pages need not serialise them; a memory keeps its own.
  const eventKeys = mergeStore && !memory ? new WeakMap<TimelineEvent, string>() : undefined;
  const events = eventsFromArticles(articles, {
    extract: extractor.extract,
    ledger: ledger ?? emptyLedger(),
    ...(mergeStore ? { identity: extractor.key, mergeStore } : {}),
    ...(memory ? { memory: memory.events } : {}),
    ...(eventKeys ? { keys: eventKeys } : {}),
  });
  collectGarbage(); // merging's garbage, before the site data is made
  (options.onStats ?? console.log)(formatStats(extractor.stats));
  // Without a ledger file nothing is recorded and no id was retired: no redirects.
  const updated = ledger ? updateLedger(ledger, events, memory?.events.ledger) : undefined;
  const pendingLedger = ledger ? { file: ledgerFile, ledger: updated! } : undefined;
  if (pendingLedger && options.writeLedger !== false) await writeLedger(pendingLedger);
  const drawChart = await cachedChartDrawer(troopCharts(events), cacheDir && path.join(cacheDir, 'charts'));
  const data = siteData(articles, events, settings, { bodyTemplates, drawChart, ...(memory ? { memory: memory.site } : {}), ...(options.exportParts ? { exportParts: true } : {}), ...(eventKeys ? { eventKeys } : {}) });
  collectGarbage(); // making the site data's garbage, before the search records are made beside it
  // Entries no article of this build needed (an edited article's old ones, everything before a code change) go once
  // they outnumber the rest (cache-file.ts). Not once a memory served a build: what it held was not read, so it
  // would look unused.
  if (cacheDir && !memory?.builds) pruneUnused(CACHES.map((name) => path.join(cacheDir, name)));
  const search = searchShards(data.events, data.articles, articles, options.searchShardMin ?? (Number(process.env.DATELINE_SEARCH_SHARD_MIN) || undefined), memory?.records);
  collectGarbage(); // the records' garbage: the build plans its pages on top of what is live here
  if (memory) endOfBuild(memory);
  return {
    ...data,
    redirects: updated ? redirectPages(updated, data.events) : [],
    search,
    ...(pendingLedger ? { pendingLedger } : {}),
  };
}

/** The merge cache with a memory in front: a shard merged or read in an earlier build is not read from disk again. */
function keptMerges(memory: Generations<string, number[][]>, disk: MergeStore | undefined): MergeStore {
  return {
    get(key) {
      const kept = memory.get(key);
      if (kept) return kept;
      const read = disk?.get(key);
      if (read) memory.set(key, read);
      return read;
    },
    set(key, clusters) {
      memory.set(key, clusters);
      disk?.set(key, clusters);
    },
  };
}

/** Writes the ledger; a long-lived process passes its memory of the file (site-memory.ts). */
export async function writeLedger({ file, ledger }: PendingLedger, memory?: LedgerFileMemory): Promise<void> {
  await writeLedgerFile(file, ledger, memory);
}

export interface Rendering {
  /** Each article's body template by slug, as loading made it (render-body.ts). */
  bodyTemplates: ReadonlyMap<string, string>;
  /** Draws the troop page's charts (troop-chart.ts, or its cache). */
  drawChart: ChartDrawer;
  /** How many events the index and type pages list before they keep to the newest months (listings.ts). */
  listingLimit?: number;
  /** What a long-lived process keeps between builds (siteDataMemory); default nothing. */
  memory?: SiteDataMemory;
  /** Give the exports as pieces made on demand (SiteData.exportLater) instead of strings. */
  exportParts?: boolean;
  /** Each event's content key (src/events/event-keys.ts): the site data then keys its events' page data too. */
  eventKeys?: WeakMap<TimelineEvent, string>;
}

/**
 * What `siteData` keeps between builds in a long-lived process (`npm start`): an event's page data, an article's page
 * and each event's part of the exports, all by object. An event object stands for itself and the articles it cites
 * (events-from-articles.ts keeps one only while both are unchanged), an article object for its file's text. The
 * memory holds for one set of settings and listing limit; `siteData` empties it when they change.
 */
export interface SiteDataMemory {
  settings?: string;
  /** Give the exports as pieces (SiteData.exportParts) instead of strings. */
  exportParts?: boolean;
  /** An event's page data without its neighbours and related events. */
  bases: WeakMap<TimelineEvent, SiteEvent>;
  /** By base: the page data with neighbours and related events, and what those were. */
  events: WeakMap<SiteEvent, { previous: SiteEvent | undefined; next: SiteEvent | undefined; related: RelatedEvent[]; event: SiteEvent }>;
  /** By article: its page, and the template and citing events (bases) and sentences it was made with. */
  articles: WeakMap<Article, { template: string; citedBy: SiteEvent[]; sentences: number[]; page: SiteArticle }>;
  related: RelatedMemory;
  json: ChunkMemo;
  csv: ChunkMemo;
  ics: ChunkMemo;
  timelineJs: ChunkMemo;
  feed: FeedMemo;
}

export function siteDataMemory(): SiteDataMemory {
  return { bases: new WeakMap(), events: new WeakMap(), articles: new WeakMap(), related: relatedMemory(), json: new WeakMap(), csv: new WeakMap(), ics: new WeakMap(), timelineJs: new WeakMap(), feed: new WeakMap() };
}

/** The memory, emptied first if it was kept for other settings. */
function memoryFor(memory: SiteDataMemory | undefined, settings: SiteSettings, listingLimit: number): SiteDataMemory | undefined {
  if (!memory) return undefined;
  const key = JSON.stringify([settings, listingLimit]);
  if (memory.settings !== key) Object.assign(memory, siteDataMemory(), { settings: key, exportParts: memory.exportParts });
  return memory;
}

/** Everything the pages show. Markdown rendering and chart drawing come in `rendering`, done (or cached) before. */
export function siteData(
  articles: readonly Article[],
  events: readonly TimelineEvent[],
  settings: SiteSettings = DEFAULTS,
  { listingLimit = LISTING_LIMIT, bodyTemplates, drawChart, memory: kept, exportParts = false, eventKeys }: Rendering,
): SiteData {
  const memory = memoryFor(kept, settings, listingLimit);
  const pages = new Map(articles.map((a) => [a.slug, { page: `/articles/${a.slug}/`, ...(a.url ? { sourceUrl: a.url } : {}) }]));
  const base = (event: TimelineEvent): SiteEvent => {
    const known = memory?.bases.get(event);
    if (known) return known;
    const sources = event.sources.map((source) => withFields(source, { publishedLabel: formatHuman(parseCalendarDate(source.published)!) }));
    const made: SiteEvent = {
      ...event,
      sources,
      sourcesShown: {
        full: sources.slice(0, SOURCES_IN_FULL),
        brief: sources.slice(SOURCES_IN_FULL, SOURCES_IN_FULL + SOURCES_IN_BRIEF),
        more: Math.max(0, sources.length - SOURCES_IN_FULL - SOURCES_IN_BRIEF),
      },
      dateLabel: dateLabel(event.date, event.qualifier),
      precisionLabel: precisionLabel(event.precision),
      typeLabel: TYPE_LABELS[event.type],
      related: [],
      jsonLd: eventJsonLd(event, pages, settings.baseUrl),
    };
    memory?.bases.set(event, made);
    return made;
  };
  const bases = events.map(base);
  const byId = new Map(bases.map((e) => [e.id, e]));
  const related = relatedEvents(events, undefined, undefined, memory?.related);
  // Each event with its neighbours and related events: while those are the same, the same object as last build (a
  // related list kept by the memory names the same events, so the same page data).
  const siteEvents: SiteEvent[] = bases.map((event, i) => {
    const previous = bases[i - 1];
    const next = bases[i + 1];
    const relatedTo = related.get(event.id)!;
    const known = memory?.events.get(event);
    if (known && known.previous === previous && known.next === next && known.related === relatedTo) return known.event;
    const made: SiteEvent = {
      ...event,
      related: relatedTo.map((r) => {
        const other = byId.get(r.id)!;
        return withFields(link(other), { typeLabel: other.typeLabel, shared: r.shared.join(', ') });
      }),
      ...(previous ? { previous: link(previous) } : {}),
      ...(next ? { next: link(next) } : {}),
    };
    memory?.events.set(event, { previous, next, related: relatedTo, event: made });
    return made;
  });
  const years = groupByYear(siteEvents);
  const kinds = EVENT_TYPES.map((type) => {
    const ofType = siteEvents.filter((e) => e.type === type);
    return { type, label: TYPE_LABELS[type], description: TYPE_DESCRIPTIONS[type], url: `/types/${type}/`, count: ofType.length, years: groupByYear(ofType) };
  });
  const lists = listings(years, kinds, listingLimit);
  const articlePages = siteArticles(articles, siteEvents, settings.baseUrl, bodyTemplates, memory && { memory, events: bases });
  const data: Omit<SiteData, 'sitemap'> = {
    ...settings,
    siteUrl: settings.baseUrl || PLACEHOLDER_BASE_URL,
    events: siteEvents,
    years,
    index: lists.index,
    listings: lists.pages,
    compact: lists.compact,
    types: kinds.map((kind) => ({ ...kind, listing: lists.types.get(kind.type)! })),
    nav: kinds.map(({ url, label }) => ({ url, label })),
    articles: articlePages,
    articleLists: articleLists(articlePages),
    troops: troopPage(events, drawChart),
    feed: atomFeed(events, settings.baseUrl, undefined, memory?.feed),
    ...exports(events, settings, memory, exportParts),
    ...(eventKeys ? { contentKeys: keyPageData(events, siteEvents, eventKeys, settings) } : {}),
  };
  return { ...data, sitemap: sitemapUrls(data) };
}

/**
 * The exports as strings; as pieces when the memory asks for them (SiteData.exportParts); or, when asked for pieces
 * without a memory, as a function making one export's pieces as they are read (SiteData.exportLater), so a build
 * holds at most a megabyte or so of them at a time, after the data is made (events.json alone was ~142 M characters
 * of pieces at 10,000 articles).
 */
function exports(events: readonly TimelineEvent[], settings: SiteSettings, memory: SiteDataMemory | undefined, asParts: boolean): Pick<SiteData, ExportName | 'exportParts' | 'exportLater'> {
  const make: Record<ExportName, () => Pieces> = {
    eventsJson: () => eventsJsonPieces(events, memory?.json),
    eventsCsv: () => eventsCsvPieces(events, settings.baseUrl, memory?.csv),
    eventsIcs: () => eventsIcsPieces(events, settings, memory?.ics),
    timelineJs: () => timelineJsPieces(events, { ...settings, dateLabel: (e) => dateLabel(e.date, e.qualifier) }, memory?.timelineJs),
  };
  const none = { eventsJson: '', eventsCsv: '', eventsIcs: '', timelineJs: '' };
  if (asParts && !memory?.exportParts) return { ...none, exportLater: (field) => make[field]() };
  const parts: Record<ExportName, string[]> = { eventsJson: [...make.eventsJson()], eventsCsv: [...make.eventsCsv()], eventsIcs: [...make.eventsIcs()], timelineJs: [...make.timelineJs()] };
  if (memory?.exportParts) return { ...none, exportParts: parts };
  return { eventsJson: parts.eventsJson.join(''), eventsCsv: parts.eventsCsv.join(''), eventsIcs: parts.eventsIcs.join(''), timelineJs: parts.timelineJs.join('') };
}

/** Sources an event page shows in full (about 1.1 KB each) and then as one line each (about 250 bytes). */
export const SOURCES_IN_FULL = 50;
export const SOURCES_IN_BRIEF = 400;

/** Articles a page of /articles/ lists at most: a row is about 270 bytes. */
export const ARTICLES_PER_PAGE = 300;

/** `/articles/`, then `/articles/page/2/` …: "page" is a reserved article name (load-articles.ts). */
function articleLists(all: readonly SiteArticle[]): ArticleList[] {
  const pages = Math.max(1, Math.ceil(all.length / ARTICLES_PER_PAGE));
  const url = (i: number) => (i === 0 ? '/articles/' : `/articles/page/${i + 1}/`);
  return Array.from({ length: pages }, (_, i) => ({
    url: url(i),
    page: i + 1,
    pages,
    start: i * ARTICLES_PER_PAGE + 1,
    ...(i > 0 ? { previous: url(i - 1) } : {}),
    ...(i + 1 < pages ? { next: url(i + 1) } : {}),
    articles: all.slice(i * ARTICLES_PER_PAGE, (i + 1) * ARTICLES_PER_PAGE),
  }));
}

function link(event: SiteEvent): EventLink {
  return { id: event.id, url: event.url, title: event.title, dateLabel: event.dateLabel };
}

/** Years, newest last as a timeline reads; inside a year, events known only to the year come first. */
function groupByYear(events: readonly SiteEvent[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const event of events) {
    const year = Number(event.date.slice(0, 4));
    let group = years.at(-1);
    if (!group || group.year !== year) years.push((group = { year, anchor: `y${year}`, months: [], count: 0 }));
    const key = event.date.slice(0, 7);
    let month: MonthGroup | undefined = group.months.at(-1);
    if (!month || month.key !== key) {
      const date = parseCalendarDate(key)!;
      group.months.push((month = { key, label: date.month ? formatHuman(date) : `${year}, month not known`, events: [] }));
    }
    month.events.push(event);
    group.count++;
  }
  return years;
}

function siteArticles(
  articles: readonly Article[],
  events: readonly SiteEvent[],
  baseUrl: string,
  bodyTemplates: ReadonlyMap<string, string>,
  kept?: { memory: SiteDataMemory; events: readonly SiteEvent[] },
): SiteArticle[] {
  // Each article's citing events and sentences, gathered in one pass over the events (in timeline order).
  const citing = new Map<string, { events: number[]; sentences: number[] }>();
  events.forEach((event, i) => {
    for (const source of event.sources) {
      let entry = citing.get(source.article);
      if (!entry) citing.set(source.article, (entry = { events: [], sentences: [] }));
      entry.events.push(i);
      entry.sentences.push(source.sentence);
    }
  });
  const templateOf = (slug: string) => {
    const template = bodyTemplates.get(slug);
    if (template === undefined) throw new Error(`no body template for article "${slug}": pass every article's template from loadArticleFiles`);
    return template;
  };
  return [...articles]
    .sort((a, b) => (a.published === b.published ? (a.slug < b.slug ? -1 : 1) : a.published < b.published ? 1 : -1))
    .map((article) => {
      const { events: citedBy, sentences } = citing.get(article.slug) ?? { events: [], sentences: [] };
      const template = templateOf(article.slug);
      // What the page shows of its events is fixed by their page data without neighbours (kept.events).
      const bases = kept ? citedBy.map((i) => kept.events[i]!) : [];
      const known = kept?.memory.articles.get(article);
      if (known && known.template === template && same(known.citedBy, bases) && same(known.sentences, sentences)) return known.page;
      const cited: EventLink[] = [];
      const links = new Map<number, SentenceLink[]>();
      citedBy.forEach((i, k) => {
        const event = events[i]!;
        if (cited.at(-1)?.id !== event.id) cited.push(link(event));
        const ref = { url: event.url, label: `event: ${event.dateLabel}, ${event.typeLabel.toLowerCase()}` };
        const refs = links.get(sentences[k]!);
        if (refs) refs.push(ref);
        else links.set(sentences[k]!, [ref]);
      });
      const page: SiteArticle = {
        slug: article.slug,
        url: `/articles/${article.slug}/`,
        title: article.title,
        published: article.published,
        publishedLabel: formatHuman(parseCalendarDate(article.published)!),
        authors: article.authors,
        html: fillBodyTemplate(template, links),
        events: cited,
        jsonLd: '',
      };
      if (article.publisher) page.publisher = article.publisher;
      if (article.url) page.sourceUrl = article.url;
      if (article.description) page.description = article.description;
      page.jsonLd = articleJsonLd(page, baseUrl);
      kept?.memory.articles.set(article, { template, citedBy: bases, sentences, page });
      return page;
    });
}

const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** `content/site.json` ({ "title", "description", "url" }), with DATELINE_BASE_URL overriding its "url". */
async function readSettings(file: string): Promise<SiteSettings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    text = '{}';
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}). Fix the syntax or delete the file to use the defaults.`);
  }
  const record = (data ?? {}) as Record<string, unknown>;
  const pick = (key: string, fallback: string) => (typeof record[key] === 'string' && record[key] ? (record[key] as string) : fallback);
  const baseUrl = (process.env.DATELINE_BASE_URL || pick('url', '')).replace(/\/+$/, '');
  if (baseUrl && !/^https?:\/\/[^\s/]+/.test(baseUrl)) {
    throw new Error(`${file}: "url" must be the site's address, like "https://timeline.example.org" (got "${baseUrl}").`);
  }
  return { title: pick('title', DEFAULTS.title), description: pick('description', DEFAULTS.description), baseUrl };
}
