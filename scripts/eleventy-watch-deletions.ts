// `npm start` must rebuild when an article is deleted, but Eleventy 3.1's watcher ignores deletions outside its
// input folder (11ty/eleventy#2798, fixed in 4.0). This plugin watches the articles folder itself and, when a file
// disappears, writes its name to a stamp file that Eleventy does watch, which triggers the rebuild. The stamp lives
// in the system's temporary folder: Eleventy's watcher skips whatever .gitignore names, .cache/ included.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, watch, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface WatchConfig {
  addWatchTarget(path: string): void;
}

export function watchDeletions(eleventyConfig: WatchConfig, options: { articlesDir: string }): void {
  const mode = process.env.ELEVENTY_RUN_MODE;
  if ((mode !== 'serve' && mode !== 'watch') || !existsSync(options.articlesDir)) return;
  const project = createHash('sha256').update(path.resolve(options.articlesDir)).digest('hex').slice(0, 12);
  const STAMP = path.join(os.tmpdir(), `dateline-watch-${project}`, 'articles-removed');
  mkdirSync(path.dirname(STAMP), { recursive: true });
  if (!existsSync(STAMP)) writeFileSync(STAMP, '');
  eleventyConfig.addWatchTarget(STAMP);
  watch(options.articlesDir, (event, name) => {
    if (event === 'rename' && name && !existsSync(path.join(options.articlesDir, name))) writeFileSync(STAMP, `${name}\n`);
  }).unref();
}
