// The parsed-article cache: a warm read gives exactly what reading the file gave, an edited file misses, the today
// check is still made, and a broken or read-only cache only costs time.
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleWarning } from '../../src/articles/article-error.js';
import { loadArticleFiles } from '../../src/articles/load-articles.js';
import { ARTICLE_CODE, articleCache } from '../../src/cache/article-cache.js';
import { codeFingerprint } from '../../src/cache/code-fingerprint.js';

let dir: string;
let content: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-article-cache-'));
  content = path.join(dir, 'articles');
  cpSync('content/articles', content, { recursive: true });
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const load = (cacheDir: string | undefined, warnings: ArticleWarning[] = [], today?: string) =>
  loadArticleFiles(content, { cache: articleCache(cacheDir), onWarning: (w) => warnings.push(w), ...(today ? { today } : {}) });

describe('articleCache', () => {
  it('reads each file once, then gives back the same articles, warnings and body templates', async () => {
    // A warning to carry through the cache: raw HTML in one body.
    const first = readdirSync(content).sort()[0]!;
    writeFileSync(path.join(content, first), `${readFileSync(path.join(content, first), 'utf8')}\n\n<div>boxed</div>\n`);
    const cache = path.join(dir, 'cache');
    const uncachedWarnings: ArticleWarning[] = [];
    const uncached = await load(undefined, uncachedWarnings);
    const coldCache = articleCache(cache);
    await loadArticleFiles(content, { cache: coldCache });
    expect(coldCache.stats).toEqual({ read: 5, cached: 0 });
    const warmCache = articleCache(cache);
    const warmWarnings: ArticleWarning[] = [];
    const warm = await loadArticleFiles(content, { cache: warmCache, onWarning: (w) => warmWarnings.push(w) });
    expect(warmCache.stats).toEqual({ read: 5, cached: 5 });
    expect(warm).toStrictEqual(uncached);
    expect(warmWarnings).toStrictEqual(uncachedWarnings);
    expect(warmWarnings.some((w) => w.message.startsWith('raw HTML'))).toBe(true);
  });

  it('misses on an edited file and reads only that one again', async () => {
    const cache = path.join(dir, 'cache');
    await load(cache);
    const file = path.join(content, readdirSync(content).sort()[2]!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nA line added later.\n`);
    const again = articleCache(cache);
    const { articles } = await loadArticleFiles(content, { cache: again });
    expect(again.stats).toEqual({ read: 5, cached: 4 });
    expect(articles.find((a) => a.file === file)!.sentences.at(-1)!.text).toBe('A line added later.');
  });

  it('still refuses a cached article published after today, with the line of the field', async () => {
    const cache = path.join(dir, 'cache');
    await load(cache);
    await expect(load(cache, [], '2021-01-01')).rejects.toThrow(/\.md:3, field "published": "2021-03-24" is in the future/);
  });

  it('treats an unreadable entry as a miss and rewrites it; a read-only cache still builds', async () => {
    const cache = path.join(dir, 'cache');
    const expected = await load(cache);
    for (const name of readdirSync(cache)) writeFileSync(path.join(cache, name), '{"article": ');
    const broken = articleCache(cache);
    expect(await loadArticleFiles(content, { cache: broken })).toStrictEqual(expected);
    expect(broken.stats.cached).toBe(0);
    const fixed = articleCache(cache);
    await loadArticleFiles(content, { cache: fixed });
    expect(fixed.stats.cached).toBe(5);
    const locked = path.join(dir, 'locked');
    cpSync(cache, locked, { recursive: true });
    rmSync(path.join(locked, readdirSync(locked)[0]!));
    chmodSync(locked, 0o555);
    expect(await load(locked)).toStrictEqual(expected);
  });

  it('keys entries by a fingerprint of the reading code, the same throughout a run', () => {
    expect(codeFingerprint(ARTICLE_CODE)).toMatch(/^[0-9a-f]{64}$/);
    expect(codeFingerprint(ARTICLE_CODE)).toBe(codeFingerprint(ARTICLE_CODE));
    expect(codeFingerprint(['src/nlp'])).not.toBe(codeFingerprint(ARTICLE_CODE));
  });
});
