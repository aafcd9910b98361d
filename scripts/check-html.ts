// `npm run check:html [-- SITE]`: every page (and stylesheet, and SVG file) of the built site through the Nu Html
// Checker (vnu-jar, needs Java 11+; .ci/run installs a JRE when there is none). Any error fails; warnings are
// printed. Two kinds of message are dropped: checked as files, vnu cannot know the pages' origin, so it reports
// the site's own stylesheet as blocked by the CSP's 'self'; and it takes JSON-LD data blocks for inline script.
// Chromium (check:a11y, check:inert) reports any real CSP violation.
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

// vnu checks files, which have no origin for 'self' to match: the site's own /assets/ files are same-origin when served.
const IGNORED = /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\/assets\//;
// vnu counts a JSON-LD data block as inline script; browsers never run it, so the CSP has nothing to block.
const DATA_BLOCK = /^Inline script violates Content Security Policy/;

const site = process.argv[2] ?? '_site';
if (spawnSync('java', ['-version']).error) {
  console.error('check:html needs Java (11 or newer) for vnu-jar. Install a JRE, e.g. apt-get install -y default-jre-headless.');
  process.exit(2);
}
const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');
const files = (await readdir(site, { recursive: true })).map((f) => path.join(site, f)).sort();
const html = files.filter((f) => f.endsWith('.html'));
const other = files.filter((f) => f.endsWith('.css') || f.endsWith('.svg'));
if (!html.length) {
  console.error(`check:html: no .html files in ${site}/. Build the site first (npm run build).`);
  process.exit(2);
}
const started = performance.now();
// vnu exits non-zero when it finds errors; the JSON report is what counts.
const result = spawnSync('java', ['-jar', jar, '--format', 'json', '--stdout', '--also-check-css', '--also-check-svg', ...html, ...other], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (!result.stdout) {
  console.error(`check:html: vnu printed nothing.\n${result.stderr}`);
  process.exit(2);
}
const messages = (JSON.parse(result.stdout) as { messages: Message[] }).messages.filter(
  (m) => !IGNORED.test(m.message) && !(DATA_BLOCK.test(m.message) && m.extract?.includes('<script type="application/ld+json">')),
);
const where = (m: Message) => `${path.relative(process.cwd(), m.url?.replace(/^file:/, '') ?? '?')}${m.lastLine ? `:${m.lastLine}` : ''}`;
const errors = messages.filter((m) => m.type !== 'info');
const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
for (const m of warnings) console.log(`warning ${where(m)}: ${m.message}`);
for (const m of errors) console.error(`error ${where(m)}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, '⏎')}` : ''}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (errors.length) {
  console.error(`check:html: ${errors.length} error(s) in ${html.length} pages (${seconds} s).`);
  process.exitCode = 1;
} else {
  console.log(`check:html: ${html.length} pages and ${other.length} other files valid (${warnings.length} warning(s), ${seconds} s).`);
}
