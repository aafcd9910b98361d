// `npm start`: builds the site with `npm run build`'s own build (so a rebuild reads, extracts and renders only what
// changed: issue 8), serves the output with Eleventy's dev server (live reload), and builds again whenever a file
// under the content folder or templates/ changes — added, edited or deleted. A failed build prints why and leaves
// the served site as it was. Changes to src/ or scripts/ need a restart.
//
// Environment: DATELINE_CONTENT, DATELINE_OUTPUT, DATELINE_TODAY as for `npm run build`; PORT (default 8080).
import { watch } from 'node:fs';
import path from 'node:path';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { build } from './build.js';
import { forgetFingerprints } from '../src/cache/code-fingerprint.js';

const contentDir = process.env.DATELINE_CONTENT ?? 'content';
const output = process.env.DATELINE_OUTPUT ?? '_site';
const today = process.env.DATELINE_TODAY;
const port = Number(process.env.PORT ?? 8080);
/** Written by the build itself (through a temporary file beside it): watching it would start a build after each. */
const OWN_WRITES = /^event-ledger\.json/;

const server = EleventyDevServer.getServer('dateline', output, { showVersion: false });

let running = false;
let pending: string | undefined;

/** Builds now, or once the build under way is done (changes that arrive meanwhile are built together). */
async function rebuild(why: string): Promise<void> {
  if (running) {
    pending = why;
    return;
  }
  running = true;
  try {
    for (let reason: string | undefined = why; reason; reason = pending, pending = undefined) {
      console.log(`[dateline] ${reason}: building`);
      // A template may have changed since the last build: its fingerprint decides which pages are kept.
      forgetFingerprints();
      const result = await build({ contentDir, output, ...(today ? { today } : {}) });
      if (result.ok) server.reload({});
    }
  } catch (error) {
    // Whatever went wrong, the server keeps serving the last good site and the next change builds again.
    console.error(error);
  } finally {
    running = false;
  }
}

function watchFolder(folder: string): void {
  let timer: NodeJS.Timeout | undefined;
  watch(folder, { recursive: true }, (_event, name) => {
    if (name && OWN_WRITES.test(path.basename(name.toString()))) return;
    // Editors write a file in several steps; one build for the burst.
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(`${path.join(folder, name?.toString() ?? '')} changed`), 30);
  });
}

await rebuild('start');
server.serve(port);
watchFolder(contentDir);
watchFolder('templates');
console.log(`[dateline] Watching ${path.join(contentDir, '')}/ and templates/ for changes.`);
