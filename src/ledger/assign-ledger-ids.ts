// Ids that outlive changes to the corpus. Each event keeps the ledger id of the event it continues — the one it
// shares most source sentences with — and only an event that continues none gets a new id (date + title words,
// as `baseId`), never one the ledger has issued before. An id whose event now shares nothing with the ledger's
// record of it is never handed to another event.
//
// A sentence is shared when its fragment (`<article>#s-<n>`) or its words are the same (see ledger.ts).
// Pairs of (ledger id, event) that share sentences are taken greedily, best first: most shared sentences, a live
// id before a retired one, the same kind of event, the larger share of both (Jaccard), then the id and the event's
// place in the timeline. The order is over the whole set, so it does not depend on the order articles are read in,
// and a build from the ledger it wrote gives every event the id it already has.
import { baseId } from '../events/assign-ids.js';
import type { EventDraft } from '../events/build-event.js';
import type { TimelineEvent } from '../types.js';
import { articleOf, byCodePoint, isLive, sentenceHash, sourceKey, type Ledger, type LedgerEntry } from './ledger.js';

export interface Match {
  shared: number;
  /** |a ∪ b|, for the Jaccard comparison shared/union without floating point. */
  union: number;
  sameType: boolean;
}

/** An event's sentences as fragment keys and as `<article>|<hash>` of their words. */
export interface SentenceIndex {
  keys: Set<string>;
  texts: Set<string>;
}

/**
 * What a long-lived process keeps between builds: each sources array's index and ledger record. An event that did
 * not change keeps its sources array (events-from-articles.ts), so only new events are hashed again.
 */
export interface LedgerMemory {
  indexes: WeakMap<object, SentenceIndex>;
  sources: WeakMap<object, Record<string, string>>;
  /** Each draft's `baseId`. */
  bases: WeakMap<object, string>;
}

export function ledgerMemory(): LedgerMemory {
  return { indexes: new WeakMap(), sources: new WeakMap(), bases: new WeakMap() };
}

export function sentenceIndex(event: Pick<EventDraft, 'sources'>, memory?: LedgerMemory): SentenceIndex {
  const known = memory?.indexes.get(event.sources);
  if (known) return known;
  const index = {
    keys: new Set(event.sources.map(sourceKey)),
    texts: new Set(event.sources.map((s) => `${s.article}|${sentenceHash(s.quote)}`)),
  };
  memory?.indexes.set(event.sources, index);
  return index;
}

/** How much a ledger entry and an event share: a sentence counts when its fragment or its words are the same. */
export function match(entry: Pick<LedgerEntry, 'type' | 'sources'>, event: Pick<EventDraft, 'type' | 'sources'>, index = sentenceIndex(event)): Match {
  let shared = 0;
  const keys = Object.entries(entry.sources);
  for (const [key, hash] of keys) if (index.keys.has(key) || index.texts.has(`${articleOf(key)}|${hash}`)) shared++;
  return { shared, union: keys.length + index.keys.size - shared, sameType: entry.type === event.type };
}

/** Better match first: more shared sentences, same kind, larger Jaccard share. 0 when equal. */
export function compareMatches(a: Match, b: Match): number {
  return b.shared - a.shared || Number(b.sameType) - Number(a.sameType) || b.shared * a.union - a.shared * b.union;
}

/** "x-2" before "x-10": the order counters were issued in. */
export function compareIds(a: string, b: string): number {
  const split = (id: string) => /^(.*?)(?:-(\d+))?$/.exec(id)!;
  const [, baseA, nA] = split(a);
  const [, baseB, nB] = split(b);
  return byCodePoint(baseA!, baseB!) || Number(nA ?? 1) - Number(nB ?? 1) || byCodePoint(a, b);
}

/** For each ledger entry, the drafts sharing a sentence with it: found through an index of sentence keys, so the
 * work grows with the sentences, not with ledger size × event count. */
export function* sharingPairs<T extends Pick<EventDraft, 'type' | 'sources'>>(ledger: Ledger, drafts: readonly T[], memory?: LedgerMemory): Generator<{ id: string; entry: LedgerEntry; index: number; m: Match }> {
  // An empty ledger shares nothing: no index to build (a site without a ledger file, every build).
  if (Object.keys(ledger.events).length === 0) return;
  const indexes = drafts.map((draft) => sentenceIndex(draft, memory));
  const byKey = new Map<string, number[]>();
  indexes.forEach(({ keys, texts }, i) => {
    for (const key of [...keys, ...texts]) {
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
  });
  for (const [id, entry] of Object.entries(ledger.events)) {
    const candidates = new Set(Object.entries(entry.sources).flatMap(([key, hash]) => [...(byKey.get(key) ?? []), ...(byKey.get(`${articleOf(key)}|${hash}`) ?? [])]));
    for (const index of [...candidates].sort((a, b) => a - b)) yield { id, entry, index, m: match(entry, drafts[index]!, indexes[index]) };
  }
}

export function assignLedgerIds(drafts: readonly EventDraft[], ledger: Ledger, memory?: LedgerMemory): TimelineEvent[] {
  const pairs: { id: string; draft: number; live: boolean; m: Match }[] = [];
  for (const { id, entry, index, m } of sharingPairs(ledger, drafts, memory)) pairs.push({ id, draft: index, live: isLive(entry), m });
  pairs.sort(
    (a, b) =>
      b.m.shared - a.m.shared || Number(b.live) - Number(a.live) || compareMatches(a.m, b.m) || compareIds(a.id, b.id) || a.draft - b.draft,
  );
  const ids: (string | undefined)[] = drafts.map(() => undefined);
  const taken = new Set(Object.keys(ledger.events));
  const kept = new Set<string>();
  for (const pair of pairs) {
    if (ids[pair.draft] !== undefined || kept.has(pair.id)) continue;
    ids[pair.draft] = pair.id;
    kept.add(pair.id);
  }
  return drafts.map((draft, i) => {
    let id = ids[i];
    if (id === undefined) {
      let base = memory?.bases.get(draft);
      if (base === undefined) {
        base = baseId(draft);
        memory?.bases.set(draft, base);
      }
      for (let n = 1; taken.has((id = n === 1 ? base : `${base}-${n}`)); n++);
      taken.add(id);
    }
    return { id, url: `/events/${id}/`, ...draft };
  });
}
