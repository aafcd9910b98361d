import { describe, expect, it } from 'vitest';
import {
  addDays, compareCalendarDates, daysBetween, compatible, formatHuman, formatHumanWithWeekday, formatIso, isRealDay, parseCalendarDate, precisionOf, weekdayOf,
} from '../../src/calendar/calendar-date.js';

describe('calendar dates', () => {
  it('parses and prints each precision without adding any', () => {
    for (const text of ['2021-04-07', '2021-04', '2021']) expect(formatIso(parseCalendarDate(text)!)).toBe(text);
    expect(precisionOf(parseCalendarDate('2021-04')!)).toBe('month');
    expect(formatHuman({ year: 2021, month: 4, day: 7 })).toBe('7 April 2021');
    expect(formatHuman({ year: 2021, month: 4 })).toBe('April 2021');
    expect(formatHuman({ year: 2014 })).toBe('2014');
  });

  it('rejects impossible days instead of rolling them over', () => {
    expect(parseCalendarDate('2021-02-30')).toBeUndefined();
    expect(parseCalendarDate('2021-13')).toBeUndefined();
    expect(isRealDay(2020, 2, 29)).toBe(true);
    expect(isRealDay(2021, 2, 29)).toBe(false);
  });

  it('knows weekdays and crosses month and year ends', () => {
    expect(formatHumanWithWeekday({ year: 2021, month: 4, day: 19 })).toBe('Monday 19 April 2021');
    expect(weekdayOf({ year: 2021, month: 4, day: 14 })).toBe(3);
    expect(addDays({ year: 2021, month: 1, day: 1 }, -1)).toEqual({ year: 2020, month: 12, day: 31 });
    expect(addDays({ year: 2021, month: 3, day: 27 }, 2)).toEqual({ year: 2021, month: 3, day: 29 });
    // Across a month, a year and a daylight-saving change, in either direction.
    expect(daysBetween({ year: 2021, month: 2, day: 27 }, { year: 2021, month: 3, day: 29 })).toBe(30);
    expect(daysBetween({ year: 2021, month: 1, day: 1 }, { year: 2020, month: 12, day: 31 })).toBe(-1);
  });

  it('orders coarse dates before the finer dates they contain', () => {
    const dates = ['2021-04-14', '2021', '2021-04', '2020-06'].map((t) => parseCalendarDate(t)!);
    expect(dates.sort(compareCalendarDates).map(formatIso)).toEqual(['2020-06', '2021', '2021-04', '2021-04-14']);
    expect(compatible({ year: 2021, month: 4 }, { year: 2021, month: 4, day: 7 })).toBe(true);
    expect(compatible({ year: 2021, month: 4, day: 8 }, { year: 2021, month: 4, day: 7 })).toBe(false);
  });
});
