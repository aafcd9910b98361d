// The same content gives the same site, byte for byte: built twice from copies of content/ (the second written
// file by file in reverse order, so the disk may list it differently), and with the loaded articles handed to the
// pipeline in every order. .ci/run adds builds under far-apart time zones and locales.
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useEleventyWorkspace } from '../helpers/eleventy-workspace.js';
import { build } from '../../scripts/build.js';
import { loadArticles } from '../../src/articles/load-articles.js';
import { extractMentions, type ArticleMentions } from '../../src/extract/extract-mentions.js';
import { buildEvents } from '../../src/pipeline.js';
import { siteData } from '../../src/site/build-site-data.js';
import type { Article } from '../../src/types.js';
import { renderingFor } from '../helpers/rendering.js';

const tmp = useEleventyWorkspace('repro');

/** Path and bytes of every file, one line each: a difference shows which file differs. */
async function manifest(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
  return Promise.all(files.map(async (f) => `${f} ${createHash('sha256').update(await readFile(path.join(dir, f))).digest('hex')}`));
}

/** content/ copied entry by entry, in the given order of names. */
async function copyContent(to: string, order: (names: string[]) => string[]): Promise<void> {
  for (const entry of await readdir('content', { withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    await cp(path.join('content', entry.name), path.join(to, entry.name));
  }
  await mkdir(path.join(to, 'articles'), { recursive: true });
  for (const name of order(await readdir(path.join('content', 'articles')))) await cp(path.join('content', 'articles', name), path.join(to, 'articles', name));
}

describe('reproducible builds', () => {
  it('two builds of the same content, its files written in opposite orders, are byte-identical', async () => {
    const quiet = { info: () => {}, error: () => {} };
    await copyContent(path.join(tmp(), 'a'), (names) => names.sort());
    await copyContent(path.join(tmp(), 'b'), (names) => names.sort().reverse());
    expect((await build({ contentDir: path.join(tmp(), 'a'), output: path.join(tmp(), 'a-site'), log: quiet })).ok).toBe(true);
    expect((await build({ contentDir: path.join(tmp(), 'b'), output: path.join(tmp(), 'b-site'), log: quiet })).ok).toBe(true);
    const a = await manifest(path.join(tmp(), 'a-site'));
    expect(a.length).toBeGreaterThan(20);
    expect(await manifest(path.join(tmp(), 'b-site'))).toEqual(a);
  }, 120_000);

  it('the site data does not depend on the order the articles are handed over', async () => {
    const articles = await loadArticles('content/articles');
    // Extraction is per article and already order-free; memoised here so each order costs only merging.
    const memo = new Map<string, ArticleMentions>();
    const extract = (article: Article) => memo.get(article.slug) ?? memo.set(article.slug, extractMentions(article)).get(article.slug)!;
    const expected = JSON.stringify(siteData(articles, buildEvents(articles, { extract }), undefined, renderingFor(articles)));
    fc.assert(
      fc.property(fc.shuffledSubarray(articles, { minLength: articles.length }), (shuffled) => {
        expect(JSON.stringify(siteData(shuffled, buildEvents(shuffled, { extract }), undefined, renderingFor(articles)))).toBe(expected);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
