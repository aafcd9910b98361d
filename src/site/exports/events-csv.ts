// `/events.csv`: one row per event for spreadsheets. RFC 4180 quoting and CRLF line ends; a cell that a
// spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
import type { TimelineEvent } from '../../types.js';
import { chunk, joinedParts, type ChunkMemo, type Parts } from './chunks.js';

const COLUMNS = ['id', 'url', 'date', 'precision', 'qualifier', 'type', 'cameo', 'title', 'summary', 'actors', 'places', 'sources', 'source_urls'] as const;

function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `memo` keeps each event's row (chunks.ts): only for one `baseUrl`. */
export function eventsCsv(events: readonly TimelineEvent[], baseUrl = '', memo?: ChunkMemo): string {
  return eventsCsvParts(events, baseUrl, memo).join('');
}

export function eventsCsvParts(events: readonly TimelineEvent[], baseUrl = '', memo?: ChunkMemo): Parts {
  const rows = events.map((event) =>
    chunk(event, memo, (e) =>
      [
        e.id, baseUrl + e.url, e.date, e.precision, e.qualifier ?? '', e.type, e.cameo, e.title, e.summary,
        e.actors.join('; '), e.places.join('; '), e.sources.length, e.sources.map((s) => baseUrl + s.url).join(' '),
      ].map(cell).join(','),
    ),
  );
  return [...joinedParts([COLUMNS.map(cell).join(','), ...rows], '\r\n'), '\r\n'];
}
