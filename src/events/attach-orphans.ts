// Dated sentences whose words name no kind ("On 13 January Sorvik sat with Delauny in Port Ainsa for three hours")
// → the event another article told that day in words that do ("Sorvik met Delauny in Port Ainsa on 13 January"),
// when they share enough: each such sentence joins at most one event, never makes one, and never makes an event's
// title or summary. What decides is what the sentence shares with the event's tellings (mention-evidence.ts), on
// the same day, at a higher bar than merging: the event's kind is not the sentence's own reading.
//
// Every orphan is scored against the clusters as they stood before any orphan joined, in key order, so the result
// does not depend on the order articles were read in.
import { formatIso } from '../calendar/calendar-date.js';
import type { Mention, Orphan } from '../types.js';
import { evidence, profileMention } from './mention-evidence.js';
import { clusterDate } from './merge-mentions.js';

/** Evidence an orphan needs with one of a cluster's tellings (merging needs 0.5). */
export const ORPHAN_THRESHOLD = 0.6;
/** How far the best cluster must lead the next one: a sentence that fits two events of its day joins neither. */
export const ORPHAN_MARGIN = 0.2;
/** Tellings of a cluster an orphan is scored against (the cluster's first, in key order). */
const MEMBERS_SCORED = 12;

export function attachOrphans(clusters: readonly Mention[][], orphans: readonly Orphan[]): Mention[][] {
  if (!orphans.length) return clusters.map((c) => [...c]);
  // Only clusters dated to a day an orphan names can take it.
  const days = new Set(orphans.map((o) => formatIso(o.date.date)));
  const byDay = new Map<string, number[]>();
  clusters.forEach((cluster, i) => {
    const day = formatIso(clusterDate(cluster));
    if (!days.has(day)) return;
    const list = byDay.get(day);
    if (list) list.push(i);
    else byDay.set(day, [i]);
  });
  const profiles = new Map<Mention, ReturnType<typeof profileMention>>();
  const profileOf = (m: Mention) => profiles.get(m) ?? profiles.set(m, profileMention(m)).get(m)!;

  const joined = clusters.map((c) => [...c]);
  const sorted = [...orphans].sort((a, b) => (orphanKey(a) < orphanKey(b) ? -1 : 1));
  for (const orphan of sorted) {
    const scored: { i: number; value: number; mention: Mention }[] = [];
    for (const i of byDay.get(formatIso(orphan.date.date)) ?? []) {
      const cluster = clusters[i]!;
      // An article's own telling of the development needs no second sentence from it.
      if (cluster.some((m) => m.article === orphan.article)) continue;
      const lead = cluster[0]!;
      const mention: Mention = { ...orphan, classification: { ...lead.classification, cue: '' }, joined: true };
      const profile = profileMention(mention);
      let best = 0;
      for (const m of cluster.slice(0, MEMBERS_SCORED)) best = Math.max(best, evidence(profile, profileOf(m)));
      if (best > 0) scored.push({ i, value: best, mention });
    }
    scored.sort((a, b) => b.value - a.value || a.i - b.i);
    const [first, second] = scored;
    if (!first || first.value < ORPHAN_THRESHOLD || (second && first.value - second.value < ORPHAN_MARGIN)) continue;
    joined[first.i]!.push(first.mention);
  }
  return joined;
}

function orphanKey(o: Orphan): string {
  return `${o.article}#${String(o.sentence).padStart(6, '0')}@${String(o.date.index).padStart(6, '0')}`;
}
