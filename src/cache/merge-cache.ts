// Merged shards on disk (merge-mentions.ts merges each kind and year on its own), so a rebuild after adding an
// article merges only the kinds and years its mentions fall in. The key is a SHA-256 of the shard's mention keys and
// their articles' extraction keys (which fix what each mention holds), and of the merging code; an entry is the
// shard's clusters as index lists, checked before use.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { readEntry, writeEntry } from './cache-file.js';
import { codeFingerprint } from './code-fingerprint.js';

/**
 * The code whose output an entry holds, relative to the project root: merging and every file it runs (profileMention
 * reads tense through dates/tense.ts, which reads dates/words.ts and dates/apposed-date.ts; tense.ts's import of
 * candidate.ts is of a type only; air-means.ts reads the aircraft words of classify/vocabulary.ts, which reads
 * nokind-cues.ts).
 * plans-not-kept.ts runs after the merge, on every build, so its output is in no entry.
 */
export const MERGE_CODE = [
  'src/events/merge-mentions.ts',
  'src/events/mention-evidence.ts',
  'src/events/speakers.ts',
  'src/events/speaker-roles.ts',
  'src/events/definite-attack.ts',
  'src/events/definite-talks.ts',
  'src/events/air-means.ts',
  'src/nlp/irregular-verbs.ts',
  'src/classify/vocabulary.ts',
  'src/classify/nokind-cues.ts',
  'src/dates/tense.ts',
  'src/dates/apposed-date.ts',
  'src/dates/words.ts',
  'src/calendar',
  'src/types.ts',
];

export interface MergeStore {
  get(key: string): number[][] | undefined;
  set(key: string, clusters: number[][]): void;
}

/** Entries in `dir`. */
export function mergeCache(dir: string): MergeStore {
  let writable = true;
  const fileFor = (key: string) => path.join(dir, `${createHash('sha256').update(`dateline-merge\0${codeFingerprint(MERGE_CODE)}\0${key}`).digest('hex')}.json`);
  return {
    get(key) {
      const entry = readEntry<{ key: string; clusters: number[][] }>(fileFor(key));
      return entry?.key === key ? entry.clusters : undefined;
    },
    set(key, clusters) {
      if (writable) writable = writeEntry(fileFor(key), { key, clusters });
    },
  };
}
