// One cache entry on disk, shared by every cache: read whole or not at all, written whole (temporary name, then
// rename) so a build stopped midway or two builds at once leave no half-written entry, and only when its JSON reads
// back deep-equal to the value (no undefined members, no -0, no Dates), so a cached build matches an uncached one.
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

/**
 * Entries this build asked for or wrote, by folder: what `pruneUnused` keeps. Every cache goes through readEntry and
 * writeEntry, so this is the one place that knows.
 */
const used = new Map<string, Set<string>>();

function markUsed(file: string): void {
  const dir = path.resolve(path.dirname(file));
  (used.get(dir) ?? used.set(dir, new Set()).get(dir)!).add(path.basename(file));
}

/** Forgets what earlier builds in this process used (the dev server builds many times). */
export function resetUsed(): void {
  used.clear();
}

/**
 * Deletes the entries in `dirs` this build did not use, once they outnumber the used ones by more than
 * `slack` (2 ×, plus 100): a code change invalidates every entry, and without this each one would stay forever.
 * The slack keeps two content folders sharing one cache (tests, a second site) from evicting each other on
 * every build. Returns how many files were deleted; a folder that cannot be read or written is left alone.
 */
export function pruneUnused(dirs: readonly string[], slack = (kept: number) => 2 * kept + 100): number {
  let deleted = 0;
  for (const dir of dirs) {
    const keep = used.get(path.resolve(dir)) ?? new Set<string>();
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => name.endsWith('.json'));
    } catch {
      continue;
    }
    if (names.length <= slack(keep.size)) continue;
    for (const name of names) {
      if (keep.has(name)) continue;
      try {
        unlinkSync(path.join(dir, name));
        deleted++;
      } catch {
        // gone already, or read-only: only space is lost
      }
    }
  }
  return deleted;
}

/** The parsed entry, or undefined when it is missing or unreadable (a miss). */
export function readEntry<T>(file: string): T | undefined {
  markUsed(file);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

let written = 0;

/**
 * Writes `value` to `file` if JSON carries it exactly. False when the folder cannot be written: the caller stops
 * trying (a read-only checkout still builds, just without caching).
 */
export function writeEntry(file: string, value: unknown): boolean {
  markUsed(file);
  const json = JSON.stringify(value);
  if (!isDeepStrictEqual(JSON.parse(json), value)) return true;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}-${++written}.tmp`;
    writeFileSync(temp, json);
    renameSync(temp, file);
    return true;
  } catch {
    return false;
  }
}
