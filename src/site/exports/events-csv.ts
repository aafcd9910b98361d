// `/events.csv`: one row per event for spreadsheets. RFC 4180 quoting and CRLF line ends; a cell that a
// spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
import type { TimelineEvent } from '../../types.js';
import { chunk, eachPart, joinedPieces, type ChunkMemo, type Parts } from './chunks.js';

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
  return [...eventsCsvPieces(events, baseUrl, memo)];
}

/** The pieces of eventsCsvParts, each row made when it is read (chunks.ts, Pieces). */
export function* eventsCsvPieces(events: readonly TimelineEvent[], baseUrl = '', memo?: ChunkMemo): Generator<string> {
  const rows = eachPart(events, (event) =>
    chunk(event, memo, (e) =>
      [
        e.id, baseUrl + e.url, e.date, e.precision, e.qualifier ?? '', e.type, e.cameo, e.title, e.summary,
        e.actors.join('; '), e.places.join('; '), e.sources.length, e.sources.map((s) => baseUrl + s.url).join(' '),
      ].map(cell).join(','),
    ),
  );
  yield* joinedPieces(lines(COLUMNS.map(cell).join(','), rows), '\r\n');
  yield '\r\n';
}

function* lines(header: string, rows: Iterable<string>): Generator<string> {
  yield header;
  yield* rows;
}
