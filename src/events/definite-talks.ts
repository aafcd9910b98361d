// "The talks resumed on 18 February", "The negotiations opened on Monday": talks told by a definite noun and how the
// round went, naming no place, nobody and no figure, presuppose the talks its reader already knows of. With one
// development of talks known on the day (merge-mentions.ts asks only then), that is the one, provided the telling says
// nothing of its own the day's tellings do not (a topic, "the talks on water rights", may be other talks).
import { contentWords, mayMerge, onlyNamesKind, type MentionProfile } from './mention-evidence.js';

/** Words that only say how a meeting went: it opened, resumed, ended, went ahead; and parts of a day. */
const COURSE = new Set(
  contentWords(
    'open opens opened opening resume resumes resumed resuming begin begins began begun start starts started end ends ended conclude concluded close closed continue continued reconvene reconvened adjourn adjourned break broke hold held took take place went ahead finally again morning afternoon evening day days later first',
  ),
);

/**
 * Whether the telling `p` points, by a definite noun of talks and nothing else, at the talks whose tellings are
 * `members`: `p` is talks named as already known (mention-evidence.ts, reference), with no place, actor or figure of
 * its own, may merge with every member, and every word of its own either names the kind, says how the round went, or is
 * a word of a member.
 */
export function definiteTalksJoins(p: MentionProfile, members: readonly MentionProfile[]): boolean {
  if (p.kind !== 'talks' || !p.reference || p.places.size || p.actors.size || p.quantities.size || p.figures.length) return false;
  if (members.some((q) => q.kind !== 'talks' || !mayMerge(p, q))) return false;
  for (const t of p.terms) {
    if (onlyNamesKind(t, 'talks') || COURSE.has(t)) continue;
    if (!members.some((q) => q.terms.has(t))) return false;
  }
  return true;
}
