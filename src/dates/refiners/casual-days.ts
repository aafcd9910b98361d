// Days named relative to publication: "today", "tonight", "this morning", "yesterday", "last night", "tomorrow".
// Watch out for: "this morning" is chrono's time parser with no certain date; the words alone decide here.
// A clock time with them ("at 11:10 this morning", "9am today") is set aside: a date, not a time, is kept.
import { addDays } from '../../calendar/calendar-date.js';
import { isOpen, type DateRefiner } from '../candidate.js';
import { publishedOn, quoted, show } from '../reason.js';
import { withoutTime } from '../words.js';

const CASUAL =
  /^(?:(earlier|later)\s+)?(today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?$/i;

function offsetOf(word: string): number {
  const w = word.toLowerCase();
  if (w === 'yesterday' || w.startsWith('last')) return -1;
  if (w === 'tomorrow') return 1;
  return 0;
}

export const casualDays: DateRefiner = (results, { published }) =>
  results.map((c) => {
    const m = CASUAL.exec(withoutTime(c.core.text));
    if (!isOpen(c) || !m) return c;
    const date = addDays(published, offsetOf(m[2]!));
    return {
      ...c,
      resolved: {
        date,
        precision: 'day',
        stated: [],
        implied: ['year', 'month', 'day'],
        tag: 'casual-day',
        reason: `${quoted(c.text)}, ${publishedOn(published)} → ${show(date)}`,
      },
    };
  });
