// `npm run import -- FILE... [--title TEXT] [--published YYYY-MM-DD] [--publisher NAME] [--url URL] [--replace] [--out DIR]`
//
// Turns articles pasted (.txt) or saved (.html) from news sites into content/articles/<published>-<slug>.md and
// reports, per file, what was detected (and from where) and what was removed (and why). A folder imports every
// .txt/.html file in it. Flags override what was detected. Nothing is ever overwritten: importing the same article
// again says "unchanged" (or "already imported" when it would now come out different: --replace rewrites that file
// in place); a different article with the same title and date gets `-2`. A file with no publication date is
// refused and nothing is written for it; the exit code is 1 when any file was refused.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeFile, formatImport, importArticle } from '../src/importer/import-article.js';
import type { ImportOverrides } from '../src/importer/import-raw-text.js';
import { writeArticle } from '../src/importer/write-article.js';

const USAGE = 'Usage: npm run import -- FILE... [--title TEXT] [--published YYYY-MM-DD] [--publisher NAME] [--url URL] [--replace] [--out DIR]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      publisher: { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string', default: 'content/articles' },
      replace: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help || positionals.length === 0) {
  (values.help ? console.log : console.error)(USAGE);
  process.exit(values.help ? 0 : 2);
}

const files = positionals.flatMap((arg) =>
  existsSync(arg) && statSync(arg).isDirectory()
    ? readdirSync(arg).filter((f) => /\.(?:txt|x?html?)$/i.test(f)).sort().map((f) => join(arg, f))
    : [arg],
);
if (files.length > 1 && (values.title !== undefined || values.url !== undefined)) {
  console.error(`--title and --url describe one article; import the ${files.length} files one at a time to give them.`);
  process.exit(2);
}
if (!existsSync(values.out) || !statSync(values.out).isDirectory()) {
  console.error(`The output folder ${values.out} does not exist. Create it, or pass --out DIR.`);
  process.exit(2);
}

const overrides: ImportOverrides = {};
for (const key of ['published', 'publisher', 'title', 'url'] as const) if (values[key] !== undefined) overrides[key] = values[key];

let refused = 0;
const tally = new Map<string, number>();
for (const file of files) {
  let source: string;
  try {
    source = decodeFile(file, readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    refused++;
    console.error(`${file}: ${code ? `cannot be read (${code})` : (error as Error).message}\n  Nothing written for this file.\n`);
    continue;
  }
  try {
    const result = importArticle(file, source, overrides);
    const outcome = writeArticle(values.out, result.meta, result.body, { replace: values.replace });
    tally.set(outcome.status, (tally.get(outcome.status) ?? 0) + 1);
    console.log(`${formatImport(file, result, outcome, overrides).join('\n')}\n`);
  } catch (error) {
    refused++;
    console.error(`${file}: ${(error as Error).message}\n  Nothing written for this file.\n`);
  }
}
if (refused) tally.set('refused', refused);
if (files.length > 1) console.log(`${files.length} files: ${[...tally].map(([status, n]) => `${n} ${status}`).join(', ')}.`);
if (refused) process.exitCode = 1;
