// The event ledger (content/event-ledger.json): every event id ever issued, with the identity of the event it
// named — its kind and the sentences it was told by — and, once it names no event, where its URL now leads. It is
// what keeps event URLs permanent: an id is kept by the event that shares most of its sentences, never given to
// another event, and a retired id becomes a redirect.
//
// A sentence is recorded as its article page fragment (`<article>#s-<n>`) with a hash of its words; a source counts
// as the same sentence when either matches, so an edit that renumbers an article's sentences, or retouches one
// sentence, keeps its events' ids.
//
//   live        { "type": "talks", "sources": { "2021-04-07-…#s-3": "5c1e0a9b3f27", … } }
//   redirected  { "type": …, "sources": { … as when last live }, "became": "<live id>" }
//   removed     { "type": …, "sources": { … }, "removed": true }   no event shares a sentence with it any more
//
// The bytes depend only on the entries: ids and sentence keys sorted, two-space JSON, no dates or counters.
import { createHash } from 'node:crypto';
import { ArticleError } from '../articles/article-error.js';
import { ContentError } from '../articles/load-articles.js';
import { EVENT_TYPES, type EventSource, type EventType } from '../types.js';

export interface LedgerEntry {
  type: EventType;
  /** `<article>#s-<n>` → `sentenceHash` of the sentence's words. */
  sources: Record<string, string>;
  /** The live id this one now redirects to. */
  became?: string;
  /** The event is gone: nothing on the timeline shares its sentences. */
  removed?: true;
}

export interface Ledger {
  events: Record<string, LedgerEntry>;
}

export const emptyLedger = (): Ledger => ({ events: {} });

export const isLive = (entry: LedgerEntry): boolean => entry.became === undefined && !entry.removed;

/** The key a source sentence is known by: its article page's fragment. */
export function sourceKey(source: Pick<EventSource, 'article' | 'sentence'>): string {
  return `${source.article}#s-${source.sentence}`;
}

/** The first 12 hex digits of the SHA-256 of the sentence, whitespace collapsed. */
export function sentenceHash(quote: string): string {
  return createHash('sha256').update(quote.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
}

/** An event's sources as a ledger records them. */
export function ledgerSources(sources: readonly Pick<EventSource, 'article' | 'sentence' | 'quote'>[]): Record<string, string> {
  const entries = sources.map((s) => [sourceKey(s), sentenceHash(s.quote)] as const).sort(([a], [b]) => byCodePoint(a, b));
  return Object.fromEntries(entries);
}

/** The article a sentence key belongs to. */
export const articleOf = (key: string): string => key.slice(0, key.lastIndexOf('#s-'));

/** Code-point order, so the bytes do not depend on the locale. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ids start with the event's year (`baseId`), so none can be an Object.prototype name. */
const ID = /^\d{4}[a-z0-9-]*$/;
const KEY = /^[^\s#]+#s-\d+$/;
const HASH = /^[0-9a-f]{12}$/;

/** The ledger file's text → a Ledger; any problem stops the build with the fix. */
export function parseLedger(text: string, file: string): Ledger {
  const fail = (problem: string): never => {
    throw new ContentError([
      new ArticleError({
        file,
        problem,
        fix: 'Restore it from version control (git checkout -- ' + file + '). Deleting it makes every retired event URL a dead link.',
      }),
    ]);
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`the event ledger is not valid JSON (${(error as Error).message})`);
  }
  const events = (data as { events?: unknown } | null)?.events;
  if (!events || typeof events !== 'object' || Array.isArray(events)) return fail('the event ledger has no "events" object');
  const ledger = emptyLedger();
  for (const [id, value] of Object.entries(events as Record<string, unknown>)) {
    const entry = value as Partial<LedgerEntry> | null;
    if (!ID.test(id)) fail(`"${id}" is not an event id`);
    if (!entry || !EVENT_TYPES.includes(entry.type as EventType)) fail(`event "${id}" has no valid "type"`);
    const sources = entry!.sources as unknown;
    if (!sources || typeof sources !== 'object' || Array.isArray(sources) || !Object.entries(sources).every(([k, h]) => KEY.test(k) && typeof h === 'string' && HASH.test(h))) {
      fail(`event "${id}" has no valid "sources" (sentence key → hash of its words)`);
    }
    if (entry!.became !== undefined && (typeof entry!.became !== 'string' || !ID.test(entry!.became))) fail(`event "${id}" has an invalid "became"`);
    const clean: LedgerEntry = { type: entry!.type!, sources: sortedSources(entry!.sources!) };
    if (entry!.became !== undefined) clean.became = entry!.became;
    else if (entry!.removed === true) clean.removed = true;
    ledger.events[id] = clean;
  }
  for (const [id, entry] of Object.entries(ledger.events)) {
    if (entry.became !== undefined && !Object.hasOwn(ledger.events, entry.became)) fail(`event "${id}" became "${entry.became}", which the ledger does not list`);
  }
  return ledger;
}

export function serializeLedger(ledger: Ledger): string {
  const events: Record<string, LedgerEntry> = {};
  for (const id of Object.keys(ledger.events).sort(byCodePoint)) {
    const entry = ledger.events[id]!;
    events[id] = {
      type: entry.type,
      sources: sortedSources(entry.sources),
      ...(entry.became !== undefined ? { became: entry.became } : entry.removed ? { removed: true as const } : {}),
    };
  }
  return `${JSON.stringify({ events }, null, 2)}\n`;
}

function sortedSources(sources: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(sources).sort(([a], [b]) => byCodePoint(a, b)));
}
