// Days named relative to publication: "today", "tonight", "this morning", "yesterday", "last night", "tomorrow".
// Watch out for: "this morning" is chrono's time parser with no certain date; the words alone decide here.
// A clock time with them ("at 11:10 this morning", "9am today") is set aside: a date, not a time, is kept.
// "overnight" (round 20): in a stamped or dated entry ("Thu 19 Dec, 06:15", then "… landed at the airfield overnight")
// it is the night that ended the morning the entry was written, and is dated, at day precision, by the entry's own
// day: the entry reports it as that day's news. With no entry around it, it is no date: a morning bulletin's
// "overnight" is the night that ended on its publication day, an evening page's the night before it, and which one
// a page is the text rarely says (the same reading as "last night", a day back, is wrong for the first). A future
// "overnight" in an entry ("talks would resume overnight", "will land overnight") is the night ahead of it, which ends
// the morning after the entry's day: it is dated by that next day, as the past one is by the morning it ended
// (round 20 mend E).
import { addDays } from '../../calendar/calendar-date.js';
import { drop, isOpen, type DateRefiner } from '../candidate.js';
import { publishedOn, quoted, show } from '../reason.js';
import { withoutTime } from '../words.js';

const CASUAL =
  /^(?:(earlier|later)\s+)?(today|tonight|overnight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?$/i;

function offsetOf(word: string): number {
  const w = word.toLowerCase();
  if (w === 'yesterday' || w.startsWith('last')) return -1;
  if (w === 'tomorrow') return 1;
  return 0;
}

/** A live page's morning entry opening with its time ("09:20 - Overnight, …", "7.45am: …"): the page's day, before
 * noon, so its "overnight" is the night that ended that morning. Round 21. */
const MORNING_STAMP = /^\s*(?:0?\d|1[01])[:.][0-5]\d\s*(?:a\.?m\.?)?\s*(?:gmt|utc|bst|cet)?\s*[—–:-]\s/i;

export const casualDays: DateRefiner = (results, { published, entryDay, tenseAt, sentence }) =>
  results.map((c) => {
    const m = CASUAL.exec(withoutTime(c.core.text));
    if (!isOpen(c) || !m) return c;
    const overnight = /^overnight$/i.test(m[2]!);
    if (overnight && !entryDay && !MORNING_STAMP.test(sentence)) return drop(c, `${quoted(c.text)}: "overnight" with no dated entry around it: which night is not said`);
    // (A future "overnight", "talks would resume overnight", is the night ahead of the entry, whatever its hour: it
    // ends the next morning, and is dated by that next day as a past one is by the morning it ended. Round 20 mend E.)
    const ahead = overnight && tenseAt(c.index, c.text.length).tense === 'future' ? 1 : 0;
    const date = addDays(published, offsetOf(m[2]!) + ahead);
    return {
      ...c,
      resolved: {
        date,
        precision: 'day',
        stated: [],
        implied: ['year', 'month', 'day'],
        tag: 'casual-day',
        reason: `${quoted(c.text)}, ${publishedOn(published)}${ahead ? ', future: the night ahead, ending the next morning' : ''} → ${show(date)}`,
      },
    };
  });
