// Front matter → validated ArticleMeta. YAML is read with the core schema, so `published: 2021-04-07` stays the
// string it was written as: gray-matter's default YAML engine turns it into a midnight-UTC Date (a day early west
// of Greenwich), rolls 2021-02-30 over to 2 March, and caches parses so a broken file fails only once.
import matter from 'gray-matter';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { isRealDay } from '../calendar/calendar-date.js';
import type { ArticleMeta } from '../types.js';
import { ArticleError, ContentError, type ArticleWarning } from './article-error.js';

const KNOWN_KEYS = new Set(['title', 'published', 'publisher', 'authors', 'url', 'description']);

export interface ParsedFrontMatter {
  meta: ArticleMeta;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  warnings: ArticleWarning[];
  /** Line of each top-level front-matter key, for messages about a field. */
  fieldLines: Map<string, number>;
}

export function parseFrontMatter(file: string, source: string): ParsedFrontMatter {
  if (!/^---\r?\n/.test(source)) {
    throw new ArticleError({
      file, line: 1, problem: 'no front matter',
      fix: 'Start the file with a "---" line, then title and published (YYYY-MM-DD), then "---" and the body.',
    });
  }
  let data: unknown;
  const parsed = matter(source, {
    // Passing options also turns off gray-matter's content cache.
    engines: {
      yaml: (text: string) => {
        try {
          return (data = parseYaml(text, { schema: 'core' })) as object;
        } catch (error) {
          // gray-matter hands over the text from the newline after "---", so yaml's line numbers are already file lines.
          const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 1) : undefined;
          // yaml's own "at line 2, column 49" counts from the first line after "---"; the file line is given instead.
          const reason = (error instanceof Error ? error.message.split('\n')[0]! : String(error)).replace(/ at line \d+, column \d+:?$/, '');
          throw new ArticleError({ file, line, problem: `front matter is not valid YAML (${reason})`, fix: 'Check quoting and indentation on that line.' });
        }
      },
    },
  });
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ArticleError({ file, line: 2, problem: 'front matter is not a set of "key: value" lines', fix: 'Write title: "…" and published: "YYYY-MM-DD" between the --- lines.' });
  }
  const record = data as Record<string, unknown>;
  const lines = keyLines(source);
  const warnings: ArticleWarning[] = [];
  for (const key of Object.keys(record).sort()) {
    if (!KNOWN_KEYS.has(key)) {
      warnings.push({ file, field: key, line: lines.get(key), message: `unknown front-matter key "${key}" is ignored (known: ${[...KNOWN_KEYS].join(', ')}). Check its spelling, or remove it` });
    }
  }
  // Every field is checked, so one run names every problem in the file.
  const problems: ArticleError[] = [];
  const check = <T>(validate: () => T, fallback: T): T => {
    try {
      return validate();
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      // Point at the line of the field, when the field is there at all.
      const line = error.field && error.line === undefined ? lines.get(error.field.replace(/\[.*$/, '')) : undefined;
      problems.push(line === undefined ? error : new ArticleError({ file, field: error.field!, line, problem: error.problem, fix: error.fix }));
      return fallback;
    }
  };
  const meta: ArticleMeta = {
    title: check(() => requiredString(file, record, 'title', 'Add a line like: title: "Talks resume in Baghdad"'), ''),
    published: check(() => publishedDate(file, record), ''),
    authors: check(() => authors(file, record), []),
  };
  const publisher = check(() => optionalString(file, record, 'publisher'), undefined);
  if (publisher !== undefined) meta.publisher = publisher;
  const url = check(() => {
    const value = optionalString(file, record, 'url');
    if (value !== undefined && !/^https?:\/\/[^\s]+$/i.test(value)) {
      throw new ArticleError({ file, field: 'url', problem: `"${value}" is not an http(s) address`, fix: 'Give the page the article came from, starting with https://, or remove the line.' });
    }
    return value;
  }, undefined);
  if (url !== undefined) meta.url = url;
  const description = check(() => optionalString(file, record, 'description'), undefined);
  if (description !== undefined) meta.description = description;
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new ContentError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));

  const frontLines = source.slice(0, source.length - parsed.content.length).split('\n').length;
  return { meta, body: parsed.content, bodyLine: frontLines, warnings, fieldLines: lines };
}

/** Line (1-based, in the file) of each top-level key of the front matter. */
function keyLines(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  const rows = source.split(/\r?\n/);
  for (let i = 1; i < rows.length && !/^(?:---|\.\.\.)\s*$/.test(rows[i]!); i++) {
    const m = /^(?:"([^"]+)"|'([^']+)'|([^\s:#'"][^:]*?))\s*:(?:\s|$)/.exec(rows[i]!);
    const key = m && (m[1] ?? m[2] ?? m[3]);
    if (key && !lines.has(key)) lines.set(key, i + 1);
  }
  return lines;

}

function requiredString(file: string, record: Record<string, unknown>, field: string, fix: string): string {
  const value = record[field];
  if (value === undefined || value === null) throw new ArticleError({ file, field, problem: 'is missing', fix });
  if (typeof value !== 'string') throw new ArticleError({ file, field, problem: `must be text, not ${describe(value)}`, fix: `Put the value in double quotes. ${fix}` });
  if (!value.trim()) throw new ArticleError({ file, field, problem: 'is empty', fix });
  return value.trim();
}

function optionalString(file: string, record: Record<string, unknown>, field: string): string | undefined {
  const value = record[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ArticleError({ file, field, problem: `must be text, not ${describe(value)}`, fix: 'Put the value in double quotes, or remove the line.' });
  return value.trim() || undefined;
}

function publishedDate(file: string, record: Record<string, unknown>): string {
  const fix = 'Write the publication day as published: "YYYY-MM-DD", e.g. published: "2021-04-07".';
  const value = record.published;
  if (value === undefined || value === null || value === '') throw new ArticleError({ file, field: 'published', problem: 'is missing', fix });
  const text = String(value).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new ArticleError({ file, field: 'published', problem: `"${text}" is not a YYYY-MM-DD date`, fix });
  if (!isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new ArticleError({ file, field: 'published', problem: `"${text}" is not a real day`, fix: 'Check the month and day (e.g. February has 28 or 29 days).' });
  }
  return text;
}

function authors(file: string, record: Record<string, unknown>): string[] {
  const value = record.authors;
  if (value === undefined || value === null) return [];
  const fix = 'Write authors as a list, e.g. authors: ["Jane Doe", "John Roe"], or authors: [] when unknown.';
  if (!Array.isArray(value)) throw new ArticleError({ file, field: 'authors', problem: `must be a list, not ${describe(value)}`, fix });
  return value.map((name, i) => {
    if (typeof name !== 'string' || !name.trim()) {
      throw new ArticleError({ file, field: `authors[${i}]`, problem: 'must be a non-empty name', fix });
    }
    return name.trim();
  });
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `the ${typeof value} ${JSON.stringify(value)}`;
}
