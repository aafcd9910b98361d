// `npm run build [-- --strict]`: loads and checks the articles, then Eleventy renders into a fresh folder beside
// _site/, which replaces _site/ only when the whole build succeeded. A failed build prints what is wrong and
// leaves the previous site whole. Warnings are printed and never stop the build, unless --strict.
//
// Environment: DATELINE_CONTENT (default content), DATELINE_OUTPUT (default _site), DATELINE_TODAY (YYYY-MM-DD,
// the day `published` may not be after; default the real clock — it decides only whether a build is accepted,
// never what it writes).
import { mkdir, rename, rm, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatWarning, type ArticleWarning } from '../src/articles/article-error.js';
import { collectGarbage } from '../src/site/collect-garbage.js';
import { pageRuns, siteWideTemplates } from './eleventy-runs.js';
import { passThroughExports, writeExports } from './export-files.js';
import { keptPages, recordPages } from './kept-pages.js';
import { publishInPlace } from './publish-site.js';
import { stabilisePagefind } from './pagefind-stable.js';
import { onlyPages, planPages, planSearch, type PlannedPage } from '../src/site/page-plan.js';
import type { SiteData } from '../src/site/site-data.js';
import type { SearchShard } from '../src/site/search-records.js';
import type { SiteMemory } from '../src/site/site-memory.js';

export interface BuildOptions {
  /** Holds articles/ (and site.json). Default: content. */
  contentDir?: string;
  /**
   * Default: _site. The build writes `<output>.next`: the whole site, swapped in, or when it kept pages of the last
   * build, only what it rendered, moved in (scripts/publish-site.ts).
   */
  output?: string;
  /** Warnings fail the build. */
  strict?: boolean;
  /** See LoadOptions.today. */
  today?: string;
  /** The cache root (src/cache, and the page records of scripts/kept-pages.ts). Default: DATELINE_CACHE or .cache. */
  cacheDir?: string;
  /** Where messages go. Default: the console. */
  log?: BuildLog;
  /** What a long-lived process keeps between builds (src/site/site-memory.ts): `npm start`'s session passes one. */
  memory?: SiteMemory;
  /** Pages one Eleventy run renders at most (scripts/eleventy-runs.ts); default PAGES_PER_RUN. */
  pagesPerRun?: number;
}

export interface BuildLog {
  info(line: string): void;
  error(line: string): void;
}

export interface BuildResult {
  ok: boolean;
  /** Every message printed, errors and warnings alike, as printed. */
  errors: string[];
  warnings: string[];
  files: number;
  ms: number;
  /** With a memory, what was built: the site data and its planned pages (scripts/serve-session.ts starts from them). */
  site?: { data: SiteData; planned: PlannedPage[] };
}

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

/** The message a person can act on: our own article errors, however deep Eleventy wrapped them. */
export function explain(error: unknown): string {
  let current: unknown = error;
  const seen = new Set<unknown>();
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    if (current.name === 'ContentError' || current.name === 'ArticleError') return current.message;
    const inner = (current as { originalError?: unknown }).originalError ?? current.cause;
    if (!inner) break;
    current = inner;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Warnings that need the whole pipeline: an article no event came from. */
export function siteWarnings(data: SiteData, files: ReadonlyMap<string, string>): ArticleWarning[] {
  return data.articles
    .filter((article) => article.events.length === 0)
    .map((article) => ({
      file: files.get(article.slug) ?? `${article.slug}.md`,
      message:
        'no sentence gives a dated development (talks, an attack, troops, a statement), so the article adds no events; it is still listed. ' +
        `If it should, see what each sentence yields with: npm run explain -- ${files.get(article.slug) ?? '<file>'}`,
    }));
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const contentDir = options.contentDir ?? 'content';
  const output = options.output ?? '_site';
  const log = options.log ?? { info: (line: string) => console.log(line), error: (line: string) => console.error(line) };
  const next = `${output}.next`;
  const old = `${output}.old`;
  const warnings: string[] = [];
  const result = (ok: boolean, errors: string[], files = 0): BuildResult => ({ ok, errors, warnings, files, ms: Math.round(performance.now() - started) });
  const fail = async (message: string, errors: string[]) => {
    await rm(next, { recursive: true, force: true });
    log.error(`Build failed; ${output}/ is unchanged.\n${message}`);
    return result(false, errors);
  };

  await rm(next, { recursive: true, force: true });
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    return fail(`DATELINE_TODAY "${options.today}" is not a YYYY-MM-DD date.`, ['today']);
  }
  // Eleventy registers a module resolve hook (on a thread of its own) to reload JavaScript data files its watcher saw
  // change; nothing here is reloaded that way, and with the hook every module loaded after Eleventy (the NLP model,
  // date parser, Markdown, Plot) paid a round trip to that thread.
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
  // Loaded here, not at the top, so a mistyped option is answered at once rather than after the NLP model loads.
  const [{ default: Eleventy }, { buildSiteData, writeLedger }, { DEFAULT_CACHE_DIR }] = await Promise.all([
    import('@11ty/eleventy'),
    import('../src/site/build-site-data.js'),
    import('../src/cache/extraction-cache.js'),
  ]);
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  let data: Awaited<ReturnType<typeof buildSiteData>>;
  const phases: string[] = [];
  let phaseStarted = performance.now();
  const phase = (name: string, note = '') => {
    const now = performance.now();
    phases.push(`${name} ${Math.round(now - phaseStarted)} ms${note}`);
    phaseStarted = now;
  };
  try {
    const loaded: ArticleWarning[] = [];
    data = await buildSiteData({
      contentDir, cacheDir, onWarning: (w) => loaded.push(w), onStats: log.info, writeLedger: false, exportParts: !options.memory,
      ...(options.today ? { today: options.today } : {}),
      ...(options.memory ? { memory: options.memory } : {}),
    });
    warnings.push(...[...loaded, ...siteWarnings(data, await fileNames(contentDir))].map(formatWarning));
  } catch (error) {
    const message = explain(error);
    const problems = (error as { problems?: { message: string }[] }).problems?.map((p) => p.message) ?? [message];
    return fail(message, problems);
  }
  phase('data');
  if (warnings.length) {
    log.error(`${warnings.length} warning${warnings.length === 1 ? '' : 's'}:\n${warnings.map((w) => `  - ${w}`).join('\n')}`);
    if (options.strict) return fail(`--strict: ${warnings.length === 1 ? 'the warning above counts' : 'the warnings above count'} as errors.`, warnings.splice(0));
  }

  // Pages whose data and templates are unchanged since the last build stay where they are, not rendered; so do
  // search indexes whose records are unchanged.
  const planned = planPages(data, options.memory?.plan);
  const shards = data.search ?? [];
  const indexes = planSearch(shards);
  const kept = new Set((await keptPages([...planned, ...indexes], { output, cacheDir })).map((unit) => unit.url));
  const keptPaged = planned.filter((page) => kept.has(page.url));
  // The exports whose template prints the string untouched are written here from their pieces, and their templates
  // left out (export-files.ts); any other is joined for Eleventy. npm start's session (a memory) has its own way.
  const direct = data.exportLater ? passThroughExports('templates') : [];
  collectGarbage();
  writeExports(data, next, direct);
  collectGarbage();
  const runs = pageRuns(planned.filter((page) => !kept.has(page.url)).map((page) => page.url), options.pagesPerRun);
  // The search indexes are fed from the data, not the written pages, so Pagefind indexes on the other core while
  // Eleventy writes.
  const fresh = shards.filter((shard) => !kept.has(shard.url));
  // Each shard's records are dropped once Pagefind has them, unless a long-lived process keeps the data.
  const search = indexSearch(fresh, next, { release: !options.memory });
  try {
    // Several runs when there are many pages to render (eleventy-runs.ts): each run's pages are freed when it ends.
    const siteWide = runs.length > 1 ? siteWideTemplates('templates') : [];
    let rendered: SiteData | undefined;
    // An Eleventy of its own for each run: one instance restarted kept every template it had made, each with the data
    // it rendered from (all of a run's pages and their content, through `collections`), and the site-wide templates,
    // left out of later runs, kept the first run's to the end: ~50 MB at 1,000 articles, ~110 MB at 10,000.
    const eleventyFor = (run: number) =>
      new Eleventy('templates', next, {
        // scripts/compiled.mjs names the config it compiled with this build.
        configPath: process.env.DATELINE_ELEVENTY_CONFIG ?? '.eleventy.ts',
        quietMode: true,
        // The articles are already loaded and checked: .eleventy.ts uses this data instead of loading them again.
        config: (eleventyConfig) => {
          eleventyConfig.addGlobalData('dateline', () => rendered);
          for (const { template } of direct) eleventyConfig.ignores.add(`templates/${template}`);
          if (run > 0) for (const template of siteWide) eleventyConfig.ignores.add(template);
        },
      });
    for (let run = 0; run < runs.length; run++) {
      rendered = onlyPages(data, new Set(runs[run]));
      if (run > 0) collectGarbage(); // the last run's instance, pages and data
      await eleventyFor(run).write();
    }
    rendered = undefined;
  } catch (error) {
    await search;
    return fail(explain(error), [explain(error)]);
  }
  phase('pages', ` (${planned.length - keptPaged.length} rendered, ${keptPaged.length} kept)`);
  const searchErrors = await search;
  phase('search', ` (${fresh.length} of ${shards.length} ${shards.length === 1 ? 'index' : 'indexes'} written)`);
  if (searchErrors.length) return fail(`Pagefind could not index the site:\n${searchErrors.join('\n')}`, searchErrors);
  let count: number;
  if (kept.size) {
    const keptIndexes = shards.filter((shard) => kept.has(shard.url)).map((shard) => shard.url);
    count = await publishInPlace(next, output, { files: new Set(keptPaged.map((page) => page.file)), folders: keptIndexes });
  } else {
    // Nothing kept (a first build, other templates, an output changed by hand throughout): the new site replaces it.
    await rm(old, { recursive: true, force: true });
    await rename(output, old).catch(() => undefined);
    await rename(next, output);
    await rm(old, { recursive: true, force: true });
    count = await countFiles(output);
  }
  // Only now, with the new site in place, may the build touch content/: the ledger of every event id issued.
  if (data.pendingLedger) await writeLedger(data.pendingLedger, options.memory?.ledgerFile);
  await recordPages([...planned, ...indexes], { output, cacheDir, kept });
  const done: BuildResult = { ...result(true, [], count), ...(options.memory ? { site: { data, planned } } : {}) };
  // The build process's own peak memory; Pagefind's runs in its own process (bench/run.ts reports both).
  phases.push(`peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  log.info(`Wrote ${count} files to ${path.join(output, '')}/ in ${done.ms} ms (${phases.join(', ')})${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}.`);
  return done;
}

/**
 * Pagefind's search indexes (src/site/search-records.ts: event and article pages only; listings repeat them), each
 * written into its folder of `site` as soon as it is complete. Pagefind runs in its own process. With `release`, each
 * shard's records are emptied once Pagefind has them. The errors, if any.
 */
export async function indexSearch(shards: readonly SearchShard[], site: string, options: { release?: boolean } = {}): Promise<string[]> {
  if (!shards.length) return [];
  let pagefind: typeof import('pagefind');
  try {
    pagefind = await import('pagefind');
  } catch (error) {
    return [`Pagefind did not start: ${error instanceof Error ? error.message : String(error)}`];
  }
  try {
    for (const shard of shards) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) return errors;
      // One at a time: Pagefind numbers pages in the order it finishes them, so records sent together would come
      // out in a different order under load, and the index's bytes with them.
      for (const record of shard.records) {
        const added = await index.addCustomRecord({ ...record, meta: { ...record.meta }, filters: { ...record.filters } });
        if (added.errors.length) return added.errors;
      }
      // Pagefind holds them now; the pages render meanwhile, so what this build no longer needs goes.
      if (options.release) shard.records = [];
      // Written by us, not by writeFiles: Pagefind 1.5 drops each file without flushing it (tokio's File), so
      // writeFiles can resolve, and close() end its process, before the last bytes are on disk; an index moved in
      // or read then had empty files.
      const bundle = path.join(site, shard.url);
      const got = await index.getFiles();
      if (got.errors.length) return got.errors;
      await index.deleteIndex();
      await writeFilesUnder(bundle, got.files);
      // Its filter index comes out in a different order each run; the build's bytes may not.
      await stabilisePagefind(bundle);
    }
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    await pagefind.close();
  }
}

/** Files written at once by writeFilesUnder: enough to keep the disk busy, few enough never to run out of handles. */
const WRITES_AT_ONCE = 32;

/**
 * Writes each file under `dir`, several at a time: one after another, a five-article site's 55 index files took
 * ~80 ms after its pages were done, each write waiting its turn on a thread Eleventy kept busy (issue 8).
 */
export async function writeFilesUnder(dir: string, files: readonly { path: string; content: Uint8Array }[]): Promise<void> {
  for (let i = 0; i < files.length; i += WRITES_AT_ONCE) {
    await Promise.all(
      files.slice(i, i + WRITES_AT_ONCE).map(async (file) => {
        const target = path.join(dir, file.path);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, file.content);
      }),
    );
  }
}

/** Articles from which `npm run build` keeps V8's heap growth to a quarter (limitHeapGrowth). */
export const LARGE_BUILD = 100;

/**
 * `npm run build` of LARGE_BUILD articles or more lets V8 grow its heap by at most a quarter before it collects
 * (`--heap-growing-percent=25`, set here rather than on the command line): at 10,000 articles that kept the peak under
 * 1 GB. A smaller build keeps V8's own growth: on its small heap the flag only made V8 collect more often, ~0.2 s of
 * a five-article first build's ~2.5 s of CPU (BENCHMARKS.md, round 21). V8 reads the flag at each collection.
 */
export async function limitHeapGrowth(contentDir: string): Promise<boolean> {
  const count = await fileNames(contentDir).then((names) => names.size, () => LARGE_BUILD);
  if (count < LARGE_BUILD) return false;
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--heap-growing-percent=25');
  return true;
}

/** slug → the file it was read from, for messages (the slug is the file name in lower case). */
export async function fileNames(contentDir: string): Promise<Map<string, string>> {
  const dir = path.join(contentDir, 'articles');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md'));
  return new Map(names.map((name) => [name.slice(0, -3).toLowerCase(), path.join(dir, name)]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--strict');
  if (unknown.length) {
    console.error(`Unknown option ${unknown.join(' ')}. Usage: npm run build [-- --strict]`);
    process.exit(2);
  }
  const env = process.env;
  await limitHeapGrowth(env.DATELINE_CONTENT ?? 'content');
  const { ok } = await build({
    strict: args.includes('--strict'),
    ...(env.DATELINE_CONTENT ? { contentDir: env.DATELINE_CONTENT } : {}),
    ...(env.DATELINE_OUTPUT ? { output: env.DATELINE_OUTPUT } : {}),
    ...(env.DATELINE_TODAY ? { today: env.DATELINE_TODAY } : {}),
  });
  if (!ok) process.exitCode = 1;
}
