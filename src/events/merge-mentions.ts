// Mentions → clusters, one per development. Precise mentions cluster first (same kind, same day, enough shared
// evidence); vaguer ones ("in April", "in 2020") then join the best-matching finer cluster that lies within
// their date, or cluster among themselves. Every step is defined on the whole set with fixed tie-breaks, so
// the result does not depend on the order articles were read in.
import { createHash } from 'node:crypto';
import { compareCalendarDates, contains, formatIso } from '../calendar/calendar-date.js';
import type { CalendarDate, Mention, Precision, ResolvedDate } from '../types.js';
import { agreeOnDay, contextEvidence, evidence, mayMerge, meansAgree, profileMention, SAME_DAY_THRESHOLD, type MentionProfile } from './mention-evidence.js';
import { articleBodies } from './speakers.js';
import { definiteAttackJoins } from './definite-attack.js';
import { definiteTalksJoins } from './definite-talks.js';

/** Evidence needed to merge two mentions of the same kind and date (see mention-evidence.ts). */
export const MERGE_THRESHOLD = 0.5;
/** A vaguer mention joining a finer cluster inside its date needs less: kind and date already narrow it down. */
export const ATTACH_THRESHOLD = 0.4;
/** Less again when that cluster is the only one of its kind inside the vaguer date ("in April" → the April talks). */
export const LONE_ATTACH_THRESHOLD = 0.2;

const LEVELS: Precision[] = ['day', 'month', 'year'];
/**
 * A feature shared by more tellings of one date than this names no one development: the two searches that only look
 * for a better partner (a closer one at a vaguer level; one met through a word lent by the sentence before) skip its
 * list, which would otherwise grow with the square of a busy day's tellings (merging the 10,000 bench articles'
 * mentions: 108 → 93 s, the same clusters). At the eval's sizes no list comes near it.
 */
const COMMON_FEATURE = 48;

export function mentionKey(m: Mention): string {
  return `${m.article}#${String(m.sentence).padStart(6, '0')}@${String(m.date.index).padStart(6, '0')}:${m.classification.type}`;
}

/**
 * Shard results kept between merges (src/cache/merge-cache.ts). A shard whose mentions all have an identity (what
 * determines the mention's content: its article's extraction key) is looked up by the mentions' keys and identities
 * before it is merged; a shard holding a mention without one is always merged afresh.
 */
export interface ShardMemo {
  identity(mention: Mention): string | undefined;
  get(key: string): number[][] | undefined;
  set(key: string, clusters: number[][]): void;
}

/**
 * `fullNames`: the bodies each article names in full anywhere in its text (speakers.ts, fullBodies), by slug; a function of
 * the article alone, so of its mentions' identity too.
 */
export function mergeMentions(input: readonly Mention[], memo?: ShardMemo, fullNames?: ReadonlyMap<string, readonly string[]>): Mention[][] {
  // Keys computed once, not twice per comparison.
  const keyed = input.map((m) => ({ m, key: mentionKey(m) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const mentions = keyed.map(({ m }) => m);
  // A cluster never spans two kinds or two years (every step below joins same-kind mentions inside one year), so
  // each kind and year is merged on its own: the same clusters as merging the whole set, and no step ever looks
  // beyond the year a mention falls in.
  const shards = groupBy(
    mentions.map((_, i) => i),
    (i) => `${mentions[i]!.classification.type}|${mentions[i]!.date.date.year}`,
  );
  const clusters: Mention[][] = [];
  for (const shard of shards.values()) {
    const here = shard.map((i) => mentions[i]!);
    const key = memo && shardKey(here, memo);
    const kept = key === undefined ? undefined : memo!.get(key);
    const merged = kept && partitions(kept, here.length) ? kept : mergeShard(here, fullNames);
    if (key !== undefined && merged !== kept) memo!.set(key, merged);
    for (const members of merged) clusters.push(members.map((j) => here[j]!));
  }
  return clusters.sort((a, b) => compareCalendarDates(clusterDate(a), clusterDate(b)) || (mentionKey(a[0]!) < mentionKey(b[0]!) ? -1 : 1));
}

function shardKey(mentions: readonly Mention[], memo: ShardMemo): string | undefined {
  const hash = createHash('sha256');
  for (const m of mentions) {
    const identity = memo.identity(m);
    if (identity === undefined) return undefined;
    hash.update(`${mentionKey(m)}\0${identity}\n`);
  }
  return hash.digest('hex');
}

/** True when `clusters` splits 0 … n−1 into ascending index lists, each index once: a usable kept result. */
function partitions(clusters: unknown, n: number): clusters is number[][] {
  if (!Array.isArray(clusters)) return false;
  const seen = new Uint8Array(n);
  let count = 0;
  for (const members of clusters) {
    if (!Array.isArray(members) || !members.length) return false;
    for (let k = 0; k < members.length; k++) {
      const j = members[k];
      if (!Number.isInteger(j) || j < 0 || j >= n || seen[j] || (k > 0 && j <= members[k - 1])) return false;
      seen[j] = 1;
      count++;
    }
  }
  return count === n;
}

/** Clusters, as index lists in ascending order, of mentions of one kind and year, given in key order. */
function mergeShard(mentions: readonly Mention[], fullNames?: ReadonlyMap<string, readonly string[]>): number[][] {
  // The bodies each article names in this shard's tellings and the sentences before them: a statement's "the Front" is
  // the one front they name. Read from the shard alone, so merging shard by shard gives the same clusters.
  // Only statements have speakers to read them for; a shard is of one kind.
  const bodies = mentions[0]?.classification.type === 'statement' ? articleBodies(mentions, fullNames) : undefined;
  const profiles = mentions.map((m) => profileMention(m, bodies?.get(m.article)));
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
    if (!here.length) continue;
    // 1. Join a finer cluster: decided against the clusters as they stood before this level. A month-precise
    //    mention only ever fits clusters of that month, so clusters are also bucketed by month.
    const buckets = new Map<string, Bucket>();
    for (const [root, members] of groupBy(placed, find)) {
      const entry = { root, members, date: clusterDate(members.map((j) => mentions[j]!)) };
      bucket(buckets, '', profiles).add(entry);
      if (entry.date.month !== undefined) bucket(buckets, String(entry.date.month), profiles).add(entry);
    }
    const attachments: [number, number, number][] = [];
    // Mentions at this level naming something, by what they name and their date: partners of the same date.
    const atLevel = new Map<string, number[]>();
    for (const i of here) {
      for (const feature of features(profiles[i]!)) {
        const key = `${formatIso(mentions[i]!.date.date)}|${feature}`;
        const list = atLevel.get(key);
        if (list) list.push(i);
        else atLevel.set(key, [i]);
      }
    }
    /** Whether an unattached mention of i's date has more evidence with i than `value`, and enough to merge. */
    const strongerPartner = (i: number, value: number, staying: ReadonlySet<number>): boolean => {
      const day = formatIso(mentions[i]!.date.date);
      const seen = new Set<number>();
      for (const feature of features(profiles[i]!)) {
        const list = atLevel.get(`${day}|${feature}`) ?? [];
        if (list.length > COMMON_FEATURE) continue;
        for (const j of list) {
          if (j === i || seen.has(j) || !staying.has(j)) continue;
          seen.add(j);
          const v = score(i, j);
          if (v >= MERGE_THRESHOLD && v > value) return true;
        }
      }
      return false;
    };
    const unattached: number[] = [];
    for (const i of here) {
      const m = mentions[i]!;
      const p = profiles[i]!;
      const inBucket = buckets.get(m.date.date.month === undefined ? '' : String(m.date.date.month));
      // Whether it is the only cluster of its kind inside the mention's date, counted without a pass over the bucket.
      const lone = inBucket?.countWithin(m.date) === 1;
      // Only members that share something with the mention, or with the sentence before it, can score above 0
      // (mention-evidence.ts); the bucket's index finds them, so a mention is not scored against the whole year.
      const values = new Map<Entry, number>();
      // What all of a cluster's tellings give together, to settle a tie of the best: one sentence that dates two
      // developments ("the third round opened on 23 April, and two days later the protocol was signed") is a member of
      // both clusters, with the same words in each; the one whose other tellings back the mention more is its own.
      const totals = new Map<Entry, number>();
      for (const j of inBucket?.sharing(p) ?? []) {
        const entry = inBucket!.entryOf.get(j)!;
        const value = Math.max(score(i, j), contextEvidence(p, profiles[j]!));
        if (value > (values.get(entry) ?? 0)) values.set(entry, value);
        totals.set(entry, (totals.get(entry) ?? 0) + value);
      }
      // The best-scoring cluster that reaches its bar (earliest on a tie), skipping any holding a telling this one may
      // not join (mention-evidence.ts, mayMerge); the veto is checked best first, so rarely more than once.
      // Entries come in ascending order of their roots, so "earliest" is the smallest root.
      const scored = [...values].filter(([entry]) => within(m.date, entry.date)).map(([entry, value]) => ({ entry, value }));
      scored.sort((x, y) => y.value - x.value || totals.get(y.entry)! - totals.get(x.entry)! || x.entry.root - y.entry.root);
      let best: Entry | undefined;
      let bestValue = 0;
      for (const { entry, value } of scored) {
        // The low bar holds only when the two name no different places ("in April … at Balad" is not the Erbil attack).
        const bar = lone && !entry.members.some((j) => placesConflict(p, profiles[j]!)) ? LONE_ATTACH_THRESHOLD : ATTACH_THRESHOLD;
        if (value < bar) break;
        if (entry.members.some((j) => !mayMerge(p, profiles[j]!))) continue;
        best = entry;
        bestValue = value;
        break;
      }
      if (best) attachments.push([i, best.root, bestValue]);
      else unattached.push(i);
    }
    // A telling at this precision that has a closer partner at it than the finer cluster it would join stays with that
    // partner: "Daurat moves two more brigades into the valley" in January meets "Earlier this month, Daurat mobilised
    // two more brigades into the valley", not a handover of a post on 5 January that shares a word with it. Decided
    // against the attachments as they stand above, so the result does not depend on order.
    const staying = new Set(unattached);
    const kept = attachments.filter(([i, , value]) => {
      const partner = strongerPartner(i, value, staying);
      if (partner) unattached.push(i);
      return !partner;
    });
    // A telling at this precision that joins no finer cluster on its own but shares enough with one of its level that
    // does follows it: "the first of them arrived in November", in a sentence mostly about something else, is the
    // deployment "in November 2029" tells, which the deployment of 18 November took in. Decided against the attachments
    // above (one step, no chains), so the result does not depend on order.
    const attachedTo = new Map(kept.map(([i, root]) => [i, root]));
    const entries = new Map((buckets.get('')?.entries ?? []).map((entry) => [entry.root, entry]));
    const following = new Set<number>();
    for (const i of unattached) {
      const m = mentions[i]!;
      const p = profiles[i]!;
      const day = formatIso(m.date.date);
      let best: { root: number; value: number } | undefined;
      for (const feature of features(p)) {
        const list = atLevel.get(`${day}|${feature}`) ?? [];
        if (list.length > COMMON_FEATURE) continue;
        for (const j of list) {
          const root = attachedTo.get(j);
          if (root === undefined) continue;
          const value = score(i, j);
          if (value >= ATTACH_THRESHOLD && (!best || value > best.value || (value === best.value && root < best.root))) best = { root, value };
        }
      }
      const entry = best && entries.get(best.root);
      if (!entry || !within(m.date, entry.date) || entry.members.some((j) => !mayMerge(p, profiles[j]!))) continue;
      if (strongerPartner(i, best!.value, staying)) continue;
      kept.push([i, best!.root, best!.value]);
      following.add(i);
    }
    if (following.size) unattached.splice(0, unattached.length, ...unattached.filter((i) => !following.has(i)));
    unattached.sort((a, b) => a - b);
    // 2. Cluster the rest among themselves: same date, enough evidence.
    const sameDay = groupBy(unattached, (i) => formatIso(mentions[i]!.date.date));
    // Only pairs that share a word, actor, place or quantity can reach the threshold (evidence is 0 otherwise), so
    // each mention is scored against those alone, found through an index of what it names: the same unions as
    // scoring every pair of the group, without its square on a day many mentions share.
    for (const group of sameDay.values()) {
      if (group.length < 2) continue;
      const named = new Map<string, number[]>();
      for (const [x, i] of group.entries()) {
        const partners = new Set<number>();
        const own = profiles[i]!.terms;
        for (const feature of features(profiles[i]!)) {
          const before = named.get(feature);
          if (before) {
            // A word only the sentence before lends, shared with a crowd of the day's tellings, finds no partner.
            if (before.length <= COMMON_FEATURE || !feature.startsWith('t ') || own.has(feature.slice(2))) for (const y of before) partners.add(y);
            before.push(x);
          } else named.set(feature, [x]);
        }
        // A partner already in the mention's cluster needs no score: joining them again changes nothing.
        for (const y of partners) {
          const j = group[y]!;
          if (find(j) === find(i)) continue;
          const value = score(j, i);
          // Tellings of one kind on one day that share something of the development and nothing tells apart meet on less.
          if (value >= MERGE_THRESHOLD || (value >= SAME_DAY_THRESHOLD && agreeOnDay(profiles[j]!, profiles[i]!))) union(j, i);
        }
      }
    }
    for (const [i, root] of kept) union(i, root);
    if (level === 'day') joinNamedByDate(here);
    placed.push(...here);
  }
  return [...groupBy(mentions.map((_, i) => i), find).values()];

  /**
   * A telling that names its development only by its kind's noun and its day ("On the airstrikes of 15 January: the
   * Minister should say …", "concern at the shelling of 26 February") shares no word with that development's
   * tellings, but the name presupposes the one development of its kind the day is known for: it joins the day's cluster
   * when that is the only other one of the kind on the day, names no other place, and (for attacks) no other means.
   * With two developments of the kind on the day the name picks neither, and it stays apart. Decided against the
   * day's clusters as they stand before any such join, so the result does not depend on order.
   */
  function joinNamedByDate(day: readonly number[]): void {
    const joins: [number, number][] = [];
    for (const group of groupBy(day, (i) => formatIso(mentions[i]!.date.date)).values()) {
      const clusters = groupBy(group, find);
      if (clusters.size !== 2) continue;
      for (const i of group) {
        const p = profiles[i]!;
        if (clusters.get(find(i))!.length !== 1) continue;
        const [root, members] = [...clusters].find(([r]) => r !== find(i))!;
        // "The rockets came again last night": a definite attack naming no place and nobody (definite-attack.ts).
        if (!p.namedByDate) {
          const others = members.map((j) => profiles[j]!);
          // "The talks resumed on 18 February": the same for talks (definite-talks.ts).
          if (definiteAttackJoins(p, others) || definiteTalksJoins(p, others)) joins.push([i, root]);
          continue;
        }
        if (members.some((j) => !mayMerge(p, profiles[j]!) || placesConflict(p, profiles[j]!) || !meansAgree(p, profiles[j]!))) continue;
        joins.push([i, root]);
      }
    }
    for (const [i, root] of joins) union(i, root);
  }
}

interface Entry {
  root: number;
  members: number[];
  date: CalendarDate;
}

/** The clusters a vaguer mention may join, with an index from what their members name to the members naming it. */
interface Bucket {
  entries: Entry[];
  entryOf: Map<number, Entry>;
  add(entry: Entry): void;
  /** Members that share a feature with the mention or with the sentence before it, each once. */
  sharing(p: MentionProfile): Set<number>;
  /** How many entries lie within `date` (every mention asking one bucket has the same year, or year and month). */
  countWithin(date: ResolvedDate): number;
}

function bucket(buckets: Map<string, Bucket>, key: string, profiles: readonly MentionProfile[]): Bucket {
  const existing = buckets.get(key);
  if (existing) return existing;
  const entries: Entry[] = [];
  const entryOf = new Map<number, Entry>();
  const named = new Map<string, number[]>();
  const counts = new Map<string, number>();
  const created: Bucket = {
    entries,
    entryOf,
    add(entry) {
      entries.push(entry);
      for (const j of entry.members) {
        entryOf.set(j, entry);
        for (const feature of features(profiles[j]!)) {
          const list = named.get(feature);
          if (list) list.push(j);
          else named.set(feature, [j]);
        }
      }
    },
    sharing(p) {
      const found = new Set<number>();
      for (const feature of [...features(p), ...[...p.context.terms].map((t) => `t ${t}`)]) for (const j of named.get(feature) ?? []) found.add(j);
      return found;
    },
    countWithin(date) {
      // Within a bucket only the precision, the qualifier ("early", "late" …) and a span of days ("last week") decide:
      // the bucket's date contains all its entries.
      const span = date.span ? `${formatIso(date.span.from)}/${formatIso(date.span.to)}` : '';
      const key = `${date.precision}|${date.qualifier ?? ''}|${span}`;
      let count = counts.get(key);
      if (count === undefined) counts.set(key, (count = entries.filter((entry) => within(date, entry.date)).length));
      return count;
    },
  };
  buckets.set(key, created);
  return created;
}

/** What a mention names; two mentions with nothing here in common have no evidence (mention-evidence.ts). */
function features(p: MentionProfile): string[] {
  const out: string[] = [];
  for (const t of p.wide?.terms ?? p.terms) out.push(`t ${t}`);
  for (const a of p.actors) out.push(`a ${a}`);
  for (const l of p.places) out.push(`p ${l}`);
  for (const q of p.quantities) out.push(`q ${q}`);
  // One speaker's statements meet on their speaker alone (mention-evidence.ts): a short form no article resolved
  // ("bare:front") is found under the head of the bodies it may be.
  for (const s of p.speakers ?? []) out.push(`s ${s.startsWith('bare:') ? `head:${s.slice(5)}` : s}`);
  return out;
}

function placesConflict(a: MentionProfile, b: MentionProfile): boolean {
  return a.places.size > 0 && b.places.size > 0 && ![...a.places].some((p) => b.places.has(p));
}

/** True when `inner` lies inside the part of `outer` its qualifier names: "late 2022" holds November, not March. */
export function within(outer: ResolvedDate, inner: CalendarDate): boolean {
  if (!contains(outer.date, inner)) return false;
  // "last week" (a span of days): only a day inside it.
  if (outer.span) return inner.day !== undefined && compareCalendarDates(outer.span.from, inner) <= 0 && compareCalendarDates(inner, outer.span.to) <= 0;
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
