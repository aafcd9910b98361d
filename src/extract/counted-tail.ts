// "The ambush came two weeks after the two sides held talks in Vessa, on 20 February": split-clauses.ts reads a
// verbless tail after a counted subordinate clause as going on with that clause (withCountedTail), so its date is the
// subordinate's development's (the talks). The relative date's anchor clause is that clause: its date is the anchor's
// own, though a comma parts them, and the main clause ("the ambush came") counts from it (datedInAnchorClause in
// extract-mentions.ts). Round 19b: the tail's date had left the anchor clause unseen, and the main development was
// left pending on whatever telling of the anchor the article had elsewhere, or lost.
import { splitClauses } from '../classify/split-clauses.js';
import { tokens } from '../nlp/wink.js';

/**
 * The text span [start, end) stands in a segment that goes on with (resumes) a clause holding the offset `anchorAt`
 * ("…, on 20 February" resuming "after the two sides held talks in Vessa").
 */
export function resumesClauseAt(sentence: string, start: number, anchorAt: number): boolean {
  const toks = tokens(sentence);
  const at = toks.findIndex((t) => t.start <= start && start < t.end);
  if (at < 0) return false;
  const seg = splitClauses(toks).find((s) => s.first <= at && at <= s.last);
  if (!seg?.resumes) return false;
  const from = toks[seg.resumes.first]!.start;
  const to = toks[seg.resumes.last]!.end;
  return from <= anchorAt && anchorAt < to;
}

/**
 * "less than two weeks after the talks on 20 November", "nearly a week after", "more than two days before": a hedged
 * count gives no exact day. The day it reaches stays (the dates refiner reads the count from its number on), with the
 * side of it the hedge allows: "less than"/"under"/"within" a count after is before the day reached, "more than"/"over"
 * after it (the other way round for a count before), and "about"/"nearly"/"almost"/"some" around it. Undefined for a
 * count told plainly. Round 19b: "less than two weeks after" had been dated as exactly fourteen days.
 */
export function hedgeOfCount(sentence: string, relIndex: number, qualifier: string): 'before' | 'after' | 'around' | undefined {
  const before = sentence.slice(Math.max(0, relIndex - 30), relIndex);
  const m = /\b(?:(less\s+than|fewer\s+than|under|within|not\s+quite)|(more\s+than|over|upwards\s+of|well\s+over)|(about|around|nearly|almost|some|roughly|approximately))\s*$/i.exec(before);
  if (!m) return undefined;
  if (m[3]) return 'around';
  const shorter = m[1] !== undefined;
  return shorter === (qualifier === 'after') ? 'before' : 'after';
}
