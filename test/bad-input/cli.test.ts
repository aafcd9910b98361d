// `npm run build` as a person runs it: its exit code, what it prints, and the previous site left whole by a build
// that fails — byte for byte, with no half-written folder beside it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let tmp: string;
let content: string;
let output: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'dateline-cli-'));
  content = path.join(tmp, 'content');
  output = path.join(tmp, 'out');
  await cp('test/fixtures/bad/no-dated-sentence/articles/2021-05-03-water-ministers-meet-in-amman.md', path.join(content, 'articles', '2021-05-03-water-ministers-meet-in-amman.md'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function runBuild(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], {
    env: { ...process.env, DATELINE_CONTENT: content, DATELINE_OUTPUT: output },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One digest over every file's path and bytes. */
async function digest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort()) {
    hash.update(`${path.relative(dir, file)}\0`).update(await readFile(file));
  }
  return hash.digest('hex');
}

const broken = '---\ntitle: "Talks in Geneva"\npublished: "2021-02-30"\n---\n\nDelegations met in Geneva on Friday.\n';
const unknownKey = '---\ntitle: "Talks in Geneva"\npublished: "2021-05-04"\ntags: [geneva]\n---\n\nDelegations met in Geneva on Friday.\n';

describe('npm run build', () => {
  it('builds, then a failing build exits 1, names the problem and leaves the previous site byte for byte', async () => {
    const first = runBuild();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Wrote \d+ files to .*out\/ in \d+ ms \(data \d+ ms, pages \d+ ms \(\d+ rendered, \d+ kept\), search \d+ ms \(\d+ of \d+ index(?:es)? written\), peak \d+ MB\)\./);
    const before = await digest(output);

    await writeFile(path.join(content, 'articles', '2021-02-30-geneva.md'), broken);
    const failed = runBuild();
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`Build failed; ${output}/ is unchanged.`);
    expect(failed.stderr).toContain('2021-02-30-geneva.md:3, field "published": "2021-02-30" is not a real day. Check the month and day');
    expect(await digest(output)).toBe(before);
    expect(existsSync(`${output}.next`)).toBe(false);
    await rm(path.join(content, 'articles', '2021-02-30-geneva.md'));
  }, 240_000);

  it('prints warnings and builds; with --strict the same warnings fail it and the site stays as it was', async () => {
    await writeFile(path.join(content, 'articles', '2021-05-04-geneva.md'), unknownKey);
    const warned = runBuild();
    expect(warned.status, warned.stderr).toBe(0);
    expect(warned.stderr).toContain('1 warning:');
    expect(warned.stderr).toContain('2021-05-04-geneva.md:4, field "tags": unknown front-matter key "tags" is ignored');
    expect(warned.stdout).toContain('(1 warning)');
    const before = await digest(output);

    const strict = runBuild('--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('--strict: the warning above counts as errors.');
    expect(await digest(output)).toBe(before);
  }, 240_000);

  it('refuses an option it does not know', () => {
    const result = runBuild('--strcit');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown option --strcit. Usage: npm run build [-- --strict]');
  });
});
