// A saved HTML page → the same result as a pasted article: the page's metadata decides title, date, authors,
// publisher and URL (flags still win); its article element, stripped of furniture elements, becomes text that goes
// through the pasted-text importer, so the line rules (share widgets, "Read also", comment policies, bylines,
// standfirst) apply to both.
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { ArticleMeta } from '../types.js';
import { detectPublisher } from './detect-publisher.js';
import { findArticle, readHtmlBody } from './html-body.js';
import { readHtmlMetadata } from './html-metadata.js';
import { ImportError } from './import-error.js';
import { importRawText, type ImportOverrides, type ImportResult } from './import-raw-text.js';

/** Whether a file is a saved web page rather than pasted text: by its name, or a document type at the top. */
export function isHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(?:<!doctype\s+html|<html[\s>])/i.test(text);
}

export function importHtml(html: string, overrides: ImportOverrides = {}): ImportResult {
  const tree = fromHtml(html);
  const located = findArticle(tree);
  const metadata = readHtmlMetadata(tree, located.article);
  // The whole page's lines, read before the furniture goes: a "© 2023 Name" footer still names the publisher.
  const pageLines = toText(tree).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const body = readHtmlBody(located);
  const title = metadata.title?.value;

  // The headline goes first so the text importer reads the header zone (standfirst, byline, stamps) under it; the
  // article's own <h1> then reads as a repeated title and is dropped.
  let result: ImportResult;
  try {
    result = importRawText(`${title ?? ''}\n\n${body.text}\n`, {
      ...overrides,
      title: overrides.title ?? title,
      published: overrides.published ?? metadata.published?.value,
    });
  } catch (error) {
    if (error instanceof ImportError && error.field === 'published' && overrides.published === undefined) {
      throw new ImportError(
        'published',
        `No publication date found in the page "${overrides.title ?? title ?? '(untitled)'}": no article:published_time or ` +
          'JSON-LD datePublished, no <time datetime> in the article, no date stamp under the headline. Pass --published YYYY-MM-DD.',
      );
    }
    if (error instanceof ImportError && error.field === 'title') {
      throw new ImportError('title', 'No title found: the page has no <h1>, og:title or <title>, and no line of text. Pass --title "…".');
    }
    throw error;
  }

  const from: NonNullable<ImportResult['detectedFrom']> = { body: body.from };
  const detected = { ...result.detected };
  if (metadata.title) [detected.title, from.title] = [metadata.title.value, metadata.title.from];
  if (metadata.published) [detected.published, from.published] = [metadata.published.value, metadata.published.from];
  else if (detected.published) from.published = 'date stamp in the text';
  const textPublisher = detected.publisher ?? detectPublisher(pageLines, result.body.split('\n\n')[0]);
  if (metadata.publisher) [detected.publisher, from.publisher] = [metadata.publisher.value, metadata.publisher.from];
  else if (textPublisher) [detected.publisher, from.publisher] = [textPublisher, 'text'];
  if (metadata.authors) [detected.authors, from.authors] = [metadata.authors.value, metadata.authors.from];
  else if (detected.authors.length) from.authors = 'byline in the text';
  if (metadata.url) [detected.url, from.url] = [metadata.url.value, metadata.url.from];

  // Same keys in the same order as the text importer makes them.
  const publisher = overrides.publisher?.trim() || detected.publisher;
  const url = overrides.url?.trim() || detected.url;
  const meta: ArticleMeta = { title: result.meta.title, published: result.meta.published, authors: detected.authors };
  if (publisher) meta.publisher = publisher;
  if (url) meta.url = url;
  if (result.meta.description) meta.description = result.meta.description;
  // The headline line was put there by us, not removed from the page.
  const removed = [...body.removed, ...result.removed.filter((r) => !(r.reason === 'title (front matter)' && r.line === title))];
  return { meta, body: result.body, removed, detected, detectedFrom: from };
}
