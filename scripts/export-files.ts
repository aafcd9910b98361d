// The four exports (events.json, .csv, .ics, timelinejs.json): each template prints one string of the site data,
// whole. When a template does only that, the file is that string's bytes, and `npm run build` writes it itself from
// the string's pieces, made one export at a time once the data is made (SiteData.exportLater), instead of handing
// Eleventy the string (issue 8): Eleventy keeps what it rendered until its run ends, so each export was held three
// times (pieces, string, rendered page), and all four through the whole build, about 0.8 GB at 10,000 articles.
// `npm start`'s session writes them from pieces too (scripts/serve-session.ts).
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { ExportName, SiteData } from '../src/site/site-data.js';
import { collectGarbage } from '../src/site/collect-garbage.js';

export interface ExportFile {
  template: string;
  file: string;
  field: ExportName;
}

export const EXPORTS: readonly ExportFile[] = [
  { template: 'events.json.njk', file: 'events.json', field: 'eventsJson' },
  { template: 'events.csv.njk', file: 'events.csv', field: 'eventsCsv' },
  { template: 'events.ics.njk', file: 'events.ics', field: 'eventsIcs' },
  { template: 'timelinejs.json.njk', file: 'timelinejs.json', field: 'timelineJs' },
];

/** Front matter naming the file, at most a comment, and the field printed untouched. */
export const passThrough = ({ file, field }: ExportFile) =>
  new RegExp(`^---\\n(?:[^\\n]*\\n)*?permalink: /${file.replace('.', '\\.')}\\n(?:[^\\n]*\\n)*?---\\n(?:\\{#-(?:(?!#\\})[\\s\\S])*-#\\}\\n)?\\{\\{ dateline\\.${field} \\| safe -\\}\\}\\s*$`);

/** The exports whose template in `dir` prints its string untouched. */
export function passThroughExports(dir: string): ExportFile[] {
  return EXPORTS.filter((entry) => {
    let template: string;
    try {
      template = readFileSync(path.join(dir, entry.template), 'utf8');
    } catch {
      return false;
    }
    return passThrough(entry).test(template);
  });
}

/** Characters encoded at a time: the pieces are never joined whole. */
const CHUNK = 1 << 20;

/**
 * Where each megabyte is encoded: one buffer for every chunk of every export, rather than a new Buffer per chunk left
 * to the collector (memory outside V8's heap, which it does not count).
 */
let scratch: Buffer | undefined;

/**
 * The pieces joined, as UTF-8 into `file`, a megabyte at a time (a surrogate pair split between pieces stays whole).
 * Each piece is read only when the previous megabyte is written, so pieces made as they are read (a generator) are
 * never all alive at once.
 */
export function writeParts(file: string, parts: Iterable<string>): void {
  const fd = openSync(file, 'w');
  // A UTF-16 code unit is at most 3 bytes of UTF-8; a chunk is CHUNK units and the piece that crossed it.
  scratch ??= Buffer.allocUnsafeSlow(3 * 2 * CHUNK);
  try {
    let pending: string[] = [];
    let length = 0;
    const flush = (last: boolean) => {
      let text = pending.join('');
      pending = [];
      length = 0;
      const end = text.charCodeAt(text.length - 1);
      if (!last && end >= 0xd800 && end <= 0xdbff) {
        pending.push(text.slice(-1));
        length = 1;
        text = text.slice(0, -1);
      }
      const fits = 3 * text.length <= scratch!.length;
      const bytes = fits ? scratch! : Buffer.from(text); // a piece longer than a chunk: a buffer of its own
      const size = fits ? scratch!.write(text) : bytes.length;
      for (let at = 0; at < size; ) at += writeSync(fd, bytes, at, size - at);
    };
    for (const part of parts) {
      pending.push(part);
      length += part.length;
      if (length >= CHUNK) flush(false);
    }
    flush(true);
  } finally {
    closeSync(fd);
  }
}

/**
 * The pass-through exports (`direct`) written into `dir`, one at a time, each piece as the data makes it
 * (SiteData.exportLater), the others joined into their strings for Eleventy; the maker is then dropped from the data.
 * A function of its own so that no pieces stay alive in the build's frame while the pages render (an async function
 * keeps its locals across every await).
 */
export function writeExports(data: SiteData, dir: string, direct: readonly ExportFile[]): void {
  const make = data.exportLater;
  if (!make) return;
  mkdirSync(dir, { recursive: true });
  for (const entry of EXPORTS) {
    if (direct.includes(entry)) writeParts(path.join(dir, entry.file), make(entry.field));
    else data[entry.field] = [...make(entry.field)].join('');
    collectGarbage(); // this export's pieces, before the next one's are made
  }
  delete data.exportLater;
}
