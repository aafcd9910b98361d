// The content folder → validated Article records, in file-name order. Every problem in every file is collected
// and reported together, so one run tells the writer everything that needs fixing. Problems that leave a usable
// site (a stray file, an unknown key, the same article twice) are warnings; the build prints them and goes on.
import type { Root } from 'mdast';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import type { ArticleCache, ReadArticle } from '../cache/article-cache.js';
import { ArticleError, ContentError, type ArticleWarning } from './article-error.js';
import { parseFrontMatter } from './parse-front-matter.js';
import { renderBodyTemplate, SAFE_LINK } from './render-body.js';
import { segmentBody } from './segment-body.js';
import { slugify } from './slugify.js';
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
}

/** The articles, and each one's body template by slug (render-body.ts) for the page that shows it. */
export interface LoadedArticles {
  articles: Article[];
  bodyTemplates: Map<string, string>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file name (without `.md`) that is safe in a URL path: letters, digits, `-`, `_` and `.`. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** File names whose pages would sit where the site's own pages are (`/articles/page/2/`). */
const RESERVED = new Set(['page']);

/** Today's date where it is latest, UTC+14 (Kiritimati), as YYYY-MM-DD. */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/** Parses one article file's text. `file` is the path used in messages and provenance. */
export function parseArticle(file: string, source: string, warnings: ArticleWarning[] = [], options: { today?: string } = {}): Article {
  const read = readArticle(file, source, options);
  warnings.push(...read.warnings);
  return read.article;
}

/** One article file's text → the Article, its warnings and its body template. */
function readArticle(file: string, source: string, options: { today?: string } = {}): ReadArticle {
  const name = path.basename(file).replace(/\.md$/i, '');
  if (!SAFE_NAME.test(name)) {
    throw new ArticleError({
      file, problem: 'the file name is not safe in a web address (it becomes the article\'s URL)',
      fix: `Rename it to ${slugify(name) === 'untitled' ? '<published>-<title-words>' : slugify(name)}.md: lower-case letters, digits and hyphens.`,
    });
  }
  if (RESERVED.has(name.toLowerCase())) {
    throw new ArticleError({
      file, problem: `"${name}" is a reserved name: /articles/${name.toLowerCase()}/ holds the further pages of the article list`,
      fix: 'Rename the file, for example to <published>-<title-words>.md.',
    });
  }
  const { meta, body, bodyLine, warnings, fieldLines } = parseFrontMatter(file, source.replace(/^\uFEFF/, ''));
  checkToday(file, meta.published, options.today, fieldLines.get('published'));
  if (!body.trim()) {
    throw new ArticleError({ file, line: bodyLine, problem: 'the article has no body', fix: 'Paste the article text below the closing "---" line.' });
  }
  const segmented = segmentBody(body);
  warnings.push(...markupWarnings(file, segmented.tree, segmented.rawHtml, bodyLine));
  const article: Article = {
    ...meta,
    // Lower case, so two names differing only in case cannot overwrite each other's page on a case-blind disk.
    slug: name.toLowerCase(),
    file,
    body,
    sentences: segmented.sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph })),
  };
  // Rendered after the warnings were read from the tree: rendering rewrites it.
  return { article, warnings, bodyTemplate: renderBodyTemplate(segmented) };
}

function checkToday(file: string, published: string, today: string | undefined, line: number | undefined): void {
  if (today !== undefined && published > today) {
    throw new ArticleError({
      file, field: 'published', line, problem: `"${published}" is in the future (today is ${today} at the latest)`,
      fix: 'Check the year and month; an article can only be added once it has been published.',
    });
  }
}

/** Raw HTML and links the page will not show, so the writer knows the page differs from the file. */
function markupWarnings(file: string, tree: Root, rawHtml: number[], bodyLine: number): ArticleWarning[] {
  const html = rawHtml.map((line) => line + bodyLine - 1);
  const links: { url: string; line: number }[] = [];
  const images: number[] = [];
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => (node.position?.start.line ?? 1) + bodyLine - 1;
  visit(tree, (node) => {
    if (node.type === 'image' || node.type === 'imageReference') images.push(lineOf(node));
    else if ((node.type === 'link' || node.type === 'definition') && !SAFE_LINK.test(node.url)) links.push({ url: node.url, line: lineOf(node) });
  });
  const warnings: ArticleWarning[] = [];
  const list = (all: number[]) => {
    const lines = [...new Set(all)];
    return lines.length > 1 ? `lines ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}` : `line ${lines[0]}`;
  };
  if (html.length) {
    warnings.push({ file, line: html[0], message: `raw HTML (${list(html)}) is left out of the page. Write the text as Markdown instead` });
  }
  if (images.length) {
    warnings.push({ file, line: images[0], message: `images (${list(images)}) are not shown; only their alt text is. Remove them, or describe them in words` });
  }
  for (const { url, line } of links.slice(0, 5)) {
    const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
    warnings.push({ file, line, message: `the link to "${shown}" is shown as plain text: only https://, http:// and mailto: links are kept. Give the full https:// address, or remove the link` });
  }
  return warnings;
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
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const bytes = await readFile(file);
      if (bytes.includes(0)) {
        throw new ArticleError({ file, problem: 'the file is binary, not text', fix: 'Remove it from the articles folder.' });
      }
      let source: string;
      try {
        source = utf8.decode(bytes);
      } catch {
        throw new ArticleError({ file, line: firstBadLine(bytes), problem: 'the file is not UTF-8 text', fix: 'Save it as UTF-8 (in most editors: "Save with encoding", UTF-8), or remove it if it is not an article.' });
      }
      let read = options.cache?.get(file, source);
      // A cached article dated after today is read afresh, for the error with its line number.
      if (!read || read.article.published > today) {
        read = readArticle(file, source, { today });
        options.cache?.set(file, source, read);
      }
      const { article, warnings } = read;
      const taken = bySlug.get(article.slug);
      if (taken !== undefined) {
        throw new ArticleError({
          file, problem: `its page would be /articles/${article.slug}/, the same as for ${taken} (file names differing only in case are the same article page)`,
          fix: 'Rename one of the two files.',
        });
      }
      bySlug.set(article.slug, name);
      articles.push(article);
      bodyTemplates.set(article.slug, read.bodyTemplate);
      for (const warning of warnings) warn(warning);
    } catch (error) {
      if (error instanceof ArticleError) problems.push(error);
      else if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length) throw new ContentError(problems);
  return { articles: withoutRepeats(articles, warn), bodyTemplates };
}

/**
 * The same article saved twice under two names would cite every sentence twice. The one whose file name sorts
 * first is kept, whatever order the disk lists them in.
 */
function withoutRepeats(articles: Article[], warn: (warning: ArticleWarning) => void): Article[] {
  const kept = new Map<string, Article>();
  const result: Article[] = [];
  for (const article of articles) {
    const key = article.body.normalize('NFC').replace(/\s+/g, ' ').trim();
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
