// Issue 8: a rebuild renders only the pages whose data changed and carries the others over. What it writes must be
// exactly what a build from scratch writes: checked after adding an article, after a hand edit in the output, and
// when the page records belong to other templates.
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../scripts/build.js';
import { keptPages, RENDERING_CODE } from '../../scripts/kept-pages.js';
import { LAYOUT_GLOBALS, PAGED, planPages } from '../../src/site/page-plan.js';
import { sampleSiteData } from '../fixtures/site-data.sample.js';
import { useEleventyWorkspace } from '../helpers/eleventy-workspace.js';

const tmp = useEleventyWorkspace('kept');
const ADDED = 'test/fixtures/eval-articles/2022-03-03-talvar-government-rebels-agree-to-resume-talks-after-drone.md';

/** Path and digest of every file, one line each: a difference names the file. */
async function files(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const names = entries.map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
  return Promise.all(names.map(async (f) => `${f} ${createHash('sha256').update(await readFile(path.join(dir, f))).digest('hex')}`));
}

async function quietBuild(contentDir: string, output: string, cacheDir: string): Promise<BuildResult & { line: string }> {
  let line = '';
  const result = await build({ contentDir, output, cacheDir, log: { info: (l) => void (line = l), error: () => {} } });
  return { ...result, line };
}

const counts = (line: string) => {
  const m = line.match(/\((\d+) rendered, (\d+) kept\)/);
  return m ? { rendered: Number(m[1]), kept: Number(m[2]) } : undefined;
};

describe('a rebuild keeps the pages whose data did not change', () => {
  it('renders only changed pages, and writes what a build from scratch writes', async () => {
    const content = path.join(tmp(), 'content');
    await cp('content', content, { recursive: true });
    const site = path.join(tmp(), 'site');
    const cache = path.join(tmp(), 'cache');

    const first = await quietBuild(content, site, cache);
    expect(first.ok).toBe(true);
    const all = counts(first.line)!;
    expect(all.kept).toBe(0);

    // Nothing changed: every page is kept.
    expect(counts((await quietBuild(content, site, cache)).line)).toEqual({ rendered: 0, kept: all.rendered });

    // One article more: its page, its events' pages and their listings are rendered, the rest kept.
    await cp(ADDED, path.join(content, 'articles', path.basename(ADDED)));
    const added = await quietBuild(content, site, cache);
    expect(added.ok).toBe(true);
    const after = counts(added.line)!;
    expect(after.rendered).toBeGreaterThan(0);
    expect(after.kept).toBeGreaterThan(after.rendered);

    const fresh = path.join(tmp(), 'fresh');
    expect((await quietBuild(content, fresh, path.join(tmp(), 'fresh-cache'))).ok).toBe(true);
    expect(await files(site)).toEqual(await files(fresh));

    // A page changed by hand in the output is not the page recorded: it is rendered again.
    const event = (await readdir(path.join(site, 'events'))).sort()[0]!;
    await writeFile(path.join(site, 'events', event, 'index.html'), 'edited by hand');
    const mended = await quietBuild(content, site, cache);
    expect(counts(mended.line)!.rendered).toBe(1);
    expect(await files(site)).toEqual(await files(fresh));

    // What the output must be now: a build from scratch of the content as it is.
    const asFresh = async (name: string) => {
      const dir = path.join(tmp(), name);
      expect((await quietBuild(content, dir, path.join(tmp(), `${name}-cache`))).ok).toBe(true);
      return files(dir);
    };

    // An article edited: what it changed is rendered and moved in, nothing else.
    const edited = path.join(content, 'articles', path.basename(ADDED));
    await writeFile(edited, (await readFile(edited, 'utf8')).replace(/\n\n([^\n]+)\n*$/, '\n\nA closing line that reports nothing.\n\n$1\n'));
    const afterEdit = await quietBuild(content, site, cache);
    expect(counts(afterEdit.line)!.rendered).toBeGreaterThan(0);
    expect(await files(site)).toEqual(await asFresh('fresh-edited'));

    // The article removed: its page and its events' pages leave the output, as a build from scratch never had them.
    await rm(edited);
    const removed = await quietBuild(content, site, cache);
    expect(counts(removed.line)!.kept).toBeGreaterThan(0);
    expect(await files(site)).toEqual(await asFresh('fresh-removed'));
  }, 300_000);

  it('keeps nothing when the records were made by other templates', async () => {
    const cacheDir = path.join(tmp(), 'records');
    const output = path.join(tmp(), 'records-site');
    const planned = planPages(sampleSiteData);
    const key = createHash('sha256').update(path.resolve(output)).digest('hex').slice(0, 16);
    await mkdir(path.join(cacheDir, 'pages'), { recursive: true });
    await mkdir(output, { recursive: true });
    await writeFile(path.join(output, 'x.html'), '');
    const files = Object.fromEntries(planned.map((p) => [p.file, { digest: p.digest, ino: 0, size: 0, mtimeMs: 0 }]));
    await writeFile(path.join(cacheDir, 'pages', `${key}.json`), JSON.stringify({ code: 'other templates', files }));
    expect(await keptPages(planned, { output, cacheDir })).toEqual([]);
  });
});

describe('planPages', () => {
  it('digests everything a paginated page reads: its item and LAYOUT_GLOBALS, nothing else of the site data', async () => {
    const read = async (file: string) => readFile(path.join('templates', file), 'utf8');
    const names = (await readdir('templates', { recursive: true })).filter((f) => f.endsWith('.njk'));
    const paginated: string[] = [];
    for (const name of names) if (name.includes('/') || /^const pagination\b/m.test(await read(name))) paginated.push(name);
    expect(paginated).toEqual(expect.arrayContaining(['event.njk', 'article.njk', 'listing.njk', '_layouts/base.njk']));
    const allowed = new Set<string>([...LAYOUT_GLOBALS, ...PAGED]);
    const stray: string[] = [];
    for (const name of paginated) {
      for (const [, used] of (await read(name)).matchAll(/\bdateline\.([\w.]+)/g)) if (!allowed.has(used!.replace(/\.$/, ''))) stray.push(`${name}: dateline.${used}`);
    }
    expect(stray).toEqual([]);
  });

  it('gives a page a new digest when its item or a layout global changes, and only then', () => {
    const before = new Map(planPages(sampleSiteData).map((p) => [p.url, p.digest]));
    const changed = (data: typeof sampleSiteData) => planPages(data).filter((p) => before.get(p.url) !== p.digest).map((p) => p.url);
    expect(changed(structuredClone(sampleSiteData))).toEqual([]);

    const edited = structuredClone(sampleSiteData);
    edited.articles[0]!.html += '<p>One more paragraph.</p>';
    // The article's page, and the list of articles holding it (which shows its title, but holds it whole).
    expect(changed(edited)).toEqual([edited.articles[0]!.url, '/articles/']);

    // An event is listed on its year, month and kind pages too: those change with it, no other event's page does.
    const retitled = structuredClone(sampleSiteData);
    retitled.events[0]!.title += '!';
    const moved = changed(retitled);
    expect(moved).toContain(retitled.events[0]!.url);
    expect(moved.filter((url) => url.startsWith('/events/'))).toEqual([retitled.events[0]!.url]);
    expect(moved.filter((url) => url.startsWith('/articles/'))).toEqual([]);

    expect(changed({ ...sampleSiteData, title: 'Another site' })).toHaveLength(before.size);
  });
});

describe('what voids every kept page', () => {
  // A filter or store the Eleventy config imports shapes every page it renders, like a template does; a page whose
  // data did not change would otherwise be kept with the old filter's bytes.
  it('names every local module the Eleventy config imports', async () => {
    const config = await readFile('.eleventy.ts', 'utf8');
    // Types print nothing, and the extraction cache gives only the cache folder's name.
    const printsNothing = ['src/cache/extraction-cache.ts'];
    const local = [...config.matchAll(/^import (?!type )[^'"]*['"](\.\/[^'"]+)['"]/gm)]
      .map((m) => path.normalize(m[1]!.replace(/\.js$/, '.ts')))
      .filter((file) => !printsNothing.includes(file));
    expect(local.length).toBeGreaterThan(2);
    for (const file of local) expect(RENDERING_CODE.some((entry) => file === entry || file.startsWith(`${entry}/`)), file).toBe(true);
  });
});
