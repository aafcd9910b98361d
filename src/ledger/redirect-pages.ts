// One page for every id the ledger lists that names no event now: a redirect to the event it became, or a notice
// that the event is no longer on the timeline. Sorted by id, so the set of pages is the same on every build.
import type { EventLink, RedirectPage, SiteEvent } from '../site/site-data.js';
import { byCodePoint, isLive, type Ledger } from './ledger.js';

export function redirectPages(ledger: Ledger, events: readonly SiteEvent[]): RedirectPage[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return Object.keys(ledger.events)
    .filter((id) => !byId.has(id))
    .sort(byCodePoint)
    .map((id) => {
      const entry = ledger.events[id]!;
      const target = isLive(entry) ? undefined : entry.became === undefined ? undefined : byId.get(entry.became);
      const page: RedirectPage = { id, url: `/events/${id}/` };
      if (target) page.target = { id: target.id, url: target.url, title: target.title, dateLabel: target.dateLabel } satisfies EventLink;
      return page;
    });
}
