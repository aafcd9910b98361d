// "The talks, originally set for 3 May, opened on 10 May": an aside between commas that holds a date of its own
// (a plan not kept, "which had been due on 3 May") cuts the subject off from its verb, and the date after it found
// no development. Read without the aside, the main clause tells its own: "The talks … opened on 10 May" (round 15b).
// The aside is blanked, not cut, so that every offset into the sentence stays where it was.
import type { ResolvedDate } from '../types.js';

/** The sentence with the dated aside before `date` blanked out, or undefined when there is none. */
export function withoutDatedAside(sentence: string, date: ResolvedDate, dates: readonly ResolvedDate[]): string | undefined {
  const before = sentence.slice(0, date.index);
  // The aside: from a comma to the last comma before the date, with no clause break inside it.
  const close = before.lastIndexOf(',');
  if (close < 0 || /[;:.!?]/.test(before.slice(close + 1))) return undefined;
  const open = before.lastIndexOf(',', close - 1);
  if (open < 0) return undefined;
  // Only a short aside right after a short subject ("The talks, …,"), and one that holds another date.
  if (close - open > 80 || /[;:,.!?]/.test(sentence.slice(0, open)) || sentence.slice(0, open).split(/\s+/).length > 6) return undefined;
  if (!dates.some((d) => d !== date && d.index > open && d.index + d.text.length <= close)) return undefined;
  return sentence.slice(0, open) + ' '.repeat(close + 1 - open) + sentence.slice(close + 1);
}
