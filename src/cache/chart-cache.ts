// Drawn troop charts on disk, so a build whose troop figures did not change neither loads Observable Plot and its
// DOM (about 0.6 s of the five-article build, issue 8) nor draws. The key is a SHA-256 of the chart's input (its
// series, id and title) and of the drawing code (troop-chart.ts and what it imports, and the installed packages).
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ChartDrawer } from '../site/troop-page.js';
import type { TroopSeries } from '../site/troop-series.js';
import { readEntry, writeEntry } from './cache-file.js';
import { codeFingerprint } from './code-fingerprint.js';

/** The code whose output an entry holds, relative to the project root. */
export const CHART_CODE = ['src/site/troop-chart.ts', 'src/site/troop-series.ts', 'src/site/labels.ts', 'src/calendar', 'package-lock.json'];

export interface Chart {
  id: string;
  title: string;
  series: TroopSeries[];
}

interface Entry {
  input: string;
  svg: string;
}

/**
 * A drawer for exactly these charts: each read from `dir` or, when missing there (or `dir` is undefined), drawn by
 * troop-chart.ts, loaded only then, and stored. Asking it for any other chart is an error.
 */
export async function cachedChartDrawer(charts: readonly Chart[], dir: string | undefined): Promise<ChartDrawer> {
  const drawn = new Map<string, string>();
  let draw: typeof import('../site/troop-chart.js').troopChart | undefined;
  let writable = dir !== undefined;
  for (const chart of charts) {
    const input = inputOf(chart.series, chart);
    if (drawn.has(input)) continue;
    const file = dir && path.join(dir, `${createHash('sha256').update(`dateline-chart\0${codeFingerprint(CHART_CODE)}\0${input}`).digest('hex')}.json`);
    const entry = file ? readEntry<Entry>(file) : undefined;
    if (entry?.input === input && typeof entry.svg === 'string') {
      drawn.set(input, entry.svg);
      continue;
    }
    draw ??= (await import('../site/troop-chart.js')).troopChart;
    const svg = draw(chart.series, { id: chart.id, title: chart.title });
    drawn.set(input, svg);
    if (file && writable) writable = writeEntry(file, { input, svg } satisfies Entry);
  }
  return (series, options) => {
    const svg = drawn.get(inputOf(series, options));
    if (svg === undefined) throw new Error(`chart "${options.id}" was not prepared: pass it to cachedChartDrawer first`);
    return svg;
  };
}

function inputOf(series: readonly TroopSeries[], { id, title }: { id: string; title: string }): string {
  return JSON.stringify({ id, title, series });
}
