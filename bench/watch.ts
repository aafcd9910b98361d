// `tsx bench/watch.ts [N]` (issue 8): how long after an article is added to content/articles/ the
// page for it is on the site `npm start` serves. Starts `npm start`'s server (scripts/serve.ts) on the
// benchmark corpus of N articles (bench/run.ts must have generated it), waits for its first build, writes one new
// article, and times until the new article's page is written to the served folder; then edits an existing
// article and times until its page changes. Prints one JSON line.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addDays } from '../src/calendar/calendar-date.js';
import { generateArticle, random } from './generate-articles.js';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const dir = path.join('/dev/shm/dateline-bench', String(n));
if (!existsSync(path.join(dir, 'content/articles'))) throw new Error(`${dir}/content is missing: run npm run bench -- --sizes ${n} first.`);
// The corpus is copied for the run (and removed after), so the added article never reaches the bench's own copy.
const content = path.join(dir, 'watch-content');
rmSync(content, { recursive: true, force: true });
cpSync(path.join(dir, 'content'), content, { recursive: true });
const articles = path.join(content, 'articles');
const out = path.join(dir, 'watch-out');
rmSync(out, { recursive: true, force: true });

// `npm start`'s own command line (its Node flags included), run with this Node.
const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start.split(/\s+/);
if (start[0] !== 'node') throw new Error(`npm start is not a node command: ${start.join(' ')}`);
const server = spawn(
  process.execPath,
  start.slice(1),
  { env: { ...process.env, PORT: '8390', DATELINE_CONTENT: content, DATELINE_OUTPUT: out, DATELINE_CACHE: path.join(dir, 'cache'), DATELINE_TODAY: '2100-01-01' }, stdio: ['ignore', 'pipe', 'pipe'] },
);
let log = '';
server.stdout.on('data', (d) => (log += d));
server.stderr.on('data', (d) => (log += d));

const until = async (test: () => boolean, what: string, limitMs = Number(process.env.WATCH_LIMIT_MS ?? 600_000)) => {
  const started = performance.now();
  while (!test()) {
    if (performance.now() - started > limitMs) throw new Error(`timed out waiting for ${what}\n${log.split('\n').filter((l) => !l.includes('Writing')).join('\n').slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return performance.now() - started;
};

const extra = generateArticle(random(7), addDays({ year: 2024, month: 1, day: 2 }, 0), n + 1);
const added = path.join(articles, extra.file);
const slug = extra.file.replace(/\.md$/, '');
try {
  const first = await until(() => /Wrote \d+ files/.test(log) || /Watching/.test(log), 'the first build');
  await until(() => /Watching/.test(log), 'the watcher');
  // The watcher reads the folders it watches after saying so; a change before it is ready goes unseen.
  await new Promise((r) => setTimeout(r, 3000));
  const page = path.join(out, 'articles', slug, 'index.html');
  const startedAdd = performance.now();
  writeFileSync(added, extra.text);
  await until(() => existsSync(page), 'the added article page');
  const addMs = performance.now() - startedAdd;
  // Then an edit to an existing article: until its page is rewritten with the new words.
  const target = path.join(articles, readFileSync(added, 'utf8') && extra.file);
  const before = statSync(page).mtimeMs;
  const startedEdit = performance.now();
  writeFileSync(target, `${extra.text}\n\nA sentence added while the server ran.\n`);
  await until(() => existsSync(page) && statSync(page).mtimeMs !== before && readFileSync(page, 'utf8').includes('while the server ran'), 'the edited page');
  const editMs = performance.now() - startedEdit;
  console.log(JSON.stringify({ n, firstBuildMs: Math.round(first), addMs: Math.round(addMs), editMs: Math.round(editMs), builds: log.match(/Wrote \d+ files.*/g), errors: /error/i.test(log) ? log.match(/.*error.*/gi)?.slice(0, 3) : [] }));
} finally {
  server.kill('SIGINT');
  rmSync(content, { recursive: true, force: true });
}
