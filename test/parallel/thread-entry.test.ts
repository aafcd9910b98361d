// Issue 8: `npm run build`'s worker threads load the compiled entries scripts/compiled.mjs makes, not tsx.
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

const { threadEntry } = await import('../../src/parallel/map-in-threads.js');

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
