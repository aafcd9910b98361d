// Fourteenth round of date rules, on sentences of our own (an invented river border between Osk and Marvale).
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2031, month: 5, day: 20 }; // a Tuesday
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 14: a weekday with the day of its month', () => {
  it('"Saturday the 10th" is the 10th that fell on a Saturday, not the latest Saturday', () => {
    expect(dated('The ferry Lomond only docked at Varn on Saturday the 10th.')).toEqual([['on Saturday the 10th', '2031-05-10']]);
    expect(dated('The envoys will return on Tuesday, the 3rd.')).toEqual([['on Tuesday, the 3rd', '2031-06-03']]);
  });

  it('a weekday alone, or one followed by a month date, is left to the other rules', () => {
    expect(dated('The ferry docked at Varn on Saturday.')).toEqual([['on Saturday', '2031-05-17']]);
    expect(dated('Talks in Varn ended on Sunday, the second day of the round.')).toEqual([['on Sunday', '2031-05-18']]);
  });
});

describe('round 14: a span of numeric dates', () => {
  it('"from 11-05-2031 to 13-05-2031" starts on its first day', () => {
    expect(dated('Border officials met in Varn from 04-05-2031 to 06-05-2031.')).toEqual([['04-05-2031 to 06-05-2031', '2031-05-04']]);
    expect(dated('The inquiry sat 14.04.2031 - 16.04.2031 in the capital.')).toEqual([['14.04.2031 - 16.04.2031', '2031-04-14']]);
  });

  it('two numeric dates listed with "and" stay two days', () => {
    expect(dated('Drones hit the pumping station on 02-05-2031 and 09-05-2031.')).toEqual([
      ['02-05-2031', '2031-05-02'],
      ['09-05-2031', '2031-05-09'],
    ]);
  });
});

describe('round 14: a schedule in an aside', () => {
  it('", due on 17 June," is the nearest 17 June, whatever the clause says', () => {
    expect(dated('The next session in Varn, due on 17 June, is meant to settle the river line.')).toEqual([['on 17 June', '2031-06-17']]);
    expect(dated('The vote, due on 2 May, was put off.')).toEqual([['on 2 May', '2031-05-02']]);
  });

  it('"is meant to" looks ahead', () => {
    expect(dated('The Marvale battalion is meant to leave in August.')).toEqual([['in August', '2031-08']]);
  });

  it('"due" after no comma or bracket is not an aside', () => {
    expect(dated('Payment fell due on 2 April.')).toEqual([['on 2 April', '2031-04-02']]);
  });
});

describe('round 14: a date opening a clause of its own, in the present', () => {
  it('", and on 1 June the force hands …" is a timetable: the nearest 1 June, not last year\'s', () => {
    expect(dated('A mine killed two herders near Varn earlier this month, and on 1 June the monitors hand the ford to the police.')).toContainEqual(['on 1 June', '2031-06-01']);
    expect(dated('Gunmen burned the customs post in March, and on 2 June the garrison leaves for home.')).toContainEqual(['on 2 June', '2031-06-02']);
  });

  it('a date opening a clause whose verb is past stays in the past', () => {
    expect(dated('Gunmen burned the customs post in March, and on 2 June the garrison left for home.')).toContainEqual(['on 2 June', '2030-06-02']);
  });
});

describe('round 14: the end of the year, ahead', () => {
  it('"must be gone by the close of the year" is the year of publication, late', () => {
    const [d] = resolveDates('The Marvale garrison must leave Varn by the close of the year.', PUBLISHED).dates;
    expect([d?.text, formatIso(d!.date), d?.qualifier]).toEqual(['by the close of the year', '2031', 'late']);
    expect(dated('The monitors will hand over the ford by the end of the year.')).toEqual([['by the end of the year', '2031']]);
    // (A modal earlier in the clause governs a participle after "and".)
    expect(dated('The garrison must be down to 500 and gone by the end of the year.')).toEqual([['by the end of the year', '2031']]);
  });

  it('told in the past it may be the year before: not dated', () => {
    expect(dated('The last ferries stopped running at the end of the year.')).toEqual([]);
    expect(dated('The garrison had gone by the close of the year.')).toEqual([]);
  });
});

describe('round 14: what a body decides lies ahead of the decision', () => {
  it('"its decision of 2 May to cut the garrison to 500 by the end of September" is this September', () => {
    expect(dated('The mayors on Monday asked the council to reverse its decision of 2 May to cut the garrison to 500 by the end of September.')).toContainEqual([
      'by the end of September',
      '2031-09',
    ]);
    expect(dated('The cabinet decided to withdraw the monitors by August.')).toEqual([['by August', '2031-08']]);
  });

  it('a date between the deciding and its "to" dates the decision', () => {
    expect(dated('The cabinet decided on 2 May to withdraw the monitors.')).toEqual([['on 2 May', '2031-05-02']]);
    expect(dated('The cabinet announced its decision in March.')).toEqual([['in March', '2031-03']]);
  });
});
