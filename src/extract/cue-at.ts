// Where a classification's cue stands in its sentence. A classification carries its cue's words, not their place, and
// a bare indexOf finds them inside another word ("met" in "helmets", "arms" in "farmsteads"): the cue is looked for as
// whole words first, and only where it is no whole word (a cue cut from inside one) as a substring.
import type { Span } from '../classify/classify-sentence.js';

/** The cue as whole words from `from` on; undefined when it is not there as whole words. */
export function cueSpan(sentence: string, cue: string, from = 0): Span | undefined {
  const words = cue.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const m = new RegExp(`(?<![\\w'’-])${words}(?![\\w'’-])`, 'g');
  m.lastIndex = from;
  const found = m.exec(sentence);
  return found ? { start: found.index, end: found.index + found[0].length } : undefined;
}

/** Where the cue starts from `from` on: as whole words if it stands so, else as a substring; -1 when absent. */
export function cueAt(sentence: string, cue: string, from = 0): number {
  return cueSpan(sentence, cue, from)?.start ?? sentence.indexOf(cue, from);
}
