// The built site in a real browser (Debian's Chromium driven by playwright-core): screenshots for the README, the
// kind filter with and without JavaScript, search, the troop chart. Builds content/ into a temporary folder and
// serves it on 127.0.0.1, so the committed site and _site/ are left alone.
// UPDATE_SCREENSHOTS=0 skips writing docs/screenshots/.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, visit } from '../../scripts/check-browser.js';
import { serve, type Served } from '../../scripts/check-serve.js';

const EVENT = '/events/2021-04-14-rocket-fire-drone-targeted-airport-where/';
const ARTICLE = '/articles/2021-03-24-iraq-working-on-timetable-for-us-troop-withdrawal-pm-advisor/';
const SCREENSHOTS = 'docs/screenshots';

let dir: string;
let server: Served;
let browser: Browser;
const opened: Page[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dateline-browser-'));
  const site = path.join(dir, 'site');
  // As `npm run build` runs (Eleventy loads its TypeScript config through tsx, not through vitest). A year with 3
  // records gets its own search index, so search merges several here as it does on a large site.
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { env: { ...process.env, DATELINE_OUTPUT: site, DATELINE_SEARCH_SHARD_MIN: '3' } });
  server = await serve(site);
  browser = await launch();
});

afterAll(async () => {
  for (const page of opened) await page.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Opens a page; fails the test on any CSP violation, script error or failed request it saw. */
async function open(url: string, width = 1280): Promise<{ page: Page; trouble: string[] }> {
  const visited = await visit(browser, server.origin + url, { width });
  opened.push(visited.page);
  return visited;
}

describe('screenshots (docs/screenshots/)', () => {
  const pages = { index: '/', event: EVENT, article: ARTICLE };
  for (const [name, url] of Object.entries(pages)) {
    for (const width of [375, 1280]) {
      it(`${name} at ${width} px`, async () => {
        const { page, trouble } = await open(url, width);
        // Nothing wider than the screen: no sideways scrolling on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        if (process.env.UPDATE_SCREENSHOTS !== '0') {
          // The first screen (900 px tall): what a reader sees first, at a size fit to commit.
          await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`) });
        }
        expect(trouble).toEqual([]);
      });
    }
  }
});

describe('kind filter', () => {
  it('with JavaScript, a kind button shows only that kind on the same page and says how many', async () => {
    const { page, trouble } = await open('/');
    const all = await page.locator('li.event').count();
    const attacks = await page.locator('li.event.event--attack').count();
    expect(attacks).toBeGreaterThan(0);
    expect(attacks).toBeLessThan(all);
    const button = page.getByRole('button', { name: /^Attack/ });
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('false');
    await button.click();
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(page.url()).toBe(`${server.origin}/`);
    expect(await page.locator('li.event:visible').count()).toBe(attacks);
    expect(await page.locator('li.event.event--attack:visible').count()).toBe(attacks);
    await expect(page.locator('.filter-status[role="status"]').textContent()).resolves.toContain(`Showing ${attacks} `);
    // Pressed again: every kind again.
    await button.click();
    expect(await page.locator('li.event:visible').count()).toBe(all);
    expect(trouble).toEqual([]);
  });

  it('without JavaScript, the kind link leads to the type page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      expect(await page.locator('.kind-toggle').count()).toBe(0);
      await page.locator('.kind-filter a', { hasText: 'Attack' }).click();
      await page.waitForURL(`${server.origin}/types/attack/`);
      expect(await page.locator('h1').textContent()).toContain('Attack');
      const kinds = await page.locator('li.event').evaluateAll((rows) => rows.map((row) => row.className));
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.every((name) => name.includes('event--attack'))).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('search', () => {
  it('"Erbil" finds the April 14 drone attack, merging the indexes of several years', async () => {
    const { page, trouble } = await open('/search/');
    const indexes = (await page.locator('#search-box').getAttribute('data-indexes'))!.split(' ');
    expect(indexes[0]).toBe('/pagefind/main/');
    expect(indexes).toContain('/pagefind/2021/');
    const input = page.getByLabel('Words to find');
    await input.fill('Erbil');
    const result = page.locator(`#search-results a[href^="${EVENT}"]`);
    await result.waitFor({ timeout: 15_000 });
    expect(await result.textContent()).toMatch(/drone/i);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/\d+ results? for “Erbil”/);
    // The kind filter narrows to attacks and keeps it.
    await page.getByLabel('Kind').selectOption('Attack');
    await page.locator('#search-status').filter({ hasText: '(Attack)' }).waitFor();
    const kinds = await page.locator('#search-results .search-kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((kind) => kind === 'Attack')).toBe(true);
    expect(trouble).toEqual([]);
  });

  it('without JavaScript, the search page says so and links to the timeline and the type pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/search/`);
      const note = page.locator('#search-needs-js');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain('Search needs JavaScript');
      expect(await note.locator('a[href="/"]').count()).toBe(1);
      expect(await note.locator('a[href^="/types/"]').count()).toBeGreaterThan(0);
      expect(await page.locator('form').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('troop chart', () => {
  it('renders its SVG', async () => {
    const { page, trouble } = await open('/troops/chart/');
    const svg = page.locator('figure.troop-chart svg').first();
    await svg.waitFor();
    const box = await svg.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(100);
    expect(await page.locator('figure.troop-chart svg circle, figure.troop-chart svg path').count()).toBeGreaterThan(0);
    expect(trouble).toEqual([]);
  });
});
