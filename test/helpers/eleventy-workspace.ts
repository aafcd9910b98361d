// Site-level tests run Eleventy, which imports .eleventy.ts itself, so the TypeScript loader must be registered in
// the test process; they also build into a temporary folder that must go away afterwards. Call at the top of a
// test file; the returned function gives the folder once the tests run.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { afterAll, beforeAll } from 'vitest';

export function useEleventyWorkspace(name: string): () => string {
  let dir: string | undefined;
  let unregister = (): void => {};
  beforeAll(async () => {
    unregister = register();
    dir = await mkdtemp(path.join(os.tmpdir(), `dateline-${name}-`));
  });
  afterAll(async () => {
    unregister();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return () => {
    if (!dir) throw new Error('useEleventyWorkspace: the folder exists only while the tests run');
    return dir;
  };
}
