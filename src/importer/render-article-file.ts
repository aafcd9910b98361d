// Writes an article file: YAML front matter in a fixed key order, then the Markdown body. Every string is
// double-quoted, so `published` stays a string for any YAML parser (unquoted 2021-07-26 becomes a Date) and titles
// with colons, quotes or a leading "@" need no special cases. Same input, same bytes.
import type { ArticleMeta } from '../types.js';

/** YAML double-quoted scalar: escapes backslash, quote, and every character YAML does not allow printed raw. */
export function yamlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${code.toString(16).padStart(2, '0').toUpperCase()}`;
    else if (code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) {
      out += `\\u${code.toString(16).padStart(4, '0').toUpperCase()}`;
    } else out += ch;
  }
  return `${out}"`;
}

export function renderArticleFile(meta: ArticleMeta, body: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.published)) {
    throw new Error(`published must be a YYYY-MM-DD string, got "${meta.published}"; pass --published YYYY-MM-DD.`);
  }
  const lines = ['---', `title: ${yamlString(meta.title)}`, `published: ${yamlString(meta.published)}`];
  if (meta.publisher !== undefined) lines.push(`publisher: ${yamlString(meta.publisher)}`);
  if (meta.authors.length === 0) lines.push('authors: []');
  else lines.push('authors:', ...meta.authors.map((a) => `  - ${yamlString(a)}`));
  if (meta.url !== undefined) lines.push(`url: ${yamlString(meta.url)}`);
  if (meta.description !== undefined) lines.push(`description: ${yamlString(meta.description)}`);
  lines.push('---');
  const text = body.replace(/\r\n?/g, '\n').trim();
  return `${lines.join('\n')}\n${text ? `\n${text}\n` : ''}`;
}
