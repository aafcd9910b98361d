// Old cache entries go once they outnumber the ones a build uses: a code change invalidates every entry, and a
// cache that never shrank would keep each generation forever. Entries the build uses always stay.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/site/build-site-data.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-prune-'));
  cpSync('content', path.join(dir, 'content'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const build = async () => {
  const stats: string[] = [];
  await buildSiteData({ contentDir: path.join(dir, 'content'), cacheDir: path.join(dir, 'cache'), writeLedger: false, onStats: (line) => stats.push(line) });
  return stats[0];
};
const stale = (folder: string, count: number) => {
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, 'cache', folder, `${String(i).padStart(64, 'f')}.json`), '{}');
};
const files = (folder: string) => readdirSync(path.join(dir, 'cache', folder)).sort();

describe('pruning the caches', () => {
  it('deletes unused entries once they outnumber the used ones, and keeps every used one', async () => {
    await build();
    const used = { articles: files('articles'), extract: files('extract'), merge: files('merge') };
    stale('articles', 150);
    stale('extract', 150);
    stale('merge', 150);
    expect(await build()).toBe('5 articles: 0 extracted, 5 from cache');
    expect(files('articles')).toEqual(used.articles);
    expect(files('extract')).toEqual(used.extract);
    expect(files('merge')).toEqual(used.merge);
    expect(await build()).toBe('5 articles: 0 extracted, 5 from cache');
  });

  it('leaves a few unused entries alone, so two sites sharing a cache do not evict each other', async () => {
    await build();
    const before = files('extract').length;
    stale('extract', 20);
    await build();
    expect(files('extract')).toHaveLength(before + 20);
  });
});
