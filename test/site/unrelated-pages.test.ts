// Adding an article changes no page it has nothing to do with: build four seed articles, add the fifth, and every
// article or event page that neither cites the new article nor links to an event that does keeps its bytes.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface EventJson { id: string; sources: { article: string }[] }

let work: string;
let unregister: () => void;
const added = '2021-04-19-iraq-pm-hints-at-progress-on-coalition-troop-withdrawal';

async function buildInto(content: string, output: string): Promise<void> {
  const { build } = await import('../../scripts/build.js');
  const quiet = { info: () => {}, error: (line: string) => console.error(line) };
  const result = await build({ contentDir: content, output, log: quiet });
  expect(result.ok).toBe(true);
}

const page = (site: string, url: string) => readFile(path.join(site, url, 'index.html'), 'utf8');
const links = (html: string) => new Set([...html.matchAll(/href="\/events\/([^/"]+)\/"/g)].map((m) => m[1]!));

beforeAll(async () => {
  unregister = register();
  work = await mkdtemp(path.join(os.tmpdir(), 'dateline-unrelated-'));
  const content = path.join(work, 'content');
  await mkdir(path.join(content, 'articles'), { recursive: true });
  await writeFile(path.join(content, 'event-ledger.json'), '{"events": {}}\n');
  for (const name of await readdir('content/articles')) {
    if (!name.startsWith(added)) await cp(path.join('content/articles', name), path.join(content, 'articles', name));
  }
  await buildInto(content, path.join(work, 'before'));
  await cp(path.join('content/articles', `${added}.md`), path.join(content, 'articles', `${added}.md`));
  await buildInto(content, path.join(work, 'after'));
}, 120_000);

afterAll(async () => {
  unregister();
  await rm(work, { recursive: true, force: true });
});

describe('adding an article', () => {
  it('leaves the bytes of every page it has nothing to do with', async () => {
    const after = JSON.parse(await readFile(path.join(work, 'after', 'events.json'), 'utf8')) as { events: EventJson[] };
    const touched = new Set(after.events.filter((e) => e.sources.some((s) => s.article === added)).map((e) => e.id));
    const before = new Set((JSON.parse(await readFile(path.join(work, 'before', 'events.json'), 'utf8')) as { events: EventJson[] }).events.map((e) => e.id));
    let compared = 0;
    for (const event of after.events) {
      if (touched.has(event.id) || !before.has(event.id)) continue;
      const [old, now] = await Promise.all([page(path.join(work, 'before'), `events/${event.id}`), page(path.join(work, 'after'), `events/${event.id}`)]);
      // A page that links to a changed or new event (earlier/later, related) has something to do with it.
      if ([...links(now)].some((id) => touched.has(id) || !before.has(id)) || [...links(old)].some((id) => !links(now).has(id))) continue;
      expect(now, event.id).toBe(old);
      compared++;
    }
    for (const article of await readdir(path.join(work, 'before', 'articles'), { withFileTypes: true })) {
      if (!article.isDirectory()) continue;
      const now = await page(path.join(work, 'after'), `articles/${article.name}`);
      if ([...links(now)].some((id) => touched.has(id))) continue;
      expect(now, article.name).toBe(await page(path.join(work, 'before'), `articles/${article.name}`));
      compared++;
    }
    expect(compared).toBeGreaterThan(5);
  });
});
