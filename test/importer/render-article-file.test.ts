import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { importRawText } from '../../src/importer/import-raw-text.js';
import { renderArticleFile, yamlString } from '../../src/importer/render-article-file.js';
import type { ArticleMeta } from '../../src/types.js';

// gray-matter caches parses by input string; a fresh options object bypasses that cache.
const parse = (text: string) => matter(text, {});

describe('renderArticleFile', () => {
  const full: ArticleMeta = {
    title: 'Iraq working on timetable: PM "advisor" #1',
    published: '2021-03-24',
    publisher: 'Rudaw',
    authors: ['Sura Ali', 'Dilan Sirwan'],
    url: 'https://example.org/a?b=1&c=2',
    description: 'A dek with a backslash \\ and a tab\tand “curly quotes”.',
  };

  it('writes keys in order, every value double-quoted, and the body after a blank line', () => {
    expect(renderArticleFile(full, 'First paragraph.\n\nSecond paragraph.')).toBe(
      [
        '---',
        'title: "Iraq working on timetable: PM \\"advisor\\" #1"',
        'published: "2021-03-24"',
        'publisher: "Rudaw"',
        'authors:',
        '  - "Sura Ali"',
        '  - "Dilan Sirwan"',
        'url: "https://example.org/a?b=1&c=2"',
        'description: "A dek with a backslash \\\\ and a tab\\tand “curly quotes”."',
        '---',
        '',
        'First paragraph.',
        '',
        'Second paragraph.',
        '',
      ].join('\n'),
    );
  });

  it('omits undefined keys and writes an empty author list as []', () => {
    const text = renderArticleFile({ title: 'T', published: '2021-04-07', authors: [] }, 'Body.\n\n\n');
    expect(text).toBe('---\ntitle: "T"\npublished: "2021-04-07"\nauthors: []\n---\n\nBody.\n');
  });

  it('round-trips through gray-matter with published staying a string', () => {
    const parsed = parse(renderArticleFile(full, 'Body text.'));
    expect(parsed.data).toEqual(full);
    expect(typeof parsed.data.published).toBe('string');
    expect(parsed.content.trim()).toBe('Body text.');
  });

  it('round-trips every seed article', () => {
    for (const name of ['000_042b59dc9f735874.txt', '001_1b9c7798e4e7c789.txt', '002_e0ec57b5396342bc.txt', '003_f34d4a9cf97a46aa.txt', '004_31cfb2d14bb7864f.txt']) {
      const { meta, body } = importRawText(readFileSync(new URL(`../fixtures/seeds-raw/${name}`, import.meta.url), 'utf8'));
      const text = renderArticleFile(meta, body);
      const parsed = parse(text);
      expect(parsed.data).toEqual(meta);
      expect(parsed.content).toBe(`\n${body}\n`);
      expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
      expect(renderArticleFile(meta, body)).toBe(text); // deterministic
    }
  });

  it('escapes characters YAML does not allow raw', () => {
    const nasty = 'line\nbreak \u0007 bell \u2028 sep \u0085 nel ‘ok’ ü';
    expect(yamlString(nasty)).toBe('"line\\nbreak \\x07 bell \\u2028 sep \\x85 nel ‘ok’ ü"');
    expect(parse(renderArticleFile({ title: nasty, published: '2021-01-01', authors: ['- not a list', 'yes'] }, '')).data).toEqual({
      title: nasty,
      published: '2021-01-01',
      authors: ['- not a list', 'yes'],
    });
  });

  it('refuses a published value that is not YYYY-MM-DD', () => {
    expect(() => renderArticleFile({ title: 'T', published: 'April 7, 2021', authors: [] }, '')).toThrowError(/YYYY-MM-DD/);
  });
});
