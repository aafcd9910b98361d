// Round 20: "X said at the signing that …, and Y told the nation the next day that …": the first saying is the
// signing's day, the second the day after it — counted from the signing, not from whatever day the story had reached.
// Both date from the one day the article told the signing at. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const found = (published: string, paragraphs: string[][]) =>
  extractMentions(articleOf(published, paragraphs)).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

const SIGNED = 'The accord was signed in Tarn on Thursday, after three days of talks.';
const OPENED = 'The round had opened on Tuesday.';

describe('round 20: a day counted on after a moment of a named development', () => {
  it('the saying "at the signing" is the signing\'s day, and "the next day" the day after it', () => {
    const sayings = 'The rebel leader said at the signing that his men would lay down arms, and the president told parliament the next day that the accord was "a start".';
    expect(found('2040-04-02', [[SIGNED], [OPENED], [sayings]])).toEqual([
      ['on Thursday', 'talks', '2040-03-29'],
      ['on Tuesday', 'talks', '2040-03-27'],
      ['at the signing', 'statement', '2040-03-29'],
      ['the next day', 'statement', '2040-03-30'],
    ]);
  });

  it('across a semicolon too, and "two days later" counts from it as well', () => {
    const sayings = 'The rebel leader said at the signing that his men would lay down arms; the president said two days later that the accord would hold.';
    expect(found('2040-04-02', [[SIGNED], [OPENED], [sayings]]).slice(2)).toEqual([
      ['at the signing', 'statement', '2040-03-29'],
      ['two days later', 'statement', '2040-03-31'],
    ]);
  });

  it('the count is relative to the signing in the date pipeline, not to the previous dated sentence', () => {
    const { dates, relative } = resolveDates('She said at the signing that it held, and he said the next day that it would.', { year: 2040, month: 4, day: 2 }, {
      text: 'on Monday', index: 0, date: { year: 2040, month: 3, day: 26 }, precision: 'day', stated: ['weekday'], implied: [], tag: 'weekday', reason: '',
    });
    expect(dates).toEqual([]);
    expect(relative.map((r) => [r.text, r.anchor, r.days])).toEqual([['at the signing', 'the signing', 0], ['the next day', 'the signing', 1]]);
  });

  it('not when the sentence has a date of its own before the count, nor when the article told two signings', () => {
    const dated = 'The rebel leader said at the signing on Thursday that his men would lay down arms, and the president said the next day that the accord would hold.';
    const own = resolveDates(dated, { year: 2040, month: 4, day: 2 });
    expect(own.dates.map((d) => [d.text, formatIso(d.date)])).toEqual([['on Thursday', '2040-03-29'], ['the next day', '2040-03-30']]);
    expect(own.relative).toEqual([]);
    const two = [[SIGNED], ['A second accord was signed in Vel on Saturday.'], ['The rebel leader said at the signing that his men would lay down arms.']];
    expect(found('2040-04-02', two).filter((m) => m[1] === 'statement')).toEqual([]);
  });
});
