// templates/redirect.njk rendered by Eleventy on its own (the template needs nothing but `dateline`): a moved event
// gets a refresh, a visible link, rel=canonical and noindex; an event gone from the timeline gets a notice.
import Eleventy from '@11ty/eleventy';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedirectPage } from '../../src/site/site-data.js';

const redirects: RedirectPage[] = [
  { id: '2021-04-talks-resume', url: '/events/2021-04-talks-resume/', target: { id: '2021-04-07-talks-resume', url: '/events/2021-04-07-talks-resume/', title: 'Talks <resume> in Baghdad', dateLabel: '7 April 2021' } },
  { id: '2020-gone', url: '/events/2020-gone/' },
];
let input: string;
let pages: Map<string, string>;

beforeAll(async () => {
  input = mkdtempSync(path.join(os.tmpdir(), 'dateline-redirect-'));
  copyFileSync('templates/redirect.njk', path.join(input, 'redirect.njk'));
  // An empty config file, so Eleventy neither looks for the project's nor needs the TypeScript loader.
  writeFileSync(path.join(input, 'config.mjs'), 'export default function () {}\n');
  const options = {
    quietMode: true,
    configPath: path.join(input, 'config.mjs'),
    config: (config: { addGlobalData(name: string, value: unknown): void }) => {
      config.addGlobalData('dateline', { title: 'Dateline', baseUrl: 'https://timeline.example', redirects });
    },
  };
  const eleventy = new Eleventy(input, undefined, options);
  pages = new Map((await eleventy.toJSON()).map((p) => [String(p.url), p.content]));
}, 60_000);
afterAll(() => rmSync(input, { recursive: true, force: true }));

describe('redirect pages', () => {
  it('renders one page per retired id at its old URL', () => {
    expect([...pages.keys()].sort()).toEqual(['/events/2020-gone/', '/events/2021-04-talks-resume/']);
  });

  it('sends a moved event on: refresh, canonical, noindex and a visible, escaped link', () => {
    const html = pages.get('/events/2021-04-talks-resume/')!;
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/events/2021-04-07-talks-resume/">');
    expect(html).toContain('<link rel="canonical" href="https://timeline.example/events/2021-04-07-talks-resume/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/events/2021-04-07-talks-resume/">Talks &lt;resume&gt; in Baghdad</a> (7 April 2021)');
  });

  it('tells the reader an event has left the timeline, without a refresh', () => {
    const html = pages.get('/events/2020-gone/')!;
    expect(html).toContain('No longer on the timeline');
    expect(html).toContain('<a href="/">See the timeline</a>');
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});
