// Issue 8: a first build of a few articles extracts them on a worker thread started before the articles are read, and
// `npm run build`'s workers load compiled entries. Neither may change what a build makes.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const started: string[] = [];
vi.mock('../../src/parallel/map-in-threads.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/parallel/map-in-threads.js')>();
  return { ...original, startThread: (worker: URL) => (started.push(path.basename(worker.pathname)), original.startThread(worker)) };
});
const { buildSiteData } = await import('../../src/site/build-site-data.js');
const { threadEntry } = await import('../../src/parallel/map-in-threads.js');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-thread-'));
  started.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a first build of a few articles', () => {
  it('extracts them on a thread started early, and makes what extracting on this thread makes', async () => {
    const content = path.join(dir, 'content');
    cpSync('content', content, { recursive: true });
    const onStats = () => {};
    const first = await buildSiteData({ contentDir: content, cacheDir: path.join(dir, 'cache'), onStats });
    expect(started).toEqual(['extract-thread.mjs']);
    const again = await buildSiteData({ contentDir: content, cacheDir: path.join(dir, 'cache'), onStats });
    expect(started).toHaveLength(1); // the cache holds every article now: no thread
    const here = await buildSiteData({ contentDir: content, cacheDir: false, onStats });
    expect(started).toHaveLength(1);
    delete first.exportLater;
    delete again.exportLater;
    delete here.exportLater;
    expect(first).toStrictEqual(here);
    expect(again).toStrictEqual(here);
  }, 60_000);
});

describe('threadEntry', () => {
  const worker = new URL('../../src/extract/extract-thread.mjs', import.meta.url);
  afterEach(() => vi.unstubAllEnvs());

  it('is the tsx entry itself outside a compiled build', () => {
    vi.stubEnv('DATELINE_COMPILED', '');
    expect(threadEntry(worker)).toBe(worker);
  });

  it('is the compiled entry in a compiled build', () => {
    vi.stubEnv('DATELINE_COMPILED', '/tmp/compiled');
    expect(threadEntry(worker).href).toBe(pathToFileURL('/tmp/compiled/src/parallel/extract-batch.mjs').href);
    expect(threadEntry(new URL('../../src/articles/read-thread.mjs', import.meta.url)).href).toBe(pathToFileURL('/tmp/compiled/src/parallel/read-batch.mjs').href);
  });
});
