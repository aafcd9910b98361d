// `node scripts/compiled.mjs scripts/build.ts [args]` (what `npm run build` runs): the entry and everything of ours it
// imports, compiled by esbuild into a few plain-JavaScript files, run with no module loader hook (issue 8). Through
// tsx each of the ~800 modules a first build loads (ours, Eleventy's, remark's, chrono-node's, Plot's) went through
// its resolve and load hooks on another thread: about half of a fresh clone's five-article build. Plain JavaScript,
// so Node runs it without tsx. Most packages stay where they are (not bundled); the few pure-ESM libraries in
// BUNDLED go into the set with everything they import (the same code in fewer files), since Node 20 pays for each
// ES module it loads: a fresh clone's first build loaded ~840, and Plot, linkedom, chrono-node, remark and
// remark-html (with d3, micromark and the rest, ~550 modules) took ~750 ms of CPU to import one by one against
// ~170 ms as bundles (load ~9; BENCHMARKS.md, round 21).
//
// The compiled files live in node_modules/.cache/dateline-compiled/ (like tsx's own cache, outside .cache/, which
// holds the build's data), with the list of source files esbuild read and a hash of each: a run whose sources are
// unchanged reuses them, any change compiles again (~0.2 s). `npm ci` compiles the first set ahead (`--prepare`,
// package.json's `prepare` script), so a fresh clone's first build does not. Each file keeps its own
// `import.meta.url`, so paths made from it (the code fingerprints of src/cache, the worker threads' entries) are
// those of the TypeScript sources.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'node_modules', '.cache', 'dateline-compiled');
/** Compiled together, so the build and the Eleventy config it names share one copy of every module. */
const ENTRIES = ['scripts/build.ts', '.eleventy.ts', 'src/parallel/extract-batch.ts', 'src/parallel/read-batch.ts'];
/**
 * Packages compiled into the set with their own dependencies: plain ES modules that neither find files beside
 * themselves (import.meta.url, __dirname) nor share state with a package left out (Eleventy loads none of them).
 * Every other package stays external: Eleventy (its own dynamic imports and files), wink (CommonJS, its model
 * read with require), Pagefind (its binary), tinypool (its worker file), esbuild, gray-matter and yaml.
 */
const BUNDLED = new Set([
  '@observablehq/plot',
  'linkedom',
  'chrono-node',
  'remark',
  'remark-html',
  'mdast-util-to-string',
  'unist-util-visit',
  'hast-util-sanitize',
  'micromark-util-sanitize-uri',
  'date-fns',
]);
/** `@scope/name` or `name` of a bare import. */
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
/** Compiled sets kept besides the one in use (another checkout state, a process still running an older one). */
const KEEP = 4;

const hashOf = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The folder of a compiled set whose sources are all as they were compiled, if any. */
function upToDate() {
  let sets;
  try {
    sets = readdirSync(OUT).filter((name) => !name.startsWith('.'));
  } catch {
    return undefined;
  }
  for (const name of sets) {
    const dir = path.join(OUT, name);
    try {
      const { root, sources } = JSON.parse(readFileSync(path.join(dir, 'sources.json'), 'utf8'));
      // The compiled files name their sources' paths (import.meta.url): a checkout moved elsewhere compiles again.
      // A set compiled before this script was among its sources (it bundled no packages) is never reused.
      const checked = sources.some(([file]) => file === SELF);
      if (root === ROOT && checked && sources.every(([file, hash]) => hashOf(path.join(ROOT, file)) === hash)) return dir;
    } catch {
      // an unreadable set, or a source gone: not this one
    }
  }
  return undefined;
}

/** This script, among the sources of every set it compiles. */
const SELF = 'scripts/compiled.mjs';
/** npm's record of the installed tree: rewritten by every install, so it stands for the bundled packages' files. */
const INSTALLED = 'node_modules/.package-lock.json';

/**
 * The files whose hashes decide whether a set is up to date: our sources, this script, and for the bundled packages'
 * ~600 files (hashing them all would cost every build ~30 ms) npm's record of the installed tree, when there is one.
 */
function inputsToCheck(inputs) {
  let installed = false;
  try {
    installed = statSync(path.join(ROOT, INSTALLED)).isFile();
  } catch {
    // another package manager: each package file is hashed instead
  }
  // This file too: what it bundles and how decide the set as much as the sources do.
  const own = [...inputs, SELF];
  if (!installed) return own;
  return [...own.filter((file) => !file.startsWith('node_modules/')), INSTALLED];
}

/** Compiles the entries into a new set and returns its folder. */
async function compile() {
  const { build } = await import('esbuild');
  const staging = path.join(OUT, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const ownUrl = {
    name: 'own-import-meta-url',
    setup(context) {
      context.onLoad({ filter: /\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
      });
    },
  };
  const packages = {
    name: 'bundled-packages',
    setup(context) {
      context.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:')) return { path: args.path, external: true };
        // What a bundled package imports is bundled with it (builtins stay external: platform 'node').
        if (args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        return BUNDLED.has(packageOf(args.path)) ? undefined : { path: args.path, external: true };
      });
    },
  };
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: staging,
    outbase: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'warning',
    plugins: [ownUrl, packages],
  });
  const sources = inputsToCheck(Object.keys(result.metafile.inputs)).map((file) => [file, hashOf(path.join(ROOT, file))]);
  writeFileSync(path.join(staging, 'sources.json'), JSON.stringify({ root: ROOT, sources }));
  const name = createHash('sha256').update(JSON.stringify([ROOT, sources])).digest('hex').slice(0, 16);
  const dir = path.join(OUT, name);
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process compiled the same sources first
  }
  prune(dir);
  return dir;
}

/** Drops all but the newest KEEP sets besides `current`. */
function prune(current) {
  const sets = readdirSync(OUT)
    .filter((name) => !name.startsWith('.') && path.join(OUT, name) !== current)
    .map((name) => ({ dir: path.join(OUT, name), mtime: statSync(path.join(OUT, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { dir } of sets.slice(KEEP)) rmSync(dir, { recursive: true, force: true });
}

const entry = process.argv[2];
if (entry === '--prepare') {
  // `npm ci` / `npm install` run this (package.json's `prepare`), so a fresh clone's first `npm run build` finds its
  // compiled set ready instead of compiling first (~0.2 s of esbuild, most of it on the build's own clock on a busy
  // machine). It only warms the cache: whatever goes wrong here (esbuild left out by `--omit=dev`, a source that does
  // not compile yet) is left for the build to compile again and report, and the install goes on.
  try {
    mkdirSync(OUT, { recursive: true });
    if (!upToDate()) await compile();
  } catch (error) {
    console.warn(`scripts/compiled.mjs: not compiled ahead (npm run build compiles it): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  process.exit(0);
}
if (entry !== 'scripts/build.ts') {
  console.error('Usage: node scripts/compiled.mjs scripts/build.ts [args]');
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
// Eleventy is a package, not compiled, and every build imports it first thing (scripts/build.ts sets the same
// variable, read when it loads): loading it now fills the wait for esbuild's process in a fresh checkout (~0.3 s).
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
const eleventy = import('@11ty/eleventy');
eleventy.catch(() => undefined); // the build's own import reports a failure
const dir = upToDate() ?? (await compile());
// The entry sees the command line it would under tsx: its own path, then its arguments.
process.argv.splice(1, 2, path.join(ROOT, entry));
process.env.DATELINE_ELEVENTY_CONFIG = path.join(dir, '.eleventy.mjs');
// The worker threads' entries are compiled too (src/parallel/map-in-threads.ts finds them here).
process.env.DATELINE_COMPILED = dir;
await import(pathToFileURL(path.join(dir, entry.replace(/\.ts$/, '.mjs'))).href);
