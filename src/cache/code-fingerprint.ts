// A digest of the code whose output a cache entry holds, so that changing that code misses by itself: no version
// number to forget. Paths are relative to the project root; a folder counts every file in it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const computed = new Map<string, string>();

/** Forgets every digest, for a process that runs while the code may change (`npm start` and templates/). */
export function forgetFingerprints(): void {
  computed.clear();
}

/** Computed once per process for each list of paths (until forgetFingerprints). */
export function codeFingerprint(paths: readonly string[]): string {
  const id = paths.join('\0');
  const known = computed.get(id);
  if (known) return known;
  const hash = createHash('sha256');
  for (const entry of paths) {
    const full = path.join(ROOT, entry);
    let files: string[];
    try {
      files = readdirSync(full, { recursive: true, encoding: 'utf8' }).map((f) => path.join(full, f)).sort();
    } catch {
      files = [full];
    }
    for (const file of files) {
      try {
        hash.update(`${path.relative(ROOT, file)}\0`).update(readFileSync(file)).update('\0');
      } catch {
        // a folder, or a file this checkout lacks: the names above still count
      }
    }
  }
  const digest = hash.digest('hex');
  computed.set(id, digest);
  return digest;
}
