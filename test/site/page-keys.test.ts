// Content keys stand for events' page data in the page plan (issue 8): a warm rebuild must never keep a page whose
// data changed. Held to the JSON digests they replace: after an edit, a removal and an addition, built warm through
// the caches, every page whose serialised data changed has a new keyed digest too; and a change of code changes every
// key.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/site/build-site-data.js';
import { planPages } from '../../src/site/page-plan.js';
import { EVENT_CODE, keyEvents } from '../../src/events/event-keys.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { loadArticleFiles } from '../../src/articles/load-articles.js';
import type { SiteData } from '../../src/site/site-data.js';
import type { Mention, TimelineEvent } from '../../src/types.js';

let dir: string;
const articles = () => path.join(dir, 'content', 'articles');
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-page-keys-'));
  cpSync('content', path.join(dir, 'content'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const build = () => buildSiteData({ contentDir: path.join(dir, 'content'), cacheDir: path.join(dir, 'cache'), writeLedger: false, onStats: () => {}, exportParts: true });
const digests = (data: SiteData) => new Map(planPages(data).map((p) => [p.url, p.digest]));
const serialised = (data: SiteData) => digests({ ...data, contentKeys: undefined });

/** Pages of `after` that are new or whose digest differs from `before`'s. */
const changed = (before: Map<string, string>, after: Map<string, string>) => [...after].filter(([url, d]) => before.get(url) !== d).map(([url]) => url).sort();

describe('content keys in the page plan', () => {
  it('key every event, and replace only what serialising would', async () => {
    let data = await build();
    expect(data.events.every((e) => typeof data.contentKeys?.get(e) === 'string')).toBe(true);
    let keyed = digests(data);
    let plain = serialised(data);
    // The keyed plan is not the serialised one (so the keys are in use), but keeps the same pages.
    expect([...keyed].some(([url, d]) => plain.get(url) !== d)).toBe(true);
    const step = async (edit: () => void) => {
      edit();
      data = await build();
      const nowKeyed = digests(data);
      const nowPlain = serialised(data);
      const mustRender = changed(plain, nowPlain);
      const willRender = changed(keyed, nowKeyed);
      expect(mustRender.length).toBeGreaterThan(0);
      expect(willRender).toEqual(expect.arrayContaining(mustRender));
      keyed = nowKeyed;
      plain = nowPlain;
      return willRender;
    };
    const files = readdirSync(articles()).sort();
    // A quoted sentence edited (a word of the body), then a title (front matter), then an article removed and added.
    const quoted = data.events[0]!.sources[0]!;
    const file = path.join(articles(), `${quoted.article}.md`);
    const words = quoted.quote.split(' ');
    const sentence = words.slice(0, 6).join(' ');
    expect(readFileSync(file, 'utf8')).toContain(sentence);
    const events = data.events.length;
    const edited = await step(() => writeFileSync(file, readFileSync(file, 'utf8').replace(sentence, `${sentence} indeed`)));
    expect(edited.filter((url) => url.startsWith('/events/')).length).toBeLessThan(events);
    const other = path.join(articles(), files.find((f) => !file.endsWith(f))!);
    await step(() => writeFileSync(other, readFileSync(other, 'utf8').replace(/^title: "/m, 'title: "Edited: ')));
    const removed = path.join(articles(), files.at(-1)!);
    const text = readFileSync(removed, 'utf8');
    await step(() => rmSync(removed));
    await step(() => writeFileSync(removed, text));
  });

  it('change with the code, the id and each article the event cites, and only with them', async () => {
    const { articles: loaded } = await loadArticleFiles(path.join('content', 'articles'));
    const results = new Map(loaded.map((a) => [a.slug, extractMentions(a)]));
    // Stand-in events: each article's first two mentions, and one mention of each made anew (as a resolved date is).
    const clusters: Mention[][] = [];
    for (const result of results.values()) {
      if (result.mentions.length >= 2) clusters.push(result.mentions.slice(0, 2));
      if (result.mentions[0]) clusters.push([{ ...result.mentions[0] }]);
    }
    const events = clusters.map((_, i) => ({ id: `e${i}`, url: `/events/e${i}/` }) as TimelineEvent);
    expect(events.length).toBeGreaterThan(4);
    const keysWith = (identity: (slug: string) => string, code: string, list = events, of = clusters) => {
      const keys = new WeakMap<TimelineEvent, string>();
      keyEvents(list, of, results, identity, keys, code);
      return list.map((e) => keys.get(e)!);
    };
    const v1 = (slug: string) => `v1 ${slug}`;
    const base = keysWith(v1, 'code 1');
    expect(new Set(base).size).toBe(base.length);
    expect(keysWith(v1, 'code 1')).toEqual(base);
    // Another version of the code: every key changes.
    expect(keysWith(v1, 'code 2').every((k, i) => k !== base[i])).toBe(true);
    // One article edited: exactly the events citing it change.
    const slug = clusters[0]![0]!.article;
    const edited = keysWith((s) => (s === slug ? `v2 ${s}` : v1(s)), 'code 1');
    clusters.forEach((cluster, i) => expect(edited[i] !== base[i]).toBe(cluster.some((m) => m.article === slug)));
    // The same clusters under other ids; a mention made anew with other content.
    expect(keysWith(v1, 'code 1', events.map((e) => ({ ...e, id: `${e.id}x` }))).every((k, i) => k !== base[i])).toBe(true);
    const fresh = clusters.findIndex((c) => !results.get(c[0]!.article)!.mentions.includes(c[0]!));
    const redated = clusters.map((c, i) => (i === fresh ? [{ ...c[0]!, quote: `${c[0]!.quote} (re-dated)` }] : c));
    const after = keysWith(v1, 'code 1', events, redated);
    expect(after.map((k, i) => k !== base[i])).toEqual(clusters.map((_, i) => i === fresh));
    expect(EVENT_CODE).toContain('src');
  });
});
