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
import { mergeCache } from '../cache/merge-cache.js';
import { cachedExtractor, DEFAULT_CACHE_DIR, formatStats } from '../cache/extraction-cache.js';
import { emptyLedger, type Ledger } from '../ledger/ledger.js';
import { LEDGER_FILE, readLedgerFile, writeLedgerFile } from '../ledger/ledger-file.js';
import { redirectPages } from '../ledger/redirect-pages.js';
import { updateLedger } from '../ledger/update-ledger.js';
import { eventsFromArticles } from '../events/events-from-articles.js';
import { EVENT_TYPES, type Article, type TimelineEvent } from '../types.js';
import { eventsJson } from './events-json.js';
import { eventsCsv } from './exports/events-csv.js';
import { eventsIcs } from './exports/events-ics.js';
import { timelineJsJson } from './exports/timelinejs-json.js';
import { atomFeed, PLACEHOLDER_BASE_URL } from './feed.js';
import { articleJsonLd, eventJsonLd } from './json-ld.js';
import { dateLabel, precisionLabel, TYPE_DESCRIPTIONS, TYPE_LABELS } from './labels.js';
import { LISTING_LIMIT, listings } from './listings.js';
import { sitemapUrls } from './page-plan.js';
import { relatedEvents } from './related-events.js';
import { searchShards } from './search-records.js';
import { troopCharts, troopPage, type ChartDrawer } from './troop-page.js';
import type { ArticleList, EventLink, MonthGroup, SiteArticle, SiteData, SiteEvent, YearGroup } from './site-data.js';

/** The cache folders under the cache root, one per cache (src/cache). */
const CACHES = ['articles', 'extract', 'merge', 'charts'];

export interface SiteOptions extends LoadOptions {
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
  resetUsed();
  const { articles, bodyTemplates } = await loadArticleFiles(path.join(options.contentDir, 'articles'), {
    ...options,
    cache: articleCache(cacheDir && path.join(cacheDir, 'articles')),
  });
  const settings = await readSettings(path.join(options.contentDir, 'site.json'));
  const extractor = cachedExtractor(cacheDir && path.join(cacheDir, 'extract'));
  // What the cache lacks is extracted on every core first; the pipeline then takes each result as it goes.
  // Loaded only when something is missing: a warm build never loads the date parser or the NLP model.
  await extractor.prefetch(articles, async (missing) => (await import('../extract/extract-parallel.js')).extractInParallel(missing));
  const ledgerFile = path.join(options.contentDir, LEDGER_FILE);
  const ledger = await readLedgerFile(ledgerFile);
  const events = eventsFromArticles(articles, {
    extract: extractor.extract,
    ledger: ledger ?? emptyLedger(),
    ...(cacheDir ? { identity: extractor.key, mergeStore: mergeCache(path.join(cacheDir, 'merge')) } : {}),
  });
  (options.onStats ?? console.log)(formatStats(extractor.stats));
  const updated = updateLedger(ledger ?? emptyLedger(), events);
  const pendingLedger = ledger ? { file: ledgerFile, ledger: updated } : undefined;
  if (pendingLedger && options.writeLedger !== false) await writeLedger(pendingLedger);
  const drawChart = await cachedChartDrawer(troopCharts(events), cacheDir && path.join(cacheDir, 'charts'));
  const data = siteData(articles, events, settings, { bodyTemplates, drawChart });
  // Entries no article of this build needed (an edited article's old ones, everything before a code change) go once
  // they outnumber the rest (cache-file.ts).
  if (cacheDir) pruneUnused(CACHES.map((name) => path.join(cacheDir, name)));
  return {
    ...data,
    redirects: redirectPages(updated, data.events),
    search: searchShards(data.events, data.articles, articles, options.searchShardMin ?? (Number(process.env.DATELINE_SEARCH_SHARD_MIN) || undefined)),
    ...(pendingLedger ? { pendingLedger } : {}),
  };
}

export async function writeLedger({ file, ledger }: PendingLedger): Promise<void> {
  await writeLedgerFile(file, ledger);
}

export interface Rendering {
  /** Each article's body template by slug, as loading made it (render-body.ts). */
  bodyTemplates: ReadonlyMap<string, string>;
  /** Draws the troop page's charts (troop-chart.ts, or its cache). */
  drawChart: ChartDrawer;
  /** How many events the index and type pages list before they keep to the newest months (listings.ts). */
  listingLimit?: number;
}

/** Everything the pages show. Markdown rendering and chart drawing come in `rendering`, done (or cached) before. */
export function siteData(
  articles: readonly Article[],
  events: readonly TimelineEvent[],
  settings: SiteSettings = DEFAULTS,
  { listingLimit = LISTING_LIMIT, bodyTemplates, drawChart }: Rendering,
): SiteData {
  const pages = new Map(articles.map((a) => [a.slug, { page: `/articles/${a.slug}/`, ...(a.url ? { sourceUrl: a.url } : {}) }]));
  const siteEvents: SiteEvent[] = events.map((event) => {
    const sources = event.sources.map((source) => ({ ...source, publishedLabel: formatHuman(parseCalendarDate(source.published)!) }));
    return {
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
  });
  const byId = new Map(siteEvents.map((e) => [e.id, e]));
  const related = relatedEvents(events);
  siteEvents.forEach((event, i) => {
    const previous = siteEvents[i - 1];
    const next = siteEvents[i + 1];
    if (previous) event.previous = link(previous);
    if (next) event.next = link(next);
    event.related = related.get(event.id)!.map((r) => {
      const other = byId.get(r.id)!;
      return { ...link(other), typeLabel: other.typeLabel, shared: r.shared.join(', ') };
    });
  });
  const years = groupByYear(siteEvents);
  const kinds = EVENT_TYPES.map((type) => {
    const ofType = siteEvents.filter((e) => e.type === type);
    return { type, label: TYPE_LABELS[type], description: TYPE_DESCRIPTIONS[type], url: `/types/${type}/`, count: ofType.length, years: groupByYear(ofType) };
  });
  const lists = listings(years, kinds, listingLimit);
  const articlePages = siteArticles(articles, siteEvents, settings.baseUrl, bodyTemplates);
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
    feed: atomFeed(events, settings.baseUrl),
    eventsJson: eventsJson(events),
    eventsCsv: eventsCsv(events, settings.baseUrl),
    eventsIcs: eventsIcs(events, settings),
    timelineJs: timelineJsJson(events, { ...settings, dateLabel: (e) => dateLabel(e.date, e.qualifier) }),
  };
  return { ...data, sitemap: sitemapUrls(data) };
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

function siteArticles(articles: readonly Article[], events: readonly SiteEvent[], baseUrl: string, bodyTemplates: ReadonlyMap<string, string>): SiteArticle[] {
  // Each article's events and cited sentences, gathered in one pass over the events (in timeline order).
  const citing = new Map<string, { cited: EventLink[]; links: Map<number, SentenceLink[]> }>();
  for (const event of events) {
    const label = `event: ${event.dateLabel}, ${event.typeLabel.toLowerCase()}`;
    for (const source of event.sources) {
      let entry = citing.get(source.article);
      if (!entry) citing.set(source.article, (entry = { cited: [], links: new Map() }));
      if (entry.cited.at(-1)?.id !== event.id) entry.cited.push(link(event));
      const refs = entry.links.get(source.sentence);
      if (refs) refs.push({ url: event.url, label });
      else entry.links.set(source.sentence, [{ url: event.url, label }]);
    }
  }
  const templateOf = (slug: string) => {
    const template = bodyTemplates.get(slug);
    if (template === undefined) throw new Error(`no body template for article "${slug}": pass every article's template from loadArticleFiles`);
    return template;
  };
  return [...articles]
    .sort((a, b) => (a.published === b.published ? (a.slug < b.slug ? -1 : 1) : a.published < b.published ? 1 : -1))
    .map((article) => {
      const { cited, links } = citing.get(article.slug) ?? { cited: [], links: new Map<number, SentenceLink[]>() };
      const page: SiteArticle = {
        slug: article.slug,
        url: `/articles/${article.slug}/`,
        title: article.title,
        published: article.published,
        publishedLabel: formatHuman(parseCalendarDate(article.published)!),
        authors: article.authors,
        html: fillBodyTemplate(templateOf(article.slug), links),
        events: cited,
        jsonLd: '',
      };
      if (article.publisher) page.publisher = article.publisher;
      if (article.url) page.sourceUrl = article.url;
      if (article.description) page.description = article.description;
      page.jsonLd = articleJsonLd(page, baseUrl);
      return page;
    });
}

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
