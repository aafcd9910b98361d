// A mention built by hand for merging tests: the kind, day and sentence given, everything else empty unless `extra`
// says otherwise. The date sits at the end of the quote, as "… on" + date would.
import { parseCalendarDate, precisionOf } from '../../src/calendar/calendar-date.js';
import type { EventType, Mention } from '../../src/types.js';

export function mentionOf(article: string, type: EventType, date: string, quote: string, extra: Partial<Mention> = {}, cameo = '0874'): Mention {
  const d = parseCalendarDate(date)!;
  return {
    article, sentence: 1, quote, actors: [], places: [], quantities: [], quotes: [],
    classification: { type, cue: 'x', cameo },
    date: { text: 'zz', index: quote.length, date: d, precision: precisionOf(d), stated: [], implied: [], tag: 'test', reason: '' },
    ...extra,
  };
}
