// `npm run import` end to end, in a temporary output folder: the report, the refusal, idempotence.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let out: string;
beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'dateline-import-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', '--out', out, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('scripts/import.ts', () => {
  it('refuses a page with no publication date: a message, exit code 1, no file', () => {
    const { code, stderr } = run('test/fixtures/html/no-date.html');
    expect(code).toBe(1);
    expect(stderr).toMatch(/no-date\.html: No publication date found.*--published YYYY-MM-DD/);
    expect(stderr).toContain('Nothing written for this file.');
    expect(readdirSync(out)).toEqual([]);
  });

  it('imports pasted text and saved pages, prints what it detected and removed, and is idempotent', () => {
    const files = ['test/fixtures/seeds-raw/001_1b9c7798e4e7c789.txt', 'test/fixtures/html/news-site-article.html'];
    const first = run(...files);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('written');
    expect(first.stdout).toContain('published:   2023-05-16  (from article:published_time)');
    expect(first.stdout).toMatch(/\[figure and caption \(<figure>\)\] Lorries queue/);
    expect(first.stdout).toContain('2 files: 2 written.');
    const written = readdirSync(out).sort();
    expect(written).toEqual(['2021-03-24-iraq-working-on-timetable-for-us-troop-withdrawal-pm-advisor.md', '2023-05-16-baghdad-and-ankara-agree-to-reopen-border-crossing-after-two.md']);
    // The seed comes out exactly as the committed article.
    expect(readFileSync(path.join(out, written[0]!), 'utf8')).toBe(readFileSync(path.join('content/articles', written[0]!), 'utf8'));
    const second = run(...files);
    expect(second.stdout).toContain('2 files: 2 unchanged.');
    expect(readdirSync(out).sort()).toEqual(written);
    const retitled = run('--title', 'Border crossing to reopen', 'test/fixtures/html/news-site-article.html');
    expect(retitled.stdout).toMatch(/already imported as .*2023-05-16-baghdad.*differs in: title.*--replace/);
    expect(readdirSync(out).sort()).toEqual(written);
  });

  it('does not take one --title for several files', () => {
    const { code, stderr } = run('--title', 'X', 'test/fixtures/html/no-date.html', 'test/fixtures/html/news-site-article.html');
    expect(code).toBe(2);
    expect(stderr).toContain('--title and --url describe one article');
  });
});
