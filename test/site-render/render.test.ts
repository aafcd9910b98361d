// The whole site, rendered from the sample SiteData through Eleventy's programmatic API. `toJSON()` renders every
// page in memory without writing _site/. Eleventy imports .eleventy.ts itself, natively, so tsx must be registered.
// Eleventy's types come from scripts/eleventy.d.ts.
import Eleventy from '@11ty/eleventy';
import { register } from 'tsx/esm/api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleSiteData as sample } from '../fixtures/site-data.sample.js';

/** What Nunjucks' autoescape does to a string. */
const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

async function render(): Promise<Map<string, string>> {
  const pages = await new Eleventy('templates', undefined, { configPath: '.eleventy.ts', quietMode: true }).toJSON();
  return new Map(pages.map((p) => [String(p.url), p.content]));
}

let site: Map<string, string>;
let unregister: () => void;
const savedEnv = { DATELINE_SAMPLE: process.env.DATELINE_SAMPLE, TZ: process.env.TZ };

beforeAll(async () => {
  unregister = register();
  process.env.DATELINE_SAMPLE = '1';
  site = await render();
});

afterAll(() => {
  unregister();
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const page = (url: string): string => {
  const html = site.get(url);
  if (html === undefined) throw new Error(`no page at ${url}; rendered: ${[...site.keys()].join(', ')}`);
  return html;
};

describe('site render (sample data)', () => {
  test('renders the index, the article index, every type page and nothing unexpected', () => {
    const expected = [
      '/',
      '/articles/',
      '/events.json',
      '/events.csv',
      '/events.ics',
      '/timelinejs.json',
      '/feed.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/search/',
      '/404.html',
      '/compact/',
      sample.troops.url,
      ...sample.listings.map((l) => l.url),
      ...sample.events.map((e) => e.url),
      ...sample.articles.map((a) => a.url),
      ...sample.types.map((t) => t.url),
    ];
    expect([...site.keys()].sort()).toEqual(expected.sort());
  });

  test('every event has a page with its title, date, type and sources', () => {
    for (const event of sample.events) {
      const html = page(event.url);
      expect(html).toContain(`<h1>${escape(event.title)}</h1>`);
      expect(html).toContain(`<time datetime="${event.date}">${escape(event.dateLabel)}</time>`);
      expect(html).toContain(escape(event.precisionLabel));
      expect(html).toContain(escape(event.typeLabel));
      for (const source of event.sources) {
        expect(html).toContain(`href="${source.url}"`);
        expect(html).toContain(`<blockquote><p>${escape(source.quote)}</p></blockquote>`);
      }
    }
  });

  test('every article has a page carrying its body HTML untouched', () => {
    for (const article of sample.articles) {
      const html = page(article.url);
      expect(html).toContain(`<h1>${escape(article.title)}</h1>`);
      expect(html).toContain(article.html);
      for (const link of article.events) expect(html).toContain(`href="${link.url}"`);
    }
  });

  test('every source link lands on a sentence span of its article', () => {
    for (const source of sample.events.flatMap((e) => e.sources)) {
      const [path, fragment] = source.url.split('#');
      expect(fragment).toBe(`s-${source.sentence}`);
      expect(page(path!)).toContain(`<span id="${fragment}"`);
    }
  });

  test('index and type pages list their events under year headings', () => {
    const index = page('/');
    for (const event of sample.events) expect(index).toContain(`href="${event.url}"`);
    for (const year of sample.years) expect(index).toContain(`<h2 id="${year.anchor}">`);
    for (const type of sample.types) {
      const html = page(type.url);
      const listed = type.years.flatMap((y) => y.months.flatMap((m) => m.events));
      expect(listed).toHaveLength(type.count);
      for (const event of sample.events) {
        expect(html.includes(`href="${event.url}"`)).toBe(listed.includes(event));
      }
    }
  });

  test('a <script> in a title is escaped wherever the title appears', () => {
    const hostile = sample.events.find((e) => e.title.includes('<script>'));
    expect(hostile, 'the sample keeps one title with markup in it').toBeDefined();
    const html = page(hostile!.url);
    expect(html).toContain(`<title>${escape(hostile!.title)} · ${escape(sample.title)}</title>`);
    expect(html).toContain(`<h1>${escape(hostile!.title)}</h1>`);
    // No page carries a script element other than JSON-LD data, which holds no "<" at all; events.json holds the
    // raw title, as JSON should.
    for (const [url, content] of site) {
      if (!url.endsWith('/')) continue;
      const data = [...content.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => m[1]!);
      const own = content.match(/<script src="\/assets\/[a-z-]+\.js" defer><\/script>/g)?.length ?? 0;
      expect((content.match(/<script/gi)?.length ?? 0) - own, url).toBe(data.length);
      for (const json of data) expect(() => JSON.parse(json), url).not.toThrow();
    }
    expect(JSON.parse(html.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)![1]!).name).toBe(hostile!.title);
  });

  test('each HTML page has exactly one h1, a main landmark and a skip link to it', () => {
    for (const [url, html] of site) {
      if (!url.endsWith('/')) continue;
      expect(html.match(/<h1[\s>]/g), url).toHaveLength(1);
      expect(html, url).toMatch(/<main id="main">/);
      expect(html, url).toContain('href="#main"');
    }
  });

  test('the data exports are the library strings, byte for byte', () => {
    expect(page('/events.json')).toBe(sample.eventsJson);
    expect(page('/events.csv')).toBe(sample.eventsCsv);
    expect(page('/events.ics')).toBe(sample.eventsIcs);
    expect(page('/timelinejs.json')).toBe(sample.timelineJs);
  });

  test('renders the same bytes in any time zone', async () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const east = await render();
    process.env.TZ = 'America/Adak';
    const west = await render();
    expect(east).toEqual(site);
    expect(west).toEqual(site);
  });
});
