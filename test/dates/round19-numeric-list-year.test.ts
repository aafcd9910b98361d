// Round 19: day/month pairs without a year ("on 8/1 and 13/1 this year") are dates when "on" opens their list and a
// year phrase closes it, in an article whose other numeric dates settle the order; a number after a slash is never a
// day listed with the next pair. Sentences of our own (an invented airfield at Pellow Moor).
import { describe, expect, it } from 'vitest';
import { formatIso, parseCalendarDate } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = parseCalendarDate('2045-05-02')!;
const days = (sentence: string, numericOrder?: 'day-first' | 'month-first') =>
  resolveDates(sentence, PUBLISHED, undefined, numericOrder ? { numericOrder } : {}).dates.map((d) => formatIso(d.date));

describe('round 19: a list of day/month pairs closed by a year', () => {
  it('takes that year, in the order the article writes its dates', () => {
    expect(days('Rockets struck the airfield on 9/2 and 17/2 this year.', 'day-first')).toEqual(['2045-02-09', '2045-02-17', '2045']);
    expect(days('Rockets struck the airfield on 3/4 and 3/11 last year.', 'month-first')).toEqual(['2044-03-04', '2044-03-11', '2044']);
  });

  it('not without an order settled, a year after the list, or "on" before it', () => {
    expect(days('Rockets struck the airfield on 9/2 and 17/2 this year.')).toEqual(['2045']);
    expect(days('Rockets struck the airfield on 9/2 and 17/2, officials said.', 'day-first')).toEqual([]);
    expect(days('The visitors won 3/1 this year.', 'day-first')).toEqual(['2045']);
  });
});
