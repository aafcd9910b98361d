// One article file's text → the Article (front matter checked, body split into sentences), its warnings and its
// body template. load-articles.ts calls it for each file the article cache does not hold.
import type { Root } from 'mdast';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import type { ReadArticle } from '../cache/article-cache.js';
import { ArticleError, type ArticleWarning } from './article-error.js';
import { parseFrontMatter } from './parse-front-matter.js';
import { renderBodyTemplate, SAFE_LINK } from './render-body.js';
import { segmentBody } from './segment-body.js';
import { slugify } from './slugify.js';
import type { Article } from '../types.js';

/** A file name (without `.md`) that is safe in a URL path: letters, digits, `-`, `_` and `.`. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** File names whose pages would sit where the site's own pages are (`/articles/page/2/`). */
const RESERVED = new Set(['page']);

/** Parses one article file's text. `file` is the path used in messages and provenance. */
export function parseArticle(file: string, source: string, warnings: ArticleWarning[] = [], options: { today?: string } = {}): Article {
  const read = readArticle(file, source, options);
  warnings.push(...read.warnings);
  return read.article;
}

/** One article file's text → the Article, its warnings and its body template. */
export function readArticle(file: string, source: string, options: { today?: string } = {}): ReadArticle {
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
