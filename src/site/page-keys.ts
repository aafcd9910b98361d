// A content key for each event's page data (SiteData.contentKeys), so planPages need not serialise ~50 M characters
// of events to find the few that changed (issue 8). An event's page data is its event (keyed by the events stage:
// src/events/event-keys.ts, which covers the code of src/ too) seen through the site's settings, and links to its
// neighbours and related events: each link is made from the other event's page data the same way, so it is that
// event's key, with the names a related event shares.
import { createHash } from 'node:crypto';
import type { TimelineEvent } from '../types.js';
import type { SiteEvent } from './site-data.js';

/** Keys each page data in `siteEvents` (made from the event at the same index) when every event has a key. */
export function keyPageData(
  events: readonly TimelineEvent[],
  siteEvents: readonly SiteEvent[],
  eventKeys: WeakMap<TimelineEvent, string>,
  settings: unknown,
): WeakMap<object, string> {
  const keys = new WeakMap<object, string>();
  const byId = new Map(events.map((event) => [event.id, eventKeys.get(event)]));
  if ([...byId.values()].some((key) => key === undefined)) return keys;
  const shared = createHash('sha256').update(JSON.stringify(settings)).digest('base64url');
  const of = (link: { id: string } | undefined) => (link ? byId.get(link.id)! : '');
  siteEvents.forEach((page, i) => {
    const related = JSON.stringify(page.related.map((r) => [of(r), r.shared]));
    keys.set(page, `${byId.get(events[i]!.id)} ${shared} ${of(page.previous)} ${of(page.next)} ${related}`);
  });
  return keys;
}
