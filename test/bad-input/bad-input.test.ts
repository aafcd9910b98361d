// Every case under test/fixtures/bad/<case>/ is a small content folder (articles/, maybe site.json, maybe a
// generate.ts that writes articles too big or too odd to store) and expected.json, the exact outcome:
//   exit      0 or 1
//   errors    one substring per error, in the order reported (file by file, line by line)
//   warnings  one substring per warning, in any order
//   pages     site paths that must be written; absent: that must not; listed: linked from /articles/
//   today     the injected clock (YYYY-MM-DD); strict: build with --strict; timeLimitMs: the time it may take
//   slow      runs only with DATELINE_SLOW=1 (.ci/run sets it)
// Each case builds over a previous site, which must survive a failed build untouched.
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useEleventyWorkspace } from '../helpers/eleventy-workspace.js';
import { build } from '../../scripts/build.js';

const CASES = path.resolve('test/fixtures/bad');

interface Expected {
  description: string;
  exit: 0 | 1;
  errors?: string[];
  warnings?: string[];
  pages?: string[];
  absent?: string[];
  listed?: string[];
  today?: string;
  strict?: boolean;
  timeLimitMs?: number;
  slow?: boolean;
}

const cases = (await readdir(CASES, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const PREVIOUS = '<!doctype html><title>the previous build</title>';
const tmp = useEleventyWorkspace('bad');

/** Copies a case into a fresh content folder, runs its generator, and puts a previous site beside it. */
async function prepare(name: string): Promise<{ content: string; output: string }> {
  const content = path.join(tmp(), name, 'content');
  const output = path.join(tmp(), name, '_site');
  await mkdir(content, { recursive: true });
  for (const entry of await readdir(path.join(CASES, name))) {
    if (entry === 'articles' || entry === 'site.json') await cp(path.join(CASES, name, entry), path.join(content, entry), { recursive: true });
  }
  const generator = path.join(CASES, name, 'generate.ts');
  if (existsSync(generator)) {
    await mkdir(path.join(content, 'articles'), { recursive: true });
    const { default: generate } = (await import(pathToFileURL(generator).href)) as { default: (articles: string) => Promise<void> };
    await generate(path.join(content, 'articles'));
  }
  await mkdir(output, { recursive: true });
  await writeFile(path.join(output, 'index.html'), PREVIOUS);
  return { content, output };
}

const file = (output: string, page: string) => path.join(output, page.replace(/^\//, ''), page.endsWith('/') ? 'index.html' : '');

describe('bad input', () => {
  it('has the cases issue 7 asks for', () => {
    for (const name of ['yaml-syntax', 'title-missing', 'published-missing', 'published-impossible', 'published-future', 'not-utf8', 'binary-md', 'stray-file', 'empty-body', 'same-slug', 'same-article-twice', 'unknown-keys', 'hostile-markup', 'large-article', 'no-dated-sentence', 'articles-empty', 'articles-missing', 'strict-unknown-keys']) {
      expect(cases).toContain(name);
    }
  });

  for (const name of cases) {
    const expected = JSON.parse(readFileSync(path.join(CASES, name, 'expected.json'), 'utf8')) as Expected;
    const run = expected.slow && !process.env.DATELINE_SLOW ? it.skip : it;
    run(`${name}: ${expected.description}`, async () => {
      const { content, output } = await prepare(name);
      const printed: string[] = [];
      const result = await build({
        contentDir: content,
        output,
        strict: expected.strict ?? false,
        ...(expected.today ? { today: expected.today } : {}),
        log: { info: (line) => printed.push(line), error: (line) => printed.push(line) },
      });

      expect(result.ok, printed.join('\n')).toBe(expected.exit === 0);
      expect(result.errors).toHaveLength(expected.errors?.length ?? 0);
      expected.errors?.forEach((substring, i) => expect(result.errors[i]).toContain(substring));
      expect(result.warnings, result.warnings.join('\n')).toHaveLength(expected.warnings?.length ?? 0);
      for (const substring of expected.warnings ?? []) expect(result.warnings.some((w) => w.includes(substring)), substring).toBe(true);
      // Every message is printed, and names the file (or folder) it is about.
      for (const message of [...result.errors, ...result.warnings]) {
        expect(printed.join('\n')).toContain(message);
        expect(message.startsWith(content), message).toBe(true);
      }
      if (expected.timeLimitMs) expect(result.ms).toBeLessThan(expected.timeLimitMs);

      if (expected.exit !== 0) {
        expect(await readFile(path.join(output, 'index.html'), 'utf8')).toBe(PREVIOUS);
        expect(await readdir(output)).toEqual(['index.html']);
        expect(existsSync(`${output}.next`)).toBe(false);
        return;
      }
      expect(await readFile(path.join(output, 'index.html'), 'utf8')).not.toBe(PREVIOUS);
      for (const page of expected.pages ?? []) expect(existsSync(file(output, page)), page).toBe(true);
      for (const page of expected.absent ?? []) expect(existsSync(file(output, page)), page).toBe(false);
      const list = await readFile(file(output, '/articles/'), 'utf8');
      for (const page of expected.listed ?? []) expect(list).toContain(`href="${page}"`);
    }, 240_000);
  }
});

