// A cluster of mentions → one TimelineEvent: the most precise date its sources give, every source sentence, and
// every figure with the article that gave it (sources that disagree are shown side by side, never averaged).
import { formatIso, precisionOf } from '../calendar/calendar-date.js';
import type { Article, EventSource, Mention, TimelineEvent } from '../types.js';
import { sentenceId } from '../articles/body-template.js';
import { withFields } from '../objects/with-fields.js';
import { eventSummary, leadOf } from './describe-event.js';
import { nameKey } from './mention-evidence.js';
import { clusterDate, mentionKey } from './merge-mentions.js';

export type EventDraft = Omit<TimelineEvent, 'id' | 'url'>;

export function buildEvent(cluster: readonly Mention[], articles: ReadonlyMap<string, Article>): EventDraft {
  const date = clusterDate(cluster);
  const { mention: lead, title } = leadOf(cluster, date);
  // Each key made once, not twice per comparison; the same comparisons in the same order, so the same order.
  const ordered = cluster.map((m) => ({ key: mentionKey(m), m })).sort((a, b) => (a.key < b.key ? -1 : 1)).map(({ m }) => m);
  const sources: EventSource[] = [];
  const told = new Set<string>();
  for (const m of ordered) {
    const article = articles.get(m.article)!;
    // A sentence that gave two mentions is one source.
    const said = `${m.article}\0${m.quote}`;
    if (told.has(said)) continue;
    told.add(said);
    sources.push({
      article: m.article,
      title: article.title,
      ...(article.publisher ? { publisher: article.publisher } : {}),
      published: article.published,
      sentence: m.sentence,
      url: `/articles/${m.article}/#${sentenceId(m.sentence)}`,
      quote: m.quote,
      date: formatIso(m.date.date),
      dateText: m.date.text,
      dateReason: m.date.reason,
      quantities: m.quantities,
      ...(m.joined ? { joined: true as const } : {}),
    });
  }
  const event: EventDraft = {
    date: formatIso(date),
    precision: precisionOf(date),
    type: lead.classification.type,
    cameo: lead.classification.cameo,
    title,
    summary: eventSummary(lead),
    actors: uniqueNames(ordered.flatMap((m) => m.actors)),
    places: uniqueNames(ordered.flatMap((m) => m.places)),
    quantities: ordered.flatMap((m) => m.quantities.map((q) => withFields(q, { article: m.article }))),
    sources,
  };
  if (lead.date.qualifier) event.qualifier = lead.date.qualifier;
  return event;
}

/** One entry per person or place, in the longest form any source wrote it ("Mustafa al-Kadhimi" over "Kadhimi"). */
function uniqueNames(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = nameKey(name) || name.toLowerCase();
    const known = byKey.get(key);
    if (!known || name.length > known.length) byKey.set(key, name);
  }
  return [...byKey.values()];
}
