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
 * For each event id, up to `limit` related events, best first. Events sharing no name are never related. The
 * candidates are, for each of the event's names, the `window` events on either side of it in that name's
 * timeline-ordered list, so the cost is events × names × window whatever the corpus size.
 */
export function relatedEvents(events: readonly TimelineEvent[], limit = 5, window = RELATED_WINDOW): Map<string, RelatedEvent[]> {
  const keys = events.map(names);
  const days = events.map((e) => middleDay(e.date));
  // Name → positions of the events that carry it, in the timeline order events come in.
  const index = new Map<string, number[]>();
  // Event → its place in each of its names' lists.
  const place = keys.map(() => new Map<string, number>());
  keys.forEach((map, i) => {
    for (const key of map.keys()) {
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      place[i]!.set(key, list.length);
      list.push(i);
    }
  });
  const out = new Map<string, RelatedEvent[]>();
  events.forEach((event, i) => {
    const candidates = new Set<number>();
    for (const key of keys[i]!.keys()) {
      const list = index.get(key)!;
      const at = place[i]!.get(key)!;
      for (let k = Math.max(0, at - window); k <= Math.min(list.length - 1, at + window); k++) if (list[k] !== i) candidates.add(list[k]!);
    }
    const mine = [...keys[i]!];
    const ranked = [...candidates]
      .map((j) => {
        const theirs = keys[j]!;
        return [j, mine.filter(([key]) => theirs.has(key)).map(([, spelling]) => spelling)] as const;
      })
      .sort(([a, as], [b, bs]) => bs.length - as.length || Math.abs(days[a]! - days[i]!) - Math.abs(days[b]! - days[i]!) || a - b)
      .slice(0, limit);
    out.set(event.id, ranked.map(([j, shared]) => ({ id: events[j]!.id, shared })));
  });
  return out;
}
