// `npm start`'s builds (issue 8: an added article on the served site within a second at 1,000 articles). The first
// build, and any build after a template changed, is `npm run build`'s own (scripts/build.ts: kept pages, atomic swap).
// Every other build is an update of the served folder in place, by a session that lives as long as the server:
//
// - the data: buildSiteData with a memory (src/site/site-memory.ts), so only changed article files are read,
//   extracted, merged and described again, and everything after is kept for what did not change;
// - the pages: those whose digest differs from the page the served folder holds are rendered, by one Eleventy
//   instance kept for the session, into a staging folder beside the served one (`<output>.stage`); the site-wide
//   files (index, feeds, exports, sitemap …) every time, as `npm run build` does;
// - only when the data and every page were made are the new files moved into the served folder and the pages no
//   longer planned deleted. A build that fails before that leaves the served site as it was and says why;
// - the browser reloads, and only then are the search indexes whose records changed written (Pagefind cannot add to
//   an index): search may lag the pages by a moment, and the browser reloads again when it is in.
//
// After any sequence of changes the served folder is byte for byte what `npm run build` writes for the same content
// (test/site/serve-session.test.ts), once the search indexes are in.
import { closeSync, ftruncateSync, mkdirSync, openSync, renameSync, rmdirSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type Eleventy from '@11ty/eleventy';
import { formatWarning, type ArticleWarning } from '../src/articles/article-error.js';
import { buildSiteData, writeLedger } from '../src/site/build-site-data.js';
import { onlyPages, planPages, planSearch, type PlannedPage } from '../src/site/page-plan.js';
import type { SearchRecord, SearchShard } from '../src/site/search-records.js';
import type { ExportName, SiteData } from '../src/site/site-data.js';
import { siteMemory } from '../src/site/site-memory.js';
import { build, explain, fileNames, indexSearch, siteWarnings, type BuildLog, type BuildResult } from './build.js';
import { EXPORTS, passThrough } from './export-files.js';
import { recordPages } from './kept-pages.js';

export interface SessionOptions {
  contentDir: string;
  output: string;
  /** As for `npm run build`; default DATELINE_CACHE or .cache. */
  cacheDir?: string;
  today?: string;
  log?: BuildLog;
  /** Called when the served folder changed: pages, or search indexes. */
  onChange?: (what: 'pages' | 'search') => void;
}

const sameRecords = (a: readonly SearchRecord[] | undefined, b: readonly SearchRecord[]) => a?.length === b.length && a.every((r, i) => r === b[i]);

interface NunjucksEnvironment {
  addFilter(name: string, filter: (...args: unknown[]) => unknown, isAsync?: boolean): unknown;
}

/**
 * The sitemap and the feed make every page's URL absolute with Eleventy's `htmlBaseUrl` filter, a URL parse each
 * (0.1 s of every update at 1,000 articles). A root-relative URL's result depends only on the URL and the base (the
 * page only resolves relative ones), so the session keeps each result; everything else goes to the filter as before.
 */
function keepAbsoluteUrls(environment: NunjucksEnvironment, kept: Map<string, string>): void {
  const addFilter = environment.addFilter.bind(environment);
  environment.addFilter = (name, filter, isAsync) => {
    if (name !== 'htmlBaseUrl' || isAsync) return addFilter(name, filter, isAsync);
    return addFilter(
      name,
      function (this: unknown, ...args: unknown[]) {
        const [url, base] = args;
        if (args.length > 2 || typeof url !== 'string' || !url.startsWith('/') || typeof base !== 'string') return filter.apply(this, args);
        const key = `${base}\0${url}`;
        let absolute = kept.get(key);
        if (absolute === undefined) kept.set(key, (absolute = String(filter.apply(this, args))));
        return absolute;
      },
      isAsync,
    );
  };
}

export class ServeSession {
  readonly memory = siteMemory();
  readonly #options: SessionOptions;
  readonly #log: BuildLog;
  readonly #stage: string;
  /** Each planned page's file in the served folder, with the digest of what it holds. */
  #served = new Map<string, string>();
  /** Each search index in the served folder, by URL, with the records it was made from. */
  #indexed = new Map<string, readonly SearchRecord[]>();
  /** Undefined until a whole build succeeded, and after a failure that may have left the served folder half done. */
  #whole = false;
  #eleventy: Eleventy | undefined;
  /** What the kept Eleventy instance renders next (its global data reads it). */
  #rendering: SiteData | undefined;
  #search: Promise<void> = Promise.resolve();
  #searchFor = 0;
  #last: { planned: PlannedPage[]; shards: SearchShard[] } | undefined;
  #recordTimer: NodeJS.Timeout | undefined;
  /** Builds, and the recording of pages, one at a time: each needs the served folder to hold still. */
  #lock: Promise<unknown> = Promise.resolve();
  /** What the `htmlBaseUrl` filter made of each root-relative URL, for the session (keepAbsoluteUrls). */
  #absoluteUrls = new Map<string, string>();
  /**
   * Whether the session writes the exports itself (#writeExports), and what each served export file holds: its
   * pieces, and the byte offset each starts at.
   */
  #exportsDirect = false;
  #exported = new Map<string, { parts: readonly string[]; offsets: number[] }>();

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#log = options.log ?? { info: (line) => console.log(line), error: (line) => console.error(line) };
    this.#stage = `${options.output}.stage`;
  }

  /** Builds: the whole site when asked (a template changed) or when the served folder is not known, else an update. */
  build({ whole = false } = {}): Promise<BuildResult> {
    return this.#exclusive(() => (whole || !this.#whole ? this.#buildWhole() : this.#update()));
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#lock.then(work, work);
    this.#lock = run.catch(() => undefined);
    return run;
  }

  /** Resolves once the search indexes of the last build are in the served folder (tests wait for it). */
  async settled(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.#search) await (seen = this.#search);
  }

  /**
   * Loads and warms what an update would otherwise load on its first change: reading and extracting an article
   * (remark, the sentence splitter, chrono-node, wink's model), drawing the troop chart (Plot), and the Eleventy
   * instance with its templates compiled (it renders the site-wide files and a page of each kind into the staging
   * folder once).
   */
  async warm(): Promise<void> {
    const [{ readOne }, { extractMentions }] = await Promise.all([import('../src/articles/read-one.js'), import('../src/extract/extract-mentions.js'), import('../src/site/troop-chart.js')]);
    const sample = '---\ntitle: Talks resume in Darun\npublished: 2021-04-07\n---\n\nEnvoys met in Darun on Monday to resume talks, officials said. On 2 April 300 troops arrived.\n';
    const read = readOne({ file: 'warm-up.md', source: sample, today: '2100-01-01' });
    if ('read' in read) extractMentions(read.read.article);
    // One page of each kind, so the templates are compiled: rendered into the staging folder, never moved.
    const data = this.#rendering;
    const samples = data && [data.events, data.articles, data.listings, data.types, data.articleLists, data.redirects ?? []].flatMap((items) => items.slice(0, 1).map((item) => item.url));
    if (data) await this.#exclusive(() => this.#render(onlyPages(data, new Set(samples)))).catch(() => undefined);
    if (this.#exportsDirect) await this.#exclusive(() => this.#primeExports()).catch(() => undefined);
  }

  /**
   * The served exports' pieces, so the first change rewrites them from where they differ rather than whole: the data
   * made again (from memory) in pieces, each export taken if its pieces are the served file.
   */
  async #primeExports(): Promise<void> {
    const data = await buildSiteData({ contentDir: this.#options.contentDir, memory: this.memory, writeLedger: false, onStats: () => {}, ...this.#dataOptions() });
    for (const { file, field } of EXPORTS) {
      const parts = data.exportParts?.[field];
      const served = await readFile(path.join(this.#options.output, file)).catch(() => undefined);
      if (!parts || !served?.equals(Buffer.from(parts.join('')))) continue;
      const offsets = [0];
      for (const part of parts) offsets.push(offsets.at(-1)! + Buffer.byteLength(part));
      this.#exported.set(file, { parts, offsets });
    }
  }

  #dataOptions() {
    return { ...(this.#options.cacheDir ? { cacheDir: this.#options.cacheDir } : {}), ...(this.#options.today ? { today: this.#options.today } : {}) };
  }

  async #buildWhole(): Promise<BuildResult> {
    // Nothing may write into the served folder while it is swapped.
    await this.settled();
    clearTimeout(this.#recordTimer);
    // Templates may have changed: a new Eleventy instance reads them afresh.
    this.#eleventy = undefined;
    await rm(this.#stage, { recursive: true, force: true });
    // `npm run build` renders the exports from their strings.
    this.#exportsDirect = this.memory.site.exportParts = false;
    this.#exported.clear();
    const { contentDir, output, cacheDir, today } = this.#options;
    const result = await build({ contentDir, output, log: this.#log, memory: this.memory, ...(cacheDir ? { cacheDir } : {}), ...(today ? { today } : {}) });
    if (result.ok && result.site) {
      this.#exportsDirect = this.memory.site.exportParts = await this.#exportsPassThrough(result.site.data);
      const shards = result.site.data.search ?? [];
      this.#served = new Map(result.site.planned.map((page) => [page.file, page.digest]));
      this.#indexed = new Map(shards.map((shard) => [shard.url, shard.records]));
      this.#last = { planned: result.site.planned, shards };
      this.#rendering = result.site.data;
      this.#whole = true;
      this.#options.onChange?.('pages');
    }
    return result;
  }

  /**
   * True when every export template prints its string untouched and the served files are those strings: then the
   * session writes them itself, from where they first differ (0.2 s of Eleventy and string joins a change at 1,000
   * articles otherwise). Checked after each whole build, so a changed template is rendered by Eleventy again.
   */
  async #exportsPassThrough(data: SiteData): Promise<boolean> {
    for (const entry of EXPORTS) {
      const template = await readFile(path.join('templates', entry.template), 'utf8').catch(() => '');
      if (!passThrough(entry).test(template)) return false;
      const served = await readFile(path.join(this.#options.output, entry.file)).catch(() => undefined);
      if (!served?.equals(Buffer.from(data[entry.field]))) return false;
    }
    return true;
  }

  /**
   * Each export file rewritten from the first byte that changed: the pieces (SiteData.exportParts) up to there are
   * the ones it holds, an event's piece being the same string while the event is unchanged.
   */
  #writeExports(parts: Record<ExportName, string[]>): number {
    let written = 0;
    for (const { file, field } of EXPORTS) {
      const next = parts[field];
      const last = this.#exported.get(file);
      let from = 0;
      if (last) {
        const common = Math.min(last.parts.length, next.length);
        while (from < common && last.parts[from] === next[from]) from++;
        if (from === next.length && from === last.parts.length) continue;
      }
      const offsets = last ? last.offsets.slice(0, from + 1) : [0];
      const at = offsets[from]!;
      const bytes = Buffer.from(next.slice(from).join(''));
      const fd = openSync(path.join(this.#options.output, file), last ? 'r+' : 'w');
      try {
        writeSync(fd, bytes, 0, bytes.length, at);
        ftruncateSync(fd, at + bytes.length);
      } finally {
        closeSync(fd);
      }
      for (let i = from; i < next.length; i++) offsets.push(offsets[i]! + Buffer.byteLength(next[i]!));
      this.#exported.set(file, { parts: next, offsets });
      written++;
    }
    return written;
  }

  async #update(): Promise<BuildResult> {
    const started = performance.now();
    const { contentDir, output } = this.#options;
    const log = this.#log;
    const phases: string[] = [];
    let phaseStarted = started;
    const phase = (name: string, note = '') => {
      const now = performance.now();
      phases.push(`${name} ${Math.round(now - phaseStarted)} ms${note}`);
      phaseStarted = now;
    };
    const warnings: string[] = [];
    const result = (ok: boolean, errors: string[], files = 0): BuildResult => ({ ok, errors, warnings, files, ms: Math.round(performance.now() - started) });
    const fail = (message: string, errors: string[]) => {
      log.error(`Build failed; ${path.join(output, '')}/ is unchanged.\n${message}`);
      return result(false, errors);
    };

    let data: Awaited<ReturnType<typeof buildSiteData>>;
    try {
      const loaded: ArticleWarning[] = [];
      data = await buildSiteData({ contentDir, memory: this.memory, onWarning: (w) => loaded.push(w), onStats: log.info, writeLedger: false, ...this.#dataOptions() });
      warnings.push(...[...loaded, ...siteWarnings(data, await fileNames(contentDir))].map(formatWarning));
    } catch (error) {
      const message = explain(error);
      return fail(message, (error as { problems?: { message: string }[] }).problems?.map((p) => p.message) ?? [message]);
    }
    if (warnings.length) log.error(`${warnings.length} warning${warnings.length === 1 ? '' : 's'}:\n${warnings.map((w) => `  - ${w}`).join('\n')}`);
    const planned = planPages(data, this.memory.plan);
    const dirty = planned.filter((page) => this.#served.get(page.file) !== page.digest);
    const files = new Set(planned.map((page) => page.file));
    const removed = [...this.#served.keys()].filter((file) => !files.has(file));
    phase('data');

    let written: string[];
    try {
      written = await this.#render(onlyPages(data, new Set(dirty.map((page) => page.url))));
    } catch (error) {
      return fail(explain(error), [explain(error)]);
    }
    phase('pages', ` (${dirty.length} rendered, ${planned.length - dirty.length} unchanged, ${removed.length} removed)`);

    let exported = 0;
    try {
      this.#whole = false;
      this.#move(written, removed);
      if (data.exportParts) exported = this.#writeExports(data.exportParts);
      this.#whole = true;
    } catch (error) {
      this.#exported.clear();
      // The served folder may be half updated: the next change builds the whole site again.
      log.error(`Moving the new pages into ${path.join(output, '')}/ failed; the next change rebuilds the whole site.\n${explain(error)}`);
      return result(false, [explain(error)]);
    }
    for (const page of dirty) this.#served.set(page.file, page.digest);
    for (const file of removed) this.#served.delete(file);
    this.#last = { planned, shards: data.search ?? [] };
    phase('in place');
    this.#options.onChange?.('pages');
    // Only now, with the new pages served, may the build touch content/: the ledger of every event id issued.
    if (data.pendingLedger) await writeLedger(data.pendingLedger, this.memory.ledgerFile);
    this.#indexLater(data.search ?? []);
    const done = result(true, [], written.length + exported + removed.length);
    log.info(`Wrote ${written.length + exported} files to ${path.join(output, '')}/ in ${done.ms} ms (${phases.join(', ')}); search follows${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}.`);
    return done;
  }

  /** Renders `data` (cut to the pages to render) into the staging folder; the files written, relative to it. */
  async #render(data: SiteData): Promise<string[]> {
    this.#rendering = data;
    if (!this.#eleventy) {
      const { default: Eleventy } = await import('@11ty/eleventy');
      this.#eleventy = new Eleventy('templates', this.#stage, {
        configPath: '.eleventy.ts',
        quietMode: true,
        config: (eleventyConfig) => {
          eleventyConfig.addGlobalData('dateline', () => this.#rendering);
          // The session writes these itself (#writeExports).
          if (this.#exportsDirect) for (const { template } of EXPORTS) eleventyConfig.ignores.add(`templates/${template}`);
          eleventyConfig.on('eleventy.engine.njk', ({ environment }) => keepAbsoluteUrls(environment, this.#absoluteUrls));
        },
      });
    } else {
      await this.#eleventy.restart();
      await this.#eleventy.init();
    }
    const [, templates] = await this.#eleventy.write();
    return templates.flatMap(({ outputPath }) => (typeof outputPath === 'string' ? [path.relative(this.#stage, outputPath)] : []));
  }

  /**
   * Moves the staged files over the served ones and deletes the pages no longer planned (with folders left empty).
   * The staging folder keeps its folders: the Eleventy instance remembers which exist.
   */
  #move(written: readonly string[], removed: readonly string[]): void {
    const { output } = this.#options;
    for (const file of removed) {
      try {
        unlinkSync(path.join(output, file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      for (let dir = path.dirname(file); dir !== '.'; dir = path.dirname(dir)) {
        try {
          rmdirSync(path.join(output, dir));
        } catch {
          break; // not empty
        }
      }
    }
    for (const file of written) {
      const target = path.join(output, file);
      try {
        renameSync(path.join(this.#stage, file), target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        mkdirSync(path.dirname(target), { recursive: true });
        renameSync(path.join(this.#stage, file), target);
      }
    }
  }

  /**
   * Writes the search indexes whose records changed, after the pages and one after another: a build that comes
   * meanwhile makes the one in waiting unnecessary (the latest build's indexes are what the folder must hold).
   */
  #indexLater(shards: SearchShard[]): void {
    const ticket = ++this.#searchFor;
    this.#search = this.#search.then(async () => {
      if (ticket !== this.#searchFor) return;
      const started = performance.now();
      const { output } = this.#options;
      const changed = shards.filter((shard) => !sameRecords(this.#indexed.get(shard.url), shard.records));
      const gone = [...this.#indexed.keys()].filter((url) => !shards.some((shard) => shard.url === url));
      if (changed.length || gone.length) {
        const staging = `${output}.search`;
        await rm(staging, { recursive: true, force: true });
        const errors = await indexSearch(changed, staging);
        if (errors.length) {
          this.#log.error(`Pagefind could not index the site; the pages are served, search is not up to date:\n${errors.join('\n')}`);
          return;
        }
        for (const shard of changed) {
          const target = path.join(output, shard.url);
          await rm(target, { recursive: true, force: true });
          await mkdir(path.dirname(target), { recursive: true });
          await rename(path.join(staging, shard.url), target);
          this.#indexed.set(shard.url, shard.records);
        }
        for (const url of gone) {
          await rm(path.join(output, url), { recursive: true, force: true });
          this.#indexed.delete(url);
        }
        await rm(staging, { recursive: true, force: true });
        this.#log.info(`Search: ${changed.length} of ${shards.length} ${shards.length === 1 ? 'index' : 'indexes'} written in ${Math.round(performance.now() - started)} ms.`);
        this.#options.onChange?.('search');
      }
      this.#recordLater();
    }).catch((error) => this.#log.error(`Search indexes not updated: ${explain(error)}`));
  }

  /**
   * Once the session is idle, records the served pages for `npm run build` (scripts/kept-pages.ts), so a build after
   * the server stops keeps what it can. Off the path of a change: stating every page takes a moment.
   */
  #recordLater(): void {
    clearTimeout(this.#recordTimer);
    this.#recordTimer = setTimeout(() => {
      void this.#exclusive(async () => {
        await this.settled();
        const last = this.#last;
        if (!last || !this.#whole) return;
        // Only indexes that are the ones planned: an index still to be written must not be recorded as done.
        const indexes = planSearch(last.shards.filter((shard) => sameRecords(this.#indexed.get(shard.url), shard.records)));
        const cacheDir = this.#options.cacheDir ?? (process.env.DATELINE_CACHE || '.cache');
        await recordPages([...last.planned, ...indexes], { output: this.#options.output, cacheDir });
      }).catch(() => undefined);
    }, 2000);
    this.#recordTimer.unref();
  }

  /** The server is closing: stops the timer and removes the staging folders. */
  close(): void {
    clearTimeout(this.#recordTimer);
    for (const dir of [this.#stage, `${this.#options.output}.search`]) rmSync(dir, { recursive: true, force: true });
  }
}
