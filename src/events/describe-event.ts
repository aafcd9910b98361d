// Extractive titles and summaries: both are cut from a source sentence, never written anew. The title is the
// sentence's main clause without its dateline, its date words and trailing attribution; the summary is the whole
// sentence.
import { precisionOf } from '../calendar/calendar-date.js';
import type { Mention } from '../types.js';
import { clusterDate, mentionKey } from './merge-mentions.js';

const TITLE_MAX = 90;

/** "ERBIL, Kurdistan Region — " or "BAGHDAD, March 3 (Reuters) - " at the start of a sentence. */
const DATELINE = /^[A-Z][A-Z .'’-]{2,}(?:,[^—–\n]{0,40}?)?\s+[—–-]{1,2}\s+/;

export function stripDateline(sentence: string): string {
  return sentence.replace(DATELINE, '');
}

/** The mention whose sentence best stands for the event: most precise date, then reported speech over quotes. */
export function representative(cluster: readonly Mention[]): Mention {
  const target = precisionOf(clusterDate(cluster));
  const score = (m: Mention) => (m.date.precision === target ? 0 : 2) + (/^["“‘']/.test(m.quote) ? 1 : 0);
  return [...cluster].sort((a, b) => score(a) - score(b) || (mentionKey(a) < mentionKey(b) ? -1 : 1))[0]!;
}

export function eventTitle(mention: Mention): string {
  let text = stripDateline(mention.quote);
  const { text: words } = mention.date;
  // Drop the date words, with a leading "On"/"In"/"Earlier on" and a following comma when they open the sentence.
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  text = text
    .replace(new RegExp(`^(?:(?:earlier|later)\\s+)?(?:on|in|at|by|during)?\\s*${escaped}\\s*,?\\s*`, 'i'), '')
    .replace(new RegExp(`\\s+(?:(?:on|in|at|during|by|since)\\s+)?${escaped}(?=[\\s,.;:]|$)`, 'i'), '');
  text = text.replace(/\s*,?\s*(?:according to|[^,]{0,40}\b(?:media|officials?|sources?) (?:reported|said))[^,]*\.?$/i, '');
  if (text.length > TITLE_MAX) {
    const cut = firstBreakAfter(text, 35);
    if (cut !== undefined && cut <= TITLE_MAX) text = text.slice(0, cut);
  }
  if (text.length > TITLE_MAX) text = `${text.slice(0, text.lastIndexOf(' ', TITLE_MAX - 1))}…`;
  text = text.replace(/[\s,;:.—–-]+$/, '').replace(/^["“‘']|["”’']$/g, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function firstBreakAfter(text: string, from: number): number | undefined {
  const match = /, (?!(?:and|or) )|; | [—–] | - /g;
  match.lastIndex = from;
  return match.exec(text)?.index;
}

export function eventSummary(mention: Mention): string {
  return stripDateline(mention.quote);
}
