// Writing imports: idempotent, never overwriting, a distinct name for a different article with the same title and date.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderArticleFile } from '../../src/importer/render-article-file.js';
import { writeArticle } from '../../src/importer/write-article.js';
import type { ArticleMeta } from '../../src/types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const meta: ArticleMeta = { title: 'Talks on water sharing resume', published: '2022-06-01', authors: ['Jane Roe'] };
const body = 'Delegations from the two countries met on Tuesday to resume talks on sharing river water, officials said.';
const files = () => readdirSync(dir).sort();

describe('writeArticle', () => {
  it('writes <published>-<slug>.md, then says "unchanged" and writes nothing when the same article comes again', () => {
    expect(writeArticle(dir, meta, body)).toEqual({ status: 'written', file: path.join(dir, '2022-06-01-talks-on-water-sharing-resume.md') });
    expect(writeArticle(dir, meta, body)).toEqual({ status: 'unchanged', file: path.join(dir, '2022-06-01-talks-on-water-sharing-resume.md') });
    expect(files()).toEqual(['2022-06-01-talks-on-water-sharing-resume.md']);
    expect(readFileSync(path.join(dir, files()[0]!), 'utf8')).toBe(renderArticleFile(meta, body));
  });

  it('gives a different article with the same title and date its own name, never overwriting', () => {
    writeArticle(dir, meta, body);
    const second = writeArticle(dir, meta, 'A second report, by another outlet, said the talks began on Wednesday instead.');
    const third = writeArticle(dir, meta, 'A third report said the talks were postponed on Tuesday.');
    expect([second.status, path.basename(second.file)]).toEqual(['written', '2022-06-01-talks-on-water-sharing-resume-2.md']);
    expect(path.basename(third.file)).toBe('2022-06-01-talks-on-water-sharing-resume-3.md');
    expect(readFileSync(path.join(dir, '2022-06-01-talks-on-water-sharing-resume.md'), 'utf8')).toBe(renderArticleFile(meta, body));
    expect(writeArticle(dir, meta, 'A second report, by another outlet, said the talks began on Wednesday instead.').status).toBe('unchanged');
  });

  it('recognises the same article imported with other front matter, and rewrites it in place only when asked', () => {
    const first = writeArticle(dir, meta, body);
    const again = writeArticle(dir, { ...meta, title: 'Water talks resume', publisher: 'River Post' }, `${body}\n`);
    expect(again).toEqual({ status: 'already imported', file: first.file, differences: ['title', 'publisher'] });
    expect(files()).toHaveLength(1);
    const replaced = writeArticle(dir, { ...meta, publisher: 'River Post' }, body, { replace: true });
    expect(replaced).toEqual({ status: 'replaced', file: first.file, differences: ['publisher'] });
    expect(readFileSync(first.file, 'utf8')).toContain('publisher: "River Post"');
    expect(files()).toHaveLength(1);
  });

  it('treats the same source URL as the same article even when the text was cleaned differently', () => {
    const url = 'https://river.example/talks';
    const first = writeArticle(dir, { ...meta, url }, body);
    expect(writeArticle(dir, { ...meta, url }, `${body}\n\nA later paragraph the earlier import missed.`)).toMatchObject({ status: 'already imported', file: first.file, differences: ['body'] });
  });

  it('steps over a file of that name that is not a readable article, leaving it alone', () => {
    writeFileSync(path.join(dir, '2022-06-01-talks-on-water-sharing-resume.md'), 'not front matter');
    expect(path.basename(writeArticle(dir, meta, body).file)).toBe('2022-06-01-talks-on-water-sharing-resume-2.md');
    expect(readFileSync(path.join(dir, '2022-06-01-talks-on-water-sharing-resume.md'), 'utf8')).toBe('not front matter');
    expect(files().filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
