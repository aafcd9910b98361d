// `npm start`: builds the site with `npm run build`'s own build, serves the output with Eleventy's dev server (live
// reload), and builds again whenever a file under the content folder or templates/ changes — added, edited or
// deleted. After the first build a session kept in memory updates the served folder in place, working on what changed
// (scripts/serve-session.ts, issue 8); a template change builds the whole site again. A failed build prints why and
// leaves the served site as it was. Changes to src/ or scripts/ need a restart.
//
// Environment: DATELINE_CONTENT, DATELINE_OUTPUT, DATELINE_TODAY as for `npm run build`; PORT (default 8080).
import { watch } from 'node:fs';
import path from 'node:path';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { forgetFingerprints } from '../src/cache/code-fingerprint.js';
import { ServeSession } from './serve-session.js';

const contentDir = process.env.DATELINE_CONTENT ?? 'content';
const output = process.env.DATELINE_OUTPUT ?? '_site';
const today = process.env.DATELINE_TODAY;
const port = Number(process.env.PORT ?? 8080);
/** Written by the build itself (through a temporary file beside it): watching it would start a build after each. */
const OWN_WRITES = /^event-ledger\.json/;

const server = EleventyDevServer.getServer('dateline', output, { showVersion: false });
// The browser reloads when the pages are in, and again when the search indexes that changed are.
const session = new ServeSession({ contentDir, output, ...(today ? { today } : {}), onChange: () => server.reload({}) });

let running = false;
let pending: { why: string; whole: boolean } | undefined;

/** Builds now, or once the build under way is done (changes that arrive meanwhile are built together). */
async function rebuild(why: string, whole = false): Promise<void> {
  if (running) {
    pending = { why: pending?.why ?? why, whole: whole || (pending?.whole ?? false) };
    return;
  }
  running = true;
  try {
    for (let next: typeof pending = { why, whole }; next; next = pending, pending = undefined) {
      console.log(`[dateline] ${next.why}: building`);
      // A template changed: its fingerprint decides which pages `npm run build` keeps, and every page is rendered anew.
      if (next.whole) forgetFingerprints();
      await session.build({ whole: next.whole });
    }
  } catch (error) {
    // Whatever went wrong, the server keeps serving the last good site and the next change builds again.
    console.error(error);
  } finally {
    running = false;
  }
}

function watchFolder(folder: string, whole: boolean): void {
  let timer: NodeJS.Timeout | undefined;
  watch(folder, { recursive: true }, (_event, name) => {
    if (name && OWN_WRITES.test(path.basename(name.toString()))) return;
    // Editors write a file in several steps; one build for the burst.
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(`${path.join(folder, name?.toString() ?? '')} changed`, whole), 30);
  });
}

// Ctrl-C: stop at once, but through exit (what --cpu-prof and the like need to write their files).
process.on('SIGINT', () => {
  session.close();
  process.exit(130);
});

await rebuild('start');
server.serve(port);
// What the first change would otherwise load: the NLP model, the date parser, Eleventy with its templates.
await session.warm();
watchFolder(contentDir, false);
watchFolder('templates', true);
console.log(`[dateline] Watching ${path.join(contentDir, '')}/ and templates/ for changes.`);
