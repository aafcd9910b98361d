// A signed comment on a talk page, a forum or a comment thread ends with its signer and the moment it was posted:
// "… - Perch and Pike (talk) 19:30, 21 March 2045 (UTC)", "… — jdoe, 21 Mar 2045, 7.02pm", "… -- Posted by Ana at
// 14:05 on 3 May 2031". The stamp is no development's date; it is the day the comment was written, so the comment's
// "today", "yesterday", "last week" and weekdays count from it, not from the day the whole page was published (a talk
// page is published once and written over weeks). The stamp dates every sentence of its paragraph. Round 21.
import { resolveDates } from '../dates/resolve-dates.js';
import type { CalendarDate } from '../types.js';

// (Case is checked by hand: the signer's capitals matter, so the pattern has no `i` flag.)
const MONTH = String.raw`(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ept?(?:ember)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)\.?`;
/** A full date, with its year: "21 March 2045", "March 21, 2045", "2045-03-21" (not "12/03/2045": which order is
 * the page's to say, and a stamp read the wrong way would move every day of its comment). */
const FULL_DATE = String.raw`(?:\d{1,2}\s+${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})`;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?`;
/** A time zone after the stamp: "(UTC)", "UTC", "(CET)". */
const ZONE = String.raw`(?:\s*\(?(?:UTC|GMT|[A-Z]{2,4}T)\)?)`;
/** The signer: a user name or a person's name, one to five words (small joining words allowed: "Perch and Pike"). */
const NAME_WORD = String.raw`(?:[A-Z][\w'’.-]*|[\w.-]*[\d_][\w.-]*)`;
const SIGNER = String.raw`(?:(?:[Pp]osted|[Ww]ritten|[Ss]igned)\s+by\s+)?${NAME_WORD}(?:\s+(?:(?:and|of|the|van|von|de|da|del|le|la)\s+)?${NAME_WORD}){0,4}`;
/** A wiki signature's links: "(talk)", "(talk | contribs)". */
const LINKS = String.raw`(?:\s*\((?:talk|contribs|t|c)(?:\s*[|·•]\s*(?:talk|contribs|t|c))*\))`;
/** When: a clock and the date in either order, or the date alone after the links or a zone. */
const WHEN = String.raw`(?:${CLOCK},?\s+(?:on\s+)?${FULL_DATE}|${FULL_DATE},?\s+(?:at\s+)?${CLOCK})`;
const STAMP = new RegExp(
  String.raw`(?:^|\s)(?:-{1,2}|[—–~])\s*(?<signer>${SIGNER})(?:${LINKS}|,)?\s+(?:at\s+)?(?<when>${WHEN}|(?<=\)\s+)${FULL_DATE})${ZONE}?\s*$`,
);
const FULL_DATE_IN = new RegExp(FULL_DATE, 'i');

export interface Stamp {
  /** Where the stamp begins in its sentence: what follows is no date of a development. */
  start: number;
  day: CalendarDate;
}

/** The signature stamp that ends a sentence, if any. */
export function signatureStamp(text: string, published: CalendarDate): Stamp | undefined {
  const m = STAMP.exec(text);
  if (!m?.groups) return undefined;
  const date = FULL_DATE_IN.exec(m.groups.when!)?.[0];
  if (!date) return undefined;
  const found = resolveDates(date, published).dates;
  if (found.length !== 1 || found[0]!.precision !== 'day') return undefined;
  return { start: m.index + (/^\s/.test(m[0]) ? 1 : 0), day: found[0]!.date };
}

/**
 * Sentence index → its stamp (where a sentence ends in one), and paragraph index → the day its last stamp gives. A
 * paragraph written by one signer ends in their stamp; its sentences before count their days from it too.
 */
export function signatureStamps(
  sentences: readonly { index: number; paragraph: number; text: string }[],
  published: CalendarDate,
): { stamps: Map<number, Stamp>; days: Map<number, CalendarDate> } {
  const stamps = new Map<number, Stamp>();
  const days = new Map<number, CalendarDate>();
  for (const s of sentences) {
    const stamp = signatureStamp(s.text, published);
    if (!stamp) continue;
    stamps.set(s.index, stamp);
    days.set(s.paragraph, stamp.day);
  }
  return { stamps, days };
}
