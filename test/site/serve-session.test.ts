// `npm start` updates the served folder in place (scripts/serve-session.ts): after any sequence of changes it must
// hold exactly what `npm run build` writes for the same content, once the search indexes are in; a build that fails
// must leave it as it was. Checked after an article is added, edited and deleted, after bad front matter, and after
// a whole rebuild (what a template change starts), each
// against a fresh build (its own cache, its own copy of the content, ledger included) compared byte for byte.
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.js';
import { ServeSession } from '../../scripts/serve-session.js';
import { useEleventyWorkspace } from '../helpers/eleventy-workspace.js';

const tmp = useEleventyWorkspace('serve');
const ADDED = 'test/fixtures/eval-articles/2022-03-03-talvar-government-rebels-agree-to-resume-talks-after-drone.md';
const quiet = { info: () => {}, error: () => {} };

/** Path and digest of every file, one line each, and every folder: a difference names the file. */
async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const name = (e: (typeof entries)[number]) => path.relative(dir, path.join(e.parentPath, e.name));
  const lines = await Promise.all(
    entries.map(async (e) => (e.isFile() ? `${name(e)} ${createHash('sha256').update(await readFile(path.join(dir, name(e)))).digest('hex')}` : `${name(e)}/`)),
  );
  return lines.sort();
}

let fresh = 0;
/** What `npm run build` writes for this content, built from a copy of it with a cache of its own. */
async function freshBuild(content: string): Promise<string[]> {
  const root = path.join(tmp(), `fresh-${++fresh}`);
  await cp(content, path.join(root, 'content'), { recursive: true });
  const result = await build({ contentDir: path.join(root, 'content'), output: path.join(root, 'site'), cacheDir: path.join(root, 'cache'), log: quiet });
  expect(result.errors).toEqual([]);
  // The build would change no id: the session wrote the ledger it would write.
  expect(await readFile(path.join(root, 'content', 'event-ledger.json'), 'utf8')).toBe(await readFile(path.join(content, 'event-ledger.json'), 'utf8'));
  return files(path.join(root, 'site'));
}

describe('npm start: the served folder, updated in place', () => {
  it('holds what a fresh build writes after an article is added, edited and deleted; a failed build changes nothing', async () => {
    const content = path.join(tmp(), 'content');
    await cp('content', content, { recursive: true });
    const site = path.join(tmp(), 'site');
    const errors: string[] = [];
    const infos: string[] = [];
    const session = new ServeSession({ contentDir: content, output: site, cacheDir: path.join(tmp(), 'cache'), log: { info: (line) => void infos.push(line), error: (line) => void errors.push(line) } });
    const update = async () => {
      const result = await session.build();
      await session.settled();
      return result;
    };

    expect((await update()).ok).toBe(true);
    await session.warm();

    // Added: a new article page, new events, and the lists, exports and search index that hold them.
    await cp(ADDED, path.join(content, 'articles', path.basename(ADDED)));
    expect((await update()).ok).toBe(true);
    expect(await files(site)).toEqual(await freshBuild(content));

    // Edited: a seed article gains a dated sentence.
    const seed = path.join(content, 'articles', (await readdir(path.join(content, 'articles'))).sort()[1]!);
    await writeFile(seed, `${await readFile(seed, 'utf8')}\nOn 2 May 2021, 500 more US troops arrived in Erbil, officials said.\n`);
    expect((await update()).ok).toBe(true);
    expect(await files(site)).toEqual(await freshBuild(content));

    // Bad front matter: the build fails, says where, and the served folder is as it was.
    const before = await files(site);
    const bad = path.join(content, 'articles', '2022-01-01-broken.md');
    await writeFile(bad, '---\ntitle: [unclosed\npublished: 2022-01-01\n---\n\nText.\n');
    const failed = await update();
    expect(failed.ok).toBe(false);
    expect(errors.join('\n')).toContain('2022-01-01-broken.md');
    expect(await files(site)).toEqual(before);
    await rm(bad);
    // Back to what is served: nothing to render, no search index to write (what did not change is kept, down to
    // the events made from relative dates).
    infos.length = 0;
    expect((await update()).ok).toBe(true);
    expect(infos.join('\n')).toContain('(0 rendered');
    expect(infos.join('\n')).not.toContain('Search:');
    expect(await files(site)).toEqual(before);

    // Deleted: its page and events go (an event id the ledger knew becomes a redirect), the lists follow.
    await rm(path.join(content, 'articles', path.basename(ADDED)));
    expect((await update()).ok).toBe(true);
    expect(await files(site)).toEqual(await freshBuild(content));

    // A template change builds the whole site again; the updates after it go on from there.
    expect((await session.build({ whole: true })).ok).toBe(true);
    await cp(ADDED, path.join(content, 'articles', path.basename(ADDED)));
    expect((await update()).ok).toBe(true);
    expect(await files(site)).toEqual(await freshBuild(content));
    session.close();
  }, 240_000);
});
