// A content key for each event's page data (SiteData.contentKeys), so planPages need not serialise ~50 M characters
// of events to find the few that changed (issue 8). An event's page data is its event (keyed by the events stage:
// src/events/event-keys.ts, which covers the code of src/ too) seen through the site's settings, and links to its
// neighbours and related events. A link goes in as what it shows (not as the other event's key: a neighbour that
// gained a source would re-render every page linking to it).
import { createHash } from 'node:crypto';
import type { TimelineEvent } from '../types.js';
import type { SiteEvent } from './site-data.js';

/** Keys each page data in `siteEvents` (made from the event at the same index) whose event has a key. */
export function keyPageData(
  events: readonly TimelineEvent[],
  siteEvents: readonly SiteEvent[],
  eventKeys: WeakMap<TimelineEvent, string>,
  settings: unknown,
): WeakMap<object, string> {
  const keys = new WeakMap<object, string>();
  const shared = createHash('sha256').update(JSON.stringify(settings)).digest('base64url');
  // Every field a link to an event shows (build-site-data.ts: `link`, and a related event's type).
  const shown = new Map(siteEvents.map((e) => [e.id, JSON.stringify([e.id, e.url, e.title, e.dateLabel, e.typeLabel])]));
  const of = (link: { id: string } | undefined) => (link ? shown.get(link.id)! : 'none');
  siteEvents.forEach((page, i) => {
    const key = eventKeys.get(events[i]!);
    if (key === undefined) return;
    const related = page.related.map((r) => `${of(r)}${JSON.stringify(r.shared)}`).join(',');
    keys.set(page, `${key} ${shared} ${of(page.previous)} ${of(page.next)} ${related}`);
  });
  return keys;
}
