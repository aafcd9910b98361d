// Imports raw pasted articles (.txt) into content/articles/<published>-<title-slug>.md and reports, per file, what
// was detected and which lines were dropped and why.
//
//   npx tsx scripts/import-seeds.ts [srcDir|file.txt] [outDir] [--published YYYY-MM-DD] [--publisher NAME]
//                                   [--title TEXT] [--url URL]
//
// Defaults: test/fixtures/seeds-raw → content/articles. Flags override detection for every file imported.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleSlug } from '../src/articles/slugify.js';
import { importRawText, type ImportOverrides } from '../src/importer/import-raw-text.js';
import { renderArticleFile } from '../src/importer/render-article-file.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    published: { type: 'string' },
    publisher: { type: 'string' },
    title: { type: 'string' },
    url: { type: 'string' },
  },
});
const src = positionals[0] ?? 'test/fixtures/seeds-raw';
const outDir = positionals[1] ?? 'content/articles';
const overrides: ImportOverrides = {};
if (values.published !== undefined) overrides.published = values.published;
if (values.publisher !== undefined) overrides.publisher = values.publisher;
if (values.title !== undefined) overrides.title = values.title;
if (values.url !== undefined) overrides.url = values.url;

const files = statSync(src).isDirectory()
  ? readdirSync(src).filter((f) => f.endsWith('.txt')).sort().map((f) => join(src, f))
  : [src];
if (files.length === 0) {
  console.error(`No .txt files in ${src}. Paste each article into its own .txt file there.`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
let failures = 0;
const short = (text: string, max = 100): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
for (const file of files) {
  try {
    const result = importRawText(readFileSync(file, 'utf8'), overrides);
    const { meta, detected } = result;
    const out = join(outDir, `${articleSlug(meta.title, meta.published)}.md`);
    writeFileSync(out, renderArticleFile(meta, result.body));
    const paragraphs = result.body ? result.body.split('\n\n').length : 0;
    console.log(`${basename(file)} → ${out}`);
    console.log(`  title:       ${meta.title}${detected.title === meta.title ? '' : '  (override)'}`);
    console.log(`  published:   ${meta.published}${detected.published === meta.published ? '' : `  (override; detected ${detected.published ?? 'none'})`}`);
    console.log(`  publisher:   ${meta.publisher ?? '(none named in the text)'}${meta.publisher !== undefined && detected.publisher !== meta.publisher ? '  (override)' : ''}`);
    console.log(`  authors:     ${meta.authors.length > 0 ? meta.authors.join(', ') : '(none)'}`);
    console.log(`  description: ${meta.description ? short(meta.description) : '(none)'}`);
    console.log(`  body:        ${paragraphs} paragraphs`);
    console.log(`  removed ${result.removed.length} lines:`);
    for (const { line, reason } of result.removed) console.log(`    [${reason}] ${short(line, 80)}`);
    console.log();
  } catch (error) {
    failures += 1;
    console.error(`${file}: ${(error as Error).message}\n`);
  }
}
if (failures > 0) process.exit(1);
