// The content folder → validated Article records, in file-name order. Every problem in every file is collected
// and reported together, so one run tells the writer everything that needs fixing.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ArticleError, type ArticleWarning } from './article-error.js';
import { parseFrontMatter } from './parse-front-matter.js';
import { segmentBody } from './segment-body.js';
import type { Article } from '../types.js';

export class ContentError extends Error {
  readonly problems: ArticleError[];
  constructor(problems: ArticleError[]) {
    super(`${problems.length} article problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export interface LoadOptions {
  onWarning?: (warning: ArticleWarning) => void;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses one article file's text. `file` is the path used in messages and provenance. */
export function parseArticle(file: string, source: string, warnings: ArticleWarning[] = []): Article {
  const { meta, body, bodyLine, warnings: metaWarnings } = parseFrontMatter(file, source.replace(/^\uFEFF/, ''));
  warnings.push(...metaWarnings);
  if (!body.trim()) {
    throw new ArticleError({ file, line: bodyLine, problem: 'the article has no body', fix: 'Paste the article text below the closing "---" line.' });
  }
  const { sentences } = segmentBody(body);
  const slug = path.basename(file, '.md');
  return {
    ...meta,
    slug,
    file,
    body,
    sentences: sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph })),
  };
}

export async function loadArticles(dir: string, options: LoadOptions = {}): Promise<Article[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  } catch {
    throw new ContentError([new ArticleError({ file: dir, problem: 'the articles folder does not exist', fix: `Create ${dir}/ and add articles to it (npm run import -- FILE).` })]);
  }
  if (names.length === 0) {
    throw new ContentError([new ArticleError({ file: dir, problem: 'there are no articles (*.md files)', fix: 'Add at least one article (see README: "Adding an article").' })]);
  }
  const problems: ArticleError[] = [];
  const articles: Article[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const bytes = await readFile(file);
      let source: string;
      try {
        source = utf8.decode(bytes);
      } catch {
        throw new ArticleError({ file, problem: 'the file is not UTF-8 text', fix: 'Save it as UTF-8, or remove it if it is not an article.' });
      }
      if (source.includes('\u0000')) {
        throw new ArticleError({ file, problem: 'the file is binary, not text', fix: 'Remove it from the articles folder.' });
      }
      const warnings: ArticleWarning[] = [];
      articles.push(parseArticle(file, source, warnings));
      for (const warning of warnings) options.onWarning?.(warning);
    } catch (error) {
      if (error instanceof ArticleError) problems.push(error);
      else throw error;
    }
  }
  if (problems.length) throw new ContentError(problems);
  return articles;
}
