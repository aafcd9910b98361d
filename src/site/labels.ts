// Words the pages print for dates, precisions and kinds. Pure functions of the data: no clock, no locale.
import { formatHuman, parseCalendarDate } from '../calendar/calendar-date.js';
import type { DateQualifier, EventType, Precision } from '../types.js';

export const TYPE_LABELS: Record<EventType, string> = {
  talks: 'Talks',
  attack: 'Attack',
  troops: 'Troops',
  statement: 'Statement',
};

export const TYPE_DESCRIPTIONS: Record<EventType, string> = {
  talks: 'Dialogue rounds, negotiations, meetings, calls and visits.',
  attack: 'Rocket and drone attacks, airstrikes, bombings and killings.',
  troops: 'Troop numbers, withdrawals, deployments and handovers of bases.',
  statement: 'What a named person or body said, announced or threatened.',
};

const QUALIFIER_WORDS: Record<DateQualifier, string> = {
  early: 'early',
  mid: 'mid-',
  late: 'late',
  around: 'around',
  before: 'shortly before',
  after: 'after',
};

/** "7 April 2021", "April 2021", "2014"; "early April 2021", "mid-July 2021", "shortly before 7 April 2021". */
export function dateLabel(iso: string, qualifier?: DateQualifier): string {
  const date = parseCalendarDate(iso);
  if (!date) throw new Error(`dateLabel: "${iso}" is not a calendar date`);
  const text = formatHuman(date);
  if (!qualifier) return text;
  const word = QUALIFIER_WORDS[qualifier];
  return word.endsWith('-') ? `${word}${text}` : `${word} ${text}`;
}

export function precisionLabel(precision: Precision): string {
  return `known to the ${precision}`;
}
