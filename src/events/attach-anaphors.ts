// "The strike came two days after the ambush …", "The ambush comes a fortnight after the first round": a telling
// whose subject is only its kind's noun, with "the", points back at the development of that kind its own article
// tells, and is dated only through another development (resolve-relative.ts). Its other words are the anchor's, so
// merging finds nothing it shares with its own article's telling; here it joins that telling's event when the article
// tells exactly one development of its kind on its day. A count in weeks is no count to the day ("two weeks after the
// round" of 30 March is the drone attack of 14 April the article tells, not a 13 April of its own): it also meets one
// a day either side, and takes that one's day.
//
// A telling given another day is a new mention, added to `resolved`: like the resolved ones, it is made anew each build.
//
// Each such telling is matched against the clusters as they stood before any joined, so the result does not depend on
// the order articles were read in; clusters are looked up by article, kind and day, never scanned.
import { addDays, formatIso } from '../calendar/calendar-date.js';
import type { CalendarDate, Mention } from '../types.js';

/** The subject before the date: "the strike came", "Joel, the attack came", "The ambush comes", "this raid followed". */
const BARE_SUBJECT = /(?:^|[,:;]\s*)(?:the|this|that)\s+([a-z]+)\s+(?:came|comes|followed|follows|happened|occurred|was|is)\s+$/i;
/** A count of weeks or a fortnight: approximate to a day or so. */
const WEEKS = /\b(?:weeks?|fortnight)\b/i;

export function attachAnaphors(clusters: readonly Mention[][], resolved: Set<Mention>): Mention[][] {
  const joined = clusters.map((c) => [...c]);
  if (!resolved.size) return joined;
  // Clusters by the article, kind and day of each of their tellings read from an article (not resolved ones).
  const byTelling = new Map<string, Set<number>>();
  clusters.forEach((cluster, i) => {
    for (const m of cluster) {
      if (resolved.has(m) || m.date.precision !== 'day') continue;
      const key = `${m.article}|${m.classification.type}|${formatIso(m.date.date)}`;
      (byTelling.get(key) ?? byTelling.set(key, new Set()).get(key)!).add(i);
    }
  });
  const moves: { from: number; to: number; mention: Mention }[] = [];
  clusters.forEach((cluster, from) => {
    // Only a telling alone in its cluster: one that merging joined to others has found its development.
    if (cluster.length !== 1 || !resolved.has(cluster[0]!)) return;
    const m = cluster[0]!;
    if (m.date.precision !== 'day' || m.date.qualifier !== undefined || !bareSubject(m)) return;
    const days = WEEKS.test(m.date.text) ? [0, -1, 1] : [0];
    const found = new Set<number>();
    for (const d of days) {
      for (const i of byTelling.get(`${m.article}|${m.classification.type}|${formatIso(addDays(m.date.date, d))}`) ?? []) if (i !== from) found.add(i);
    }
    // Two candidates: the article tells two developments of the kind around that day, and the noun picks neither.
    if (found.size !== 1) return;
    const [to] = found;
    moves.push({ from, to: to!, mention: m });
  });
  for (const { from, to, mention } of moves) {
    const day = dayOf(joined[to]!, mention, resolved);
    const redated = day && { ...mention, date: { ...mention.date, date: day, reason: `${mention.date.reason}; a count in weeks is approximate: the ${mention.classification.type} its article tells on ${formatIso(day)}` } };
    if (redated) resolved.add(redated);
    joined[to]!.push(redated || mention);
    joined[from] = [];
  }
  return joined.filter((c) => c.length);
}

/** Whether the telling's subject is only its kind's noun ("The strike came …" with the cue "strike"). */
function bareSubject(m: Mention): boolean {
  const noun = BARE_SUBJECT.exec(m.quote.slice(0, m.date.index))?.[1]?.toLowerCase();
  return noun !== undefined && m.classification.cue.toLowerCase() === noun;
}

/** The day of the article's own telling the mention joins, when it differs from the mention's (a count in weeks). */
function dayOf(cluster: readonly Mention[], mention: Mention, resolved: ReadonlySet<Mention>): CalendarDate | undefined {
  const own = cluster.find((m) => !resolved.has(m) && m.article === mention.article && m.date.precision === 'day');
  return own && formatIso(own.date.date) !== formatIso(mention.date.date) ? own.date.date : undefined;
}
