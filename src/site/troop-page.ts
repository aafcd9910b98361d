// `/troops/chart/`: the troop series drawn as charts — troop counts in one, shares of forces (0–100 %) in another,
// since the two cannot share an axis — and every figure as a table row in timeline order.
import type { TimelineEvent } from '../types.js';
import { dateLabel } from './labels.js';
import type { TroopPage } from './site-data.js';
import type { TroopSeries } from './troop-series.js';
import { formatFigure, troopSeries } from './troop-series.js';

export const TROOP_PAGE_URL = '/troops/chart/';

/** Figures the page draws and lists at most, the newest: about 400 bytes each between table row and chart mark. */
export const TROOP_PAGE_LIMIT = 300;

/** Draws one chart as SVG markup: troop-chart.ts, or the build's cache of its drawings (src/cache/chart-cache.ts). */
export type ChartDrawer = (series: readonly TroopSeries[], options: { id: string; title: string }) => string;

/** The charts the page draws, before drawing: the build looks them up in its cache, or draws them, first. */
export function troopCharts(events: readonly TimelineEvent[], limit = TROOP_PAGE_LIMIT): { id: string; title: string; series: TroopSeries[] }[] {
  return troopPageParts(events, limit).charts;
}

export function troopPage(events: readonly TimelineEvent[], draw: ChartDrawer, limit = TROOP_PAGE_LIMIT): TroopPage {
  const { charts, series, rows, total } = troopPageParts(events, limit);
  return { url: TROOP_PAGE_URL, charts: charts.map((c) => ({ id: c.id, title: c.title, svg: draw(c.series, { id: c.id, title: c.title }) })), series, rows, total };
}

/** The last parts worked out, by events array: a build asks twice (charts to draw, then the page); arrays of events are never changed once made. */
const lastParts = new WeakMap<readonly TimelineEvent[], { limit: number; parts: ReturnType<typeof workOutParts> }>();

function troopPageParts(events: readonly TimelineEvent[], limit: number) {
  const kept = lastParts.get(events);
  if (kept?.limit === limit) return kept.parts;
  const parts = workOutParts(events, limit);
  lastParts.set(events, { limit, parts });
  return parts;
}

function workOutParts(events: readonly TimelineEvent[], limit: number) {
  const all = troopSeries(events);
  const order = new Map(events.map((e, i) => [e.id, i]));
  const ordered = all
    .flatMap((s) => s.figures.map((f) => ({ s, f })))
    .sort((a, b) => order.get(a.f.event)! - order.get(b.f.event)! || all.indexOf(a.s) - all.indexOf(b.s));
  // Above the limit the page keeps to the newest figures, so it stays under issue 8's 200 KB; events.csv has all.
  const kept = new Set(ordered.slice(-limit).map(({ f }) => f));
  const series = all.map((s) => ({ ...s, figures: s.figures.filter((f) => kept.has(f)) })).filter((s) => s.figures.length);
  const counts = series.filter((s) => s.unit === 'count');
  const shares = series.filter((s) => s.unit === 'percent');
  const charts = [
    { id: 'troop-counts', title: 'Troop numbers over time, one line per force', series: counts },
    { id: 'troop-shares', title: 'Shares of forces over time (%)', series: shares },
  ]
    .filter((c) => c.series.length);
  const rows = ordered
    .filter(({ f }) => kept.has(f))
    .map(({ s, f }) => ({
      date: f.date,
      dateLabel: dateLabel(f.date, f.qualifier),
      series: s.label,
      figure: formatFigure(f.value, s.unit),
      text: f.text,
      url: f.url,
      title: f.title,
      source: f.source,
    }));
  return { charts, series: series.map((s) => ({ label: s.label, count: s.figures.length })), rows, total: ordered.length };
}
