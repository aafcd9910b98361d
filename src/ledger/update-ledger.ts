// The ledger after a build: every event's id with its current identity; every other id ever issued pointing
// straight at the live event it became, or marked removed when there is none. Retired ids are re-pointed on every
// build, so a redirect is always one hop to a page that exists.
//
// What an id became: the live event sharing most of the sentences it was last told by (timeline order on a tie);
// when none shares any (its sentences are gone), wherever the id it had become went; otherwise it is removed.
import type { TimelineEvent } from '../types.js';
import { compareMatches, sharingPairs, type LedgerMemory, type Match } from './assign-ledger-ids.js';
import { isLive, ledgerSources, type Ledger, type LedgerEntry } from './ledger.js';

export function updateLedger(previous: Ledger, events: readonly TimelineEvent[], memory?: LedgerMemory): Ledger {
  const next: Ledger = { events: {} };
  for (const event of events) {
    let sources = memory?.sources.get(event.sources);
    if (!sources) {
      sources = ledgerSources(event.sources);
      memory?.sources.set(event.sources, sources);
    }
    next.events[event.id] = { type: event.type, sources };
  }
  // Retired entries' successors, found through the sentence index in one pass.
  const retired: Ledger = { events: Object.fromEntries(Object.entries(previous.events).filter(([id]) => !Object.hasOwn(next.events, id))) };
  const best = new Map<string, { index: number; m: Match }>();
  for (const { id, index, m } of sharingPairs(retired, events, memory)) {
    const current = best.get(id);
    if (!current || compareMatches(m, current.m) < 0) best.set(id, { index, m });
  }
  const resolving = new Set<string>();
  const resolve = (id: string): LedgerEntry => {
    if (Object.hasOwn(next.events, id)) return next.events[id]!;
    const { type, sources, became } = previous.events[id]!;
    const found = best.get(id);
    let target = found && events[found.index]!.id;
    if (target === undefined && became !== undefined && Object.hasOwn(previous.events, became) && !resolving.has(id)) {
      resolving.add(id);
      const via = resolve(became);
      target = isLive(via) ? became : via.became;
    }
    return (next.events[id] = target === undefined ? { type, sources, removed: true } : { type, sources, became: target });
  };
  for (const id of Object.keys(previous.events)) resolve(id);
  return next;
}

