// `/timelinejs.json`: the events in Knight Lab TimelineJS's own data format, so a TimelineJS user can drop it in.
// Our permanent id is `unique_id`, the date as written at its precision is `display_date` (a year alone is valid
// there), the kind is `group`, and the sources are credited in `media.credit`.
import { parseCalendarDate } from '../../calendar/calendar-date.js';
import type { TimelineEvent } from '../../types.js';
import { chunk, eachPart, jsonArrayPieces, jsonItem, nestedJson, type ChunkMemo, type Parts } from './chunks.js';

export interface TimelineJsOptions {
  title: string;
  description: string;
  baseUrl?: string;
  /** "7 April 2021", "April 2021": how each event's date is written on the site. */
  dateLabel: (event: TimelineEvent) => string;
}

/** `JSON.stringify(data, null, 2)`, each event serialised on its own; `memo` keeps them (chunks.ts), only for one set of options. */
export function timelineJsJson(events: readonly TimelineEvent[], options: TimelineJsOptions, memo?: ChunkMemo): string {
  return timelineJsParts(events, options, memo).join('');
}

export function timelineJsParts(events: readonly TimelineEvent[], options: TimelineJsOptions, memo?: ChunkMemo): Parts {
  return [...timelineJsPieces(events, options, memo)];
}

/** The pieces of timelineJsParts, each slide made when it is read (chunks.ts, Pieces). */
export function* timelineJsPieces(events: readonly TimelineEvent[], options: TimelineJsOptions, memo?: ChunkMemo): Generator<string> {
  const title = { text: { headline: options.title, text: options.description } };
  yield `{\n  "title": ${nestedJson(title, 1)},\n  "events": `;
  yield* jsonArrayPieces(eachPart(events, (event) => chunk(event, memo, () => jsonItem(slide(event, options), 2))), 1);
  yield '\n}\n';
}

function slide(event: TimelineEvent, options: TimelineJsOptions) {
  const base = options.baseUrl ?? '';
  const date = parseCalendarDate(event.date)!;
  const credit = event.sources.map((s) => `${s.publisher ? `${s.publisher}: ` : ''}${s.title} (${s.published})`).join('; ');
  return {
    unique_id: event.id,
    start_date: { year: date.year, ...(date.month ? { month: date.month } : {}), ...(date.day ? { day: date.day } : {}), display_date: options.dateLabel(event) },
    display_date: options.dateLabel(event),
    text: { headline: event.title, text: event.summary },
    group: event.type,
    media: { url: base + event.url, caption: event.sources[0]!.quote, credit, link: base + event.url },
  };
}
