import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../src/importer/date-line.js';

describe('parseDateLine', () => {
  const cases: [string, string, 'published' | 'updated' | 'plain'][] = [
    ['19 April, 2021', '2021-04-19', 'plain'],
    ['24-03-2021', '2021-03-24', 'plain'],
    ['07-04-2021', '2021-04-07', 'plain'], // day first when both readings are possible
    ['07-26-2021', '2021-07-26', 'plain'], // month first only when day first is impossible
    ['26/07/2021', '2021-07-26', 'plain'],
    ['26.07.2021', '2021-07-26', 'plain'],
    ['2021/07/26', '2021-07-26', 'plain'],
    ['July 26, 2021', '2021-07-26', 'plain'],
    ['Jul 26,2021', '2021-07-26', 'plain'],
    ['Jul. 26, 2021', '2021-07-26', 'plain'],
    ['Sept 3, 2021', '2021-09-03', 'plain'],
    ['26 Jul 2021', '2021-07-26', 'plain'],
    ['26th July 2021', '2021-07-26', 'plain'],
    ['2021-07-26', '2021-07-26', 'plain'],
    ['2021-07-26T09:30:00Z', '2021-07-26', 'plain'],
    ['2021-07-26T23:30:00-05:00', '2021-07-26', 'plain'], // the date as written, no zone shift
    ['2021-07-26T00:15:00.000+03:00', '2021-07-26', 'plain'],
    ['Published: Jul 5,2022', '2022-07-05', 'published'],
    ['Published On 26 Jul 2021', '2021-07-26', 'published'],
    ['Published date: 26 July 2021 13:24 BST', '2021-07-26', 'published'],
    ['Posted on March 3, 2023 at 9:30 am', '2023-03-03', 'published'],
    ['Updated on April 8, 2021', '2021-04-08', 'updated'],
    ['Last updated: 27 Jul 2021, 18:40', '2021-07-27', 'updated'],
    ['Last modified on Mon 26 Jul 2021 18.05 BST', '2021-07-26', 'updated'],
    ['Monday, July 26, 2021 9:30 AM GMT', '2021-07-26', 'plain'],
    ['Mon 26 Jul 2021 10.30 BST', '2021-07-26', 'plain'],
    ['July 26, 2021, 3:05 p.m. ET', '2021-07-26', 'plain'],
    ['Updated 2:31 PM EDT, July 26, 2021', '2021-07-26', 'updated'],
    ['26 Jul 202126 Jul 2021', '2021-07-26', 'plain'], // stamp pasted twice, glued
  ];
  it.each(cases)('reads %j as %s', (line, date, kind) => {
    expect(parseDateLine(line)).toEqual({ kind, text: line, date });
  });

  it('recognises an impossible day as a stamp without a date', () => {
    expect(parseDateLine('31-02-2021')).toEqual({ kind: 'plain', text: '31-02-2021', date: undefined });
    expect(parseDateLine('2021-13-01')?.date).toBeUndefined();
  });

  it.each([
    'On July 26, 2021 the prime minister flew to Washington.',
    'July 26, 2021 was the date set for the meeting.',
    'Published by the ministry',
    'Updated 3 hours ago',
    'The Iraq Report: 2021 in review',
    '2,500 troops',
    'March 2021',
    '',
  ])('does not take %j for a date stamp', (line) => {
    expect(parseDateLine(line)).toBeUndefined();
  });
});
