// Eleventy wiring only: one global data entry (`dateline`) from the library, Nunjucks pages in templates/,
// CSS copied as is. Articles reach the pages as finished HTML inside that data, so content/ is never a template.
import path from 'node:path';
import { rssPlugin } from '@11ty/eleventy-plugin-rss';
import { DEFAULT_CACHE_DIR } from './src/cache/extraction-cache.js';
import { templateCache } from './src/cache/template-cache.js';
import { absoluteUrl } from './src/site/absolute-url.js';
import { cacheNunjucksCompiles, type EngineEvents } from './scripts/eleventy-nunjucks-cache.js';
import type { SiteData } from './src/site/site-data.js';

/** The part of Eleventy's UserConfig used here (Eleventy 3 ships no type declarations). */
interface EleventyConfig extends EngineEvents {
  addPlugin(plugin: unknown, options?: Record<string, unknown>): void;
  addGlobalData(name: string, value: () => Promise<SiteData>): void;
  /** What addGlobalData has registered so far. */
  globalData?: Record<string, unknown>;
  addPassthroughCopy(paths: Record<string, string>): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  addFilter(name: string, filter: (this: unknown, ...args: string[]) => string): void;
  getFilter(name: string): (this: unknown, ...args: string[]) => string;
  pathPrefix?: string;
}

/** DATELINE_CONTENT names another content folder (tests, bad-input fixtures); default content/. */
const CONTENT = process.env.DATELINE_CONTENT ?? 'content';

/** DATELINE_SAMPLE=1 renders test/fixtures/site-data.sample.ts instead of content/, for template work and tests. */
async function loadSiteData(): Promise<SiteData> {
  if (process.env.DATELINE_SAMPLE === '1') {
    const { sampleSiteData } = await import('./test/fixtures/site-data.sample.js');
    return sampleSiteData;
  }
  const { buildSiteData } = await import('./src/site/build-site-data.js');
  return buildSiteData({ contentDir: CONTENT });
}

export default function dateline(eleventyConfig: EleventyConfig): void {
  // scripts/build.ts (which `npm start` runs too, scripts/serve.ts) hands in the data it has already loaded and
  // checked (warnings, --strict); otherwise (tests, a bare `npx @11ty/eleventy`) it is loaded here.
  if (!eleventyConfig.globalData?.dateline) eleventyConfig.addGlobalData('dateline', loadSiteData);
  eleventyConfig.addPassthroughCopy({ 'templates/assets/': '/assets/' });
  // The JSON Schema events.json follows, published beside it (the same file check:schema validates against).
  eleventyConfig.addPassthroughCopy({ 'scripts/schema/events.schema.json': '/events.schema.json' });
  // The official feed plugin: its htmlBaseUrl filter makes the feed's, sitemap's and robots.txt's URLs absolute.
  eleventyConfig.addPlugin(rssPlugin);
  // htmlBaseUrl with a fast path for the sitemap's 9,000 root-relative URLs (src/site/absolute-url.ts); whatever the
  // fast path cannot vouch for, and any path prefix, goes to the filter itself.
  eleventyConfig.addFilter('absoluteUrl', function (this: unknown, url: string, base: string) {
    const fast = (eleventyConfig.pathPrefix ?? '/') === '/' ? absoluteUrl(url, base) : undefined;
    return fast ?? eleventyConfig.getFilter('htmlBaseUrl').call(this, url, base);
  });
  // Autoescape is already Nunjucks' default; stated here because every page relies on it. `dev` keeps
  // Eleventy's fuller error messages; the trims only tidy the output.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, dev: true, trimBlocks: true, lstripBlocks: true });
  // Eleventy 3.1 compiles every paginated page's template again; keep one compiled copy (see the plugin's note), and
  // keep it on disk for the next build.
  cacheNunjucksCompiles(eleventyConfig, templateCache(path.join(DEFAULT_CACHE_DIR, 'templates')));
}

// Output stays Eleventy's default, _site/: a `dir.output` here would override the folder that `--output` or the
// programmatic API (scripts/build.ts builds into _site.next) asks for.
export const config = {
  dir: { input: 'templates', includes: '_includes', layouts: '_layouts' },
  templateFormats: ['njk'],
};
