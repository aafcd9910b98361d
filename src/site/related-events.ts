// Related events for each event page: the events that share the most actors or places with it, by normalised
// name (nameKey: "Mustafa al-Kadhimi" and "Al-Kadhimi" meet, so do "US" the actor and "US" the place), closest in
// date among equals, then in timeline order. An inverted index from name to events keeps this near-linear when
// names are spread out; a name every event shares still makes it quadratic, which 5,000 events bear easily.
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

/** For each event id, up to `limit` related events, best first. Events sharing no name are never related. */
export function relatedEvents(events: readonly TimelineEvent[], limit = 5): Map<string, RelatedEvent[]> {
  const keys = events.map(names);
  const days = events.map((e) => middleDay(e.date));
  const index = new Map<string, number[]>();
  keys.forEach((map, i) => {
    for (const key of map.keys()) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  const out = new Map<string, RelatedEvent[]>();
  events.forEach((event, i) => {
    const shared = new Map<number, string[]>();
    for (const [key, spelling] of keys[i]!) {
      for (const j of index.get(key)!) {
        if (j === i) continue;
        const list = shared.get(j);
        if (list) list.push(spelling);
        else shared.set(j, [spelling]);
      }
    }
    const ranked = [...shared]
      .sort(([a, as], [b, bs]) => bs.length - as.length || Math.abs(days[a]! - days[i]!) - Math.abs(days[b]! - days[i]!) || a - b)
      .slice(0, limit);
    out.set(event.id, ranked.map(([j, names]) => ({ id: events[j]!.id, shared: names })));
  });
  return out;
}
