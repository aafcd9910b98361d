// Related events for each event page: the events that share the most actors or places with it, by normalised
// name (nameKey: "Mustafa al-Kadhimi" and "Al-Kadhimi" meet, so do "US" the actor and "US" the place), closest in
// date among equals, then in timeline order. Candidates come from an inverted index from name to events, bounded to
// the nearest in time (RELATED_WINDOW), so the cost stays linear in events however common a name is.
import { parseCalendarDate } from '../calendar/calendar-date.js';
import { nameKey } from '../events/mention-evidence.js';
import type { TimelineEvent } from '../types.js';

export interface RelatedEvent {
  /** The related event's id. */
  id: string;
  /** The names both share, as the first event writes them. */
  shared: string[];
}

const DAY = 86_400_000;

/** The middle of the span a date names, in days since 1970: only ever compared, so any fixed origin would do. */
function middleDay(iso: string): number {
  const d = parseCalendarDate(iso)!;
  if (d.day !== undefined) return Date.UTC(d.year, d.month! - 1, d.day) / DAY;
  if (d.month !== undefined) return (Date.UTC(d.year, d.month - 1, 1) + Date.UTC(d.year, d.month, 1)) / 2 / DAY;
  return (Date.UTC(d.year, 0, 1) + Date.UTC(d.year + 1, 0, 1)) / 2 / DAY;
}

/** Each event's name keys, with the spelling it first used for each. */
function names(event: TimelineEvent): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of [...event.actors, ...event.places]) {
    const key = nameKey(name);
    if (key && !out.has(key)) out.set(key, name);
  }
  return out;
}

/**
 * How far along a name's events, in timeline order, candidates are looked for on each side. Related events are
 * meant to be near in time; without a bound, a name most events share ("US") makes this quadratic in events.
 */
export const RELATED_WINDOW = 40;

/**
 * What a long-lived process (`npm start`) keeps between builds: each name's events as the last build listed them,
 * and each event's related events and names, by event object. An event's related events depend only on the events
 * within `window` places of it in its names' lists; while none of those was added or removed, the same list stands.
 */
export interface RelatedMemory {
  /** The limit and window the lists were made with. */
  shape?: string;
  lists: Map<string, TimelineEvent[]>;
  results: WeakMap<TimelineEvent, RelatedEvent[]>;
  names: WeakMap<TimelineEvent, Map<string, string>>;
  days: WeakMap<TimelineEvent, number>;
}

export function relatedMemory(): RelatedMemory {
  return { lists: new Map(), results: new WeakMap(), names: new WeakMap(), days: new WeakMap() };
}

/**
 * For each event id, up to `limit` related events, best first. Events sharing no name are never related. The
 * candidates are, for each of the event's names, the `window` events on either side of it in that name's
 * timeline-ordered list, so the cost is events × names × window whatever the corpus size. With a memory, only the
 * events near a change in one of their names' lists are worked out again (the same list object otherwise).
 */
export function relatedEvents(events: readonly TimelineEvent[], limit = 5, window = RELATED_WINDOW, memory?: RelatedMemory): Map<string, RelatedEvent[]> {
  if (memory && memory.shape !== `${limit} ${window}`) Object.assign(memory, relatedMemory(), { shape: `${limit} ${window}` });
  const namesOf = (event: TimelineEvent) => {
    let own = memory?.names.get(event);
    if (!own) {
      own = names(event);
      memory?.names.set(event, own);
    }
    return own;
  };
  // Names as small integers, each event's as an array: the candidates below are compared by counting shared numbers,
  // with no Map, Set or array made per candidate (issue 8: this was 0.35 s of every build at 1,000 articles).
  const ids = new Map<string, number>();
  const spellings: string[][] = [];
  const keys = events.map((event, i) => {
    const own = namesOf(event);
    spellings[i] = [...own.values()];
    return Int32Array.from(own.keys(), (key) => ids.get(key) ?? ids.set(key, ids.size).get(key)!);
  });
  const days = events.map((event) => {
    let day = memory?.days.get(event);
    if (day === undefined) {
      day = middleDay(event.date);
      memory?.days.set(event, day);
    }
    return day;
  });
  // Name → positions of the events that carry it, in the timeline order events come in; event → its place in each.
  const index: number[][] = Array.from({ length: ids.size }, () => []);
  const place = keys.map((own) => Int32Array.from(own, (key) => index[key]!.push(0) - 1));
  keys.forEach((own, i) => own.forEach((key, k) => (index[key]![place[i]![k]!] = i)));
  const marked = new Int32Array(ids.size);
  const seen = new Int32Array(events.length);
  // The best `limit` candidates so far, best first: most names shared, nearest in time, then timeline order.
  const bestJ = new Int32Array(limit + 1);
  const bestN = new Int32Array(limit + 1);
  const bestD = new Float64Array(limit + 1);
  const relatedTo = (i: number): RelatedEvent[] => {
    const mine = keys[i]!;
    const stamp = i + 1;
    for (const key of mine) marked[key] = stamp;
    let count = 0;
    for (let k = 0; k < mine.length; k++) {
      const list = index[mine[k]!]!;
      const at = place[i]![k]!;
      for (let p = Math.max(0, at - window); p <= Math.min(list.length - 1, at + window); p++) {
        const j = list[p]!;
        if (j === i || seen[j] === stamp) continue;
        seen[j] = stamp;
        let n = 0;
        for (const key of keys[j]!) if (marked[key] === stamp) n++;
        const distance = Math.abs(days[j]! - days[i]!);
        // Where it would go: after every candidate that comes before it.
        let slot = count;
        while (slot > 0 && (n > bestN[slot - 1]! || (n === bestN[slot - 1]! && (distance < bestD[slot - 1]! || (distance === bestD[slot - 1]! && j < bestJ[slot - 1]!))))) slot--;
        if (slot >= limit) continue;
        for (let q = Math.min(count, limit - 1); q > slot; q--) {
          bestJ[q] = bestJ[q - 1]!;
          bestN[q] = bestN[q - 1]!;
          bestD[q] = bestD[q - 1]!;
        }
        bestJ[slot] = j;
        bestN[slot] = n;
        bestD[slot] = distance;
        if (count < limit) count++;
      }
    }
    const related: RelatedEvent[] = [];
    for (let q = 0; q < count; q++) {
      const j = bestJ[q]!;
      related.push({ id: events[j]!.id, shared: spellings[i]!.filter((_, k) => keys[j]!.includes(mine[k]!)) });
    }
    return related;
  };
  const stale = memory ? changedNeighbourhoods(events, index, [...ids.keys()], window, memory) : undefined;
  const out = new Map<string, RelatedEvent[]>();
  events.forEach((event, i) => {
    let related = stale && !stale.has(event) ? memory!.results.get(event) : undefined;
    if (!related) {
      related = relatedTo(i);
      memory?.results.set(event, related);
    }
    out.set(event.id, related);
  });
  return out;
}

/**
 * The events whose candidates may differ from last build's: within `window` places of an event added to or removed
 * from one of their names' lists (an event whose neighbours on both sides are the ones it had, in each list, has the
 * same candidates in the same order). Events the memory holds no result for are worked out anyway. Records this
 * build's lists for the next.
 */
function changedNeighbourhoods(events: readonly TimelineEvent[], index: readonly number[][], names: readonly string[], window: number, memory: RelatedMemory): Set<TimelineEvent> {
  const stale = new Set<TimelineEvent>();
  const lists = new Map<string, TimelineEvent[]>();
  names.forEach((name, key) => {
    const now = index[key]!.map((i) => events[i]!);
    lists.set(name, now);
    const before = memory.lists.get(name) ?? [];
    if (before.length === now.length && before.every((e, p) => e === now[p])) return;
    const mark = (list: readonly TimelineEvent[], others: ReadonlySet<TimelineEvent>) => {
      list.forEach((event, p) => {
        if (others.has(event)) return;
        for (let q = Math.max(0, p - window); q <= Math.min(list.length - 1, p + window); q++) stale.add(list[q]!);
      });
    };
    mark(now, new Set(before));
    mark(before, new Set(now));
  });
  memory.lists = lists;
  return stale;
}
