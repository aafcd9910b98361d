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
import { clusterDate, within } from './merge-mentions.js';

/** Evidence an orphan needs with one of a cluster's tellings (merging needs 0.5). */
export const ORPHAN_THRESHOLD = 0.6;
/** Evidence an orphan needs, on its own words, with a telling of a cluster dated only to the orphan's month. */
export const MONTH_ORPHAN_THRESHOLD = 1.0;
/** How far the best cluster must lead the next one: a sentence that fits two events of its day joins neither. */
export const ORPHAN_MARGIN = 0.2;
/** Tellings of a cluster an orphan is scored against (the cluster's first, in key order). */
const MEMBERS_SCORED = 12;

export function attachOrphans(clusters: readonly Mention[][], orphans: readonly Orphan[]): Mention[][] {
  if (!orphans.length) return clusters.map((c) => [...c]);
  // Only clusters dated to a day an orphan names can take it, or dated no finer than a month that holds that day: "The
  // accord, signed in Selm on 4 May" tells the accord that other articles date only "in May", and naming its day is
  // what they lack (the event takes the day). Each month cluster is listed under its month, and an orphan asks both.
  const days = new Set(orphans.map((o) => formatIso(o.date.date)));
  const months = new Set(orphans.map((o) => monthOf(o.date.date)));
  const byDay = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = byDay.get(key);
    if (list) list.push(i);
    else byDay.set(key, [i]);
  };
  clusters.forEach((cluster, i) => {
    const date = clusterDate(cluster);
    const day = formatIso(date);
    if (date.day !== undefined) {
      if (days.has(day)) add(day, i);
    } else if (date.month !== undefined && months.has(day)) add(`${day}|month`, i);
  });
  const profiles = new Map<Mention, ReturnType<typeof profileMention>>();
  const profileOf = (m: Mention) => profiles.get(m) ?? profiles.set(m, profileMention(m)).get(m)!;

  const joined = clusters.map((c) => [...c]);
  const sorted = [...orphans].sort((a, b) => (orphanKey(a) < orphanKey(b) ? -1 : 1));
  for (const orphan of sorted) {
    const scored: { i: number; value: number; mention: Mention; bar: number }[] = [];
    const sameDay = byDay.get(formatIso(orphan.date.date)) ?? [];
    const candidates = [...sameDay, ...(byDay.get(`${monthOf(orphan.date.date)}|month`) ?? [])];
    for (const [n, i] of candidates.entries()) {
      const vaguer = n >= sameDay.length;
      const cluster = clusters[i]!;
      // An article's own telling of the development needs no second sentence from it.
      if (cluster.some((m) => m.article === orphan.article)) continue;
      // A month cluster whose tellings name a part of the month ("late May") takes only a day inside that part.
      if (cluster.some((m) => !within(m.date, orphan.date.date))) continue;
      const lead = cluster[0]!;
      const mention: Mention = { ...orphan, classification: { ...lead.classification, cue: '' }, joined: true };
      // A month holds many developments: against a month cluster the orphan is read on its own words (not lent the
      // sentence before's), and must share much more with it ("No joint statement expected today" is no meeting told
      // "last month"; "The Harl Armistice, signed in Aubrel on 2 September" is the armistice "signed in Aubrel in Sept.").
      const profile = profileMention(vaguer ? { ...mention, context: undefined } : mention);
      let best = 0;
      for (const m of cluster.slice(0, MEMBERS_SCORED)) best = Math.max(best, evidence(profile, profileOf(m)));
      if (best > 0) scored.push({ i, value: best, mention, bar: vaguer ? MONTH_ORPHAN_THRESHOLD : ORPHAN_THRESHOLD });
    }
    scored.sort((a, b) => b.value - a.value || a.i - b.i);
    // A cluster made only of sentences another candidate also holds, besides tellings of its own, is one sentence read
    // twice ("The ambush comes a fortnight after the first round of talks, held in Sudra on 26 January" tells the round
    // and, misread, an attack of its day): it is neither the orphan's development nor a rival to it.
    // Only the two best that are no echo are needed, so at most a few entries are checked, each against the list.
    const sentences = scored.map(({ i }) => clusters[i]!.map(sentenceKey));
    const holds = new Map<number, Set<string>>();
    const held = (y: number) => holds.get(y) ?? holds.set(y, new Set(sentences[y])).get(y)!;
    const echoes = (x: number) => sentences.some((other, y) => y !== x && other.length > sentences[x]!.length && sentences[x]!.every((k) => held(y).has(k)));
    const best: typeof scored = [];
    for (let x = 0; x < scored.length && best.length < 2; x++) if (!echoes(x)) best.push(scored[x]!);
    const [first, second] = best;
    if (!first || first.value < first.bar || (second && first.value - second.value < ORPHAN_MARGIN)) continue;
    joined[first.i]!.push(first.mention);
  }
  return joined;
}

/** "2026-05": the month a day falls in, as formatIso writes a month. */
function monthOf(date: Orphan['date']['date']): string {
  return formatIso({ year: date.year, month: date.month });
}

function sentenceKey(m: Mention): string {
  return `${m.article}#${m.sentence}`;
}

function orphanKey(o: Orphan): string {
  return `${o.article}#${String(o.sentence).padStart(6, '0')}@${String(o.date.index).padStart(6, '0')}`;
}
