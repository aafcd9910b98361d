import { afterEach, describe, expect, it } from 'vitest';
import { describeTroopChart, troopChart } from '../../src/site/troop-chart.js';
import type { TroopFigure, TroopSeries } from '../../src/site/troop-series.js';

const figure = (date: string, value: number): TroopFigure => ({
  event: `e-${date}`, url: `/events/e-${date}/`, title: 't', type: 'troops', date,
  precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', value, text: String(value), source: '/articles/a/#s-1', basis: 'modifier',
});
const series = (label: string, figures: TroopFigure[], unit: 'count' | 'percent' = 'count'): TroopSeries => ({
  key: label, label, force: label, counts: unit === 'percent' ? 'share' : 'troops', unit, figures,
});
const us = series('US troops', [figure('2021-01', 2500), figure('2021-03-24', 2500), figure('2021-07-19', 2500)]);
const pmf = series('PMF recruits', [figure('2021-04', 30000)]);
const chart = () => troopChart([us, pmf], { id: 'troops', title: 'Troop numbers, 2021' });

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('troopChart', () => {
  it('is an SVG image named by its <title> and described by its <desc>', () => {
    const svg = chart();
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="troops-title"');
    expect(svg).toContain('aria-describedby="troops-desc"');
    expect(svg).toContain('<title id="troops-title">Troop numbers, 2021</title>');
    expect(svg).toContain('<desc id="troops-desc">US troops: 3 figures, from 2,500 in January 2021 to 2,500 on 19 July 2021. PMF recruits: one figure, 30,000 in April 2021.');
    expect(svg).toMatch(/viewBox="0 0 640 320"/);
    expect(svg).not.toMatch(/\swidth="640"/);
  });

  it('labels every series at its last figure, and draws a bar across a figure known only to the month', () => {
    const svg = chart();
    expect(svg).toContain('>US troops</text>');
    expect(svg).toContain('>PMF recruits</text>');
    expect(svg).toMatch(/<g stroke-opacity="0.3" stroke-width="6"><line [^>]*\/><line [^>]*\/><\/g>/);
  });

  it('carries no inline style, no generated ids and no float noise', () => {
    const svg = chart();
    expect(svg).not.toMatch(/<style|\sstyle="|font-variant/);
    // ARIA attributes on the <svg> only: Plot's aria-label on groups is not allowed there (axe, aria-prohibited-attr).
    expect(svg.replace(/^<svg [^>]*>/, '')).not.toMatch(/\saria-/);
    expect([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])).toEqual(['troops-title', 'troops-desc']);
    expect(svg).not.toMatch(/\d\.\d{3,}/);
  });

  it('draws the same bytes in any time zone', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const east = chart();
    process.env.TZ = 'America/Los_Angeles';
    expect(chart()).toBe(east);
  });

  it('escapes words from the articles', () => {
    const svg = troopChart([series('<script>alert(1)</script> troops', [figure('2021-04-07', 10)])], { id: 'x', title: 'A & B' });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('<title id="x-title">A &amp; B</title>');
  });

  it('draws shares on a 0–100 scale, and nothing at all without figures', () => {
    expect(troopChart([series('coalition share (%)', [figure('2021-04-07', 60)], 'percent')], { id: 'p', title: 'Shares' })).toContain('>100</text>');
    expect(troopChart([], { id: 'e', title: 'Empty' })).toBe('');
  });
});

describe('describeTroopChart', () => {
  it('says how to read the bars only when some figure is vaguer than a day', () => {
    expect(describeTroopChart([us])).toMatch(/pale bar spans the month or year/);
    expect(describeTroopChart([series('x', [figure('2021-04-07', 60)], 'percent')])).toBe('x: one figure, 60% on 7 April 2021.');
  });
});
