// The exports are serialised one event at a time (src/site/exports/chunks.ts), so `npm start` can keep each event's
// part. Held here to the whole-document serialisations they replaced, byte for byte, with and without a memo.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/articles/load-articles.js';
import { addDays, parseCalendarDate } from '../../src/calendar/calendar-date.js';
import { buildEvents } from '../../src/pipeline.js';
import { eventsJson, eventsJsonParts, eventsJsonPieces } from '../../src/site/events-json.js';
import { jsonArrayPieces, joinedPieces } from '../../src/site/exports/chunks.js';
import { eventsCsv, eventsCsvParts, eventsCsvPieces } from '../../src/site/exports/events-csv.js';
import { eventsIcs, eventsIcsParts, eventsIcsPieces, fold } from '../../src/site/exports/events-ics.js';
import { timelineJsJson, timelineJsParts, timelineJsPieces } from '../../src/site/exports/timelinejs-json.js';
import { dateLabel } from '../../src/site/labels.js';
import type { CalendarDate, TimelineEvent } from '../../src/types.js';

let events: TimelineEvent[];
beforeAll(async () => {
  const plain = buildEvents(await loadArticles('content/articles'));
  // Text a serialiser could trip on: quotes, backslashes, line breaks, non-ASCII, astral and unpaired characters.
  const odd = { ...plain[0]!, id: `${plain[0]!.id}-odd`, title: 'Talks "resume" in Zürich \\ — 🕊️ \u2028 next\nline', summary: `${'é'.repeat(40)}${'a'.repeat(80)}\ud800 end`, actors: [], places: [] };
  events = [...plain, odd];
});

// The implementations before chunks.ts, as they were.
function wholeJson(list: readonly TimelineEvent[]): string {
  const out = list.map((e) => ({
    id: e.id, url: e.url, date: e.date, precision: e.precision, ...(e.qualifier ? { qualifier: e.qualifier } : {}), type: e.type, cameo: e.cameo,
    title: e.title, summary: e.summary, actors: e.actors, places: e.places,
    quantities: e.quantities.map((q) => ({ value: q.value, counts: q.counts, text: q.text, article: q.article })),
    sources: e.sources.map((s) => ({
      article: s.article, title: s.title, ...(s.publisher ? { publisher: s.publisher } : {}), published: s.published, url: s.url, quote: s.quote,
      date: s.date, dateText: s.dateText, dateReason: s.dateReason,
    })),
  }));
  return `${JSON.stringify({ events: out }, null, 2)}\n`;
}

function wholeTimelineJs(list: readonly TimelineEvent[], base: string): string {
  const data = {
    title: { text: { headline: 'T', text: 'D' } },
    events: list.map((event) => {
      const date = parseCalendarDate(event.date)!;
      const credit = event.sources.map((s) => `${s.publisher ? `${s.publisher}: ` : ''}${s.title} (${s.published})`).join('; ');
      return {
        unique_id: event.id,
        start_date: { year: date.year, ...(date.month ? { month: date.month } : {}), ...(date.day ? { day: date.day } : {}), display_date: dateLabel(event.date, event.qualifier) },
        display_date: dateLabel(event.date, event.qualifier),
        text: { headline: event.title, text: event.summary },
        group: event.type,
        media: { url: base + event.url, caption: event.sources[0]!.quote, credit, link: base + event.url },
      };
    }),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function byteFold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
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

describe('exports serialised one event at a time', () => {
  it('events.json and timelinejs.json are the bytes JSON.stringify gives the whole document, memo or not', () => {
    const memo = new WeakMap<object, string>();
    for (const list of [events, [], events.slice(0, 1)]) {
      expect(eventsJson(list)).toBe(wholeJson(list));
      expect(eventsJson(list, memo)).toBe(wholeJson(list));
      const options = { title: 'T', description: 'D', baseUrl: 'https://x.example', dateLabel: (e: TimelineEvent) => dateLabel(e.date, e.qualifier) };
      expect(timelineJsJson(list, options)).toBe(wholeTimelineJs(list, 'https://x.example'));
    }
    // Kept parts are used as they are: the same text again.
    expect(eventsJson([...events].reverse(), memo)).toBe(wholeJson([...events].reverse()));
  });

  it('events.csv and events.ics are the same with a memo as without', () => {
    const csv = new WeakMap<object, string>();
    const ics = new WeakMap<object, string>();
    const options = { title: 'Dateline', baseUrl: 'https://x.example' };
    for (let i = 0; i < 2; i++) {
      expect(eventsCsv(events, 'https://x.example', csv)).toBe(eventsCsv(events, 'https://x.example'));
      expect(eventsIcs(events, options, ics)).toBe(eventsIcs(events, options));
    }
  });

  it('folds iCalendar lines at 75 octets as counting each character with Buffer did', () => {
    const samples = ['', 'a'.repeat(75), 'a'.repeat(76), 'b'.repeat(149), 'c'.repeat(150), 'é'.repeat(80), `${'a'.repeat(74)}é${'a'.repeat(100)}`, '🕊️'.repeat(40), `x\ud800${'y'.repeat(90)}\udc00`];
    const day: CalendarDate = { year: 2021, month: 4, day: 7 };
    samples.push(`DESCRIPTION:${addDays(day, 1).year} ${'Ünïcødé '.repeat(30)}`);
    for (const line of samples) expect(fold(line)).toBe(byteFold(line));
  });
});

describe('exports as pieces made while they are read', () => {
  const options = { title: 'T', description: 'D', baseUrl: 'https://x.example', dateLabel: (e: TimelineEvent) => dateLabel(e.date, e.qualifier) };

  it('are the very pieces of the arrays, for no, one and many events', () => {
    for (const list of [[], events.slice(0, 1), events]) {
      expect([...eventsJsonPieces(list)]).toEqual(eventsJsonParts(list));
      expect([...eventsCsvPieces(list, 'https://x.example')]).toEqual(eventsCsvParts(list, 'https://x.example'));
      expect([...eventsIcsPieces(list, options)]).toEqual(eventsIcsParts(list, options));
      expect([...timelineJsPieces(list, options)]).toEqual(timelineJsParts(list, options));
    }
    expect([...jsonArrayPieces([], 1)]).toEqual(['[]']);
    expect([...jsonArrayPieces(['a', 'b'], 1)]).toEqual(['[\n', 'a', ',\n', 'b', '\n  ]']);
    expect([...joinedPieces(['a', 'b', 'c'], '|')]).toEqual(['a', '|', 'b', '|', 'c']);
  });

  it('make an event\'s part only when it is read', () => {
    // A memo that counts the parts made so far.
    class Counting extends WeakMap<object, string> {
      made = 0;
      override set(key: object, value: string) {
        this.made++;
        return super.set(key, value);
      }
    }
    const makers = [
      (memo: Counting) => eventsJsonPieces(events, memo),
      (memo: Counting) => eventsCsvPieces(events, '', memo),
      (memo: Counting) => eventsIcsPieces(events, options, memo),
      (memo: Counting) => timelineJsPieces(events, options, memo),
    ];
    for (const make of makers) {
      const memo = new Counting();
      const pieces = make(memo)[Symbol.iterator]();
      expect(memo.made).toBe(0);
      let read = 0;
      while (memo.made === 0) {
        pieces.next();
        read++;
      }
      expect(memo.made).toBe(1);
      expect(read).toBeLessThan(20); // the head: at most a dozen pieces
      while (!pieces.next().done);
      expect(memo.made).toBe(events.length);
    }
  });
});
