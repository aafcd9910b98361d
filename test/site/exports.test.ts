import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/articles/load-articles.js';
import { buildEvents } from '../../src/pipeline.js';
import { eventsCsv } from '../../src/site/exports/events-csv.js';
import { eventsIcs } from '../../src/site/exports/events-ics.js';
import { timelineJsJson } from '../../src/site/exports/timelinejs-json.js';
import { dateLabel } from '../../src/site/labels.js';
import type { TimelineEvent } from '../../src/types.js';

let events: TimelineEvent[];
beforeAll(async () => {
  events = buildEvents(await loadArticles('content/articles'));
});

/** A small RFC 4180 reader, enough to check our own quoting round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

describe('events.csv', () => {
  it('has a header and one row per event that reads back to the same values', () => {
    const rows = parseCsv(eventsCsv(events));
    expect(rows[0]).toEqual(['id', 'url', 'date', 'precision', 'qualifier', 'type', 'cameo', 'title', 'summary', 'actors', 'places', 'sources', 'source_urls']);
    expect(rows).toHaveLength(events.length + 1);
    rows.slice(1).forEach((row, i) => {
      expect(row[0]).toBe(events[i]!.id);
      expect(row[8]).toBe(events[i]!.summary);
    });
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const hostile = { ...events[0]!, title: '=HYPERLINK("http://x")' };
    expect(parseCsv(eventsCsv([hostile]))[1]![7]).toBe('\'=HYPERLINK("http://x")');
  });
});

describe('events.ics', () => {
  const ics = () => eventsIcs(events, { title: 'Dateline', baseUrl: 'https://timeline.example.org' });

  it('is a calendar of all-day entries spanning each date at its precision', () => {
    const text = ics();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(events.length);
    const unfolded = text.replace(/\r\n /g, '');
    const month = events.find((e) => e.precision === 'month')!;
    const block = unfolded.slice(unfolded.indexOf(`UID:${month.id}@dateline`));
    const [y, m] = month.date.split('-').map(Number) as [number, number];
    expect(block).toMatch(new RegExp(`DTSTART;VALUE=DATE:${y}${String(m).padStart(2, '0')}01\\r\\n`));
    const next = m === 12 ? `${y + 1}01` : `${y}${String(m + 1).padStart(2, '0')}`;
    expect(block).toMatch(new RegExp(`DTEND;VALUE=DATE:${next}01\\r\\n`));
    const year = events.find((e) => e.precision === 'year')!;
    expect(unfolded.slice(unfolded.indexOf(`UID:${year.id}@dateline`))).toMatch(new RegExp(`DTEND;VALUE=DATE:${Number(year.date) + 1}0101`));
  });

  it('folds lines at 75 octets and takes DTSTAMP from the sources, not the clock', () => {
    for (const line of ics().split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const newest = events[0]!.sources.map((s) => s.published).sort().at(-1)!.replace(/-/g, '');
    expect(ics()).toContain(`DTSTAMP:${newest}T000000Z`);
  });
});

describe('timelinejs.json', () => {
  it('uses our ids, dates at their precision, kinds as groups and sources as credit', () => {
    const data = JSON.parse(timelineJsJson(events, { title: 'T', description: 'D', dateLabel: (e) => dateLabel(e.date, e.qualifier) }));
    expect(data.events).toHaveLength(events.length);
    const year = events.findIndex((e) => e.precision === 'year');
    expect(data.events[year].start_date).toEqual({ year: Number(events[year]!.date), display_date: events[year]!.date });
    const first = data.events[0];
    expect(first.unique_id).toBe(events[0]!.id);
    expect(first.group).toBe(events[0]!.type);
    expect(first.media.credit).toContain(events[0]!.sources[0]!.title);
  });
});
