// The troop chart as an accessible SVG string, drawn at build time by Observable Plot in linkedom's DOM.
//
// One line per series through each figure's date; a figure known only to the month or the year also gets a pale
// bar across that whole month or year, so the chart never claims more precision than the text. Series are told
// apart by colour (each at least 3:1 against the light and the dark page), dot shape and a label at their last
// figure, never by colour alone. The SVG has role="img" and
// a <title> and <desc> (a sentence per series) it is labelled by; the page shows the same figures as a table.
//
// Deterministic by construction: dates are UTC instants on a UTC scale (Plot's tick labels are English, UTC); the
// numbers Plot writes are rounded to 0.1 px, so no float noise reaches the page; no clip paths or markers, whose
// ids come from a module-wide counter; Plot's inline <style> is dropped (a Content-Security-Policy without
// 'unsafe-inline' would block it), and so is its font-variant attribute, which is not valid SVG:
// templates/assets/chart.css carries those rules.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { parseCalendarDate } from '../calendar/calendar-date.js';
import { dateLabel } from './labels.js';
import { formatFigure, type TroopFigure, type TroopSeries } from './troop-series.js';

export interface TroopChartOptions {
  /** Prefix of the ids of the SVG's <title> and <desc>; unique on the page. */
  id: string;
  /** The chart's accessible name. */
  title: string;
  width?: number;
  height?: number;
}

const DAY = 86_400_000;
/** Series colours with at least 3:1 contrast on both the light (#fdfdfb) and dark (#141417) page backgrounds. */
const PALETTE = ['#3b73d9', '#d1570f', '#1f9e6e', '#b5489a', '#a07a00', '#7b61d6', '#2f8fb0', '#c23b5a', '#5c8a1e', '#888888'];
/** Attributes whose numbers are positions or sizes: those with three or more decimals are rounded to 0.1. */
const GEOMETRY = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'viewBox', 'points']);

/** The span of days a date covers, as UTC instants: [first day 00:00, day after the last 00:00). */
function span(iso: string): [number, number] {
  const d = parseCalendarDate(iso)!;
  if (d.day !== undefined) return [Date.UTC(d.year, d.month! - 1, d.day), Date.UTC(d.year, d.month! - 1, d.day + 1)];
  if (d.month !== undefined) return [Date.UTC(d.year, d.month - 1, 1), Date.UTC(d.year, d.month, 1)];
  return [Date.UTC(d.year, 0, 1), Date.UTC(d.year + 1, 0, 1)];
}

/** "US troops: 3 figures, from 2,500 in January 2021 to 2,500 on 19 July 2021." */
function describeSeries(series: TroopSeries): string {
  const at = (f: TroopFigure) => `${formatFigure(f.value, series.unit)} ${f.precision === 'day' && !f.qualifier ? 'on' : 'in'} ${dateLabel(f.date, f.qualifier)}`;
  const { figures } = series;
  if (figures.length === 1) return `${series.label}: one figure, ${at(figures[0]!)}.`;
  return `${series.label}: ${figures.length} figures, from ${at(figures[0]!)} to ${at(figures.at(-1)!)}.`;
}

/** The chart's long description: one sentence per series, and how to read the bars. */
export function describeTroopChart(series: readonly TroopSeries[]): string {
  const lines = series.map(describeSeries);
  const vague = series.some((s) => s.figures.some((f) => f.precision !== 'day'));
  if (vague) lines.push('A pale bar spans the month or year of a figure known only to the month or year.');
  return lines.join(' ');
}

function round(text: string): string {
  return text.replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

interface Row {
  series: string;
  value: number;
  start: Date;
  end: Date;
  mid: Date;
  vague: boolean;
}

/** SVG markup for `series` (all of one unit), or '' when there is nothing to draw. */
export function troopChart(series: readonly TroopSeries[], options: TroopChartOptions): string {
  const rows: Row[] = series.flatMap((s) =>
    s.figures.map((f) => {
      const [start, end] = span(f.date);
      return { series: s.label, value: f.value, start: new Date(start), end: new Date(end), mid: new Date((start + end) / 2), vague: f.precision !== 'day' };
    }),
  );
  if (!rows.length) return '';
  const percent = series.every((s) => s.unit === 'percent');
  const labels = series.map((s) => s.label);
  const first = Math.min(...rows.map((r) => +r.start));
  const last = Math.max(...rows.map((r) => +r.end));
  // A little room either side, so a lone figure is not drawn on the frame.
  const pad = Math.max(15 * DAY, (last - first) * 0.04);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');

  const svg = Plot.plot({
    document: document as unknown as Document,
    className: 'troop-chart-plot',
    width: options.width ?? 640,
    height: options.height ?? (percent ? 240 : 320),
    marginRight: 120,
    marginLeft: 56,
    x: { type: 'utc', domain: [new Date(first - pad), new Date(last + pad)], label: null },
    y: percent ? { domain: [0, 100], grid: true, label: 'Share of forces (%)' } : { zero: true, nice: true, grid: true, label: 'Troops' },
    color: { domain: labels, range: PALETTE },
    symbol: { domain: labels },
    marks: [
      Plot.ruleY(rows.filter((r) => r.vague), { y: 'value', x1: 'start', x2: 'end', stroke: 'series', strokeWidth: 6, strokeOpacity: 0.3 }),
      Plot.line(rows, { x: 'mid', y: 'value', z: 'series', stroke: 'series', strokeWidth: 1.5 }),
      Plot.dot(rows, { x: 'mid', y: 'value', stroke: 'series', fill: 'series', symbol: 'series', r: 4 }),
      // The label sits past the last figure, and past its bar when it has one.
      Plot.text(rows, Plot.selectLast({ x: (r: Row) => (r.vague ? r.end : r.mid), y: 'value', z: 'series', text: 'series', dx: 8, textAnchor: 'start', lineWidth: 11 })),
    ],
  }) as unknown as Element;

  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    // "tabular-nums" is not a valid SVG font-variant value (the HTML validator rejects it); chart.css sets
    // font-variant-numeric instead.
    element.removeAttribute('font-variant');
    // Plot names its groups with aria-label, which ARIA forbids on a <g> without a role (axe: aria-prohibited-attr);
    // inside an SVG with role="img" they would be hidden from assistive technology anyway.
    if (element !== svg) for (const name of element.getAttributeNames()) if (name.startsWith('aria-')) element.removeAttribute(name);
    for (const name of element.getAttributeNames()) {
      if (GEOMETRY.has(name)) element.setAttribute(name, round(element.getAttribute(name)!));
    }
  }
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${options.id}-title`);
  title.textContent = options.title;
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', `${options.id}-desc`);
  desc.textContent = describeTroopChart(series);
  svg.prepend(title, desc);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${options.id}-title`);
  svg.setAttribute('aria-describedby', `${options.id}-desc`);
  // Width and height come from the viewBox and the page's CSS, so the chart scales down to a phone.
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return svg.outerHTML;
}
