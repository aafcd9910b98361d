// Pagefind 1.5 writes its filter index from a hash map: the same site gives the values of a filter ("Attack",
// "Talks" …) in a different order on each run, so the filter file, its name, the metadata file naming it and
// pagefind-entry.json all change (Pagefind/pagefind#638: fragments are stable since 1.3, "filter/metadata indexes"
// are not). The build must give the same bytes every time, so after writeFiles this puts each filter's values in
// order, and renames the files from hashes of their new content. Search reads them exactly as before.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const HEADER = Buffer.from('pagefind_dcd');

/** The length in bytes of the CBOR item at `at` (the subset Pagefind writes: ints, strings, arrays, maps). */
function itemEnd(bytes: Buffer, at: number): number {
  const major = bytes[at]! >> 5;
  const info = bytes[at]! & 0x1f;
  let value: number;
  let next: number;
  if (info < 24) [value, next] = [info, at + 1];
  else if (info === 24) [value, next] = [bytes[at + 1]!, at + 2];
  else if (info === 25) [value, next] = [bytes.readUInt16BE(at + 1), at + 3];
  else if (info === 26) [value, next] = [bytes.readUInt32BE(at + 1), at + 5];
  else throw new Error(`pagefind-stable: unexpected CBOR item 0x${bytes[at]!.toString(16)} at ${at}`);
  if (major === 0 || major === 1) return next;
  if (major === 2 || major === 3) return next + value;
  if (major === 4 || major === 5) {
    for (let i = 0; i < value * (major === 5 ? 2 : 1); i++) next = itemEnd(bytes, next);
    return next;
  }
  throw new Error(`pagefind-stable: unexpected CBOR major type ${major} at ${at}`);
}

/** The items of the CBOR array at `at`: [start of the first item, each item's bytes]. */
function arrayItems(bytes: Buffer, at: number): { start: number; items: Buffer[]; end: number } {
  const first = bytes[at]!;
  if (first >> 5 !== 4) throw new Error(`pagefind-stable: expected an array at ${at}`);
  const info = first & 0x1f;
  const count = info < 24 ? info : info === 24 ? bytes[at + 1]! : bytes.readUInt16BE(at + 1);
  const start = at + (info < 24 ? 1 : info === 24 ? 2 : 3);
  const items: Buffer[] = [];
  let next = start;
  for (let i = 0; i < count; i++) {
    const end = itemEnd(bytes, next);
    items.push(bytes.subarray(next, end));
    next = end;
  }
  return { start, items, end: next };
}

/** A filter file ([name, [[value, pages] …]]) with its values in byte order. */
function sortFilter(decoded: Buffer): Buffer {
  if (!decoded.subarray(0, HEADER.length).equals(HEADER)) throw new Error('pagefind-stable: not a Pagefind file');
  const body = decoded.subarray(HEADER.length);
  const outer = arrayItems(body, 0);
  if (outer.items.length !== 2) throw new Error('pagefind-stable: a filter file is [name, values]');
  const nameEnd = outer.start + outer.items[0]!.length;
  const values = arrayItems(body, nameEnd);
  const sorted = [...values.items].sort(Buffer.compare);
  return Buffer.concat([HEADER, body.subarray(0, values.start), ...sorted, body.subarray(values.end)]);
}

const digest = (bytes: Buffer, length: number) => createHash('sha256').update(bytes).digest('hex').slice(0, length);

/** Rewrites `bundle` (the site's pagefind/ folder) so that it no longer depends on the run. */
export async function stabilisePagefind(bundle: string): Promise<void> {
  const entryPath = path.join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
  const renamed = new Map<string, string>();
  const filterDir = path.join(bundle, 'filter');
  for (const name of (await readdir(filterDir).catch(() => [] as string[])).sort()) {
    const match = /^(.+_)([0-9a-f]+)\.pf_filter$/.exec(name);
    if (!match) continue;
    const content = sortFilter(gunzipSync(await readFile(path.join(filterDir, name))));
    const hash = `${match[1]}${digest(content, match[2]!.length)}`;
    renamed.set(`${match[1]}${match[2]}`, hash);
    await writeFile(path.join(filterDir, `${hash}.pf_filter`), gzipSync(content, { level: 9 }));
    if (`${hash}.pf_filter` !== name) await rm(path.join(filterDir, name));
  }
  for (const language of Object.values(entry.languages)) {
    const metaPath = path.join(bundle, `pagefind.${language.hash}.pf_meta`);
    let meta = gunzipSync(await readFile(metaPath));
    for (const [from, to] of renamed) {
      // Same length, so the CBOR string headers stay right.
      const at = meta.indexOf(Buffer.from(from));
      if (at >= 0) meta = Buffer.concat([meta.subarray(0, at), Buffer.from(to), meta.subarray(at + from.length)]);
    }
    const [prefix, old] = [language.hash.replace(/[0-9a-f]+$/, ''), language.hash.replace(/^.*_/, '')];
    const hash = `${prefix}${digest(meta, old.length)}`;
    await writeFile(path.join(bundle, `pagefind.${hash}.pf_meta`), gzipSync(meta, { level: 9 }));
    if (hash !== language.hash) await rm(metaPath);
    language.hash = hash;
  }
  await writeFile(entryPath, JSON.stringify(entry));
}
