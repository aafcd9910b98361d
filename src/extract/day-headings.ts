// A diary or a day-by-day dispatch ("Thursday 1 February", then that day's notes; "Friday 2 February", …): each entry
// is written on the day its heading names, so its "this morning", "tonight", "tomorrow" and "on Monday" count from
// that day, not from the day the whole piece was published. A heading is a line that is a day's date alone (a
// paragraph or a markdown heading, bold or not: "Monday 5 February", "**Feb. 6, 2029**", "### 7 February"); it
// heads every paragraph after it until the next such line. Only a page with at least two such lines is a diary: a
// single date line is as often a dateline or a stamp. Paragraphs are counted as the segmenter counts them (every
// mdast paragraph, in document order). Round 13. Round 17: a heading may name where the entry was written ("Thursday 15
// February, Dunholt") or carry a bracketed note ("MONDAY 9 APRIL (ADVANCE)"); a line in capitals that is no date
// ("BACKGROUND", "CONTACTS") is a section heading written as a paragraph, and closes the entry like any other heading.
// Round 19: a letter's heading names its place first ("Camp Orr, 3 May 2027", "Velk, Monday 3 May"): letters home, a
// correspondent's dispatches, printed one after another, each counting its "yesterday" from the day it was written.
// Round 20: an alert archive's or a live page's stamp ("Mon 9 Dec, 18:40", "Tuesday 10 December, 7.02am"): a weekday
// may be shortened, and a clock time may follow the day; the entry under it was written that day as well.
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { visit } from 'unist-util-visit';
import { resolveDates } from '../dates/resolve-dates.js';
import type { CalendarDate } from '../types.js';
import { paragraphFurniture } from './furniture.js';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+`;
/** A clock time after the day, as a stamp gives it: ", 18:40", " 7.02am", " at 21:15 GMT". */
const CLOCK = String.raw`,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*(?:am|pm|a\.m\.|p\.m\.))?(?:[ \t]+[A-Z]{2,4})?`;
const DAY_ALONE = String.raw`(?:${WEEKDAY})?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)\d{2})?`;
/** The place an entry was written: one to four capitalised names ("Velk", "Port Osk"), which may be joined by a small
 * word of a place's name ("Abbey of Saint Wendel", "Puerto de la Cruz"). */
const PLACE = String.raw`[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|the|de|la|le|du|del|upon|on)[ \t]+){0,2}[A-Z][\w'’-]*){0,3}`;
/** What may follow the day on its line: the place, after a comma, or a bracketed note. */
const AFTER_DAY = String.raw`(?<after>,[ \t]+${PLACE}|[ \t]+\([^()\n]{1,20}\))?`;
/** What may stand before the day: the place a letter was written at, then a comma ("Camp Orr, 3 May 2027"). */
const BEFORE_DAY = String.raw`(?<before>${PLACE},[ \t]+)?`;
/** The text of a line (or paragraph, or heading) that is a day's date and nothing else. */
const DAY_TEXT = new RegExp(String.raw`^\s*${BEFORE_DAY}(?<day>${DAY_ALONE})(?:${CLOCK})?${AFTER_DAY}\s*:?\s*$`, 'i');
/** Such a line in the markdown: any heading level, bold or not. */
const DAY_LINE = new RegExp(String.raw`^ {0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?${BEFORE_DAY}${DAY_ALONE}(?:${CLOCK})?${AFTER_DAY}(?:\*\*|__)?[ \t]*:?[ \t]*$`, 'gim');
/** The place with its capitals checked: the regexes above ignore case for the day's words, and so for the place's
 * ("Thursday 15 February, late evening" is a sentence's opening, not a heading; "by 3 May" no letter's place). A
 * place may stand on one side of the day only: "Velk, 3 May, Port Osk" is no heading. */
const PLACE_CASED = new RegExp(String.raw`^,[ \t]+${PLACE}$`);
const PLACE_BEFORE_CASED = new RegExp(String.raw`^${PLACE},[ \t]+$`);
const placeCased = (groups: Record<string, string | undefined> | undefined) => {
  const after = groups?.after;
  const before = groups?.before;
  if (before && after?.startsWith(',')) return false;
  return (!after?.startsWith(',') || PLACE_CASED.test(after)) && (!before || PLACE_BEFORE_CASED.test(before));
};
/** A section heading written as a paragraph in capitals: "BACKGROUND", "LOOKING AHEAD". */
const CAPITALS_LABEL = /^[A-Z][A-Z&' -]{2,40}:?$/;

/** Round 19d: a photograph's caption says so — "photographed last month", "pictured in 2019", "file photo", or
 * the furniture test's caption ("Photo: …", a credit). A place-and-date line over such a paragraph is the picture's
 * place and date, not a letter's heading: two captioned pictures must not turn a report into a diary. */
const CAPTION_CUE = /\b(?:photographed|pictured|file\s+(?:photo|photograph|picture|image)|(?:photo|picture|image)\s+taken)\b/i;
const isCaption = (text: string) => CAPTION_CUE.test(text) || paragraphFurniture([text]) === 'caption';

let parser: ReturnType<typeof remark> | undefined;

/** Paragraph index → the day of the diary heading it sits under; empty for a page without two such headings. */
export function dayHeadings(body: string, published: CalendarDate): Map<number, CalendarDate> {
  const days = new Map<number, CalendarDate>();
  const lines = [...body.matchAll(DAY_LINE)].filter((m) => placeCased(m.groups)).length;
  if (lines < 2) return days;
  const tree = (parser ??= remark()).parse(body);
  const dayOf = (text: string): CalendarDate | undefined => {
    const line = DAY_TEXT.exec(text);
    const day = line?.groups?.day;
    if (!day || !placeCased(line.groups)) return undefined;
    const found = resolveDates(day.trim(), published).dates;
    return found.length === 1 && found[0]!.precision === 'day' ? found[0]!.date : undefined;
  };
  // The headings and paragraphs in document order, each with the day it heads by, if it is a day's line.
  type Block = { heading: boolean; text: string; day?: CalendarDate; placeFirst: boolean };
  const blocks: Block[] = [];
  visit(tree, (node) => {
    if (node.type !== 'heading' && node.type !== 'paragraph') return;
    const text = toString(node);
    blocks.push({ heading: node.type === 'heading', text, day: dayOf(text), placeFirst: !!DAY_TEXT.exec(text)?.groups?.before });
  });
  // A place-first line over a caption is the picture's stamp, no heading (see CAPTION_CUE); and with it gone the page
  // may keep fewer than two headings, and be no diary.
  let stamps = 0;
  blocks.forEach((b, k) => {
    const next = blocks[k + 1];
    if (b.day && b.placeFirst && next && !next.heading && isCaption(next.text)) {
      b.day = undefined;
      stamps++;
    }
  });
  if (lines - stamps < 2) return days;
  let current: CalendarDate | undefined;
  let paragraph = 0;
  for (const b of blocks) {
    if (b.heading) {
      // Any other heading closes the entry: what follows is no longer that day's notes.
      current = b.day;
    } else {
      if (b.day) current = b.day;
      else if (CAPITALS_LABEL.test(b.text.trim())) current = undefined;
      else if (current) days.set(paragraph, current);
      paragraph++;
    }
  }
  return days;
}
