// The pages a build renders, split over several Eleventy runs (issue 8). Eleventy keeps everything of every page it
// rendered in a run — its data, its content and its finished HTML — until the run ends: at 10,000 articles one run
// of 16,000 pages took the build process to 2.8 GB. Each run after the first renders only pages of the paginated
// templates (one per item of the site data, page-plan.ts); the site-wide pages (home page, feeds, exports, sitemap)
// are the first run's. A page's bytes do not depend on the run that renders it: it reads its item and the site-wide
// values only (test/site/kept-pages.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PAGED } from '../src/site/page-plan.js';

/** Pages one Eleventy run renders at most (about 35 KB of memory each until the run ends, at 1,000 articles). */
export const PAGES_PER_RUN = 2500;

/** The URLs each run renders: at least one run (the site-wide pages), the others at most `size` pages each. */
export function pageRuns(urls: readonly string[], size = PAGES_PER_RUN): string[][] {
  const runs: string[][] = [];
  for (let i = 0; i < urls.length; i += size) runs.push(urls.slice(i, i + size));
  return runs.length ? runs : [[]];
}

/** The templates (as Eleventy's ignores name them) that paginate over none of the paged arrays of the site data. */
export function siteWideTemplates(dir: string): string[] {
  const paged = new RegExp(`^const pagination = .*\\bdateline\\.(?:${PAGED.join('|')})\\b`, 'm');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.njk') && !paged.test(readFileSync(path.join(dir, name), 'utf8')))
    .map((name) => `${dir}/${name}`);
}

