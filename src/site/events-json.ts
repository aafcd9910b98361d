// `/events.json`: the published contract (see README, "Event schema"). Key order is fixed here so the bytes are
// the same on every build.
import type { TimelineEvent } from '../types.js';

export function eventsJson(events: readonly TimelineEvent[]): string {
  const out = events.map((e) => ({
    id: e.id,
    url: e.url,
    date: e.date,
    precision: e.precision,
    ...(e.qualifier ? { qualifier: e.qualifier } : {}),
    type: e.type,
    cameo: e.cameo,
    title: e.title,
    summary: e.summary,
    actors: e.actors,
    places: e.places,
    quantities: e.quantities.map((q) => ({ value: q.value, counts: q.counts, text: q.text, article: q.article })),
    sources: e.sources.map((s) => ({
      article: s.article,
      title: s.title,
      ...(s.publisher ? { publisher: s.publisher } : {}),
      published: s.published,
      url: s.url,
      quote: s.quote,
      date: s.date,
      dateText: s.dateText,
      dateReason: s.dateReason,
      ...(s.joined ? { joined: true } : {}),
    })),
  }));
  return `${JSON.stringify({ events: out }, null, 2)}\n`;
}
