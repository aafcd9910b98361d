// Wording shared by the refiners' reasons, so every explanation reads the same way.
import { formatHuman, formatHumanWithWeekday } from '../calendar/calendar-date.js';
import type { CalendarDate } from '../types.js';

/** `"on Wednesday"` */
export const quoted = (text: string): string => `"${text}"`;

/** `in an article published Monday 19 April 2021` */
export const publishedOn = (published: CalendarDate): string =>
  `in an article published ${formatHumanWithWeekday(published)}`;

/** `Wednesday 14 April 2021`, `April 2021` or `2021`. */
export const show = (d: CalendarDate): string => (d.day === undefined ? formatHuman(d) : formatHumanWithWeekday(d));

/** `past tense ("targeted")` */
export const tenseNote = (tense: string, cue: string | undefined): string =>
  cue ? `${tense} tense (${quoted(cue)})` : `${tense} tense by default (no verb cue)`;
