// One input file → an article: saved web pages go through the HTML importer, anything else is pasted text.
// `formatImport` words what was detected and removed, for the person importing to check line by line.
import { importHtml, isHtml } from './import-html.js';
import { importRawText, type ImportOverrides, type ImportResult } from './import-raw-text.js';
import type { WriteOutcome } from './write-article.js';

export interface ImportedArticle extends ImportResult {
  kind: 'html' | 'text';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's bytes as text: UTF-8, or for a saved page that is not UTF-8, the encoding its <meta charset> names
 * (older sites save windows-1252). Anything else is refused rather than imported with broken letters.
 */
export function decodeFile(name: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1];
    if (label && isHtml(name, head)) {
      try {
        const decoder = new TextDecoder(label);
        return decoder.encoding === 'windows-1252' ? windows1252(bytes) : decoder.decode(bytes);
      } catch {
        // an encoding TextDecoder does not know: refused below
      }
    }
    throw new Error(
      `${name} is not UTF-8 text${label ? ` and its charset "${label}" cannot be read` : ''}. Save it as UTF-8 (or, for a web page, with its <meta charset>) and import it again.`,
    );
  }
}

// Node's decoder reads windows-1252 (which the web also uses for "latin1" and "iso-8859-1") as ISO-8859-1, turning
// its curly quotes and dashes at 0x80–0x9F into control characters; this table is that range as the web reads it.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252[byte - 0x80] : String.fromCharCode(byte);
  return out;
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
