// The content folder → validated Article records, in file-name order. Every problem in every file is collected
// and reported together, so one run tells the writer everything that needs fixing. Problems that leave a usable
// site (a stray file, an unknown key, the same article twice) are warnings; the build prints them and goes on.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleCache, ReadArticle } from '../cache/article-cache.js';
import { ArticleError, ContentError, type ArticleWarning } from './article-error.js';
import type { Article } from '../types.js';

export { ContentError };

export interface LoadOptions {
  onWarning?: (warning: ArticleWarning) => void;
  /**
   * The day to check `published` against (YYYY-MM-DD): an article published after it is refused. Default: the
   * latest date anywhere on Earth right now (UTC+14), so no writer's "today" is ever in the future. The clock
   * only decides whether a build is accepted, never what it outputs.
   */
  today?: string;
  /** Parsed articles kept between builds (src/cache/article-cache.ts); default none. */
  cache?: ArticleCache;
  /**
   * What a long-lived process (`npm start`) read last time, kept in memory: a file whose text is unchanged is neither
   * parsed nor looked up in the cache again, and keeps its Article object (later steps memoise on it).
   */
  memory?: ArticleMemory;
}

/** Each file's text and what reading it gave, as of the last load that used this memory. */
export interface ArticleMemory {
  files: Map<string, { source: string; read: ReadArticle }>;
  /** Each article's body as the same-text check compares it (withoutRepeats). */
  repeatKeys: WeakMap<Article, string>;
}

export function articleMemory(): ArticleMemory {
  return { files: new Map(), repeatKeys: new WeakMap() };
}

/** The articles, and each one's body template by slug (render-body.ts) for the page that shows it. */
export interface LoadedArticles {
  articles: Article[];
  bodyTemplates: Map<string, string>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Today's date where it is latest, UTC+14 (Kiritimati), as YYYY-MM-DD. */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

export async function loadArticles(dir: string, options: LoadOptions = {}): Promise<Article[]> {
  return (await loadArticleFiles(dir, options)).articles;
}

export async function loadArticleFiles(dir: string, options: LoadOptions = {}): Promise<LoadedArticles> {
  const warn = (warning: ArticleWarning) => options.onWarning?.(warning);
  let entries: { name: string; isFile(): boolean; isDirectory(): boolean }[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    throw new ContentError([new ArticleError({ file: dir, problem: 'the articles folder does not exist', fix: `Create ${dir}/ and put the articles in it (see README: "Adding an article").` })]);
  }
  // Code-point order, never the locale's, so every machine reads (and keeps) the same files.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // .gitkeep, .DS_Store, editors' swap files
    if (entry.isFile() && entry.name.endsWith('.md')) names.push(entry.name);
    else if (entry.isDirectory()) warn({ file: path.join(dir, entry.name), message: 'folders inside the articles folder are not read. Move its articles up into the articles folder' });
    else if (/\.(?:md|markdown|mdown|txt)$/i.test(entry.name)) warn({ file: path.join(dir, entry.name), message: 'is not read: only files ending in ".md" are articles. Rename it to end in ".md"' });
    else warn({ file: path.join(dir, entry.name), message: 'is not an article and is not read (only *.md files are). Move it out of the articles folder' });
  }
  if (names.length === 0) {
    throw new ContentError([new ArticleError({ file: dir, problem: 'there are no articles (*.md files)', fix: 'Add at least one article (see README: "Adding an article").' })]);
  }
  const today = options.today ?? latestToday();
  const problems: ArticleError[] = [];
  const articles: Article[] = [];
  const bodyTemplates = new Map<string, string>();
  const bySlug = new Map<string, string>();
  // 1. Every file's text, and what the cache holds for it.
  const files: { name: string; file: string; read?: ReadArticle; source?: string; problems?: ArticleError[] }[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const entry: (typeof files)[number] = { name, file };
    files.push(entry);
    try {
      // Synchronously: a thousand awaited reads one after another took 0.2 s, read at once 13 ms.
      const bytes = readFileSync(file);
      if (bytes.includes(0)) {
        throw new ArticleError({ file, problem: 'the file is binary, not text', fix: 'Remove it from the articles folder.' });
      }
      try {
        entry.source = utf8.decode(bytes);
      } catch {
        throw new ArticleError({ file, line: firstBadLine(bytes), problem: 'the file is not UTF-8 text', fix: 'Save it as UTF-8 (in most editors: "Save with encoding", UTF-8), or remove it if it is not an article.' });
      }
      const known = options.memory?.files.get(file);
      const cached = known?.source === entry.source ? known.read : options.cache?.get(file, entry.source);
      // A cached article dated after today is read afresh, for the error with its line number.
      if (cached && cached.article.published <= today) entry.read = cached;
    } catch (error) {
      if (error instanceof ArticleError) entry.problems = [error];
      else throw error;
    }
  }
  // 2. The rest read afresh, on every core when there are many. Markdown and sentence splitting are loaded only
  //    then: a warm build needs neither.
  const fresh = files.filter((f) => !f.read && !f.problems);
  if (fresh.length) {
    const { readInParallel, problemsOf } = await import('./read-parallel.js');
    const outcomes = await readInParallel(fresh.map(({ file, source }) => ({ file, source: source!, today })));
    fresh.forEach((entry, i) => {
      const outcome = outcomes[i]!;
      if ('read' in outcome) {
        entry.read = outcome.read;
        options.cache?.set(entry.file, entry.source!, outcome.read);
      } else entry.problems = problemsOf(outcome);
    });
  }
  // 3. In file-name order: problems, one page per slug, warnings.
  for (const { name, file, read, problems: found } of files) {
    if (found) {
      problems.push(...found);
      continue;
    }
    const { article, warnings } = read!;
    const taken = bySlug.get(article.slug);
    if (taken !== undefined) {
      problems.push(
        new ArticleError({
          file, problem: `its page would be /articles/${article.slug}/, the same as for ${taken} (file names differing only in case are the same article page)`,
          fix: 'Rename one of the two files.',
        }),
      );
      continue;
    }
    bySlug.set(article.slug, name);
    articles.push(article);
    bodyTemplates.set(article.slug, read!.bodyTemplate);
    for (const warning of warnings) warn(warning);
  }
  if (options.memory) {
    const memory = options.memory.files;
    memory.clear();
    for (const { file, read, source } of files) if (read && source !== undefined) memory.set(file, { source, read });
  }
  if (problems.length) throw new ContentError(problems);
  return { articles: withoutRepeats(articles, warn, options.memory?.repeatKeys), bodyTemplates };
}

/**
 * The same article saved twice under two names would cite every sentence twice. The one whose file name sorts
 * first is kept, whatever order the disk lists them in.
 */
function withoutRepeats(articles: Article[], warn: (warning: ArticleWarning) => void, keys?: WeakMap<Article, string>): Article[] {
  const kept = new Map<string, Article>();
  const result: Article[] = [];
  for (const article of articles) {
    let key = keys?.get(article);
    if (key === undefined) {
      key = article.body.normalize('NFC').replace(/\s+/g, ' ').trim();
      keys?.set(article, key);
    }
    const first = kept.get(key);
    if (first) {
      warn({
        file: article.file,
        message: `has the same text as ${path.basename(first.file)}, so it is left out and only ${path.basename(first.file)} is used. Delete one of the two files`,
      });
      continue;
    }
    kept.set(key, article);
    result.push(article);
  }
  return result;
}

/** 1-based line of the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
