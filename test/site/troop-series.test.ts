import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/articles/load-articles.js';
import { buildEvents } from '../../src/pipeline.js';
import { forceKey, troopSeries } from '../../src/site/troop-series.js';
import type { EventType, Quantity, TimelineEvent } from '../../src/types.js';

let n = 0;
/** One event told by one sentence. */
function event(quote: string, quantities: Quantity[], options: { type?: EventType; date?: string; actors?: string[]; places?: string[] } = {}): TimelineEvent {
  const id = `e${++n}`;
  const date = options.date ?? '2021-04-07';
  return {
    id, url: `/events/${id}/`, date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    type: options.type ?? 'troops', cameo: '087', title: quote, summary: quote,
    actors: options.actors ?? [], places: options.places ?? [],
    quantities: quantities.map((q) => ({ ...q, article: 'a' })),
    sources: [{ article: 'a', title: 'A', published: '2021-04-19', sentence: n, url: `/articles/a/#s-${n}`, quote, date, dateText: 'x', dateReason: 'x', quantities }],
  };
}
const q = (value: number, counts: string, text: string): Quantity => ({ value, counts, text });

describe('troopSeries', () => {
  it('reads the force from the words between number and noun, and meets US and American under one series', () => {
    const series = troopSeries([
      event('There are now 2,500 US troops left in Iraq.', [q(2500, 'troops', '2,500 US troops')], { date: '2021-03-24' }),
      event('There are currently 2,500 American soldiers in Iraq.', [q(2500, 'troops', '2,500 American soldiers')], { date: '2021-07-19' }),
      event('Some 5,000 coalition troops remain.', [q(5000, 'troops', '5,000 coalition troops')]),
      event('There are now 4,643 foreign soldiers in the country, officials said.', [q(4643, 'troops', '4,643 foreign soldiers')]),
      event('About 900 combat troops will leave.', [q(900, 'troops', '900 combat troops')]),
    ]);
    expect(series.map((s) => s.label)).toEqual(['US troops', 'coalition troops', 'foreign troops', 'troops (force not named)']);
    expect(series[0]!.figures.map((f) => [f.date, f.value, f.basis])).toEqual([['2021-03-24', 2500, 'modifier'], ['2021-07-19', 2500, 'modifier']]);
  });

  it('takes a share of forces from "percent of … forces", and ignores a percentage of anything else', () => {
    const series = troopSeries([
      event('He said nearly 60 percent of international coalition forces had left.', [q(60, 'percent', '60 percent')], { type: 'statement' }),
      event('Turnout was 40 percent of voters.', [q(40, 'percent', '40 percent')], { type: 'statement' }),
    ]);
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ key: 'international coalition|share', label: 'international coalition share (%)', unit: 'percent' });
  });

  it('falls back to the nearest body among the actors, spelled by the acronym the sentence gives', () => {
    const [pmf] = troopSeries([
      event('The Iraqi government under Al-Kadhimi approved the expansion of the Popular Mobilisation Forces (PMF) by an extra 30,000 recruits.',
        [q(30000, 'recruits', '30,000 recruits')], { actors: ['Iraqi government', 'Al-Kadhimi', 'Popular Mobilisation Forces'], date: '2021-04' }),
    ]);
    expect(pmf).toMatchObject({ label: 'PMF recruits', force: 'PMF', counts: 'recruits' });
    expect(pmf!.figures[0]!.basis).toBe('actor');
  });

  it('prefers the actor before the figure, never a person, and a country seen as a place counts as a body', () => {
    const series = troopSeries([
      event('The US announced it was reducing its troops in Iraq to 2,500 because of the Iraqi Security Forces.', [q(2500, 'troops', '2,500')], { actors: ['US', 'Iraqi Security Forces'], places: ['Iraq'] }),
      event('Iraq said on Monday it would send 3,000 soldiers north, minister Ali Hassan said.', [q(3000, 'troops', '3,000 soldiers')], { actors: ['Iraq', 'Ali Hassan'], type: 'statement' }),
    ]);
    expect(series.map((s) => s.label)).toEqual(['US troops', 'Iraq troops']);
  });

  it('finds a name right before a force noun, else says the force is not named', () => {
    const series = troopSeries([
      event('The CSU stabilisation force peaked at 6,500 soldiers in 2020.', [q(6500, 'troops', '6,500 soldiers')], { date: '2020' }),
      event('The CSU currently has about 4,000 troops in Talvar.', [q(4000, 'troops', '4,000 troops')], { actors: ['CSU'], places: ['Talvar'] }),
      event('About 900 soldiers will leave in May.', [q(900, 'troops', '900 soldiers')]),
    ]);
    expect(series.map((s) => [s.label, s.figures.map((f) => f.basis)])).toEqual([
      ['CSU troops', ['name', 'actor']],
      ['troops (force not named)', ['unnamed']],
    ]);
  });

  it('leaves out attacks and counts that are not forces, and counts a figure told twice in one event once', () => {
    const twice = event('There are 2,500 US troops in Iraq.', [q(2500, 'troops', '2,500 US troops')]);
    twice.sources.push({ ...twice.sources[0]!, article: 'b', url: '/articles/b/#s-1' });
    const series = troopSeries([
      event('Militants killed three soldiers and fired 14 rockets.', [q(3, 'killed', 'three soldiers'), q(14, 'rockets', '14 rockets')], { type: 'attack' }),
      event('The attack involved 200 US troops.', [q(200, 'troops', '200 US troops')], { type: 'attack' }),
      event('The two countries agreed.', [q(2, 'countries', 'two countries')]),
      twice,
    ]);
    expect(series).toHaveLength(1);
    expect(series[0]!.figures).toHaveLength(1);
  });

  it('groups the seed articles into US troops, PMF recruits and the coalition share', async () => {
    const series = troopSeries(buildEvents(await loadArticles('content/articles')));
    expect(Object.fromEntries(series.map((s) => [s.label, s.figures.map((f) => f.value)]))).toEqual({
      'US troops': [2500, 2500, 2500],
      'PMF recruits': [30000],
      'international coalition share (%)': [60],
    });
  });
});

describe('forceKey', () => {
  it.each([
    ['US', 'us'], ['U.S.', 'us'], ['United States', 'us'], ['American', 'us'], ['British', 'uk'],
    ['Popular Mobilisation Forces', 'pmf'], ['PMF', 'pmf'], ['Coastal States Union', 'csu'],
    ['Iraqi', 'iraq'], ['Iraq', 'iraq'], ['Russian', 'russ'], ['Russia', 'russ'], ['Iran', 'iran'], ['Iranian', 'iran'], ['Irish', 'irish'],
    ['international coalition', 'international coalition'], ["the coalition's", 'coalition'],
  ])('%s → %s', (name, key) => expect(forceKey(name)).toBe(key));
});
