// `npm run bench [-- --sizes 100,1000] [--reps 3] [--out BENCHMARKS.md] [--dir /dev/shm/dateline-bench]` (issue 8).
//
// For each size N: generates N synthetic articles (bench/generate-articles.ts) on a tmpfs, then, in alternating
// runs, measures
//   (a) plain Eleventy rendering the same N Markdown files with a minimal layout (bench/baseline/),
//   (b) our full cold build (scripts/build.ts, empty extraction cache),
//   (c) the build again after adding one article, cache warm,
//   (d) extraction alone (bench/extract.ts), articles per second on one core and with one process per core,
// each with wall time, pages written (HTML files) and files written, and peak RSS (GNU time's %M: the largest
// process of the run, in KB). Medians of the repetitions, with min and max, go into the Markdown report.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays } from '../src/calendar/calendar-date.js';
import { generateArticle, random, writeCorpus } from './generate-articles.js';

interface Run {
  ms: number;
  rssMb: number;
  pages: number;
  files: number;
  /** The largest HTML page, in KB. */
  largestKb: number;
  out: string;
  /** From the build's summary line: its phases and its own peak RSS (Pagefind runs in a process of its own). */
  dataMs?: number;
  pagesMs?: number;
  searchMs?: number;
  ownRssMb?: number;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const sizes = option('sizes', '100,1000').split(',').map(Number);
const reps = Number(option('reps', '3'));
const report = option('out', 'BENCHMARKS.md');
const root = option('dir', '/dev/shm/dateline-bench');
const ROOT = process.cwd();
const NODE = process.execPath;
const ELEVENTY = path.join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
/** What `npm run build` runs (package.json). */
const BUILD = [NODE, '--expose-gc', path.join(ROOT, 'scripts/compiled.mjs'), 'scripts/build.ts'];

function run(command: string[], env: Record<string, string> = {}): Promise<{ ms: number; rssMb: number; out: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', ...command], { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const lines = err.trim().split('\n');
      const rssKb = Number(lines.at(-1));
      if (code !== 0) return reject(new Error(`${command.join(' ')} exited ${code}\n${out}\n${err}`));
      resolve({ ms, rssMb: rssKb / 1024, out: out + lines.slice(0, -1).join('\n') });
    });
  });
}

function count(dir: string): { pages: number; files: number; largestKb: number } {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const pages = entries.filter((e) => e.name.endsWith('.html'));
  const largest = Math.max(0, ...pages.map((e) => statSync(path.join(e.parentPath, e.name)).size));
  return { files: entries.length, pages: pages.length, largestKb: largest / 1024 };
}

/** "(data 6259 ms, pages 6467 ms, search 5835 ms, peak 612 MB)" from the build's last line. */
function phases(out: string): Partial<Run> {
  const m = out.match(/\(data (\d+) ms, pages (\d+) ms(?: \(\d+ rendered, \d+ kept\))?, search (\d+) ms(?: \(\d+ of \d+ indexe?s? written\))?, peak (\d+) MB\)/);
  return m ? { dataMs: Number(m[1]), pagesMs: Number(m[2]), searchMs: Number(m[3]), ownRssMb: Number(m[4]) } : {};
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const spread = (xs: number[]) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
const fmt = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-GB') : x.toFixed(x >= 10 ? 1 : 2));

async function baseline(n: number, dir: string): Promise<Run> {
  const out = path.join(dir, 'a-out');
  rmSync(out, { recursive: true, force: true });
  const r = await run([NODE, ELEVENTY, '--config=bench/baseline/eleventy.config.mjs', `--input=${path.join(dir, 'baseline')}`, `--output=${out}`, '--quiet']);
  return { ...r, ...count(out) };
}

async function build(dir: string, cold: boolean): Promise<Run> {
  const out = path.join(dir, 'b-out');
  const cache = path.join(dir, 'cache');
  // (c) builds over (b)'s output, as `npm run build` does over _site/: its unchanged pages are kept.
  if (cold) rmSync(cache, { recursive: true, force: true });
  if (cold) rmSync(out, { recursive: true, force: true });
  const r = await run(BUILD, { DATELINE_CONTENT: path.join(dir, 'content'), DATELINE_OUTPUT: out, DATELINE_CACHE: cache, DATELINE_TODAY: '2100-01-01' });
  return { ...r, ...count(out), ...phases(r.out) };
}

async function extraction(dir: string, shards: number): Promise<{ ms: number; articles: number; rssMb: number }> {
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: shards }, (_, i) => run([NODE, TSX, 'bench/extract.ts', path.join(dir, 'content/articles'), String(i), String(shards)])),
  );
  const parsed = results.map((r) => JSON.parse(r.out.trim().split('\n').find((l) => l.startsWith('{'))!) as { articles: number; ms: number });
  // Per-process extraction time (model load and parsing excluded); all cores: the slowest shard.
  return { ms: Math.max(...parsed.map((p) => p.ms)), articles: parsed.reduce((s, p) => s + p.articles, 0), rssMb: Math.max(...results.map((r) => r.rssMb)) };
}

interface SizeResult {
  n: number;
  a: Run[];
  b: Run[];
  c: Run[];
  cExtracted: string[];
  d1: { ms: number; articles: number; rssMb: number }[];
  dAll: { ms: number; articles: number; rssMb: number }[];
}

async function measure(n: number): Promise<SizeResult> {
  const dir = path.join(root, String(n));
  const articles = path.join(dir, 'content/articles');
  if (!existsSync(path.join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    await writeCorpus(articles, n, 1);
    writeFileSync(path.join(dir, '.complete'), '');
  }
  // The baseline reads the same files, with its layout beside them.
  rmSync(path.join(dir, 'baseline'), { recursive: true, force: true });
  cpSync(articles, path.join(dir, 'baseline'), { recursive: true });
  cpSync('bench/baseline/_includes', path.join(dir, 'baseline/_includes'), { recursive: true });
  // The article (c) adds: another seed, published after the corpus.
  const extra = generateArticle(random(99), addDays({ year: 2024, month: 1, day: 1 }, 0), n);
  const result: SizeResult = { n, a: [], b: [], c: [], cExtracted: [], d1: [], dAll: [] };
  const cores = os.availableParallelism();
  for (let rep = 0; rep < reps; rep++) {
    const a = await baseline(n, dir);
    result.a.push(a);
    const b = await build(dir, true);
    result.b.push(b);
    writeFileSync(path.join(articles, extra.file), extra.text);
    try {
      const c = await build(dir, false);
      result.c.push(c);
      result.cExtracted.push(c.out.match(/\d+ articles?: \d+ extracted, \d+ from cache/)?.[0] ?? '?');
    } finally {
      rmSync(path.join(articles, extra.file));
    }
    result.d1.push(await extraction(dir, 1));
    result.dAll.push(await extraction(dir, cores));
    console.log(`N=${n} rep ${rep + 1}/${reps}: a ${Math.round(a.ms)} ms, b ${Math.round(b.ms)} ms, c ${Math.round(result.c.at(-1)!.ms)} ms (${result.cExtracted.at(-1)})`);
  }
  return result;
}

function table(results: SizeResult[]): string {
  const lines = [
    '| N | run | wall ms, median (min–max) | pages (HTML) | files | ms per page | largest page KB | peak RSS MB, largest process, median (min–max) | build process RSS MB | data / pages / search-after-pages ms |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of results) {
    const row = (label: string, runs: Run[]) => {
      const ms = runs.map((x) => x.ms);
      const own = runs.filter((x) => x.ownRssMb !== undefined);
      const split = own.length ? ['dataMs', 'pagesMs', 'searchMs'].map((k) => fmt(median(own.map((x) => x[k as 'dataMs']!)))).join(' / ') : '';
      lines.push(
        `| ${r.n.toLocaleString('en-GB')} | ${label} | ${spread(ms)} | ${runs[0]!.pages} | ${runs[0]!.files} | ${fmt(median(ms) / runs[0]!.pages)} | ${fmt(Math.max(...runs.map((x) => x.largestKb)))} | ${spread(runs.map((x) => x.rssMb))} | ${own.length ? fmt(median(own.map((x) => x.ownRssMb!))) : ''} | ${split} |`,
      );
    };
    row('(a) plain Eleventy', r.a);
    row('(b) cold build', r.b);
    row('(c) +1 article, warm', r.c);
    const rate = (ds: { ms: number; articles: number }[]) => ds.map((d) => (d.articles * 1000) / d.ms);
    lines.push(`| ${r.n.toLocaleString('en-GB')} | (d) extraction, 1 core | articles/s ${spread(rate(r.d1))} | | | ${fmt(median(r.d1.map((d) => d.ms / d.articles)))} per article | | ${spread(r.d1.map((d) => d.rssMb))} | | |`);
    lines.push(`| ${r.n.toLocaleString('en-GB')} | (d) extraction, ${os.availableParallelism()} processes | articles/s ${spread(rate(r.dAll))} | | | | | ${spread(r.dAll.map((d) => d.rssMb))} per process | | |`);
  }
  return lines.join('\n');
}

function ratios(results: SizeResult[]): string {
  const lines = [
    '| N | (b)/(a) | (b) without the search tail / (a) | (c)/(a) | ms/page (a) | ms/page (b) | (c) extracted |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of results) {
    const a = median(r.a.map((x) => x.ms));
    const b = median(r.b.map((x) => x.ms));
    const c = median(r.c.map((x) => x.ms));
    const noSearch = median(r.b.map((x) => x.ms - (x.searchMs ?? 0)));
    lines.push(`| ${r.n.toLocaleString('en-GB')} | ${(b / a).toFixed(2)} | ${(noSearch / a).toFixed(2)} | ${(c / a).toFixed(2)} | ${fmt(a / r.a[0]!.pages)} | ${fmt(b / r.b[0]!.pages)} | ${[...new Set(r.cExtracted)].join('; ')} |`);
  }
  for (let i = 1; i < results.length; i++) {
    const [p, q] = [results[i - 1]!, results[i]!];
    const g = (runs: (x: SizeResult) => Run[]) => (median(runs(q).map((x) => x.ms)) / median(runs(p).map((x) => x.ms))).toFixed(2);
    lines.push('', `Growth ${p.n.toLocaleString('en-GB')} → ${q.n.toLocaleString('en-GB')} (×${q.n / p.n} articles): (a) ×${g((x) => x.a)}, (b) ×${g((x) => x.b)}, (c) ×${g((x) => x.c)}.`);
  }
  return lines.join('\n');
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.availableParallelism()} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB memory, Node ${process.version}, ${os.platform()} ${os.release()}; outputs on ${root} (tmpfs).`;
}

const results: SizeResult[] = [];
for (const n of sizes) results.push(await measure(n));
const generated = `<!-- bench:begin -->
Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench -- --sizes ${sizes.join(',')} --reps ${reps}\`. Machine: ${machine()}

${table(results)}

${ratios(results)}
<!-- bench:end -->`;
const previous = existsSync(report) ? readFileSync(report, 'utf8') : '';
const next = /<!-- bench:begin -->[\s\S]*<!-- bench:end -->/.test(previous)
  ? previous.replace(/<!-- bench:begin -->[\s\S]*<!-- bench:end -->/, () => generated)
  : `# Benchmarks\n\n${generated}\n`;
mkdirSync(path.dirname(path.resolve(report)), { recursive: true });
writeFileSync(report, next);
console.log(generated);
