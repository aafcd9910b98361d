// Months and years named relative to publication: "this month", "earlier this month", "last month",
// "next month", "this year", "last year", "late last year", "the end of the month", "two months ago",
// "a year ago", "three days ago", "a month ago today" (that very day).
// Watch out for: chrono gives these a certain-looking day ("last month" → 19 March); only the month or year the
// words name is kept. A count of months or years back is approximate: qualifier around.
import { addDays, isRealDay } from '../../calendar/calendar-date.js';
import type { CalendarDate, DatePart, Precision } from '../../types.js';
import { drop, isOpen, type Candidate, type DateContext, type DateRefiner, type Resolution } from '../candidate.js';
import { addMonths, monthOf } from '../calendar-steps.js';
import { publishedOn, quoted, show } from '../reason.js';
import { countOf } from '../words.js';

const PERIOD = /^(?:(?:the\s+)?(?:end|start|beginning|middle|close|(?:last|final|first)\s+day)\s+of\s+)?(this|the\s+current|the|last|next)\s+(month|year)$/i;
/** "the last day of the year", "the first day of next month": that day, not the period (round 16). */
const DAY_OF = /^(?:the\s+)?(last|final|first)\s+day\b/i;
/** A modal or a plan that makes what follows in its clause lie ahead. */
const AHEAD = /\b(?:will|shall|must|(?:has|have|needs?)\s+to|(?:is|are)\s+(?:due|set|expected|scheduled|to))\b/i;
const AGO = /^(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|month|year)s?\s+ago$/i;

function resolution(
  c: Candidate,
  { published }: DateContext,
  date: CalendarDate,
  precision: Precision,
  note: string,
  around = false,
): Resolution {
  const implied: DatePart[] = precision === 'day' ? ['year', 'month', 'day'] : precision === 'month' ? ['year', 'month'] : ['year'];
  return {
    date,
    precision,
    stated: [],
    implied,
    ...(around ? { qualifier: 'around' as const } : {}),
    tag: 'relative-period',
    reason: `${quoted(c.text)}, ${publishedOn(published)} → ${show(date)}${note}`,
  };
}

/**
 * "The missile was a month ago today", "The truce was signed a year ago today": a count back that ends on "today" is
 * that very day, a month or a year before publication (an anniversary), not a month around it; "today" is part of it.
 * A day the month lacks (a month back from 31 March) keeps the month alone. Round 13.
 */
function agoToday(results: Candidate[], context: DateContext): Candidate[] {
  const { sentence, published } = context;
  let out = results;
  for (const c of results) {
    const ago = AGO.exec(c.core.text);
    const today = ago && /^\s+today\b/i.exec(sentence.slice(c.core.index + c.core.text.length));
    if (!ago || !today || !isOpen(c)) continue;
    const n = countOf(ago[1]!) ?? 1;
    const unit = ago[2]!.toLowerCase();
    if (unit === 'day') continue;
    const month = unit === 'month' ? addMonths(monthOf(published), -n) : { year: published.year - n, month: published.month! };
    if (!isRealDay(month.year, month.month!, published.day!)) continue;
    const date: CalendarDate = { year: month.year, month: month.month!, day: published.day! };
    const start = c.core.index + c.core.text.length + today[0].length - 'today'.length;
    out = out.map((o) => {
      if (o === c) return { ...o, resolved: resolution(o, context, date, 'day', `, "${ago[0]} today": that very day`) };
      if (o.core.index === start && o.dropped === undefined) return drop(o, `${quoted(o.core.text)} is part of ${quoted(`${c.core.text} today`)}`);
      return o;
    });
  }
  return out;
}

export const relativePeriods: DateRefiner = (results, context) =>
  agoToday(results, context).map((c) => {
    if (!isOpen(c)) return c;
    const { published } = context;
    const period = PERIOD.exec(c.core.text);
    // "gone by the close of the year": a deadline ahead is this year's end; told in the past, it may be last year's.
    // (A modal earlier in its clause governs a participle after "and": "must be down to 900 … and gone by …".)
    // (Asked only of an end of period: the tense costs a pass over the sentence.)
    const ahead = () => context.tenseAt(c.core.index, c.core.text.length).tense === 'future' || AHEAD.test(context.sentence.slice(0, c.index).split(/[,;:]/).at(-1)!);
    if (period && c.tags.includes('dateline/end-of-period') && !ahead()) {
      return drop(c, `${quoted(c.text)} told in the past: the end of this year or of the year before`);
    }
    if (period) {
      const which = period[1]!.toLowerCase();
      const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      const unit = period[2]!.toLowerCase();
      const note = step === 0 ? `, the ${unit} of publication` : `, the ${unit} ${step < 0 ? 'before' : 'after'} publication`;
      const dayOf = DAY_OF.exec(c.core.text);
      if (dayOf) {
        const month = unit === 'month' ? addMonths(monthOf(published), step) : { year: published.year + step, month: /^first$/i.test(dayOf[1]!) ? 1 : 12 };
        let day = /^first$/i.test(dayOf[1]!) ? 1 : 31;
        while (!isRealDay(month.year, month.month!, day)) day--;
        return { ...c, resolved: resolution(c, context, { year: month.year, month: month.month!, day }, 'day', `${note}, its ${dayOf[1]!.toLowerCase()} day`) };
      }
      if (unit === 'month') {
        return { ...c, resolved: resolution(c, context, addMonths(monthOf(published), step), 'month', note) };
      }
      return { ...c, resolved: resolution(c, context, { year: published.year + step }, 'year', note) };
    }
    const ago = AGO.exec(c.core.text);
    if (ago) {
      const n = countOf(ago[1]!) ?? 1;
      const unit = ago[2]!.toLowerCase();
      if (unit === 'day') return { ...c, resolved: resolution(c, context, addDays(published, -n), 'day', '') };
      if (unit === 'month') {
        const date = addMonths(monthOf(published), -n);
        return { ...c, resolved: resolution(c, context, date, 'month', ', around: a count of months is approximate', true) };
      }
      const date = { year: published.year - n };
      return { ...c, resolved: resolution(c, context, date, 'year', ', around: a count of years is approximate', true) };
    }
    return c;
  });
