// "By the end of June the force must be down to 4,000, and the camp itself is to be handed over in mid-July"; "drones
// over the switchyard on the 9th, and on the 27th the ambush at the ford that killed two soldiers": a sentence that
// tells two dated developments in coordinated clauses, each clause with its own date and its own words. Read as one
// sentence, the later date may find no development of its own: its cue is taken by the earlier clause ("belongs to an
// earlier clause with a date of its own"), or the words around it in the whole sentence tell against it. Its own
// clause, read alone, tells what happened at that date. Round 19c.
//
// Only a clause that opens after ", and", ", but", ", then", ", while" or ";" (a main clause of its own, not a list's
// item or a relative clause), that holds exactly one of the sentence's dates, after a clause that holds another: one
// development told with two dates ("on 15 and 16 December", "from 3 to 5 May", "on Friday, 3 May") has no join between
// its dates, and stays one.
import type { ResolvedDate } from '../types.js';

/** Where coordinated main clauses meet. */
const JOINS = /,\s+(?:and|but|then|while)\s+(?:then\s+)?|;\s+/g;

export interface OwnClause {
  /** Where the date's clause starts and ends in the sentence. */
  start: number;
  end: number;
}

/**
 * The coordinated clause of its own that holds `date` (see the header), or undefined.
 * @param dates the sentence's resolved dates, in any order
 */
export function ownClause(sentence: string, date: ResolvedDate, dates: readonly ResolvedDate[]): OwnClause | undefined {
  const cuts = [...sentence.matchAll(JOINS)].map((m) => ({ at: m.index, after: m.index + m[0].length }));
  const opening = cuts.filter((c) => c.after <= date.index).at(-1);
  if (!opening) return undefined;
  const closing = cuts.find((c) => c.at >= date.index + date.text.length);
  const end = closing ? closing.at : sentence.length;
  const inside = (d: ResolvedDate) => d.index >= opening.after && d.index + d.text.length <= end;
  // (Exactly this date in the clause, and another date before it: two dated developments, not one told twice.)
  if (dates.some((d) => d !== date && inside(d))) return undefined;
  if (!dates.some((d) => d.index + d.text.length <= opening.at)) return undefined;
  return { start: opening.after, end };
}
