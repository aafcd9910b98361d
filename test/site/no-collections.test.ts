import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every template under templates/, includes and layouts too. */
function templates(dir = 'templates'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? templates(path.join(dir, entry.name)) : entry.name.endsWith('.njk') ? [path.join(dir, entry.name)] : [],
  );
}

// The pages read the library's data (`dateline`), never Eleventy's collections; putting 9,000 pages in them at 1,000
// articles (each page's data, URL and dependencies worked out ahead of rendering) was work no page used.
describe('Eleventy collections', () => {
  it('are read by no template', () => {
    for (const file of templates()) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bcollections\s*[.[]/);
  });

  it('hold no page: every page template opts out, none asks for all its pages', () => {
    const pages = templates().filter((file) => !/[/\\]_(?:includes|layouts)[/\\]/.test(file));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).toMatch(/eleventyExcludeFromCollections(?::|\s*=)\s*true/);
      expect(text, file).not.toMatch(/addAllPagesToCollections/);
    }
  });
});
