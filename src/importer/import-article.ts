// One input file → an article: saved web pages go through the HTML importer, anything else is pasted text.
// `formatImport` words what was detected and removed, for the person importing to check line by line.
import { importHtml, isHtml } from './import-html.js';
import { importRawText, type ImportOverrides, type ImportResult } from './import-raw-text.js';
import type { WriteOutcome } from './write-article.js';

export interface ImportedArticle extends ImportResult {
  kind: 'html' | 'text';
}

export function importArticle(name: string, source: string, overrides: ImportOverrides = {}): ImportedArticle {
  const text = source.replace(/^\uFEFF/, '');
  return isHtml(name, text) ? { kind: 'html', ...importHtml(text, overrides) } : { kind: 'text', ...importRawText(text, overrides) };
}

const short = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The import report for one file: where it went, each front-matter field and how it was decided, what was removed. */
export function formatImport(input: string, result: ImportedArticle, outcome: WriteOutcome, overrides: ImportOverrides = {}): string[] {
  const { meta, detected } = result;
  const from = result.detectedFrom ?? {};
  const how = (field: 'title' | 'published' | 'publisher' | 'url', value: string | undefined): string => {
    if (value === undefined) return '';
    if (overrides[field] !== undefined) {
      const was = detected[field];
      return `  (given; detected ${was === undefined ? 'none' : was === value ? 'the same' : `"${short(was, 60)}"`})`;
    }
    return from[field] ? `  (from ${from[field]})` : '';
  };
  const status: Record<WriteOutcome['status'], string> = {
    written: `written ${outcome.file}`,
    unchanged: `unchanged: ${outcome.file} already holds exactly this article`,
    'already imported': `already imported as ${outcome.file}; nothing written (differs in: ${outcome.differences?.join(', ') || 'nothing'}). Pass --replace to rewrite that file in place.`,
    replaced: `replaced ${outcome.file} (changed: ${outcome.differences?.join(', ') || 'nothing'})`,
  };
  const paragraphs = result.body ? result.body.split('\n\n').length : 0;
  const lines = [
    `${input} (${result.kind === 'html' ? `saved web page, article read from ${from.body ?? '<body>'}` : 'pasted text'})`,
    `  ${status[outcome.status]}`,
    `  title:       ${meta.title}${how('title', meta.title)}`,
    `  published:   ${meta.published}${how('published', meta.published)}`,
    `  publisher:   ${meta.publisher ?? '(none named on the page)'}${how('publisher', meta.publisher)}`,
    `  authors:     ${meta.authors.length ? meta.authors.join(', ') : '(none)'}${from.authors ? `  (from ${from.authors})` : ''}`,
    `  url:         ${meta.url ?? '(none)'}${how('url', meta.url)}`,
    `  description: ${meta.description ? short(meta.description, 100) : '(none)'}`,
    `  body:        ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`,
    `  removed ${result.removed.length}:`,
    ...result.removed.map(({ line, reason }) => `    [${reason}] ${short(line, 80)}`),
  ];
  return lines;
}
