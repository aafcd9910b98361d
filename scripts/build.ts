// `npm run build`: Eleventy renders into a fresh folder beside _site/, which replaces _site/ only when the whole
// build succeeded. A failed build prints what is wrong and leaves the previous site whole.
import Eleventy from '@11ty/eleventy';
import { rename, rm, readdir } from 'node:fs/promises';
import path from 'node:path';

const OUTPUT = process.env.DATELINE_OUTPUT ?? '_site';
const next = `${OUTPUT}.next`;
const old = `${OUTPUT}.old`;

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

/** The message a person can act on: our own article errors, however deep Eleventy wrapped them. */
function explain(error: unknown): string {
  let current: unknown = error;
  const seen = new Set<unknown>();
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    if (current.name === 'ContentError' || current.name === 'ArticleError') return current.message;
    const inner = (current as { originalError?: unknown }).originalError ?? current.cause;
    if (!inner) break;
    current = inner;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

async function main(): Promise<void> {
  const started = performance.now();
  await rm(next, { recursive: true, force: true });
  try {
    const eleventy = new Eleventy('templates', next, { configPath: '.eleventy.ts', quietMode: true });
    await eleventy.write();
  } catch (error) {
    await rm(next, { recursive: true, force: true });
    console.error(`Build failed; ${OUTPUT}/ is unchanged.\n${explain(error)}`);
    process.exitCode = 1;
    return;
  }
  await rm(old, { recursive: true, force: true });
  await rename(OUTPUT, old).catch(() => undefined);
  await rename(next, OUTPUT);
  await rm(old, { recursive: true, force: true });
  const files = await countFiles(OUTPUT);
  console.log(`Wrote ${files} files to ${path.join(OUTPUT, '')}/ in ${Math.round(performance.now() - started)} ms.`);
}

await main();
