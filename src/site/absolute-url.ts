// The sitemap's URLs made absolute without Eleventy's htmlBaseUrl filter for the common case: that filter tries
// `new URL` on the page's path (a thrown exception each), then on the base, then builds a URL and joins the path
// prefix, 0.4 s for the 9,000 URLs of a 1,000-article site, on every build. A root-relative path of plain characters
// against a bare origin comes out as the two glued together; anything else returns undefined and goes to the filter.
// test/site/absolute-url.test.ts holds it byte for byte to Eleventy's own transform.

/** "https://example.org" or "http://localhost:8080/": lower-case host names only (URL would lower-case them), no path. */
const BARE_ORIGIN = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z](?:[a-z0-9-]*[a-z0-9])?(?::[1-9]\d{0,4})?\/?$/;
/** "/events/2024-01-01-talks/": characters URL leaves as they are, no empty or dot segment (path.join and URL fold those). */
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._~!$&'()*+,;=:@-]+)*\/?$/;
/** Default ports, which URL drops, and punycode labels, which it checks: both left to the filter. */
const DOUBTFUL = /:(?:80|443)\/?$|xn--/;

/** `base` + `url` when Eleventy's htmlBaseUrl (with the default path prefix) would give exactly that, else undefined. */
export function absoluteUrl(url: string, base: string): string | undefined {
  if (!BARE_ORIGIN.test(base) || DOUBTFUL.test(base) || !url.startsWith('/') || !PLAIN_PATH.test(url)) return undefined;
  return (base.endsWith('/') ? base.slice(0, -1) : base) + url;
}
