// `npm run check:a11y [-- SITE] [--all]`: axe-core in headless Chromium on one page of each kind (home, an event,
// an article, a type page, the article list, …; every page with --all), light and dark, wide and narrow. Fails on
// any axe violation and on any trouble the browser reports (CSP violations, script errors, failed requests).
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import { launch, visit } from './check-browser.js';
import { serve } from './check-serve.js';

const args = process.argv.slice(2);
const site = args.find((a) => !a.startsWith('--')) ?? '_site';
const all = args.includes('--all');
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * One URL of each kind of page, chosen from the site itself so the check follows whatever the build made: pages
 * are of one kind when their paths have one shape (/events/<id>/, /types/<type>/<year>/, /<year>/), plus the
 * event page with the most sources, the longest.
 */
async function pageTypes(): Promise<string[]> {
  const files = (await readdir(site, { recursive: true })).map((f) => f.split(path.sep).join('/')).filter((f) => f.endsWith('index.html')).sort();
  const urls = files.map((f) => `/${f.slice(0, -'index.html'.length)}`);
  if (all) return urls;
  const shape = (url: string) => url.split('/').map((segment, i) => (/^\d+$/.test(segment) ? '#' : i > 1 && segment ? '*' : segment)).join('/');
  const kinds = new Map<string, string>();
  for (const url of urls) if (!kinds.has(shape(url))) kinds.set(shape(url), url);
  const { events } = JSON.parse(await readFile(path.join(site, 'events.json'), 'utf8')) as { events: { url: string; sources: unknown[] }[] };
  const richest = [...events].sort((a, b) => b.sources.length - a.sources.length)[0]?.url;
  return [...new Set([...kinds.values(), ...(richest && urls.includes(richest) ? [richest] : [])])];
}

const urls = await pageTypes();
const server = await serve(site);
const browser = await launch();
const failures: string[] = [];
let checked = 0;
try {
  const settings = all
    ? [{ colorScheme: 'light' as const, width: 1280 }]
    : [{ colorScheme: 'light' as const, width: 1280 }, { colorScheme: 'dark' as const, width: 1280 }, { colorScheme: 'light' as const, width: 360 }];
  for (const url of urls) {
    for (const setting of settings) {
      const { page, trouble } = await visit(browser, server.origin + url, setting);
      // Through the DevTools protocol, which the page's CSP (rightly forbidding inline script) does not govern.
      await page.evaluate(axeSource);
      const results = (await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe;
        return axe.run(document, { resultTypes: ['violations'] });
      })) as AxeResults;
      const label = `${url} (${setting.colorScheme}, ${setting.width}px)`;
      for (const v of results.violations) {
        failures.push(`${label}: ${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`);
      }
      for (const t of trouble) failures.push(`${label}: ${t}`);
      checked++;
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`check:a11y: ${failures.length} problem(s):\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`check:a11y: no axe violations and no browser errors on ${urls.length} pages (${checked} views: ${urls.join(', ')}).`);
}
