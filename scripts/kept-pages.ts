// Issue 8: a rebuild renders only the pages whose data changed. Each planned page's digest (src/site/page-plan.ts)
// is recorded with the file it was written to; the next build keeps a page — leaves its file where it is instead
// of rendering it (scripts/publish-site.ts) — when its digest and the templates are unchanged and the file is the
// very one recorded (same inode, size and modification time: anything else that wrote to the folder, a bare
// `npx @11ty/eleventy` or a hand edit, makes it render again).
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { codeFingerprint } from '../src/cache/code-fingerprint.js';
import type { PlannedPage } from '../src/site/page-plan.js';

/**
 * What a page's bytes depend on besides its data: the templates, the Eleventy wiring (with the filters and template
 * store `.eleventy.ts` imports) and the versions installed.
 */
export const RENDERING_CODE = [
  'templates',
  '.eleventy.ts',
  'scripts/eleventy-nunjucks-cache.ts',
  'src/site/absolute-url.ts',
  'src/cache/template-cache.ts',
  'src/site/page-plan.ts',
  'package-lock.json',
];

interface FileRecord {
  digest: string;
  ino: number;
  size: number;
  mtimeMs: number;
}

interface PageRecords {
  code: string;
  files: Record<string, FileRecord>;
}

/** One record file per output folder, under the cache. */
function recordsFile(cacheDir: string, output: string): string {
  return path.join(cacheDir, 'pages', `${createHash('sha256').update(path.resolve(output)).digest('hex').slice(0, 16)}.json`);
}

/** Runs `work` on every item, `width` at a time (thousands of stat or link calls at once would exhaust handles). */
async function each<T>(items: readonly T[], work: (item: T) => Promise<void>, width = 64): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

/** The planned pages whose file in `output` can be kept as it is. */
export async function keptPages(planned: readonly PlannedPage[], { output, cacheDir }: { output: string; cacheDir: string }): Promise<PlannedPage[]> {
  const records = await readRecords(cacheDir, output);
  if (!records) return [];
  const kept: PlannedPage[] = [];
  await each(planned, async (page) => {
    const record = records.files[page.file];
    if (record?.digest !== page.digest) return;
    const now = await stat(path.join(output, page.file)).catch(() => undefined);
    if (now && now.ino === record.ino && now.size === record.size && now.mtimeMs === record.mtimeMs) kept.push(page);
  });
  return kept;
}

/** The records of the last build into `output`, if they were made with the rendering code there is now. */
async function readRecords(cacheDir: string, output: string): Promise<PageRecords | undefined> {
  try {
    const records = JSON.parse(await readFile(recordsFile(cacheDir, output), 'utf8')) as PageRecords;
    return records.code === codeFingerprint(RENDERING_CODE) ? records : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records every planned page as `output` now holds it, for the next build. A page in `kept` (by URL: keptPages' answer,
 * its file left untouched since) keeps its record, so a rebuild stats only the pages it wrote.
 */
export async function recordPages(
  planned: readonly PlannedPage[],
  { output, cacheDir, kept }: { output: string; cacheDir: string; kept?: ReadonlySet<string> },
): Promise<void> {
  const files: Record<string, FileRecord> = {};
  const before = kept?.size ? (await readRecords(cacheDir, output))?.files : undefined;
  await each(planned, async (page) => {
    const known = kept?.has(page.url) ? before?.[page.file] : undefined;
    if (known?.digest === page.digest) {
      files[page.file] = known;
      return;
    }
    const now = await stat(path.join(output, page.file)).catch(() => undefined);
    if (now) files[page.file] = { digest: page.digest, ino: now.ino, size: now.size, mtimeMs: now.mtimeMs };
  });
  const file = recordsFile(cacheDir, output);
  await mkdir(path.dirname(file), { recursive: true });
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFile(file, JSON.stringify({ code: codeFingerprint(RENDERING_CODE), files: sorted }));
}
