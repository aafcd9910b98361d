// The last step of a rebuild that kept pages (issue 8): the pages it rendered, written into a staging folder, are
// moved into the output folder in place, and whatever the output holds that this build neither kept nor wrote is
// deleted. Until round 16 every kept page was hard-linked into a whole new folder and the old one deleted: three file
// system calls per page for a one-article change, ~2 s of a 10 s rebuild at 1,000 articles. Now the work is in
// proportion to the change, plus one listing of the output.
//
// Nothing here runs before the whole site is made: a build that fails leaves the output as it was. A process killed
// while moving leaves a mix, which the next build mends: a moved page is not the file the page records name, and a
// page not yet moved still has its old digest, so both render again (scripts/kept-pages.ts).
import { mkdir, readdir, rename, rm, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, relative to it, with `/` between names. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

export interface Kept {
  /** Files of the output kept as they are (kept pages). */
  files: ReadonlySet<string>;
  /** Folders of the output kept whole (`pagefind/2021/`, a kept search index). */
  folders: readonly string[];
}

/**
 * Moves every file of `staged` into `output` (replacing what is there), deletes every other file of `output` that
 * `kept` does not name, and the folders that leaves empty; then removes `staged`. Returns the files `output` holds.
 */
export async function publishInPlace(staged: string, output: string, kept: Kept): Promise<number> {
  const written = await filesIn(staged);
  const folders = [...new Set(written.map((file) => path.dirname(file)))].sort();
  for (const folder of folders) await makeFolder(output, folder);
  for (const file of written) {
    const target = path.join(output, file);
    // A folder where the new file goes (or a file where its folder goes) was a page of another shape: it goes.
    await rename(path.join(staged, file), target).catch(async () => {
      await rm(target, { recursive: true, force: true });
      await rename(path.join(staged, file), target);
    });
  }
  await rm(staged, { recursive: true, force: true });
  const keep = new Set([...written, ...kept.files]);
  const prefixes = kept.folders.map((folder) => `${folder.replace(/^\/+|\/+$/g, '')}/`);
  const now = await filesIn(output);
  const emptied = new Set<string>();
  let count = 0;
  for (const file of now) {
    if (keep.has(file) || prefixes.some((prefix) => file.startsWith(prefix))) {
      count++;
      continue;
    }
    await unlink(path.join(output, file));
    emptied.add(path.dirname(file));
  }
  await removeEmpty(output, emptied);
  return count;
}

/** Makes `folder` under `root`, first deleting a file that stands where it or one of its parents goes. */
async function makeFolder(root: string, folder: string): Promise<void> {
  try {
    await mkdir(path.join(root, folder), { recursive: true });
  } catch {
    const parts = folder.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const at = path.join(root, ...parts.slice(0, i));
      if ((await stat(at).catch(() => undefined))?.isFile()) await unlink(at);
    }
    await mkdir(path.join(root, folder), { recursive: true });
  }
}

/** Removes each folder of `dirs` (relative to `root`) and its parents while they are empty; never `root` itself. */
async function removeEmpty(root: string, dirs: ReadonlySet<string>): Promise<void> {
  // Deepest first, so a parent is tried after its children.
  const order = [...dirs].sort((a, b) => b.split('/').length - a.split('/').length);
  for (let dir of order) {
    while (dir && dir !== '.') {
      try {
        await rmdir(path.join(root, dir));
      } catch {
        break; // not empty (or gone): its parents are not empty either
      }
      dir = path.dirname(dir);
    }
  }
}
