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

  it('leaves out the page furniture of the raw articles', async () => {
    const all = (await Promise.all((await readdir(path.join(out, 'articles'))).map((d) => page(`/articles/${d}/`).catch(() => '')))).join('\n');
    for (const junk of ['Post a comment', 'moderates all comments', 'Follow us on', 'Read also', 'A+ A-', 'min read', 'Google tag', 'The Latest', '2024']) {
      expect(all, junk).not.toContain(junk);
    }
  });
});
