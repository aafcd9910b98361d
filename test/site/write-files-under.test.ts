// A search index's files are written several at a time (scripts/build.ts, issue 8): every file, nested or not, with
// its bytes, however many there are.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFilesUnder } from '../../scripts/build.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFilesUnder', () => {
  it('writes every file with its bytes, creating the folders, past one batch', async () => {
    const files = Array.from({ length: 75 }, (_, i) => ({
      path: i % 3 === 0 ? `fragment/f${i}.pf_fragment` : i % 3 === 1 ? `index/deep/er/i${i}.pf_index` : `top${i}.json`,
      content: new TextEncoder().encode(`file ${i}`),
    }));
    await writeFilesUnder(dir, files);
    for (const [i, file] of files.entries()) expect(readFileSync(path.join(dir, file.path), 'utf8')).toBe(`file ${i}`);
  });

  it('writes nothing for no files', async () => {
    await expect(writeFilesUnder(path.join(dir, 'none'), [])).resolves.toBeUndefined();
  });
});
