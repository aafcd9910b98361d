// `/events.ics`: the timeline as a calendar (RFC 5545). Every event is an all-day entry spanning what its date
// says: one day, a whole month, or a whole year. DTSTAMP, which the format requires, is taken from the newest
// source's publication day rather than the build clock, so the bytes never change between builds.
import { addDays, parseCalendarDate } from '../../calendar/calendar-date.js';
import type { CalendarDate, TimelineEvent } from '../../types.js';
import { chunk, eachPart, joinedPieces, type ChunkMemo, type Parts } from './chunks.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ymd = (d: CalendarDate) => `${pad(d.year, 4)}${pad(d.month ?? 1)}${pad(d.day ?? 1)}`;

/** The first day after the span a date names. */
function endOf(date: CalendarDate): CalendarDate {
  if (date.day !== undefined) return addDays(date, 1);
  if (date.month !== undefined) return date.month === 12 ? { year: date.year + 1, month: 1, day: 1 } : { year: date.year, month: date.month + 1, day: 1 };
  return { year: date.year + 1, month: 1, day: 1 };
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
export function fold(line: string): string {
  // ASCII, nearly every line: a character is an octet.
  if (/^[\x00-\x7f]*$/.test(line)) {
    if (line.length <= 75) return line;
    const parts = [line.slice(0, 75)];
    for (let i = 75; i < line.length; i += 74) parts.push(line.slice(i, i + 74));
    return parts.join('\r\n ');
  }
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    // Its UTF-8 length (a lone surrogate is written as U+FFFD, three octets, as Buffer writes it).
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** `memo` keeps each event's lines (chunks.ts): only for one set of options. */
export function eventsIcs(events: readonly TimelineEvent[], options: { title: string; baseUrl?: string }, memo?: ChunkMemo): string {
  return eventsIcsParts(events, options, memo).join('');
}

export function eventsIcsParts(events: readonly TimelineEvent[], options: { title: string; baseUrl?: string }, memo?: ChunkMemo): Parts {
  return [...eventsIcsPieces(events, options, memo)];
}

/** The pieces of eventsIcsParts, each event's lines made when they are read (chunks.ts, Pieces). */
export function* eventsIcsPieces(events: readonly TimelineEvent[], options: { title: string; baseUrl?: string }, memo?: ChunkMemo): Generator<string> {
  const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Dateline//Timeline//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(options.title)}`];
  const parts = eachPart(events, (event) => chunk(event, memo, () => eventLines(event, options).map(fold).join('\r\n')));
  yield* joinedPieces(calendar(head.map(fold), parts), '\r\n');
  yield '\r\n';
}

function* calendar(head: readonly string[], parts: Iterable<string>): Generator<string> {
  yield* head;
  yield* parts;
  yield 'END:VCALENDAR';
}

function eventLines(event: TimelineEvent, options: { baseUrl?: string }): string[] {
  const date = parseCalendarDate(event.date)!;
  const stamp = event.sources.map((s) => s.published).sort().at(-1)!.replace(/-/g, '');
  const sources = event.sources.map((s) => `${s.publisher ? `${s.publisher}, ` : ''}${s.title} (${s.published}): ${s.quote}`);
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@dateline`,
    `DTSTAMP:${stamp}T000000Z`,
    `DTSTART;VALUE=DATE:${ymd(date)}`,
    `DTEND;VALUE=DATE:${ymd(endOf(date))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText([event.summary, `Known to the ${event.precision}.`, ...sources].join('\n'))}`,
    `CATEGORIES:${escapeText(event.type)}`,
    ...(options.baseUrl ? [`URL:${options.baseUrl}${event.url}`] : []),
    'END:VEVENT',
  ];
}
