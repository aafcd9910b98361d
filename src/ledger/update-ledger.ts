// The ledger after a build: every event's id with its current identity; every other id ever issued pointing
// straight at the live event it became, or marked removed when there is none. Retired ids are re-pointed on every
// build, so a redirect is always one hop to a page that exists.
//
// What an id became: the live event sharing most of the sentences it was last told by (timeline order on a tie);
// when none shares any (its sentences are gone), wherever the id it had become went; otherwise it is removed.
import type { TimelineEvent } from '../types.js';
import { compareMatches, match, type Match } from './assign-ledger-ids.js';
import { byCodePoint, isLive, sourceKey, type Ledger, type LedgerEntry } from './ledger.js';

export function updateLedger(previous: Ledger, events: readonly TimelineEvent[]): Ledger {
  const next: Ledger = { events: {} };
  for (const event of events) {
    next.events[event.id] = { type: event.type, sources: [...new Set(event.sources.map(sourceKey))].sort(byCodePoint) };
  }
  const resolving = new Set<string>();
  const resolve = (id: string): LedgerEntry => {
    const done = next.events[id];
    if (done) return done;
    const { type, sources, became } = previous.events[id]!;
    let target = successor({ type, sources }, events);
    if (target === undefined && became !== undefined && became in previous.events && !resolving.has(id)) {
      resolving.add(id);
      const via = resolve(became);
      target = isLive(via) ? became : via.became;
    }
    return (next.events[id] = target === undefined ? { type, sources, removed: true } : { type, sources, became: target });
  };
  for (const id of Object.keys(previous.events)) resolve(id);
  return next;
}

/** The live event sharing most sentences with the entry; the earliest in the timeline on a tie. */
export function successor(entry: Pick<LedgerEntry, 'type' | 'sources'>, events: readonly TimelineEvent[]): string | undefined {
  let best: { id: string; m: Match } | undefined;
  for (const event of events) {
    const m = match(entry, event);
    if (m.shared > 0 && (!best || compareMatches(m, best.m) < 0)) best = { id: event.id, m };
  }
  return best?.id;
}
