// What `buildSiteData` hands `siteData` after loading and its caches, made directly for tests that call siteData on
// articles they loaded or built themselves: each body rendered, and charts drawn by troop-chart.ts.
import { renderBodyTemplate } from '../../src/articles/render-body.js';
import { segmentBody } from '../../src/articles/segment-body.js';
import type { Rendering } from '../../src/site/build-site-data.js';
import { troopChart } from '../../src/site/troop-chart.js';
import type { Article } from '../../src/types.js';

export function renderingFor(articles: readonly Article[], options: { listingLimit?: number } = {}): Rendering {
  return { bodyTemplates: new Map(articles.map((a) => [a.slug, renderBodyTemplate(segmentBody(a.body))])), drawChart: troopChart, ...options };
}
