// The extraction pipeline as one ordered list of stages: articles → dated mentions → merged clusters → events.
// Extraction is extract-mentions.ts; the stages after it are events-from-articles.ts.
import { extractMentions } from './extract/extract-mentions.js';
import { eventsFromArticles, type EventsOptions } from './events/events-from-articles.js';
import type { Article, TimelineEvent } from './types.js';

/** Without options every article is extracted (uncached) and ids are fresh. */
export type BuildEventsOptions = Partial<EventsOptions>;

export function buildEvents(articles: readonly Article[], options: BuildEventsOptions = {}): TimelineEvent[] {
  return eventsFromArticles(articles, { ...options, extract: options.extract ?? extractMentions });
}
