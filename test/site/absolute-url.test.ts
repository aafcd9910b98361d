import { HtmlBasePlugin } from '@11ty/eleventy';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/site/absolute-url.js';

/** Eleventy's own transform behind the htmlBaseUrl filter, with the default path prefix this site uses. */
const eleventys = (url: string, base: string): string => HtmlBasePlugin.applyBaseToUrl(url, base, { pathPrefix: '/' });

const BASES = ['http://localhost:8080', 'https://example.org', 'https://example.org/', 'https://news.example.co.uk:8443', 'https://a-b.example'];
const URLS = [
  '/', '/events/', '/events/2024-01-01-talks-in-lisvane-ab12/', '/articles/2021-03-24-iraq-working-on-timetable/',
  '/events/page/2/', '/types/talks/', '/on/2024/01/', '/a.b/', "/it's/", '/x:y/', '/search/', '/troops/', '/404.html',
];
/** What the fast path must leave to Eleventy (each is changed by URL or path.join, or is not root-relative). */
const ODD_URLS = ['/a//b/', '/a/../b/', '/./a/', '/a/.', '//host/x/', 'relative/', '/caf\u00e9/', '/a b/', '/a?b', '/a#b', '/%41/', '/a\\b/', ''];
const ODD_BASES = ['https://Example.org', 'https://example.org:443', 'http://example.org:80/', 'https://example.org/news/', 'https://1.2.3.4', 'https://xn--caf-dma.example', '/', 'https://example.org.'];

describe('absoluteUrl', () => {
  it("gives Eleventy's htmlBaseUrl byte for byte for plain root-relative page URLs", () => {
    for (const base of BASES) for (const url of URLS) {
      expect(absoluteUrl(url, base), `${url} against ${base}`).toBe(eleventys(url, base));
    }
  });

  it('leaves to Eleventy every URL and base it would change in ways a join would not', () => {
    for (const base of BASES) for (const url of ODD_URLS) expect(absoluteUrl(url, base), `${url} against ${base}`).toBeUndefined();
    for (const base of ODD_BASES) for (const url of URLS) expect(absoluteUrl(url, base), `${url} against ${base}`).toBeUndefined();
  });

  it('is what Eleventy gives whenever it answers, on generated paths', () => {
    const chars = 'aZ09-._~/:@!$&\'()*+,;=%?# \u00e9\\';
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5000; i++) {
      let url = '/';
      for (let n = Math.floor(next() * 12); n > 0; n--) url += chars[Math.floor(next() * chars.length)];
      const base = BASES[i % BASES.length]!;
      const fast = absoluteUrl(url, base);
      if (fast !== undefined) expect(fast, `${url} against ${base}`).toBe(eleventys(url, base));
    }
  });
});
