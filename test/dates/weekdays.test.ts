// Weekday names: the tense of the clause decides the direction (chrono picks the nearest such day either way).
import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { checkCase, day, label, type DateCase } from './cases.js';

const cases: DateCase[] = [
  // Published Monday 19 April 2021.
  { published: '2021-04-19', sentence: 'A member of the parliamentary defence committee said on Saturday that the review was under way.', text: 'on Saturday', date: '2021-04-17', precision: 'day', tag: 'weekday' },
  { published: '2021-04-19', sentence: 'On Wednesday, rocket fire from a drone targeted a military airport in the north.', text: 'On Wednesday', date: '2021-04-14', precision: 'day' },
  { published: '2021-04-19', sentence: 'The minister told reporters on Monday that the border would reopen.', text: 'on Monday', date: '2021-04-19', precision: 'day' },
  { published: '2021-04-19', sentence: 'The two leaders are expected to meet on Thursday in Geneva.', text: 'on Thursday', date: '2021-04-22', precision: 'day' },
  // Published Wednesday 24 March 2021.
  { published: '2021-03-24', sentence: 'The agency reported on Tuesday that the request had been received.', text: 'on Tuesday', date: '2021-03-23', precision: 'day' },
  { published: '2021-03-24', sentence: 'The president spoke with his counterpart on Tuesday and discussed the recent attacks.', text: 'on Tuesday', date: '2021-03-23', precision: 'day' },
  { published: '2021-03-24', sentence: 'An adviser confirmed the timetable to local television on Wednesday.', text: 'on Wednesday', date: '2021-03-24', precision: 'day' },
  // Published Monday 26 July 2021.
  { published: '2021-07-26', sentence: 'The premier said in an interview with a news agency on Sunday that no foreign combat troops were needed.', text: 'on Sunday', date: '2021-07-25', precision: 'day' },
  { published: '2021-07-26', sentence: 'The premier, who will meet the US president at the White House on Monday, wants a timeline.', text: 'on Monday', date: '2021-07-26', precision: 'day' },
  { published: '2021-07-26', sentence: 'On Friday, the press secretary announced the date of the visit.', text: 'On Friday', date: '2021-07-23', precision: 'day' },
  // Published Monday 19 July 2021.
  { published: '2021-07-19', sentence: 'On Thursday, the special envoy was in the capital for meetings with party leaders.', text: 'On Thursday', date: '2021-07-15', precision: 'day' },
  { published: '2021-07-19', sentence: 'The prime minister is set to visit Washington on Monday, officials said.', text: 'on Monday', date: '2021-07-19', precision: 'day' },
  { published: '2021-07-19', sentence: 'The foreign minister will travel to Ankara on Wednesday for talks.', text: 'on Wednesday', date: '2021-07-21', precision: 'day' },
  { published: '2021-07-19', sentence: 'A statement released on Friday praised the partnership.', text: 'on Friday', date: '2021-07-16', precision: 'day' },
  // Published Wednesday 7 April 2021.
  { published: '2021-04-07', sentence: 'Earlier on Wednesday, the prime minister said forces had made great progress.', text: 'Earlier on Wednesday', date: '2021-04-07', precision: 'day' },
  { published: '2021-04-07', sentence: 'The joint statement was published on Wednesday evening.', text: 'on Wednesday evening', date: '2021-04-07', precision: 'day' },
  { published: '2021-04-07', sentence: "Monday's attack wounded two contractors, the ministry said.", text: 'Monday', date: '2021-04-05', precision: 'day' },
  { published: '2021-04-07', sentence: 'Delegates met last Monday but failed to agree.', text: 'last Monday', date: '2021-04-05', precision: 'day' },
  { published: '2021-04-07', sentence: 'The committee is due to report next Wednesday.', text: 'next Wednesday', date: '2021-04-14', precision: 'day' },
  { published: '2021-04-07', sentence: 'Talks that began on Tuesday will continue through the week.', text: 'on Tuesday', date: '2021-04-06', precision: 'day' },
  { published: '2021-04-07', sentence: 'On Friday, the ministers are scheduled to sign the accord.', text: 'On Friday', date: '2021-04-09', precision: 'day' },
  { published: '2021-04-07', sentence: 'The vote will be held on Sunday, the electoral commission said.', text: 'on Sunday', date: '2021-04-11', precision: 'day' },
];

describe('weekdays', () => {
  for (const c of cases) it(label(c), () => checkCase(c));

  it('records the weekday as stated and the rest as implied, with a reason naming publication', () => {
    const [d] = resolveDates('Rockets struck the base on Wednesday.', day('2021-04-19')).dates;
    expect(d).toMatchObject({ stated: ['weekday'], implied: ['year', 'month', 'day'] });
    expect(d!.reason).toContain('"on Wednesday", in an article published Monday 19 April 2021 → Wednesday 14 April 2021');
  });

  it('regression: chrono sends a past-tense weekday forward when it is the nearest', () => {
    // chrono's own reading: "On Wednesday" two days after a Monday publication.
    const r = chrono.casual.parse('On Wednesday, rockets hit the base.', new Date(2021, 3, 19, 12))[0]!;
    expect(r.start.get('day')).toBe(21);
    expect(resolveDates('On Wednesday, rockets hit the base.', day('2021-04-19')).dates[0]!.date).toEqual(day('2021-04-14'));
  });

  it('a past-tense weekday never lands after publication, whatever the weekday', () => {
    for (const name of ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']) {
      for (const pub of ['2021-04-19', '2021-04-21', '2021-04-25']) {
        const [d] = resolveDates(`Officials said on ${name} that the talks had ended.`, day(pub)).dates;
        expect(d!.date.year * 10000 + d!.date.month! * 100 + d!.date.day!).toBeLessThanOrEqual(Number(pub.replaceAll('-', '')));
      }
    }
  });
});
