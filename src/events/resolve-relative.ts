// "Hours before the strategic dialogue was held", "after the assassinations": a mention dated only relative to
// another development takes that development's date, at its precision, with a before/after qualifier, when the
// named development is found; otherwise it stays undated and yields nothing. The anchor is looked for first in the
// same article (by its kind — "the talks" names a talks event — or by its words), and in other articles only when
// its words are specific enough to name one development ("the strategic dialogue", not "the talks").
import { addDays, compareCalendarDates, formatHuman, precisionOf, truncate } from '../calendar/calendar-date.js';
import { addMonths } from '../dates/calendar-steps.js';
import { tenseAt } from '../dates/tense.js';
import type { RelativeMention } from '../extract/extract-mentions.js';
import type { CalendarDate, DatePart, Mention } from '../types.js';
import { namedAsOccasion, occasionQualifier } from '../extract/occasion-qualifier.js';
import { onlyNamesKind, terms } from './mention-evidence.js';
import { clusterDate, mentionKey } from './merge-mentions.js';

interface Candidate {
  cluster: readonly Mention[];
  /**
   * Lower is better: [minus the anchor's words one telling of it holds, when two or more ("after the air force bombed
   * the ridge" is the bombing of the ridge another article tells, not the shelling of a town this article told last),
   * same article? 0 : 1, minus how many of its tellings hold two or more of them (a list's "at Dunga on 9 February
   * and at Ouro-Fali on 12 March" holds the words of both bombings; the Dunga bombing's own tellings hold them too), kind and words both match? 0 : the kind, or no kind known? 1 : 2, told in
   * the sentence just before? 0 : 1
   * ("Negotiators sat down on 8 March. Hours before the talks opened, …"), told by the article before this sentence?
   * 0 : 1 (a definite "the ambush" points back), how a telling of it holds the anchor's words (toldAs), days between the event and the
   * article's publication (a news story's "the talks" are its own recent talks), sentence distance, key].
   */
  rank: [number, number, number, number, number, number, number, number, number, string];
}

/**
 * An anchor term held by more clusters than this names no one development ("attack", "talks"): it finds no candidate
 * from other articles (a cluster sharing two anchor words is still found through the other), so a relative mention
 * is never checked against every cluster of a large corpus.
 */
const COMMON_TERM = 64;

const better = (a: Candidate['rank'], b: Candidate['rank']): boolean => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
};

/** Rough distance in days between two calendar dates, a coarse date taken at the middle of its span. */
function dayDistance(a: CalendarDate, b: CalendarDate): number {
  const days = (d: CalendarDate) => d.year * 372 + ((d.month ?? 6.5) - 1) * 31 + (d.day ?? 16);
  return Math.abs(days(a) - days(b));
}

export function resolveRelative(
  relatives: readonly RelativeMention[],
  clusters: readonly Mention[][],
  published: ReadonlyMap<string, CalendarDate>,
): Mention[] {
  const resolved: Mention[] = [];
  // Only a cluster told by the same article, or one whose sentences hold the anchor's words, can rank (below), so
  // each relative mention looks at those alone, found through two indexes, not at every cluster of the corpus.
  const quoteTerms = new Map<Mention, Set<string>>();
  const termsOf = (m: Mention) => quoteTerms.get(m) ?? quoteTerms.set(m, terms(withoutRelations(m.quote))).get(m)!;
  const byArticle = new Map<string, Set<number>>();
  clusters.forEach((cluster, c) => cluster.forEach((m) => (byArticle.get(m.article) ?? byArticle.set(m.article, new Set()).get(m.article)!).add(c)));
  let byTerm: Map<string, Set<number>> | undefined;
  const clustersWith = (term: string) => {
    if (!byTerm) {
      byTerm = new Map();
      clusters.forEach((cluster, c) => cluster.forEach((m) => termsOf(m).forEach((t) => (byTerm!.get(t) ?? byTerm!.set(t, new Set()).get(t)!).add(c))));
    }
    return byTerm.get(term) ?? new Set<number>();
  };
  for (const { relative, anchorKind: kind, past, ...rest } of relatives) {
    const reference = published.get(rest.article)!;
    const anchorTerms = [...terms(relative.anchor)];
    // The words that name the anchor, with what the sentence says of it next ("the ambush on the patrol boat at Mirra").
    const naming = [...new Set([...anchorTerms, ...terms(modifiers(rest.quote, relative))])];
    const generic = kind !== undefined && anchorTerms.length > 0 && anchorTerms.every((w) => onlyNamesKind(w, kind));
    // "said at the meeting of the party council": its kind alone does not make the article's other meeting (the defence
    // ministers') the occasion a speaker was at; a telling of it must carry the qualifier's words too. (A development
    // counted from, "hours after the bombing of the hills", may still be the article's own of its kind: round 15.)
    const anchorHead = relative.anchor.split(/\s+(?:of|in|at|on|by|with|for|to|between)\s+/i)[0]!.trim().split(/\s+/).at(-1) ?? '';
    const qualifier = namedAsOccasion(rest.quote, relative.anchor) ? [...terms(occasionQualifier(relative.anchor, anchorHead).join(' '))] : [];
    const qualified = (m: Mention) => qualifier.every((w) => termsOf(m).has(w));
    const candidates = new Set(byArticle.get(rest.article));
    if (naming.length >= 2) {
      // A cluster holding two of the anchor's words holds one of all but its commonest: those lists are enough.
      const lists = naming.map(clustersWith).sort((a, b) => a.size - b.size);
      const rarest = lists[0]!;
      for (const c of rarest) candidates.add(c);
      for (const list of lists.slice(1, -1)) if (list.size <= COMMON_TERM) for (const c of list) candidates.add(c);
    }
    let best: Candidate | undefined;
    // A past-tense telling ("Hours before the talks opened, a bomb hit …") hangs on a development before publication.
    for (const cluster of [...candidates].sort((a, b) => a - b).map((c) => clusters[c]!)) {
      const when = clusterDate(cluster);
      if (past && compareCalendarDates(when, truncate(reference, precisionOf(when))) > 0) continue;
      // Nor on one whose count from it lands after publication: "The ambush came two weeks after the talks", told on 20
      // March, is not counted from talks of 15 March (round 19b: it was dated 29 March, after the article).
      if (past && countedPastPublication(relative, when, reference)) continue;
      const tellers = cluster.filter((m) => m.article !== rest.article || m.sentence !== rest.sentence);
      // "Hours after the attack": an anchor named by its kind alone names any development of that kind, whichever word a
      // telling of it uses ("the base was last attacked in November" is no nearer than "a drone hit the base").
      const wordsMatch = (m: Mention) => anchorTerms.length > 0 && !generic && anchorTerms.every((w) => termsOf(m).has(w));
      const kindMatches = kind !== undefined && cluster[0]!.classification.type === kind;
      const here = tellers.filter((m) => m.article === rest.article);
      // "The strike came two days after the ambush on the patrol boat": a development of the telling's own kind that
      // this article tells in none of the anchor's words is the sentence's subject, the strike, never its anchor.
      if (naming.length >= 2 && cluster[0]!.classification.type === rest.classification.type && here.length && !here.some((m) => naming.some((w) => termsOf(m).has(w)))) continue;
      let rank: Candidate['rank'] | undefined;
      const days = dayDistance(when, reference);
      const holding = tellers.map((m) => naming.filter((w) => termsOf(m).has(w)).length);
      const held = Math.max(0, ...holding);
      // With no kind to check, only all of the anchor's words name it ("the arrival of a company" is not any arrival).
      const named = held >= 2 && (kindMatches || (kind === undefined && anchorTerms.length >= 2 && tellers.some(wordsMatch))) ? -held : 0;
      const holders = named < 0 ? -holding.filter((n) => n >= 2).length : 0;
      if (here.length && ((kindMatches && here.some(qualified)) || here.some(wordsMatch))) {
        const distance = Math.min(...here.map((m) => Math.abs(m.sentence - rest.sentence)));
        // A telling of another kind that only repeats the anchor's words ("fuel prices had doubled since the ambush",
        // a statement) ranks below the anchor's own kind.
        const match = kindMatches && here.some(wordsMatch) ? 0 : kindMatches || kind === undefined ? 1 : 2;
        // A definite anchor points back: a development the article told before this sentence ranks first.
        const toldBefore = here.some((m) => m.sentence < rest.sentence) ? 0 : 1;
        rank = [named, 0, holders, match, here.some((m) => rest.sentence - m.sentence === 1) ? 0 : 1, toldBefore, toldAs(tellers, generic ? [] : anchorTerms), days, distance, mentionKey(cluster[0]!)];
      } else if (named < 0) {
        rank = [named, 1, holders, kindMatches && tellers.some(wordsMatch) ? 0 : 1, 1, 1, toldAs(tellers, generic ? [] : anchorTerms), days, 0, mentionKey(cluster[0]!)];
      }
      if (rank && (!best || better(rank, best.rank))) best = { cluster, rank };
    }
    // "the second shelling": of the article's own developments of the anchor's kind told in its head word ("shell")
    // up to their cue ("The first raid … killed", not "a drone …, the evening before the first shells fell"), the one
    // that many in time.
    const nth = kind !== undefined ? ordinalOf(relative.anchor) : undefined;
    const head = anchorTerms.at(-1);
    if (nth !== undefined && head !== undefined) {
      const own = [...candidates]
        .map((c) => clusters[c]!)
        .filter((cluster) => cluster[0]!.classification.type === kind && cluster.some((m) => m.article === rest.article && m.sentence !== rest.sentence && namedUpToCue(m, head)))
        .sort((a, b) => compareCalendarDates(clusterDate(a), clusterDate(b)) || mentionKey(a[0]!).localeCompare(mentionKey(b[0]!)));
      const chosen = nth === -1 ? own.at(-1) : own[nth - 1];
      if (chosen && own.length >= 2) best = { cluster: chosen, rank: best?.rank ?? [0, 0, 0, 0, 0, 0, 0, 0, 0, ''] };
    }
    if (!best) continue;
    const anchorDate = clusterDate(best.cluster);
    const precision = precisionOf(anchorDate);
    const implied: DatePart[] = precision === 'day' ? ['year', 'month', 'day'] : precision === 'month' ? ['year', 'month'] : ['year'];
    // "The day before the shelling", "two days after the vote": whole days counted from a day-precise event give a
    // day, with no qualifier. From a coarser event they could cross its month or year, so it is only around it.
    const counted: { date: CalendarDate; precision?: 'month'; qualifier?: 'around'; reason: string } | undefined =
      relative.days !== undefined ? countDays(relative, anchorDate, precision === 'day') : countMonths(relative, anchorDate);
    resolved.push({
      ...rest,
      date: {
        text: relative.text,
        index: relative.index,
        date: counted?.date ?? anchorDate,
        precision: counted?.precision ?? precision,
        stated: [],
        implied: counted?.precision === 'month' ? ['year', 'month'] : implied,
        ...(counted ? (counted.qualifier ? { qualifier: counted.qualifier } : {}) : { qualifier: relative.qualifier }),
        tag: 'relative-to-event',
        reason:
          counted?.reason ??
          `"${relative.text}" refers to ${relative.anchor}, dated ${formatHuman(anchorDate)} → ${relative.qualifier} ${formatHuman(anchorDate)}`,
      },
    });
  }
  return resolved;
}

/**
 * A telling's words without the developments it places itself against: "sailed on 30 October, six weeks before the
 * vote", "most of them left after the vote" tell a sailing and a departure, not the vote, so they are no telling of
 * "the vote" another sentence dates from. A definite noun phrase after "before", "after", "since", "until", "ahead of"
 * or "following", up to a comma or a word that opens a clause, at most four words.
 */
function withoutRelations(quote: string): string {
  return quote.replace(RELATION, (phrase, head: string, rest: string) => {
    const words = rest.trim().split(/\s+/);
    const stop = words.findIndex((w) => CLAUSE.has(w.toLowerCase()));
    return `${head} ${words.slice(Math.min(stop < 0 ? words.length : stop, 4)).join(' ')}`;
  });
}

const RELATION = /\b(before|after|since|until|ahead\s+of|following)\s+(?:the|its|their|this|that)\s+([^,;:.!?()"“”]+)/gi;

/**
 * How the development's tellings hold the anchor's words, before recency decides: 0 when one tells it as done in
 * them, its cue one of them ("the accord, signed on Friday" for "at the signing"); 1 when one plans it in them ("will
 * sign the accord on Monday"); 2 when they are only words of another telling ("told the paper on Saturday that she
 * would sign up").
 */
function toldAs(tellers: readonly Mention[], anchorTerms: readonly string[]): number {
  let best = 2;
  for (const m of tellers) {
    const cue = terms(m.classification.cue);
    if (!anchorTerms.some((w) => cue.has(w))) continue;
    if (tenseAt(m.quote, m.date.index, m.date.text.length).tense !== 'future') return 0;
    best = 1;
  }
  return best;
}

/** The telling names `term` in its words up to and with its cue. */
function namedUpToCue(m: Mention, term: string): boolean {
  const at = m.quote.indexOf(m.classification.cue);
  return at >= 0 && terms(m.quote.slice(0, at + m.classification.cue.length)).has(term);
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1, latest: -1 };

/** The place in a sequence an anchor names ("the second shelling" → 2, "the last attack" → -1), if any. */
function ordinalOf(anchor: string): number | undefined {
  const m = /^(?:the|its|their)\s+(first|second|third|fourth|fifth|last|latest)\b/i.exec(anchor);
  return m ? ORDINALS[m[1]!.toLowerCase()] : undefined;
}

/** A day count from the anchor: the day it gives from a day-precise anchor, else "around" the anchor's date. */
function countDays(relative: RelativeMention['relative'], anchorDate: CalendarDate, day: boolean): { date: CalendarDate; qualifier?: 'around'; reason: string } {
  const days = relative.days!;
  const count = `${days === 1 ? 'one day' : `${days} days`} ${relative.qualifier === 'before' ? 'back' : 'on'}`;
  if (!day) {
    return {
      date: anchorDate,
      qualifier: 'around',
      reason: `"${relative.text}" counts ${count} from ${relative.anchor}, dated only to ${formatHuman(anchorDate)}: a day count cannot give a day, so around ${formatHuman(anchorDate)}`,
    };
  }
  const date = addDays(anchorDate, relative.qualifier === 'before' ? -days : days);
  return { date, reason: `"${relative.text}" counts ${count} from ${relative.anchor}, dated ${formatHuman(anchorDate)} → ${formatHuman(date)}` };
}

/**
 * A month count from the anchor ("a month after the ambush", "two years after the war began"): the month it reaches,
 * never a day (round 18c: such tellings had sat on the anchor's own day). From a year alone it is only around it.
 */
function countMonths(relative: RelativeMention['relative'], anchorDate: CalendarDate): { date: CalendarDate; precision?: 'month'; qualifier?: 'around'; reason: string } | undefined {
  const months = relative.months;
  if (months === undefined) return undefined;
  const count = `${months} month(s) ${relative.qualifier === 'before' ? 'back' : 'on'}`;
  if (anchorDate.month === undefined) {
    return { date: anchorDate, qualifier: 'around', reason: `"${relative.text}" counts ${count} from ${relative.anchor}, dated only to ${formatHuman(anchorDate)}: so around ${formatHuman(anchorDate)}` };
  }
  const date = addMonths(anchorDate, relative.qualifier === 'before' ? -months : months);
  return { date, precision: 'month', reason: `"${relative.text}" counts ${count} from ${relative.anchor}, dated ${formatHuman(anchorDate)} → ${formatHuman(date)}` };
}

/**
 * The phrases after the anchor that say which one it is: "after the ambush on the monitors' boat at Mirra", "after
 * gunmen fired grenades at the tanker off the cape". Up to a comma or a word that opens a clause, at most eight words.
 */
function modifiers(quote: string, relative: RelativeMention['relative']): string {
  if (!relative.text.endsWith(relative.anchor)) return '';
  const after = quote.slice(relative.index + relative.text.length);
  const phrase = /^\s+(?:on|at|in|near|off|of|outside|against|along|inside)\s+[^,;:.!?()"“”]+/i.exec(after)?.[0] ?? '';
  const words = phrase.trim().split(/\s+/);
  const stop = words.findIndex((w, i) => i > 0 && CLAUSE.has(w.toLowerCase()));
  return words.slice(0, Math.min(stop < 0 ? words.length : stop, 8)).join(' ');
}

const CLAUSE = new Set(['and', 'but', 'or', 'which', 'that', 'who', 'whom', 'when', 'where', 'while', 'as', 'because', 'after', 'before', 'since', 'until', 'than']);

/** The day or month a count of days or months from `when` reaches lies after publication. */
function countedPastPublication(relative: RelativeMention['relative'], when: CalendarDate, reference: CalendarDate): boolean {
  if (relative.qualifier !== 'after') return false;
  if (relative.days !== undefined && precisionOf(when) === 'day') return compareCalendarDates(addDays(when, relative.days), reference) > 0;
  if (relative.months !== undefined && when.month !== undefined) {
    const reached = addMonths(when, relative.months);
    return compareCalendarDates(reached, truncate(reference, precisionOf(reached))) > 0;
  }
  return false;
}
