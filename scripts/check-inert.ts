// `npm run check:inert [-- SITE]`: opens every page of a site in headless Chromium, hovers, focuses and clicks
// every element, and fails if anything ran: the hostile-markup fixture (test/fixtures/bad/hostile-markup) sets
// `window.pwned` from every <script>, handler and javascript: link it holds. Any CSP violation, script error or
// dialog fails too. Without SITE it builds that fixture into a temporary folder first.
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from './build.js';
import { launch, visit } from './check-browser.js';
import { serve } from './check-serve.js';

const FIXTURE = 'test/fixtures/bad/hostile-markup';

let site = process.argv[2];
let tmp: string | undefined;
if (!site) {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'dateline-inert-'));
  await cp(path.join(FIXTURE, 'articles'), path.join(tmp, 'content', 'articles'), { recursive: true });
  site = path.join(tmp, '_site');
  const { ok } = await build({ contentDir: path.join(tmp, 'content'), output: site, log: { info: () => {}, error: () => {} } });
  if (!ok) throw new Error(`check:inert: the ${FIXTURE} fixture did not build`);
}

const urls = (await readdir(site, { recursive: true }))
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
const server = await serve(site);
const browser = await launch();
const failures: string[] = [];
try {
  for (const url of urls) {
    const { page, trouble } = await visit(browser, server.origin + url);
    // Stay on the page: a click on a link would navigate away before the next element is tried.
    await page.evaluate(() => {
      document.addEventListener('click', (e) => e.preventDefault(), true);
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'click', 'error', 'load']) element.dispatchEvent(new Event(type));
        if (element instanceof HTMLElement) element.click();
      }
    });
    await page.waitForTimeout(50);
    const pwned = await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned);
    if (pwned !== undefined) failures.push(`${url}: article markup ran (window.pwned = ${JSON.stringify(pwned)})`);
    for (const t of trouble) failures.push(`${url}: ${t}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`check:inert: ${failures.length} problem(s):\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`check:inert: nothing ran on ${urls.length} pages of ${process.argv[2] ?? FIXTURE}.`);
}
