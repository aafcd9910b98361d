// Compiled templates on disk (issue 8, round 16): a build is a new process, and Nunjucks parsed and compiled every
// template again in each (~0.2–0.4 s of a one-article rebuild at 1,000 articles). An entry is the JavaScript the
// compiler wrote for one template, one entry per template and environment (so an edited template replaces its
// entry rather than adding one), checked against a key of its source and the packages installed before use.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { readEntry, writeEntry } from './cache-file.js';
import { codeFingerprint } from './code-fingerprint.js';

/** Another Nunjucks writes other code: the installed versions are part of every entry's key. */
const COMPILER_CODE = ['package-lock.json'];

export interface TemplateStore {
  /** The compiled source for `name` (a template's path and environment), if it was compiled from `key`. */
  get(name: string, key: string): string | undefined;
  set(name: string, key: string, source: string): void;
}

/** Entries in `dir`. */
export function templateCache(dir: string): TemplateStore {
  let writable = true;
  const versioned = (key: string) => `${codeFingerprint(COMPILER_CODE)}\0${key}`;
  const fileFor = (name: string) => path.join(dir, `${createHash('sha256').update(`dateline-template\0${name}`).digest('hex')}.json`);
  return {
    get(name, key) {
      const entry = readEntry<{ name: string; key: string; source: string }>(fileFor(name));
      return entry?.name === name && entry.key === versioned(key) && typeof entry.source === 'string' ? entry.source : undefined;
    },
    set(name, key, source) {
      if (writable) writable = writeEntry(fileFor(name), { name, key: versioned(key), source });
    },
  };
}
