// `/events.json`: the published contract (see README, "Event schema"). Key order is fixed here so the bytes are
// the same on every build.
import type { TimelineEvent } from '../types.js';
import { chunk, eachPart, jsonArrayPieces, jsonItem, type ChunkMemo, type Parts } from './exports/chunks.js';

/** `JSON.stringify({ events }, null, 2)`, each event serialised on its own (chunks.ts). */
export function eventsJson(events: readonly TimelineEvent[], memo?: ChunkMemo): string {
  return eventsJsonParts(events, memo).join('');
}

export function eventsJsonParts(events: readonly TimelineEvent[], memo?: ChunkMemo): Parts {
  return [...eventsJsonPieces(events, memo)];
}

/** The pieces of eventsJsonParts, each event's made when it is read (chunks.ts, Pieces). */
export function* eventsJsonPieces(events: readonly TimelineEvent[], memo?: ChunkMemo): Generator<string> {
  yield '{\n  "events": ';
  yield* jsonArrayPieces(eachPart(events, (e) => chunk(e, memo, (event) => jsonItem(entry(event), 2))), 1);
  yield '\n}\n';
}

function entry(e: TimelineEvent) {
  return {
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
  };
}
