// The whole product on the seed articles: Eleventy builds the site into a temporary folder, then every event has
// a page, every article has a page, and every internal link and #fragment resolves.
import Eleventy from '@11ty/eleventy';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let out: string;
let unregister: () => void;
const page = (url: string) => readFile(path.join(out, url.replace(/^\//, ''), url.endsWith('/') ? 'index.html' : ''), 'utf8');

beforeAll(async () => {
  // Eleventy imports .eleventy.ts itself, so the TypeScript loader must be registered in this process.
  unregister = register();
  out = await mkdtemp(path.join(os.tmpdir(), 'dateline-site-'));
  await new Eleventy('templates', out, { configPath: '.eleventy.ts', quietMode: true }).write();
}, 120_000);

afterAll(async () => {
  unregister();
  await rm(out, { recursive: true, force: true });
});

describe('the built site', () => {
  it('has an index, type pages, five article pages and events.json', async () => {
    for (const file of ['index.html', 'events.json', 'events.csv', 'events.ics', 'timelinejs.json', 'articles/index.html', 'assets/site.css']) expect(existsSync(path.join(out, file)), file).toBe(true);
    for (const type of ['talks', 'attack', 'troops', 'statement']) expect(existsSync(path.join(out, 'types', type, 'index.html'))).toBe(true);
    expect((await readdir(path.join(out, 'articles'), { withFileTypes: true })).filter((d) => d.isDirectory())).toHaveLength(5);
  });

  it('gives every event in events.json a page that cites its sentences', async () => {
    const { events } = JSON.parse(await readFile(path.join(out, 'events.json'), 'utf8')) as { events: { id: string; url: string; title: string; sources: { url: string }[] }[] };
    expect(events.length).toBeGreaterThan(10);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const event of events) {
      expect(event.url).toBe(`/events/${event.id}/`);
      const html = await page(event.url);
      for (const source of event.sources) expect(html).toContain(`href="${source.url}"`);
    }
  });

  it('has no broken internal link or fragment', async () => {
    const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
    const ids = new Map<string, Set<string>>();
    const htmlOf = new Map<string, string>();
    for (const file of files) {
      const html = await readFile(path.join(out, file), 'utf8');
      htmlOf.set(file, html);
      ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    }
    const broken: string[] = [];
    for (const [file, html] of htmlOf) {
      for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^(?:[a-z]+:|\/\/)/i.test(href!)) continue;
        const [target, fragment] = href!.split('#') as [string, string | undefined];
        const resolved = target === '' ? file : path.posix.join(target.startsWith('/') ? '' : path.posix.dirname(file), target.replace(/^\//, ''));
        const candidate = resolved.endsWith('/') || resolved === '' ? path.posix.join(resolved, 'index.html') : resolved;
        if (!existsSync(path.join(out, candidate))) broken.push(`${file} → ${href}`);
        else if (fragment && !ids.get(candidate)?.has(fragment)) broken.push(`${file} → ${href} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has the reader pages of issue 6: years, compact list, troop chart, feed, sitemap, robots.txt and 404', async () => {
    const { events } = JSON.parse(await readFile(path.join(out, 'events.json'), 'utf8')) as { events: { date: string; type: string }[] };
    for (const file of ['feed.xml', 'sitemap.xml', 'robots.txt', '404.html', 'compact/index.html', 'troops/chart/index.html', 'assets/chart.css']) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
    }
    for (const event of events) {
      const year = event.date.slice(0, 4);
      expect(existsSync(path.join(out, 'years', year, 'index.html')), year).toBe(true);
      expect(existsSync(path.join(out, 'types', event.type, year, 'index.html')), `${event.type} ${year}`).toBe(true);
    }
    const index = await page('/');
    for (const year of new Set(events.map((e) => e.date.slice(0, 4)))) expect(index).toContain(`href="/years/${year}/"`);
    expect(index).toContain('href="/troops/chart/"');
    expect(index).toContain('href="/compact/"');
    expect((await page('/compact/')).match(/<li><time /g)).toHaveLength(events.length);
  });

  it('lists every HTML page but 404.html and noindex redirects in the sitemap, which robots.txt points to', async () => {
    const sitemap = await readFile(path.join(out, 'sitemap.xml'), 'utf8');
    expect(sitemap.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<urlset')).toBe(true);
    const listed = [...sitemap.matchAll(/<loc>http:\/\/localhost:8080(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
    const pages: string[] = [];
    for (const file of await readdir(out, { recursive: true })) {
      if (!file.endsWith('.html') || file === '404.html') continue;
      if ((await readFile(path.join(out, file), 'utf8')).includes('<meta name="robots" content="noindex">')) continue;
      pages.push(`/${file.replace(/index\.html$/, '')}`);
    }
    expect([...listed].sort()).toEqual([...pages].sort());
    expect(await readFile(path.join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: http://localhost:8080/sitemap.xml');
  });

  it('has an Atom feed of events, newest news first, each entry linking to its event page', async () => {
    const feed = await readFile(path.join(out, 'feed.xml'), 'utf8');
    const { events } = JSON.parse(await readFile(path.join(out, 'events.json'), 'utf8')) as { events: { url: string; sources: { published: string }[] }[] };
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<link href="http:\/\/localhost:8080([^"]+)"[\s\S]*?<updated>([^<]+)<\/updated>[\s\S]*?<\/entry>/g)];
    expect(entries).toHaveLength(Math.min(events.length, 100));
    const updated = entries.map((m) => m[2]!);
    expect(updated).toEqual([...updated].sort().reverse());
    const newest = events.flatMap((e) => e.sources.map((s) => s.published)).sort().at(-1);
    expect(feed).toContain(`<updated>${newest}T00:00:00Z</updated>`);
    for (const [, url] of entries) expect(existsSync(path.join(out, url!, 'index.html')), url).toBe(true);
  });

  it('puts schema.org JSON-LD on event and article pages', async () => {
    const { events } = JSON.parse(await readFile(path.join(out, 'events.json'), 'utf8')) as { events: { url: string; date: string; title: string }[] };
    const ld = (html: string) => JSON.parse(html.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)![1]!);
    for (const event of events) expect(ld(await page(event.url))).toMatchObject({ '@type': 'Event', name: event.title, startDate: event.date });
    for (const dir of await readdir(path.join(out, 'articles'))) {
      if (dir.endsWith('.html')) continue;
      expect(ld(await page(`/articles/${dir}/`))).toMatchObject({ '@type': 'NewsArticle', url: `/articles/${dir}/` });
    }
  });

  it('draws the troop chart as an accessible SVG beside a table of the same figures', async () => {
    const html = await page('/troops/chart/');
    const svg = html.match(/<svg [^>]*>/)![0];
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="troop-counts-title"');
    expect(html).toContain('<title id="troop-counts-title">');
    expect(html).toMatch(/<desc id="troop-counts-desc">US troops: 3 figures/);
    expect(html).toContain('<caption>');
    const rows = [...html.matchAll(/<tr>\s*<td><time datetime="([^"]+)">[\s\S]*?<td><a href="(\/events\/[^"]+)">/g)];
    expect(rows.length).toBe(5);
  });

  it('leaves out the page furniture of the raw articles', async () => {
    const all = (await Promise.all((await readdir(path.join(out, 'articles'))).map((d) => page(`/articles/${d}/`).catch(() => '')))).join('\n');
    for (const junk of ['Post a comment', 'moderates all comments', 'Follow us on', 'Read also', 'A+ A-', 'min read', 'Google tag', 'The Latest', '2024']) {
      expect(all, junk).not.toContain(junk);
    }
  });
});
