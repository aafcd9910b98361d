// The public API, and output that no time zone can change.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/dates/resolve-dates.js';
import { day } from './cases.js';

const sample: [string, string][] = [
  ['2021-04-19', 'On Wednesday, rocket fire from a drone targeted an airport.'],
  ['2021-04-19', 'The first round started in June last year and concluded earlier this month.'],
  ['2021-03-24', 'There are now 2,500 troops; talks will resume in April, the spokeswoman said on Tuesday.'],
  ['2021-07-26', 'The premier, who will meet the president on Monday, said on Sunday the visit was set for July 26.'],
  ['2021-01-01', 'The ministers met last week and will meet again next month, after the holidays.'],
  ['2021-12-31', 'Yesterday the army said the base was handed over late last year, 24-03-2021 style dates aside.'],
];

describe('resolveDates', () => {
  it('exposes the public API', () => {
    expect(Object.keys(api).sort()).toEqual(['findingsOf', 'resolveDates', 'traceDates']);
  });

  it('returns dates and relative dates in sentence order', () => {
    const found = api.resolveDates('Hours before the talks were held, rockets hit the base on Monday.', day('2021-04-07'));
    expect(found.relative.map((r) => r.anchor)).toEqual(['the talks']);
    expect(found.dates.map((d) => d.text)).toEqual(['on Monday']);
  });

  it('refuses a publication date that is not a day', () => {
    expect(() => api.resolveDates('On Monday.', { year: 2021, month: 4 })).toThrow(/must be a day/);
  });

  it('gives the same output in every time zone', () => {
    const script = `
      import { resolveDates } from './src/dates/resolve-dates.ts';
      const sample = ${JSON.stringify(sample)};
      console.log(JSON.stringify(sample.map(([p, s]) => { const [y, m, d] = p.split('-').map(Number); return resolveDates(s, { year: y, month: m, day: d }); })));
    `;
    const outputs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((tz) =>
      execFileSync('npx', ['tsx', '--eval', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8', cwd: process.cwd() }),
    );
    expect(JSON.parse(outputs[0]!).flatMap((f: api.DateFindings) => f.dates).length).toBeGreaterThan(8);
    for (const out of outputs) expect(out).toBe(outputs[0]);
  }, 60_000);
});
