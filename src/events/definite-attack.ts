// "The rockets came again last night", "the attack was the second on the camp": an attack told by a definite noun
// that names no place and nobody presupposes an attack its reader already knows of. With one attack of the day known
// (merge-mentions.ts asks only then), that is the one, provided the two share something: a word of the development
// or the means (never the date alone) and nothing tells them apart.
import { evidence, mayMerge, meansAgree, sharesMeansOrWord, type MentionProfile } from './mention-evidence.js';

/**
 * Whether the telling `p` points, by a definite noun and nothing else, at the attack whose tellings are `members`:
 * `p` is an attack named as already known (mention-evidence.ts, reference) with no place and no actor of its own,
 * it may merge with every member and agrees with each on the means, and it shares the means or a word of its own
 * with one of them. Not when it names a place of its own as another ("this time at the docks").
 */
export function definiteAttackJoins(p: MentionProfile, members: readonly MentionProfile[]): boolean {
  if (p.kind !== 'attack' || !p.reference || p.places.size || p.actors.size) return false;
  if (p.elsewhere || members.some((q) => q.kind !== 'attack' || !mayMerge(p, q) || !meansAgree(p, q))) return false;
  // "The strikes came again" shares with "Rebel rockets struck" only the word for an attack: no means, no development.
  return members.some((q) => evidence(p, q) > 0 && sharesMeansOrWord(p, q));
}
