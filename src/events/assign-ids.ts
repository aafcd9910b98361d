// Event ids say what the event is, not where it sits: its date and the first distinctive words of its title.
// Two events that would share an id are told apart by a counter, in a fixed order.
import { slugify } from '../articles/slugify.js';
import type { TimelineEvent } from '../types.js';
import type { EventDraft } from './build-event.js';

const ID_WORDS = 6;
const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'and', 'for', 'at', 'by', 'with', 'its', 'his', 'her', 'their', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'that', 'from']);

export function baseId(draft: EventDraft): string {
  const words = slugify(draft.title, 200).split('-').filter((w) => !STOP.has(w)).slice(0, ID_WORDS);
  return `${draft.date}-${words.join('-') || draft.type}`;
}

export function assignIds(drafts: readonly EventDraft[]): TimelineEvent[] {
  const used = new Map<string, number>();
  return drafts.map((draft) => {
    const base = baseId(draft);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    return { id, url: `/events/${id}/`, ...draft };
  });
}
