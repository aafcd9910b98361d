// The part of @11ty/eleventy-plugin-rss 3.0.0 that .eleventy.ts uses (the package ships no type declarations).
declare module '@11ty/eleventy-plugin-rss' {
  /** Registers the feed filters: dateToRfc3339, dateToRfc822, absoluteUrl, and Eleventy's htmlBaseUrl. */
  export function rssPlugin(eleventyConfig: unknown, options?: Record<string, unknown>): void;
  export default rssPlugin;
}
