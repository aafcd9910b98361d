// Issue 8: no page over 200 KB whatever the corpus. A timeline far larger than the seeds — 2,000 events in one
// year, one event told by 600 articles, 700 articles, 400 troop figures — is made from the seeds' own events and
// rendered by Eleventy as the build renders it; every page written must stay under the cap.
import Eleventy from '@11ty/eleventy';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/articles/load-articles.js';
import { buildEvents } from '../../src/pipeline.js';
import { siteData } from '../../src/site/build-site-data.js';
import type { SiteData } from '../../src/site/site-data.js';
import type { Article, TimelineEvent } from '../../src/types.js';
import { renderingFor } from '../helpers/rendering.js';

const CAP = 200 * 1024;
let out: string;
let data: SiteData;
let unregister: () => void;

beforeAll(async () => {
  const seeds = await loadArticles('content/articles');
  const seedEvents = buildEvents(seeds);
  const articles: Article[] = Array.from({ length: 700 }, (_, i) => {
    const seed = seeds[i % seeds.length]!;
    const day = String((i % 28) + 1).padStart(2, '0');
    return { ...seed, slug: `${seed.slug}-${i}`, file: `${seed.slug}-${i}.md`, published: `2021-0${(i % 9) + 1}-${day}` };
  });
  const source = (event: TimelineEvent, i: number) => {
    const article = articles[i % articles.length]!;
    return event.sources.map((s) => ({ ...s, article: article.slug, url: `/articles/${article.slug}/#s-${s.sentence + 1}`, published: article.published }));
  };
  const troops = seedEvents.filter((e) => e.type === 'troops' && e.quantities.length);
  const events: TimelineEvent[] = Array.from({ length: 2000 }, (_, i) => {
    const event = i < 400 ? troops[i % troops.length]! : seedEvents[i % seedEvents.length]!;
    const id = `2021-scale-${i}`;
    return { ...event, id, url: `/events/${id}/`, date: `2021-04-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'day', sources: source(event, i) };
  });
  const crowded = events[1999]!;
  crowded.sources = Array.from({ length: 600 }, (_, i) => source(seedEvents[0]!, i)[0]!);
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  data = siteData(articles, events, undefined, renderingFor(articles));
  unregister = register();
  out = await mkdtemp(path.join(os.tmpdir(), 'dateline-scale-'));
  await new Eleventy('templates', out, {
    configPath: '.eleventy.ts',
    quietMode: true,
    config: (config: { addGlobalData(name: string, value: () => SiteData): void }) => config.addGlobalData('dateline', () => data),
  }).write();
}, 180_000);

afterAll(async () => {
  unregister?.();
  // DATELINE_KEEP_SCALE_SITE=1 keeps the folder, to run npm run check:html -- <folder> on it.
  if (out && !process.env.DATELINE_KEEP_SCALE_SITE) await rm(out, { recursive: true, force: true });
  else if (out) console.log(`scale site kept in ${out}`);
});

describe('pages at scale', () => {
  it('stay under 200 KB each, listings, article list, event and chart pages alike', async () => {
    const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
    const sizes = await Promise.all(files.map(async (f) => [f, (await stat(path.join(out, f))).size] as const));
    const largest = sizes.sort((a, b) => b[1] - a[1]).slice(0, 3);
    expect(largest[0]![1], `largest: ${largest.map(([f, s]) => `${f} ${Math.round(s / 1024)} KB`).join(', ')}`).toBeLessThan(CAP);
  });

  it('split what is too long for one page, and say so', () => {
    expect(data.listings.find((l) => l.url === '/years/2021/')!.monthLinks).toHaveLength(1);
    expect(data.listings.filter((l) => l.url.startsWith('/years/2021/04/')).map((l) => l.shown)).toEqual([300, 300, 300, 300, 300, 300, 200]);
    expect(data.compact).toMatchObject({ limited: true, shown: 600, total: 2000 });
    expect(data.articleLists.map((l) => [l.url, l.articles.length, l.start])).toEqual([['/articles/', 300, 1], ['/articles/page/2/', 300, 301], ['/articles/page/3/', 100, 601]]);
    const crowded = data.events.find((e) => e.sources.length === 600)!;
    expect([crowded.sourcesShown.full.length, crowded.sourcesShown.brief.length, crowded.sourcesShown.more]).toEqual([50, 400, 150]);
    expect(data.troops.rows.length).toBe(300);
    expect(data.troops.total).toBeGreaterThan(300);
  });
});
