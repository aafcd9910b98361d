// Mentions → clusters, one per development. Precise mentions cluster first (same kind, same day, enough shared
// evidence); vaguer ones ("in April", "in 2020") then join the best-matching finer cluster that lies within
// their date, or cluster among themselves. Every step is defined on the whole set with fixed tie-breaks, so
// the result does not depend on the order articles were read in.
import { compareCalendarDates, contains, formatIso } from '../calendar/calendar-date.js';
import type { CalendarDate, Mention, Precision, ResolvedDate } from '../types.js';
import { contextEvidence, evidence, mayMerge, profileMention, type MentionProfile } from './mention-evidence.js';

/** Evidence needed to merge two mentions of the same kind and date (see mention-evidence.ts). */
export const MERGE_THRESHOLD = 0.5;
/** A vaguer mention joining a finer cluster inside its date needs less: kind and date already narrow it down. */
export const ATTACH_THRESHOLD = 0.4;
/** Less again when that cluster is the only one of its kind inside the vaguer date ("in April" → the April talks). */
export const LONE_ATTACH_THRESHOLD = 0.2;

const LEVELS: Precision[] = ['day', 'month', 'year'];

export function mentionKey(m: Mention): string {
  return `${m.article}#${String(m.sentence).padStart(6, '0')}@${String(m.date.index).padStart(6, '0')}:${m.classification.type}`;
}

export function mergeMentions(input: readonly Mention[]): Mention[][] {
  // Keys computed once, not twice per comparison.
  const keyed = input.map((m) => ({ m, key: mentionKey(m) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const mentions = keyed.map(({ m }) => m);
  const profiles = mentions.map(profileMention);
  const score = (i: number, j: number) => evidence(profiles[i]!, profiles[j]!);

  // Union-find whose root is always the smallest index: a canonical representative.
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => {
    const [a, b] = [find(i), find(j)].sort((x, y) => x - y) as [number, number];
    if (a !== b) parent[b] = a;
  };

  const placed: number[] = [];
  for (const level of LEVELS) {
    const here = mentions.map((m, i) => (m.date.precision === level ? i : -1)).filter((i) => i >= 0);
    // 1. Join a finer cluster: decided against the clusters as they stood before this level. Clusters are
    //    bucketed by kind and year so the search stays near-linear in the number of mentions.
    //    A month-precise mention only ever fits clusters of that month, so clusters are also bucketed by month
    //    (12 times fewer to test and score than the whole year's; the same candidates).
    const buckets = new Map<string, { root: number; members: number[]; date: CalendarDate }[]>();
    const add = (key: string, entry: { root: number; members: number[]; date: CalendarDate }) => {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(entry);
      else buckets.set(key, [entry]);
    };
    for (const [root, members] of groupBy(placed, find)) {
      const date = clusterDate(members.map((j) => mentions[j]!));
      const key = `${mentions[root]!.classification.type}|${date.year}`;
      add(key, { root, members, date });
      if (date.month !== undefined) add(`${key}|${date.month}`, { root, members, date });
    }
    const attachments: [number, number][] = [];
    const unattached: number[] = [];
    for (const i of here) {
      const m = mentions[i]!;
      let best: { root: number; value: number } | undefined;
      const month = m.date.date.month === undefined ? '' : `|${m.date.date.month}`;
      const candidates = (buckets.get(`${m.classification.type}|${m.date.date.year}${month}`) ?? []).filter(({ date }) => within(m.date, date));
      const lone = candidates.length === 1;
      for (const { root, members } of candidates) {
        // The low bar holds only when the two name no different places ("in April … at Balad" is not the Erbil attack).
        const bar = lone && !members.some((j) => placesConflict(profiles[i]!, profiles[j]!)) ? LONE_ATTACH_THRESHOLD : ATTACH_THRESHOLD;
        // A cluster holding a telling this one may not join (mention-evidence.ts, mayMerge) is no candidate.
        const value = members.some((j) => !mayMerge(profiles[i]!, profiles[j]!)) ? 0 : Math.max(...members.map((j) => Math.max(score(i, j), contextEvidence(profiles[i]!, profiles[j]!))));
        if (value >= bar && (!best || value > best.value)) best = { root, value };
      }
      if (best) attachments.push([i, best.root]);
      else unattached.push(i);
    }
    // 2. Cluster the rest among themselves: same kind, same date, enough evidence.
    const sameDay = groupBy(unattached, (i) => `${mentions[i]!.classification.type}|${formatIso(mentions[i]!.date.date)}`);
    // Only pairs that share a word, actor, place or quantity can reach the threshold (evidence is 0 otherwise), so
    // each mention is scored against those alone, found through an index of what it names: the same unions as
    // scoring every pair of the group, without its square on a day many mentions share.
    for (const group of sameDay.values()) {
      if (group.length < 2) continue;
      const named = new Map<string, number[]>();
      for (const [x, i] of group.entries()) {
        const partners = new Set<number>();
        for (const feature of features(profiles[i]!)) {
          const before = named.get(feature);
          if (before) {
            for (const y of before) partners.add(y);
            before.push(x);
          } else named.set(feature, [x]);
        }
        for (const y of partners) if (score(group[y]!, i) >= MERGE_THRESHOLD) union(group[y]!, i);
      }
    }
    for (const [i, root] of attachments) union(i, root);
    placed.push(...here);
  }

  const clusters = [...groupBy(mentions.map((_, i) => i), find).values()].map((members) => members.map((i) => mentions[i]!));
  return clusters.sort((a, b) => compareCalendarDates(clusterDate(a), clusterDate(b)) || (mentionKey(a[0]!) < mentionKey(b[0]!) ? -1 : 1));
}

/** What a mention names; two mentions with nothing here in common have no evidence (mention-evidence.ts). */
function features(p: MentionProfile): string[] {
  const out: string[] = [];
  for (const t of p.terms) out.push(`t ${t}`);
  for (const a of p.actors) out.push(`a ${a}`);
  for (const l of p.places) out.push(`p ${l}`);
  for (const q of p.quantities) out.push(`q ${q}`);
  return out;
}

function placesConflict(a: MentionProfile, b: MentionProfile): boolean {
  return a.places.size > 0 && b.places.size > 0 && ![...a.places].some((p) => b.places.has(p));
}

/** True when `inner` lies inside the part of `outer` its qualifier names: "late 2022" holds November, not March. */
function within(outer: ResolvedDate, inner: CalendarDate): boolean {
  if (!contains(outer.date, inner)) return false;
  const thirds = { early: 0, mid: 1, late: 2 } as const;
  const q = outer.qualifier;
  if (q !== 'early' && q !== 'mid' && q !== 'late') return true;
  const part = outer.precision === 'year' ? inner.month : outer.precision === 'month' ? inner.day : undefined;
  if (part === undefined) return true;
  const third = outer.precision === 'year' ? Math.min(2, Math.floor((part - 1) / 4)) : Math.min(2, Math.floor((part - 1) / 10));
  return third === thirds[q];
}

/** The most precise date its mentions give (they are compatible by construction). */
export function clusterDate(cluster: readonly Mention[]) {
  return cluster.reduce((best, m) => (contains(best, m.date.date) ? m.date.date : best), cluster[0]!.date.date);
}

function groupBy<K>(indices: readonly number[], key: (i: number) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  for (const i of [...indices].sort((a, b) => a - b)) {
    const k = key(i);
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}
