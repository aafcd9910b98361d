// The order of the date pipeline, in one place. chrono-node (find.ts) finds expressions with its English casual
// parsers plus `parsers` below; then each refiner reads and returns the whole list, in this order. A refiner only
// touches candidates still open (not resolved, dropped or relative), so an earlier rule wins.
import type { Parser } from 'chrono-node';
import type { DateRefiner } from './candidate.js';
import { endOfPeriodParser } from './parsers/end-of-period-parser.js';
import { fortnightParser } from './parsers/fortnight-parser.js';
import { hedgedMayParser } from './parsers/hedged-may-parser.js';
import { ordinalDayParser, ordinalOfMonthParser } from './parsers/ordinal-day-parser.js';
import { presentMarkerParser } from './parsers/present-marker-parser.js';
import { overnightParser } from './parsers/overnight-parser.js';
import { startOfPeriodParser } from './parsers/start-of-period-parser.js';
import { yearParser } from './parsers/year-parser.js';
import { casualDays } from './refiners/casual-days.js';
import { listedDays } from './refiners/listed-days.js';
import { explicitDates } from './refiners/explicit-dates.js';
import { monthNames } from './refiners/month-names.js';
import { nonDates } from './refiners/non-dates.js';
import { numericDates } from './refiners/numeric-dates.js';
import { ordinalDays } from './refiners/ordinal-days.js';
import { presentTense } from './refiners/present-tense.js';
import { publicationBound } from './refiners/publication-bound.js';
import { qualifiers } from './refiners/qualifiers.js';
import { relativePeriods } from './refiners/relative-periods.js';
import { relativeToEvent } from './refiners/relative-to-event.js';
import { reportedPlans } from './refiners/reported-plans.js';
import { restatedSequels, sameDayInSentence, sequels, sequelsInSentence } from './refiners/sequels.js';
import { surroundingWords } from './refiners/surrounding-words.js';
import { trimSpan } from './refiners/trim-span.js';
import { unresolved } from './refiners/unresolved.js';
import { weekdayApposition } from './refiners/weekday-apposition.js';
import { weekdays } from './refiners/weekdays.js';
import { weeks } from './refiners/weeks.js';

/** Added to chrono's own English parsers: what chrono does not find. */
export const parsers: readonly Parser[] = [yearParser, presentMarkerParser, hedgedMayParser, ordinalDayParser, ordinalOfMonthParser, fortnightParser, startOfPeriodParser, endOfPeriodParser, overnightParser];

export const refiners: readonly DateRefiner[] = [
  trimSpan, //          chrono's span → the words ("On Wednesday," → "On Wednesday")
  weekdayApposition, // "on Sunday, the 1st of June": the weekday gives way to the day stated beside it
  sequels, //           "Two days later, …" at a sentence's start → from the previous dated sentence's date
  numericDates, //      24-03-2021, 2021-04-07, 3/24/2021 by an explicit day/month rule; drops 9/11, 24/7
  nonDates, //          durations, vague spans, times alone, "every Tuesday", "will march", "Theresa May"
  relativeToEvent, //   "hours before the talks were held" → relative date, no invented date
  surroundingWords, //  "last June", "June last year", "mid-July", "early this month", "in", "since"
  explicitDates, //     a four-digit year in the words: "April 8, 2021", "in January 2020", "in 2017"
  casualDays, //        today, tonight, this morning, yesterday, last night, tomorrow
  presentTense, //      "now", "currently", "so far" with a present-tense verb → the publication day
  relativePeriods, //   this/last/next month and year, "the end of the month", "two months ago"
  weeks, //             last/this/next week, "two weeks ago", the weekend → month, around, or nothing
  monthNames, //        a month (and day) without a year: by "last"/"next", "last year", a year heading, or tense
  weekdays, //          a weekday alone: by "last"/"next" or tense
  ordinalDays, //       "on the 20th": the month by tense from publication
  listedDays, //        "on 14 and 21 April", "March 3 and 10", "the 11th and the 18th": each listed day, its neighbour's month
  sameDayInSentence, // "the same morning" after a day-precise date of the same sentence → that day
  sequelsInSentence, // "… on 6 March and Y the following day", "… two years later": from a date before it in the sentence
  restatedSequels, //   "A week later, on 13 January, …": the count gives way to the date that restates it
  reportedPlans, //     "said on 14 November that it would close by 31 August": a plan after its saying, not after publication
  qualifiers, //        early / mid / late / before / after from the surrounding words
  publicationBound, //  a past-tense date inferred after publication is a bug: dropped
  unresolved, //        anything left yields nothing
];
