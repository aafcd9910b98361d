// The chart cache: a chart is drawn once and then read back byte for byte; a changed input draws again; a chart the
// drawer was not given is refused rather than silently left blank.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedChartDrawer, type Chart } from '../../src/cache/chart-cache.js';
import { troopChart } from '../../src/site/troop-chart.js';
import type { TroopFigure, TroopSeries } from '../../src/site/troop-series.js';

const figure = (date: string, value: number): TroopFigure => ({
  event: `e-${date}`, url: `/events/e-${date}/`, title: 't', type: 'troops', date, precision: date.length === 10 ? 'day' : 'month',
  value, text: String(value), source: '/articles/a/#s-1', basis: 'modifier',
});
const series = (label: string, figures: TroopFigure[]): TroopSeries => ({ key: label, label, force: label, counts: 'troops', unit: 'count', figures });
const chart = (value: number): Chart => ({ id: 'troop-counts', title: 'Troops', series: [series('Mission troops', [figure('2024-03', value), figure('2024-05-02', 900)])] });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-chart-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cachedChartDrawer', () => {
  it('gives what troopChart draws, keeps it, and gives the kept copy next time', async () => {
    const c = chart(1200);
    const expected = troopChart(c.series, c);
    expect((await cachedChartDrawer([c], dir))(c.series, c)).toBe(expected);
    const [entry] = readdirSync(dir);
    expect(entry).toMatch(/^[0-9a-f]{64}\.json$/);
    // The next drawer reads the entry: a marked copy there comes back as it is.
    writeFileSync(path.join(dir, entry!), JSON.stringify({ input: JSON.stringify({ id: c.id, title: c.title, series: c.series }), svg: '<svg>kept</svg>' }));
    expect((await cachedChartDrawer([c], dir))(c.series, c)).toBe('<svg>kept</svg>');
  });

  it('draws again when the figures change, and draws without a folder', async () => {
    await cachedChartDrawer([chart(1200)], dir);
    const changed = chart(1300);
    expect((await cachedChartDrawer([changed], dir))(changed.series, changed)).toBe(troopChart(changed.series, changed));
    expect(readdirSync(dir)).toHaveLength(2);
    expect((await cachedChartDrawer([changed], undefined))(changed.series, changed)).toBe(troopChart(changed.series, changed));
  });

  it('refuses a chart it was not given', async () => {
    const draw = await cachedChartDrawer([chart(1200)], dir);
    const other = chart(5);
    expect(() => draw(other.series, other)).toThrow('chart "troop-counts" was not prepared');
  });
});
