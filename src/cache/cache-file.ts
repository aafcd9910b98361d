// One cache entry on disk, shared by every cache: read whole or not at all, written whole (temporary name, then
// rename) so a build stopped midway or two builds at once leave no half-written entry, and only when its JSON reads
// back deep-equal to the value (no undefined members, no -0, no Dates), so a cached build matches an uncached one.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

/** The parsed entry, or undefined when it is missing or unreadable (a miss). */
export function readEntry<T>(file: string): T | undefined {
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
