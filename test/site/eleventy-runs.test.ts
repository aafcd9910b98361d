// Issue 8: a build renders its pages in several Eleventy runs and writes the exports itself from their pieces, to keep
// its memory down. Neither may change a byte: checked against one run, and the exports against their joined strings.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, indexSearch } from '../../scripts/build.js';
import type { SearchShard } from '../../src/site/search-records.js';
import { pageRuns, siteWideTemplates } from '../../scripts/eleventy-runs.js';
import { EXPORTS, passThroughExports, writeParts } from '../../scripts/export-files.js';
import { useEleventyWorkspace } from '../helpers/eleventy-workspace.js';

const tmp = useEleventyWorkspace('runs');

async function files(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const names = entries.map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
  return Promise.all(names.map(async (f) => `${f} ${createHash('sha256').update(await readFile(path.join(dir, f))).digest('hex')}`));
}

describe('pages over several Eleventy runs', () => {
  it('splits the pages, and always makes one run for the site-wide pages', () => {
    expect(pageRuns(['/a/', '/b/', '/c/'], 2)).toEqual([['/a/', '/b/'], ['/c/']]);
    expect(pageRuns([], 2)).toEqual([[]]);
  });

  it('finds the site-wide templates: those not paginating over an item list of the site data', () => {
    const siteWide = siteWideTemplates('templates');
    expect(siteWide).toContain('templates/index.njk');
    expect(siteWide).toContain('templates/events.json.njk');
    for (const paged of ['event', 'article', 'articles', 'listing', 'type', 'redirect']) expect(siteWide).not.toContain(`templates/${paged}.njk`);
  });

  it('writes what one run writes', async () => {
    const content = path.join(tmp(), 'content');
    await cp('content', content, { recursive: true });
    const quiet = { info: () => {}, error: () => {} };
    const one = path.join(tmp(), 'one');
    const many = path.join(tmp(), 'many');
    expect((await build({ contentDir: content, output: one, cacheDir: path.join(tmp(), 'c1'), log: quiet })).ok).toBe(true);
    expect((await build({ contentDir: content, output: many, cacheDir: path.join(tmp(), 'c2'), log: quiet, pagesPerRun: 7 })).ok).toBe(true);
    expect(await files(many)).toEqual(await files(one));
  }, 120_000);
});

describe('exports written from their pieces', () => {
  it('are written for every export template as shipped', () => {
    expect(passThroughExports('templates')).toEqual(EXPORTS);
  });

  it('hold the bytes of the joined string, a surrogate pair split between pieces included', async () => {
    // Chunks of one-, two- and three-byte characters reuse one buffer; a piece over twice a chunk gets its own.
    const parts = ['a'.repeat((1 << 20) - 1) + '\ud83d', '\ude00 é', '', 'z'.repeat(3 << 19), '€'.repeat((1 << 20) + 7), 'é'.repeat(3), '€'.repeat(5 << 19), 'tail'];
    const file = path.join(tmp(), 'parts.txt');
    writeParts(file, parts);
    expect((await readFile(file)).equals(Buffer.from(parts.join('')))).toBe(true);
  });

  it('hold the same bytes when the pieces are made as they are read, for 1- to 4-byte characters across chunk ends', async () => {
    const MB = 1 << 20;
    // Each piece ends a chunk at a different place in a character: one to four bytes of UTF-8, and a surrogate pair
    // (four bytes) split over two pieces at a chunk's end.
    const pieces = ['a'.repeat(MB - 1), 'é', 'x'.repeat(MB - 2), '€€', '🕊️'.repeat(MB / 2 - 1), '🕊'.slice(0, 1), '🕊'.slice(1), 'ü'.repeat(MB + 3), '𝄞', ''];
    const file = path.join(tmp(), 'lazy.txt');
    let sizeSeen = -1;
    function* made(): Generator<string> {
      for (const [i, piece] of pieces.entries()) {
        // Past the first megabyte, the file already holds it: the pieces are not all read before the first write.
        if (i === 3) sizeSeen = statSync(file).size;
        yield piece;
      }
    }
    writeParts(file, made());
    const whole = Buffer.from(pieces.join(''));
    expect(sizeSeen).toBeGreaterThan(0);
    expect((await readFile(file)).equals(whole)).toBe(true);
    for (const one of ['é', '€', '𝄞']) {
      const small = path.join(tmp(), 'small.txt');
      writeParts(small, (function* () { yield one; })());
      expect((await readFile(small)).equals(Buffer.from(one))).toBe(true);
    }
  });
});

describe('search records handed to Pagefind', () => {
  const shards = (): SearchShard[] =>
    ['main', '2021'].map((key) => ({
      url: `/pagefind/${key}/`,
      records: [1, 2, 3].map((n) => ({ url: `/events/${key}-${n}/`, content: `Talks in Baghdad, round ${n} of ${key}`, language: 'en' as const, meta: { title: `Round ${n}` }, filters: { kind: ['Talks'] } })),
    }));

  it('are dropped once indexed when the build releases them, and the indexes keep every byte', async () => {
    const kept = shards();
    const released = shards();
    expect(await indexSearch(kept, path.join(tmp(), 'kept'))).toEqual([]);
    expect(await indexSearch(released, path.join(tmp(), 'released'), { release: true })).toEqual([]);
    expect(kept.map((shard) => shard.records.length)).toEqual([3, 3]);
    expect(released.map((shard) => shard.records.length)).toEqual([0, 0]);
    expect(await files(path.join(tmp(), 'released'))).toEqual(await files(path.join(tmp(), 'kept')));
  }, 60_000);
});
