// The subject of a main verb that follows a relative clause without commas: "the men and women who have fought for
// years will sit down", "the soldiers who guarded it left". Cue conditions that look back from a verb for its subject
// ("two parties", "a troop word") read the relative clause's words instead and stop at its verb. The clause cut
// (split-clauses.ts, restrictive-relative.ts) knows where that clause lies; without it, the subject is next to its
// verb again. Round 19c.

import type { Token } from '../nlp/wink.js';
import { splitClauses } from './split-clauses.js';

/**
 * The sentence read without the relative clause that stands between the cue's clause and its subject, and the cue
 * moved to match: "the men and women who have fought for years will sit down" read as "the men and women will sit
 * down". Undefined when the cue does not follow such a clause (in the clause that resumes after it).
 */
export function withoutRelative<M extends { first: number; last: number }>(toks: readonly Token[], m: M): { toks: Token[]; m: M } | undefined {
  const segments = splitClauses(toks);
  const i = segments.findIndex((s) => s.first <= m.first && m.first <= s.last);
  const seg = segments[i];
  const relative = segments[i - 1];
  if (!seg || !seg.resumes || !relative || relative.kind !== 'relative') return undefined;
  const cut = relative.last - relative.first + 1;
  return {
    toks: [...toks.slice(0, relative.first), ...toks.slice(relative.last + 1)],
    m: { ...m, first: m.first - cut, last: m.last - cut },
  };
}
