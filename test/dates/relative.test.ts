// Dates relative to publication ("this month", "last year", "last week", "yesterday", "now") and dates relative
// to another event ("hours before the dialogue was held"), which stay relative.
import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { checkCase, day, label, type DateCase } from './cases.js';

const periods: DateCase[] = [
  { published: '2021-04-19', sentence: 'The third round concluded earlier this month with a pledge to cut troop numbers.', text: 'earlier this month', date: '2021-04', precision: 'month', tag: 'relative-period' },
  { published: '2021-04-19', sentence: 'Early this month, the cabinet approved the expansion of the force.', text: 'Early this month', date: '2021-04', precision: 'month', qualifier: 'early' },
  { published: '2021-07-19', sentence: 'Militias have carried out at least four attacks this month.', text: 'this month', date: '2021-07', precision: 'month' },
  { published: '2021-04-07', sentence: 'The coalition handed over several bases to the army last year.', text: 'last year', date: '2020', precision: 'year' },
  { published: '2021-04-19', sentence: 'The base was closed late last year.', text: 'late last year', date: '2020', precision: 'year', qualifier: 'late' },
  { published: '2021-04-19', sentence: 'Fuel prices rose sharply last month.', text: 'last month', date: '2021-03', precision: 'month' },
  { published: '2021-01-15', sentence: 'Prices fell sharply last month.', text: 'last month', date: '2020-12', precision: 'month' },
  { published: '2021-12-10', sentence: 'The new cabinet will be sworn in next month.', text: 'next month', date: '2022-01', precision: 'month' },
  { published: '2021-04-19', sentence: 'The budget is expected to pass later this year.', text: 'later this year', date: '2021', precision: 'year' },
  { published: '2021-04-19', sentence: 'The talks are expected to end by the end of the month.', text: 'by the end of the month', date: '2021-04', precision: 'month', qualifier: 'late' },
  { published: '2021-04-19', sentence: 'Attacks rose at the end of last year.', text: 'at the end of last year', date: '2020', precision: 'year', qualifier: 'late' },
  { published: '2021-04-19', sentence: 'Officials met two months ago to draft the plan.', text: 'two months ago', date: '2021-02', precision: 'month', qualifier: 'around' },
  { published: '2021-04-19', sentence: 'He visited the capital three days ago.', text: 'three days ago', date: '2021-04-16', precision: 'day' },
  // Weeks: month precision, around, when the whole week lies in one month.
  { published: '2021-04-19', sentence: 'The ministers held talks last week.', text: 'last week', date: '2021-04', precision: 'month', qualifier: 'around', tag: 'week' },
  { published: '2021-04-19', sentence: 'Talks took place this week in the capital.', text: 'this week', date: '2021-04', precision: 'month', qualifier: 'around' },
  { published: '2021-04-19', sentence: 'Over the weekend, militias fired rockets at the airport.', text: 'Over the weekend', date: '2021-04', precision: 'month', qualifier: 'around' },
  // Days named relative to publication.
  { published: '2021-04-19', sentence: 'Yesterday, rockets hit the embassy compound.', text: 'Yesterday', date: '2021-04-18', precision: 'day', tag: 'casual-day' },
  { published: '2021-04-19', sentence: 'The president will address the nation tonight.', text: 'tonight', date: '2021-04-19', precision: 'day' },
  { published: '2021-04-19', sentence: 'The delegation arrived this morning.', text: 'this morning', date: '2021-04-19', precision: 'day' },
  { published: '2021-04-19', sentence: 'Police said the blast happened at 11:10 this morning.', text: 'at 11:10 this morning', date: '2021-04-19', precision: 'day' },
  { published: '2021-04-19', sentence: 'The minister resigned today.', text: 'today', date: '2021-04-19', precision: 'day' },
  // Present tense dated by publication.
  { published: '2021-03-24', sentence: 'There are now 2,500 US troops left in the country.', text: 'now', date: '2021-03-24', precision: 'day', tag: 'present-tense' },
  { published: '2021-07-19', sentence: 'There are currently 2,500 American soldiers in the country.', text: 'currently', date: '2021-07-19', precision: 'day', tag: 'present-tense' },
  { published: '2021-04-19', sentence: 'So far, 14 people have been arrested over the attack.', text: 'So far', date: '2021-04-19', precision: 'day', tag: 'present-tense' },
  { published: '2021-04-19', sentence: 'The force at present numbers about 3,000.', text: 'at present', date: '2021-04-19', precision: 'day', tag: 'present-tense' },
];

describe('dates relative to publication', () => {
  for (const c of periods) it(label(c), () => checkCase(c));

  it('"earlier this month" keeps its word in the reason but gets no qualifier', () => {
    const [d] = resolveDates('The round concluded earlier this month.', day('2021-04-19')).dates;
    expect(d!.qualifier).toBeUndefined();
    expect(d!.reason).toContain('"earlier"');
  });

  it('present tense reasons say the date comes from publication', () => {
    const [d] = resolveDates('There are now 2,500 troops in the country.', day('2021-03-24')).dates;
    expect(d!.reason).toMatch(/dated by publication/);
  });

  it('regression: chrono gives "last week" a certain-looking day; a week that spans two months is dropped', () => {
    const r = chrono.casual.parse('last week', new Date(2021, 3, 19, 12))[0]!;
    expect(r.start.isCertain('day')).toBe(true);
    // Published Wednesday 5 May 2021: last week ran from 26 April to 2 May.
    expect(resolveDates('The ministers met last week.', day('2021-05-05')).dates).toEqual([]);
    expect(resolveDates('The ministers will meet next week.', day('2021-04-19')).dates).toEqual([]);
  });

  it('regression: chrono reads "late last year" as last year on the publication day', () => {
    const r = chrono.casual.parse('late last year', new Date(2021, 3, 19, 12))[0]!;
    expect(r.text).toBe('last year');
    expect(r.start.get('month')).toBe(4);
  });

  it('"so far this year" is dated by the year, not by publication', () => {
    expect(resolveDates('So far this year, 40 people have been killed.', day('2021-04-19')).dates).toMatchObject([
      { text: 'this year', date: { year: 2021 }, precision: 'year' },
    ]);
  });

  it('"now" in a past or future clause, or in "until now", yields nothing', () => {
    for (const s of ['The government was now under pressure to act.', 'Troops will now leave by the end of the year.', 'No group has claimed the attack until now.']) {
      expect(resolveDates(s, day('2021-04-19')).dates.filter((d) => d.tag === 'present-tense')).toEqual([]);
    }
  });
});

describe('a week keeps its days as a span', () => {
  it('"last week" prints as its month, around, and keeps Monday to Sunday', () => {
    const [d] = resolveDates('The ministers held talks last week.', day('2021-04-19')).dates;
    expect(d).toMatchObject({ date: { year: 2021, month: 4 }, precision: 'month', qualifier: 'around' });
    expect(d!.span).toEqual({ from: { year: 2021, month: 4, day: 12 }, to: { year: 2021, month: 4, day: 18 } });
  });
  it('a month named is no span', () => {
    expect(resolveDates('The ministers held talks in April.', day('2021-04-19')).dates[0]).not.toHaveProperty('span');
  });
});

describe('dates relative to another event', () => {
  const relative = (sentence: string) => resolveDates(sentence, day('2021-04-07'));

  it('hours before the dialogue was held → before "the strategic dialogue"', () => {
    const s = 'Hours before the strategic dialogue was held, armed factions threatened to strike foreign forces.';
    expect(relative(s)).toEqual({
      dates: [],
      relative: [{ text: 'Hours before the strategic dialogue was held', index: 0, qualifier: 'before', anchor: 'the strategic dialogue' }],
    });
  });

  it('days after the assassination → after "the assassination"', () => {
    const s = 'Parliament voted to expel foreign troops days after the assassination.';
    expect(relative(s).relative).toEqual([
      { text: 'days after the assassination', index: s.indexOf('days after'), qualifier: 'after', anchor: 'the assassination' },
    ]);
  });

  it('following the talks → after "the talks"', () => {
    const s = 'The adviser held a press conference following the talks, confirming the plan.';
    expect(relative(s).relative).toMatchObject([{ qualifier: 'after', anchor: 'the talks', text: 'following the talks' }]);
  });

  it('after the assassinations → after "the US assassinations"', () => {
    const s = 'Lawmakers passed a non-binding resolution after the US assassinations.';
    expect(relative(s).relative).toMatchObject([{ qualifier: 'after', anchor: 'the US assassinations' }]);
  });

  it('two days after the vote: no date counted from publication (chrono reads one)', () => {
    const s = 'The coalition collapsed two days after the vote.';
    expect(chrono.casual.parse(s, new Date(2021, 3, 7, 12))[0]!.text).toBe('two days after');
    expect(relative(s)).toEqual({
      dates: [],
      relative: [{ text: 'two days after the vote', index: s.indexOf('two'), qualifier: 'after', anchor: 'the vote', days: 2 }],
    });
  });

  it('whole days are counted ("the day before", "a day after"); a gerund after "the" names the event', () => {
    expect(relative('The day before the shelling, the mayor left the town.').relative).toEqual([
      { text: 'The day before the shelling', index: 0, qualifier: 'before', anchor: 'the shelling', days: 1 },
    ]);
    expect(relative('Rebels fired on the depot a day after the fighting ended.').relative).toMatchObject([
      { qualifier: 'after', anchor: 'the fighting', days: 1 },
    ]);
    // Hours are no whole day, and a span ("the days before") no count.
    expect(relative('Hours before the shelling, the mayor left the town.').relative[0]).not.toHaveProperty('days');
    expect(relative('In the days before the shelling, the mayor left the town.').relative[0]).not.toHaveProperty('days');
    // "the building" is a thing, not a happening.
    expect(relative('The mayor left the day before the building.').relative).toEqual([]);
  });

  it('a clause names the event: since the war began, after the army retook the city', () => {
    expect(relative('More than a million people have fled since the war began.').relative).toMatchObject([
      { qualifier: 'after', anchor: 'the war' },
    ]);
    expect(relative('Residents returned after the army retook the city.').relative).toMatchObject([
      { qualifier: 'after', anchor: 'the army retook the city' },
    ]);
  });

  it('keeps a date inside the anchor, which dates the anchor', () => {
    const s = 'Attacks have risen since the assassination of the general in January 2020.';
    const found = relative(s);
    expect(found.relative).toMatchObject([{ anchor: 'the assassination of the general' }]);
    expect(found.dates).toMatchObject([{ text: 'in January 2020', date: { year: 2020, month: 1 } }]);
  });

  it('a date after the trigger stays a date, with the qualifier', () => {
    const found = relative('Attacks have increased after January 2020.');
    expect(found.relative).toEqual([]);
    expect(found.dates).toMatchObject([{ text: 'after January 2020', qualifier: 'after' }]);
  });

  it('a count after the trigger is no event: "in March 2021 after 11 rounds" keeps its date', () => {
    const s = 'Border negotiations broke down in March 2021 after 11 rounds of haggling.';
    const { dates, relative: rel } = relative(s);
    expect(rel).toEqual([]);
    expect(dates.map((d) => [d.text, d.date])).toEqual([['in March 2021', { year: 2021, month: 3 }]]);
    expect(relative('The ceasefire held after three attempts at a deal.').relative).toEqual([]);
  });

  it('no event named: "the following day", "before parliament", "since then", "after all"', () => {
    for (const s of [
      'The ceasefire took effect the following day.',
      'The bill is now before parliament.',
      'Nothing has changed since then.',
      'After all, the talks were only a first step.',
    ]) {
      expect(relative(s).relative).toEqual([]);
    }
  });
});
