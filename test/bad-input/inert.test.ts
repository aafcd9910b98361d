// The hostile-markup case, built: nothing from the article can run or load. Its HTML, <script>, event handlers,
// javascript: links and template syntax are escaped (front matter) or left out (body). scripts/check-inert.ts
// loads the same pages in Chromium and checks that nothing ran.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.js';
import { inlineScripts } from '../../scripts/check-site.js';

let tmp: string;
let pages: Map<string, string>;
let unregister: () => void;

beforeAll(async () => {
  unregister = register();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'dateline-inert-'));
  await cp('test/fixtures/bad/hostile-markup/articles', path.join(tmp, 'content', 'articles'), { recursive: true });
  const result = await build({ contentDir: path.join(tmp, 'content'), output: path.join(tmp, '_site'), log: { info: () => {}, error: () => {} } });
  expect(result.ok).toBe(true);
  pages = new Map();
  for (const file of (await readdir(path.join(tmp, '_site'), { recursive: true })).filter((f) => f.endsWith('.html'))) {
    pages.set(file, await readFile(path.join(tmp, '_site', file), 'utf8'));
  }
}, 60_000);

afterAll(async () => {
  unregister();
  await rm(tmp, { recursive: true, force: true });
});

describe('hostile article markup', () => {
  it('reaches no page as markup: no script, handler, frame, form, image or javascript: link', () => {
    expect(pages.size).toBeGreaterThan(3);
    for (const [file, html] of pages) {
      // Parsed, so an escaped "onmouseover=" in a title (text, shown as written) is not mistaken for a handler.
      expect(inlineScripts(html), file).toEqual([]);
      // JSON-LD data, and the site's own script files (filter.js, search.js), nothing else.
      expect(html, file).not.toMatch(/<script(?! type="application\/ld\+json">| src="\/assets\/[a-z-]+\.js" defer><\/script>)/i);
      expect(html, file).not.toMatch(/<(?:iframe|form|input|img|svg|b)\b/i);
      expect(html, file).not.toMatch(/(?:href|src|action)\s*=\s*["']?\s*javascript:/i);
    }
  });

  it('shows the front matter as text, escaped', () => {
    const article = pages.get(path.join('articles', '2021-05-03-hostile', 'index.html'))!;
    expect(article).toContain('&lt;script&gt;window.pwned = &#39;title&#39;&lt;/script&gt; Envoys');
    expect(article).toContain('&lt;svg onload=&quot;window.pwned=&#39;author&#39;&quot;&gt;');
    expect(article).toContain('Robert&#39;); DROP TABLE articles;--');
  });

  it('never runs article text as a template', () => {
    const article = pages.get(path.join('articles', '2021-05-03-hostile', 'index.html'))!;
    expect(article).toContain('{{ 7 * 7 }}');
    expect(article).toContain('{% raw %}');
    expect(article).not.toContain('49');
  });

  it('keeps the text of dropped links and images', () => {
    const article = pages.get(path.join('articles', '2021-05-03-hostile', 'index.html'))!;
    expect(article).toContain('according to a statement and a second one, and a photograph.');
  });
});
