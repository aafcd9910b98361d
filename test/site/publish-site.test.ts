// A rebuild that kept pages moves only what it rendered into the output (scripts/publish-site.ts): the output must
// end as the new site exactly — new and changed files in, kept files untouched, everything else gone.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishInPlace } from '../../scripts/publish-site.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-publish-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

/** Every file and folder under `root`, folders with a trailing slash. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/') + (e.isDirectory() ? '/' : ''))
    .sort();
}

describe('publishInPlace', () => {
  it('moves the staged files in, keeps what it is told to, and deletes the rest with the folders it empties', async () => {
    const output = path.join(dir, 'site');
    const staged = path.join(dir, 'site.next');
    put(output, {
      'index.html': 'old home',
      'events/a/index.html': 'a',
      'events/b/index.html': 'b (changed below)',
      'events/gone/index.html': 'an event no longer planned',
      'years/2020/deep/index.html': 'a listing no longer planned',
      'pagefind/2021/pagefind-entry.json': 'kept index',
      'pagefind/2021/fragment/x.pf_fragment': 'kept index',
      'pagefind/2024/stale.pf_index': 'an index written again without this file',
    });
    const keptInode = statSync(path.join(output, 'events/a/index.html')).ino;
    put(staged, {
      'index.html': 'new home',
      'events/b/index.html': 'b, new',
      'events/new/index.html': 'a new event',
      'pagefind/2024/pagefind-entry.json': 'new index',
    });
    const count = await publishInPlace(staged, output, { files: new Set(['events/a/index.html']), folders: ['/pagefind/2021/'] });
    expect(tree(output)).toEqual([
      'events/',
      'events/a/',
      'events/a/index.html',
      'events/b/',
      'events/b/index.html',
      'events/new/',
      'events/new/index.html',
      'index.html',
      'pagefind/',
      'pagefind/2021/',
      'pagefind/2021/fragment/',
      'pagefind/2021/fragment/x.pf_fragment',
      'pagefind/2021/pagefind-entry.json',
      'pagefind/2024/',
      'pagefind/2024/pagefind-entry.json',
    ]);
    expect(count).toBe(7);
    expect(readFileSync(path.join(output, 'index.html'), 'utf8')).toBe('new home');
    expect(readFileSync(path.join(output, 'events/b/index.html'), 'utf8')).toBe('b, new');
    expect(statSync(path.join(output, 'events/a/index.html')).ino).toBe(keptInode);
    expect(existsSync(staged)).toBe(false);
  });

  it('replaces a folder by a file of the same name, and a file by a folder', async () => {
    const output = path.join(dir, 'site');
    const staged = path.join(dir, 'site.next');
    put(output, { 'x/index.html': 'was a folder', y: 'was a file' });
    put(staged, { x: 'now a file', 'y/index.html': 'now a folder' });
    expect(await publishInPlace(staged, output, { files: new Set(), folders: [] })).toBe(2);
    expect(tree(output)).toEqual(['x', 'y/', 'y/index.html']);
  });
});
