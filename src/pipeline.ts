// The extraction pipeline as one ordered list of stages: articles → dated mentions → merged clusters → events.
import { compareCalendarDates, parseCalendarDate } from './calendar/calendar-date.js';
import { extractMentions } from './extract/extract-mentions.js';
import { assignIds } from './events/assign-ids.js';
import { buildEvent } from './events/build-event.js';
import { mergeMentions } from './events/merge-mentions.js';
import { resolveRelative } from './events/resolve-relative.js';
import { EVENT_TYPES, type Article, type TimelineEvent } from './types.js';

export function buildEvents(articles: readonly Article[]): TimelineEvent[] {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const extracted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : 1)).map(extractMentions);
  const mentions = extracted.flatMap((e) => e.mentions);
  let clusters = mergeMentions(mentions);
  const published = new Map(articles.map((a) => [a.slug, parseCalendarDate(a.published)!]));
  const resolved = resolveRelative(extracted.flatMap((e) => e.relative), clusters, published);
  if (resolved.length) clusters = mergeMentions([...mentions, ...resolved]);
  const drafts = clusters.map((cluster) => buildEvent(cluster, bySlug));
  drafts.sort(
    (a, b) =>
      compareCalendarDates(parseCalendarDate(a.date)!, parseCalendarDate(b.date)!) ||
      EVENT_TYPES.indexOf(a.type) - EVENT_TYPES.indexOf(b.type) ||
      (a.sources[0]!.url < b.sources[0]!.url ? -1 : 1),
  );
  return assignIds(drafts);
}
