// Dated sentences whose words name no kind ("On 13 January Sorvik sat with Delauny in Port Ainsa for three hours")
// → the event another article told that day in words that do ("Sorvik met Delauny in Port Ainsa on 13 January"),
// when they share enough: each such sentence joins at most one event, never makes one, and never makes an event's
// title or summary. What decides is what the sentence shares with the event's tellings (mention-evidence.ts), on
// the same day, at a higher bar than merging: the event's kind is not the sentence's own reading. A sentence dated
// only to a month ("In mid-May the flag came down over the fort") or a stated year joins an event dated inside it
// (and inside the third of it the date names), at the same bar and lead: a month that holds two events the sentence
// fits alike gives it to neither. The orphan is never finer than the event, so it never changes the event's date.
//
// Every orphan is scored against the clusters as they stood before any orphan joined, in key order, so the result
// does not depend on the order articles were read in.
import { formatIso } from '../calendar/calendar-date.js';
import { EVENT_TYPES, type Mention, type Orphan } from '../types.js';
import { evidence, profileMention, type MentionProfile } from './mention-evidence.js';
import { clusterDate, features, within } from './merge-mentions.js';

/** Evidence an orphan needs with one of a cluster's tellings (merging needs 0.5). */
export const ORPHAN_THRESHOLD = 0.6;
/** How far the best cluster must lead the next one: a sentence that fits two events of its day joins neither. */
export const ORPHAN_MARGIN = 0.2;
/** Tellings of a cluster an orphan is scored against (the cluster's first, in key order). */
const MEMBERS_SCORED = 12;

export function attachOrphans(clusters: readonly Mention[][], orphans: readonly Orphan[]): Mention[][] {
  if (!orphans.length) return clusters.map((c) => [...c]);
  const profiles = new Map<Mention, MentionProfile>();
  const profileOf = (m: Mention) => profiles.get(m) ?? profiles.set(m, profileMention(m)).get(m)!;
  // Only clusters dated to a day an orphan names, or inside a month or year it names, can take it. A day holds few
  // clusters, and each is scored; a month or year may hold many, so there each cluster is listed by what its tellings
  // name, with its kind (a kind's synonyms shape the words), and an orphan is scored only against clusters sharing
  // something with it: with nothing in common the evidence is 0 (mention-evidence.ts).
  const wanted = new Set(orphans.map((o) => formatIso(o.date.date)));
  const byDay = new Map<string, number[]>();
  const byPeriod = new Map<string, number[]>();
  const add = (index: Map<string, number[]>, key: string, i: number) => {
    const here = index.get(key);
    if (!here) index.set(key, [i]);
    else if (here[here.length - 1] !== i) here.push(i);
  };
  clusters.forEach((cluster, i) => {
    const date = clusterDate(cluster);
    if (date.day !== undefined && wanted.has(formatIso(date))) add(byDay, formatIso(date), i);
    const kind = cluster[0]!.classification.type;
    for (const key of [String(date.year).padStart(4, '0'), ...(date.month !== undefined ? [formatIso({ year: date.year, month: date.month })] : [])]) {
      if (!wanted.has(key)) continue;
      for (const m of cluster.slice(0, MEMBERS_SCORED)) for (const f of features(profileOf(m))) add(byPeriod, `${key}|${kind}|${f}`, i);
    }
  });
  /** The clusters an orphan may join, in ascending order, each with the orphan read as a telling of its kind. */
  const candidates = (orphan: Orphan): { i: number; mention: Mention }[] => {
    const as = (kind: Mention['classification']): Mention => ({ ...orphan, classification: { ...kind, cue: '' }, joined: true });
    if (orphan.date.precision === 'day') return (byDay.get(formatIso(orphan.date.date)) ?? []).map((i) => ({ i, mention: as(clusters[i]![0]!.classification) }));
    const period = formatIso(orphan.date.date);
    const found = new Map<number, Mention>();
    for (const kind of EVENT_TYPES) {
      const mention = as({ type: kind, cue: '', cameo: '' });
      for (const f of features(profileMention(mention))) {
        for (const i of byPeriod.get(`${period}|${kind}|${f}`) ?? []) if (!found.has(i)) found.set(i, as(clusters[i]![0]!.classification));
      }
    }
    return [...found].sort((a, b) => a[0] - b[0]).map(([i, mention]) => ({ i, mention }));
  };

  const joined = clusters.map((c) => [...c]);
  const sorted = [...orphans].sort((a, b) => (orphanKey(a) < orphanKey(b) ? -1 : 1));
  for (const orphan of sorted) {
    const scored: { i: number; value: number; mention: Mention }[] = [];
    for (const { i, mention } of candidates(orphan)) {
      const cluster = clusters[i]!;
      // "In mid-May": only a cluster in the middle of the month.
      if (!within(orphan.date, clusterDate(cluster))) continue;
      // An article's own telling of the development needs no second sentence from it.
      if (cluster.some((m) => m.article === orphan.article)) continue;
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
