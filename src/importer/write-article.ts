// Puts an imported article into the articles folder without ever overwriting another article:
//   - a file with exactly these bytes already there            → "unchanged", nothing written;
//   - the same article (same source URL, or the same body text)  → "already imported", nothing written, unless
//     `replace` is set: then that file is rewritten in place, keeping its name (and so its URL);
//   - otherwise a new file `<published>-<slug>.md`, or `-2`, `-3`, … when another article has that name.
// New files are written to a temporary name and hard-linked into place, which fails rather than overwrites when
// a file of that name appeared in the meantime.
import { linkSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontMatter } from '../articles/parse-front-matter.js';
import { articleSlug } from '../articles/slugify.js';
import type { ArticleMeta } from '../types.js';
import { renderArticleFile } from './render-article-file.js';

export type WriteStatus = 'written' | 'unchanged' | 'already imported' | 'replaced';

export interface WriteOutcome {
  status: WriteStatus;
  /** The article's file: the one written, or the one that already holds it. */
  file: string;
  /** For "already imported" and "replaced": the front-matter fields or body that differ. */
  differences?: string[];
}

export interface WriteOptions {
  /** Rewrite an earlier import of the same article in place. */
  replace?: boolean;
}

const sameText = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

function differences(old: ArticleMeta & { body: string }, meta: ArticleMeta, body: string): string[] {
  const fields: (keyof ArticleMeta)[] = ['title', 'published', 'publisher', 'authors', 'url', 'description'];
  const diff = fields.filter((f) => JSON.stringify(old[f] ?? null) !== JSON.stringify(meta[f] ?? null)).map(String);
  if (!sameText(old.body, body)) diff.push('body');
  return diff;
}

export function writeArticle(dir: string, meta: ArticleMeta, body: string, options: WriteOptions = {}): WriteOutcome {
  const text = renderArticleFile(meta, body);
  const names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
  for (const name of names) {
    if (readFileSync(path.join(dir, name), 'utf8') === text) return { status: 'unchanged', file: path.join(dir, name) };
  }
  for (const name of names) {
    const file = path.join(dir, name);
    let old: ArticleMeta & { body: string };
    try {
      const parsed = parseFrontMatter(file, readFileSync(file, 'utf8'));
      old = { ...parsed.meta, body: parsed.body };
    } catch {
      continue; // a broken file is the build's to report, not an earlier import of this article
    }
    const sameUrl = meta.url !== undefined && old.url === meta.url;
    if (!sameUrl && !sameText(old.body, body)) continue;
    const diff = differences(old, meta, body);
    if (!options.replace) return { status: 'already imported', file, differences: diff };
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, file);
    return { status: 'replaced', file, differences: diff };
  }
  const base = articleSlug(meta.title, meta.published);
  const temp = path.join(dir, `.${base}.${process.pid}.tmp`);
  writeFileSync(temp, text);
  try {
    for (let n = 1; ; n++) {
      const file = path.join(dir, `${n === 1 ? base : `${base}-${n}`}.md`);
      try {
        linkSync(temp, file);
        return { status: 'written', file };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      }
      // A file system without hard links: exclusive create, which also never overwrites.
      try {
        writeFileSync(file, text, { flag: 'wx' });
        return { status: 'written', file };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  } finally {
    rmSync(temp, { force: true });
  }
}
