// A sentence that opens by counting from the story so far: "Two days later, …", "The next day …", "A week later,",
// "The following morning", "Hours later" (or "Hours earlier"), "Later that day". It is dated against the date of the previous dated
// sentence of the same article (DateContext.previous), never against publication:
//   days and weeks → that date plus the days, when it is a day; from a month or a year no day can be stated, so
//                    the sentence stays undated (the reason says why);
//   months         → that month plus the months, around (a month later is approximate), from a day or a month;
//   years          → that year plus the years, at year precision;
//   hours, "later that day", "that evening" → the same date, at its precision.
// "the same day", "later that evening" anywhere in a sentence with no date before them: the same date.
// No previous dated sentence: undated. Only the start of a sentence counts (after "And", "But", "Then" or an
// opening quotation mark): inside a sentence, "two days later" counts from whatever that sentence tells, which
// non-dates drops.
// Watch out for: "The day after the vote, …" names its anchor (relative-to-event's business): the "after"/"before"
// forms count only when a comma or dash follows them.
import { addDays, compareCalendarDates, formatHuman, truncate } from '../../calendar/calendar-date.js';
import type { CalendarDate, DatePart, Precision } from '../../types.js';
import { drop, isOpen, type Candidate, type DateContext, type DateRefiner } from '../candidate.js';
import { addMonths, mondayOf } from '../calendar-steps.js';
import { quoted, show } from '../reason.js';
import { weekAsMonth } from './weeks.js';
import { countOf } from '../words.js';

const COUNT = String.raw`(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const UNIT = String.raw`(day|week|month|year|fortnight)s?`;
/** A live page's entry opens with its time ("11:40 - The same day, …", "9.05am: Two days later"): the sentence opens
 * after it. Round 21. */
const STAMP = String.raw`(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|utc|bst|cet|est|edt)?\s*[—–:-]?\s+)?`;
const STAMP_AT_START = new RegExp('^\\s*' + STAMP, 'i');
const LEAD = String.raw`^\s*` + STAMP + String.raw`["“‘']?\s*(?:(?:and|but|then|so|yet)\s+)?`;
const SEQUEL = new RegExp(
  LEAD +
    '(?:' +
    String.raw`(${COUNT})\s+${UNIT}\s+(later|earlier|on)\b` + // 1 count, 2 unit, 3 direction
    String.raw`|(${COUNT})\s+${UNIT}\s+(after|before)(?=\s*[,—–])` + // 4 count, 5 unit, 6 direction
    String.raw`|the\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)\b` + // 7, 8
    String.raw`|the\s+(day|week|month|year)\s+(after|before)(?=\s*[,—–])` + // 9, 10
    String.raw`|(?:(?:just\s+|only\s+)?(?:hours|minutes|moments)\s+(?:later|earlier)|later\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night))\b` +
    ')',
  'i',
);

type Unit = 'day' | 'week' | 'month' | 'year';

interface Offset {
  amount: number;
  unit: Unit;
}

function offsetOf(m: RegExpExecArray): Offset | undefined {
  const sign = (word: string) => (/^(?:earlier|before|previous|preceding)$/i.test(word) ? -1 : 1);
  const unitOf = (word: string): [Unit, number] => {
    const w = word.toLowerCase();
    if (w === 'fortnight') return ['week', 2];
    if (w === 'morning' || w === 'afternoon' || w === 'evening' || w === 'night') return ['day', 1];
    return [w as Unit, 1];
  };
  if (m[1] || m[4]) {
    const count = countOf(m[1] ?? m[4]!);
    if (count === undefined) return undefined;
    const [unit, times] = unitOf(m[2] ?? m[5]!);
    return { amount: sign(m[3] ?? m[6]!) * count * times, unit };
  }
  if (m[7]) {
    const [unit, times] = unitOf(m[8]!);
    return { amount: sign(m[7]) * times, unit };
  }
  if (m[9]) {
    const [unit, times] = unitOf(m[9]);
    return { amount: sign(m[10]!) * times, unit };
  }
  return { amount: 0, unit: 'day' };
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

function shift(from: CalendarDate, precision: Precision, { amount, unit }: Offset): { date: CalendarDate; precision: Precision; around?: true } | undefined {
  if (amount === 0) return { date: from, precision };
  if (unit === 'day' || unit === 'week') {
    if (precision !== 'day') return undefined;
    return { date: addDays(from, unit === 'week' ? amount * 7 : amount), precision: 'day' };
  }
  if (unit === 'month') {
    if (RANK[precision] < RANK.month) return undefined;
    return { date: addMonths(from, amount), precision: 'month', around: true };
  }
  return { date: { year: from.year + amount }, precision: 'year' };
}

/** "replied the same day", "later that evening": the same day as the story so far, wherever in the sentence. */
// (Not "the same day as the vote": relative-to-event dates that against the vote. But "condemned the raid the same
// evening as “an assault on the truce”" is the "as" of what it was called; round 16.)
const SAME_DAY = /\b(?:(?:on\s+)?(?:the|that)\s+same\s+(?:day|morning|afternoon|evening|night)(?!\s+as\s+(?!["“‘']))|later\s+that\s+(?:day|morning|afternoon|evening|night))\b/i;

/**
 * "Castell, walking through the district that morning, said …", "said that evening": a day part pointing back, in the
 * middle of a sentence, is the story's day as much as at its start (from a month, "In mid-May … said that day", the
 * same month: no finer than the story told it), and so is "on the evening of that day"; not the object of a verb of
 * time spent or remembered ("spent that night on the phone", "never forgot that morning"), not after "since" or
 * "until", not a day part that a clause names ("that morning's raid"). Round 13.
 */
const THAT_DAY_PART =
  /(?<!\b(?:spend|spends|spent|spending|forget|forgot|forgotten|remember|remembers|remembered|recall|recalls|recalled|since|until|till|before|after|all|throughout)\s+)\b(?:(?:on\s+|in\s+)?the\s+(?:morning|afternoon|evening|night)\s+of\s+)?that\s+(?:morning|afternoon|evening|night|day)\b(?![-'’])/i;

/** Whether the offset sits inside a quotation: an odd number of straight quotes, or an opening curly one unclosed. */
function insideQuotation(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  const straight = (before.match(/"/g) ?? []).length;
  return straight % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

export const sequels: DateRefiner = (results, context) => {
  const { sentence } = context;
  const m = SEQUEL.exec(sentence);
  if (m) {
    const lead = new RegExp(LEAD, 'i').exec(m[0])![0].length;
    return counted(results, context, m, m.index + lead, m[0].slice(lead));
  }
  const same = SAME_DAY.exec(sentence);
  // Only when nothing before it in the sentence is a date it could count from instead ("On Monday …, and the same
  // day …"); a live entry's time before it is none.
  const stamp = STAMP_AT_START.exec(sentence)![0].length;
  const dateBefore = (at: number) => results.some((c) => c.core.index < at && c.core.index >= stamp && c.dropped === undefined);
  if (same && !dateBefore(same.index)) {
    return counted(results, context, same, same.index, same[0]);
  }
  const part = THAT_DAY_PART.exec(sentence);
  // Nor inside a quotation: "“I will not forget that morning,” she said" is the speaker's memory, no date of ours.
  if (part && !dateBefore(part.index) && !insideQuotation(sentence, part.index)) {
    return counted(results, context, part, part.index, part[0]);
  }
  return results;
};

function counted(results: Candidate[], { previous, published, tenseAt }: DateContext, m: RegExpExecArray, index: number, text: string): Candidate[] {
  const end = index + text.length;
  // chrono's own reading of the same words ("next day" from publication, "A week later" dropped later) gives way.
  const kept = results.map((c) =>
    isOpen(c) && c.core.index < end && c.core.index + c.core.text.length > index
      ? drop(c, `${quoted(c.core.text)} is part of ${quoted(text)}, counted from the previous dated sentence`)
      : c,
  );
  const candidate = sequelCandidate(text, index);
  const offset = offsetOf(m);
  if (!offset) return [...kept, drop(candidate, `${quoted(text)} gives no count to add`)];
  if (!previous) {
    return [...kept, drop(candidate, `${quoted(text)} counts from the story so far, and no earlier sentence of the article is dated`)];
  }
  // "The following week, …": the calendar week after (or before) the story's day, not a day seven on. Like "last week"
  // (weeks.ts) it is its month, around, with the week's days kept as its span; across two months no date fits.
  if (m[8]?.toLowerCase() === 'week' && previous.precision === 'day') {
    const monday = mondayOf(addDays(previous.date, 7 * offset.amount));
    const sunday = addDays(monday, 6);
    const what = `the week ${show(monday)} to ${show(sunday)}, counted from the previous dated sentence's ${quoted(previous.text)} (${show(previous.date)})`;
    return [...kept, weekAsMonth(candidate, monday, sunday, `${quoted(text)} is ${what}`, 'a week', 'sequel')];
  }
  const to = shift(previous.date, previous.precision, offset);
  if (!to) {
    return [
      ...kept,
      drop(candidate, `${quoted(text)} counts ${offset.unit}s from ${quoted(previous.text)}, ${formatHuman(previous.date)}, which names no ${offset.unit === 'month' ? 'month' : 'day'}`),
    ];
  }
  if (compareCalendarDates(to.date, truncate(published, to.precision)) > 0 && tenseAt(index, text.length).tense === 'past') {
    return [...kept, drop(candidate, `${quoted(text)} from ${quoted(previous.text)} gives ${show(to.date)}, after publication, in a past-tense clause`)];
  }
  return [
    ...kept,
    {
      ...candidate,
      resolved: countedResolution(to, `${quoted(text)} counts from the previous dated sentence's ${quoted(previous.text)} (${show(previous.date)})`),
    },
  ];
}

/**
 * "04/03/2025 — Shelling kills four; the talks open the same morning", "On Monday …, and later that evening …":
 * "the same day" after a date of the same sentence is that date's day. Runs after the dates are resolved (sequels,
 * above, leaves such a "same day" alone); a date of month or year precision gives no day to be the same as.
 */
export const sameDayInSentence: DateRefiner = (results, context) => {
  const { sentence } = context;
  const same = SAME_DAY.exec(sentence);
  if (!same) return dayBeforeOrAfterInSentence(results, context);
  const before = results.filter((c) => c.core.index < same.index && c.resolved !== undefined && c.dropped === undefined && !c.relative);
  const from = before.at(-1);
  if (!from?.resolved || from.resolved.precision !== 'day') return results;
  if (results.some((c) => c.core.index === same.index)) return results;
  const text = same[0];
  return [
    ...results,
    daySequel(text, same.index, from.resolved.date, `${quoted(text)} is the day of ${quoted(from.text)}, earlier in the sentence → ${show(from.resolved.date)}`),
  ];
};

/**
 * "…, the night before.", "the day after": one day back or on, naming no event (no noun phrase follows, nor a clause:
 * "the day after she signed it" counts from her signing, round 14b).
 */
const DAY_BEFORE_AFTER = /\b(?:on\s+)?the\s+(day|night|evening|morning|afternoon)\s+(before|after)\b(?!\s+(?:the|a|an|this|that|his|her|its|their|our|he|she|it|they|we|you|[A-Z]|\d)\b)/;

/**
 * "The army said on Wednesday it had repelled an attack on its base the night before": a day counted from a
 * day-precise date earlier in the same sentence (or, with no date before it there, from the previous dated
 * sentence), when the words name no event of their own ("the day before the vote" is relative-to-event's). chrono
 * reads "night" alone, or "the day before" from publication.
 */
function dayBeforeOrAfterInSentence(results: Candidate[], { sentence, previous }: DateContext): Candidate[] {
  const m = DAY_BEFORE_AFTER.exec(sentence);
  if (!m) return results;
  // "the morning after government jets bombed its camps": the words go on to name the development counted from (a
  // relative date, relative-to-event's); the day belongs to that development, not to one a day on (round 15b).
  if (results.some((c) => c.relative && c.index < m.index + m[0].length && c.index + c.text.length > m.index)) return results;
  // From a date earlier in the sentence; with none, from the previous dated sentence, as "the same day" is.
  const here = results.filter((c) => c.core.index < m.index && c.resolved !== undefined && c.dropped === undefined && !c.relative).at(-1);
  const earlier = results.some((c) => c.core.index < m.index && c.dropped === undefined && !c.relative);
  const from = here?.resolved ? { text: here.text, resolved: here.resolved } : !earlier && previous ? { text: previous.text, resolved: previous } : undefined;
  if (!from || from.resolved.precision !== 'day') return results;
  const text = m[0];
  const end = m.index + text.length;
  const date = addDays(from.resolved.date, m[2] === 'before' ? -1 : 1);
  const kept = results.map((c) =>
    isOpen(c) && c.core.index < end && c.core.index + c.core.text.length > m.index
      ? { ...c, dropped: `${quoted(c.core.text)} is part of ${quoted(text)}, counted from ${quoted(from.text)}` }
      : c,
  );
  return [
    ...kept,
    daySequel(
      text,
      m.index,
      date,
      `${quoted(text)} counts one day ${m[2] === 'before' ? 'back' : 'on'} from ${quoted(from.text)}, ${here ? 'earlier in the sentence' : 'the previous dated sentence'} (${show(from.resolved.date)}) → ${show(date)}`,
    ),
  ];
}

/** A date counted from another (`shift`'s result): every part implied, none stated; `counted` says from what. */
function countedResolution(to: NonNullable<ReturnType<typeof shift>>, counted: string): NonNullable<Candidate['resolved']> {
  const implied: DatePart[] = to.precision === 'day' ? ['year', 'month', 'day'] : to.precision === 'month' ? ['year', 'month'] : ['year'];
  return {
    date: to.date,
    precision: to.precision,
    stated: [],
    implied,
    ...(to.around ? { qualifier: 'around' as const } : {}),
    tag: 'sequel',
    reason: `${counted} → ${show(to.date)}${to.around ? ', around' : ''}`,
  };
}

/** A candidate of our own, for words chrono misreads or misses, before anything resolves it. */
function sequelCandidate(text: string, index: number): Candidate {
  return { text, index, core: { text, index }, known: {}, tags: ['dateline/sequel'], range: false, modifiers: {} };
}

/** The same, resolved to a day the text implies whole (counted from another date, never stated). */
function daySequel(text: string, index: number, date: CalendarDate, reason: string): Candidate {
  return { ...sequelCandidate(text, index), resolved: { date, precision: 'day', stated: [], implied: ['year', 'month', 'day'], tag: 'sequel', reason } };
}

/** "… on 6 March and the rebels' leader the following day", "…, the mission said the next day", "… two years later". */
const IN_SENTENCE = new RegExp(
  String.raw`\b(?:(?:on\s+)?the\s+(next|following)\s+(day|morning|afternoon|evening|night)` + // 1, 2
    String.raw`|(${COUNT})\s+${UNIT}\s+later)\b`, // 3 count, 4 unit
  'gi',
);

/**
 * "The envoy met the president on 6 March and the rebels' leader the following day", "Mortars hit the camp on
 * Friday 6 February, the army said the next day", "The truce was signed in May 2019 and broke down two years later":
 * inside a sentence, a day or a count of units later, after a date of the same sentence and naming no development of
 * its own, counts from that date (the nearest resolved one before it), as "Two days later, …" at a sentence's start
 * counts from the sentence before (sequels, above). Days from a day only; months from a month or a day; years from
 * any date. Round 12 (non-dates dropped these as counted from nothing).
 */
export const sequelsInSentence: DateRefiner = (results, context) => {
  const { sentence, published, tenseAt } = context;
  let out = results;
  for (const m of sentence.matchAll(IN_SENTENCE)) {
    const index = m.index;
    const text = m[0];
    // At the sentence's start it counts from the sentence before (sequels).
    if (!/\w/.test(sentence.slice(0, index).replace(/^\s*["“‘']?\s*(?:and|but|then|so|yet)?/i, ''))) continue;
    if (out.some((c) => c.index === index && c.resolved)) continue;
    const here = out.filter((c) => c.index + c.text.length <= index && c.resolved !== undefined && c.dropped === undefined && !c.relative).at(-1);
    // "The spokesman, Colonel X, said the following day that …": with no date before it in the sentence, a day counted
    // on counts from the story so far, as at the sentence's start (sequels); not in a quotation, nor with a date
    // before it that did not resolve. Round 13. ("Korsa said at the signing …; Dunst spoke the next day": a moment of
    // another development's day, relative-to-event's, is no date of the sentence's own; round 16.)
    // So does a count in days or weeks ending the telling ("Quoria's helicopters arrived three days later", "The truce
    // they signed two days later is holding"), told in the past and compared with nothing ("a week later than
    // planned" is a delay, not a date); round 16.
    const countedOn = !m[1] && /^(?:day|week)/i.test(m[4] ?? '') && !/^\s+than\b/i.test(sentence.slice(index + text.length)) && tenseAt(index, text.length).tense === 'past';
    // "X said at the signing that …, and Y told the nation the next day that …": with no date of its own before it, a
    // day counted on after a moment of a named development's day counts from that development (round 20: it counted
    // from the story so far, which had moved to another day).
    const occasion = !here && (m[1] || countedOn) && !insideQuotation(sentence, index) ? occasionBefore(out, index) : undefined;
    if (occasion) {
      const days = m[1] ? 1 : countOf(m[3]!) === undefined ? undefined : countOf(m[3]!)! * (/^week/i.test(m[4]!) ? 7 : /^fortnight/i.test(m[4]!) ? 14 : 1);
      if (days !== undefined) {
        const end = index + text.length;
        const kept = out.map((c) =>
          c.dropped === undefined && c.index < end && c.index + c.text.length > index
            ? drop(c, `${quoted(c.text)} is part of ${quoted(text)}, counted from ${quoted(occasion.text)} earlier in the sentence`)
            : c,
        );
        const relative = { qualifier: 'after' as const, anchor: occasion.relative.anchor, days };
        out = [...kept, { ...sequelCandidate(text, index), tags: ['dateline/relative'], relative }];
        continue;
      }
    }
    const fromPrevious =
      !here && (m[1] || countedOn) && context.previous && !out.some((c) => c.index < index && c.dropped === undefined && !c.tags.includes('dateline/same-day')) && !insideQuotation(sentence, index)
        ? { text: context.previous.text, resolved: context.previous }
        : undefined;
    const from = here ?? fromPrevious;
    if (!from?.resolved) continue;
    const offset: Offset | undefined = m[1]
      ? { amount: 1, unit: 'day' }
      : (() => {
          const count = countOf(m[3]!);
          if (count === undefined) return undefined;
          const unit = m[4]!.toLowerCase();
          return unit === 'fortnight' ? { amount: 2 * count, unit: 'week' as const } : { amount: count, unit: unit as Unit };
        })();
    if (!offset) continue;
    const to = shift(from.resolved.date, from.resolved.precision, offset);
    if (!to) continue;
    if (compareCalendarDates(to.date, truncate(published, to.precision)) > 0 && tenseAt(index, text.length).tense === 'past') continue;
    const end = index + text.length;
    const kept = out.map((c) =>
      c.dropped === undefined && c.index < end && c.index + c.text.length > index
        ? drop(c, `${quoted(c.text)} is part of ${quoted(text)}, counted from ${quoted(from.text)} earlier in the sentence`)
        : c,
    );
    out = [
      ...kept,
      {
        ...sequelCandidate(text, index),
        resolved: countedResolution(to, `${quoted(text)} counts from ${quoted(from.text)}, ${here ? 'earlier in the sentence' : 'the previous dated sentence'} (${show(from.resolved.date)})`),
      },
    ];
  }
  return out;
};

/** The last moment of a named development's day before `index` ("at the signing", "on the day of the vote"). */
function occasionBefore(results: readonly Candidate[], index: number): (Candidate & { relative: NonNullable<Candidate['relative']> }) | undefined {
  const last = results.filter((c) => c.dropped === undefined && c.index + c.text.length <= index && (c.resolved || c.relative)).at(-1);
  return last?.relative && last.tags.includes('dateline/same-day') ? (last as Candidate & { relative: NonNullable<Candidate['relative']> }) : undefined;
}

/**
 * "A week later, on 13 January, the drones came": a count from the story so far, restated at once by a date that
 * names its month, is that date; the count gives way (it counts from whichever sentence was dated last, which may not
 * be the one the writer counted from, and one development would otherwise be told at two days). A weekday alone
 * ("Two days later, on Tuesday,") restates nothing surer than the count, and stays beside it. Round 13.
 */
export const restatedSequels: DateRefiner = (results, { sentence }) =>
  results.map((c) => {
    if (!c.resolved || c.resolved.tag !== 'sequel' || c.dropped !== undefined) return c;
    const gap = /^\s*[,—–]\s*/.exec(sentence.slice(c.index + c.text.length));
    if (!gap) return c;
    const at = c.index + c.text.length + gap[0].length;
    const restated = results.find(
      (o) => o !== c && o.dropped === undefined && o.resolved && o.resolved.tag !== 'sequel' && o.resolved.stated.includes('month') && o.index === at,
    );
    return restated ? drop(c, `${quoted(c.text)} is restated straight after as ${quoted(restated.text)}, which names its month`) : c;
  });
