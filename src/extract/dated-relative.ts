// "The 150 soldiers who arrived on 5 February to reinforce the force are now manning the checkpoints": a relative
// clause with a date of its own tells its own development at that date. A cue inside it (the arrival, its purpose)
// belongs to that date, not to a date of the main clause ("now"), whose verb tells something else (round 15: the
// arrival, dated by the relative clause, was told a second time at publication).
// Watch out for: a cue after the relative clause ends, at a comma or at the main clause's verb ("…, who arrived on 5
// February, left on Friday": "left" is the main clause's); a relative clause with no date of its own.
import type { ResolvedDate } from '../types.js';
import { cueAt } from './cue-at.js';

const RELATIVE = /\b(?:who|which)\b/gi;
const CLAUSE_BREAK = /[,;:()"“”—–]/;
/** The main clause's verb after the relative clause: "are now manning", "were still there", "has since left". */
const MAIN_VERB = /\b(?:is|are|was|were|has|have|had|remain|remains|remained)\b/i;

/** The cue at `cue` stands in a relative clause dated by one of `others`, and `date` lies after it in the main clause. */
export function cueInDatedRelative(sentence: string, cue: string, date: ResolvedDate, others: readonly ResolvedDate[]): boolean {
  const at = cueAt(sentence, cue);
  if (at < 0 || date.index <= at) return false;
  const end = at + cue.length;
  // (The classifier's cue may take in the pronoun: "marines who landed".)
  for (const m of sentence.matchAll(RELATIVE)) {
    if (m.index >= end) break;
    if (CLAUSE_BREAK.test(sentence.slice(Math.min(m.index, at), end))) continue;
    const own = others.some((o) => o !== date && o.index > m.index && o.index + o.text.length <= date.index && !CLAUSE_BREAK.test(sentence.slice(m.index, o.index)));
    if (own && MAIN_VERB.test(sentence.slice(end, date.index))) return true;
  }
  return false;
}
