// Scores predicted timeline events against hand-made gold events. Pure: no files, no pipeline, so every rule
// below can be unit-tested on a few hand-written events.
//
// A gold event is matched by at most one predicted event, and a predicted event matches at most one gold event.
// A pair is eligible when the kinds agree, the dates are compatible (equal, or one lies within the other:
// 2021-04 and 2021-04-07) and the prediction cites at least one of the gold articles through a sentence that
// contains one of the gold cues. Eligible pairs are taken greedily, best first, in a fixed order, so the same
// inputs always give the same matching.
import type { DateQualifier, EventType, Precision, TimelineEvent } from '../src/types.js';

export interface GoldEvent {
  key: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: Precision;
  qualifier?: DateQualifier;
  type: EventType;
  /** Slugs of the articles that tell this development. */
  articles: string[];
  /** Words from each telling sentence; a source sentence matches when it contains one (case-insensitive). */
  cues: string[];
  note?: string;
}

/** A sentence that looks eventful but must yield nothing, and why. Used only to annotate false positives. */
export interface GoldExclusion {
  article: string;
  cue: string;
  note: string;
}

export interface GoldFile {
  events: GoldEvent[];
  excluded?: GoldExclusion[];
}

export interface Ratio {
  hits: number;
  total: number;
  /** hits / total; 1 when total is 0 (nothing to get wrong). */
  value: number;
}

export interface Match {
  gold: GoldEvent;
  predicted: TimelineEvent;
  /** Date string and precision both equal. */
  dateExact: boolean;
  /** The prediction's source articles are exactly the gold articles. */
  sourcesExact: boolean;
}

export interface NearMiss {
  predicted: TimelineEvent;
  /** Why this prediction, which cites a cue sentence, was not matched. */
  reason: string;
}

export interface Miss {
  gold: GoldEvent;
  near: NearMiss[];
}

export interface Split {
  gold: GoldEvent;
  predicted: TimelineEvent[];
}

export interface OverMerge {
  predicted: TimelineEvent;
  gold: GoldEvent[];
}

export interface KindError {
  gold: GoldEvent;
  predicted: TimelineEvent;
}

export interface Scores {
  /** Matched predictions / predictions. */
  precision: Ratio;
  /** Matched gold events / gold events. */
  recall: Ratio;
  /** Matches whose date and precision are exactly the gold's / matches. */
  dateAccuracy: Ratio;
  /**
   * Gold events cited through a cue sentence by a prediction that is not matched to another gold event / of
   * those, the ones whose kind such a prediction got right.
   */
  kindAccuracy: Ratio;
  /** Gold events told by ≥2 articles / of those, the ones matched by a prediction citing exactly those articles. */
  mergeCorrectness: Ratio;
  matches: Match[];
  missed: Miss[];
  unmatched: TimelineEvent[];
  /** Gold events whose cue sentences ended up in several predicted events of the right kind and date. */
  splits: Split[];
  /** Predicted events whose sources tell several gold events of the prediction's kind. */
  overMerged: OverMerge[];
  kindErrors: KindError[];
}

function ratio(hits: number, total: number): Ratio {
  return { hits, total, value: total === 0 ? 1 : hits / total };
}

/** Lower case, straight quotes and dashes, single spaces: cue matching should not trip over typography. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when `a` and `b` are the same date or one lies within the other (`2021-04` ⊃ `2021-04-07`). */
export function datesCompatible(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

/** The gold articles this prediction cites through a sentence containing one of the gold cues. */
export function cueArticles(predicted: TimelineEvent, gold: GoldEvent): Set<string> {
  const cues = gold.cues.map(normalizeText).filter(Boolean);
  const found = new Set<string>();
  for (const source of predicted.sources) {
    if (!gold.articles.includes(source.article)) continue;
    const quote = normalizeText(source.quote);
    if (cues.some((cue) => quote.includes(cue))) found.add(source.article);
  }
  return found;
}

function sourceArticles(event: TimelineEvent): Set<string> {
  return new Set(event.sources.map((s) => s.article));
}

function sameSet(a: Set<string>, b: Iterable<string>): boolean {
  const other = new Set(b);
  return a.size === other.size && [...a].every((x) => other.has(x));
}

interface Pair {
  g: number;
  p: number;
  overlap: number;
  dateExact: boolean;
  extra: number;
}

/** Best first: more cue-matched articles, then exact date, then fewer foreign sources, then input order. */
function comparePairs(a: Pair, b: Pair): number {
  return (
    b.overlap - a.overlap ||
    Number(b.dateExact) - Number(a.dateExact) ||
    a.extra - b.extra ||
    a.g - b.g ||
    a.p - b.p
  );
}

export function scoreEvents(predicted: TimelineEvent[], gold: GoldEvent[]): Scores {
  // cue[g][p]: gold articles that prediction p cites through a cue sentence of gold g.
  const cue = gold.map((g) => predicted.map((p) => cueArticles(p, g)));

  const pairs: Pair[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const overlap = cue[gi]![pi]!.size;
      if (overlap === 0 || p.type !== g.type || !datesCompatible(p.date, g.date)) return;
      const extra = [...sourceArticles(p)].filter((a) => !g.articles.includes(a)).length;
      pairs.push({ g: gi, p: pi, overlap, dateExact: p.date === g.date && p.precision === g.precision, extra });
    });
  });
  pairs.sort(comparePairs);

  const goldTaken = new Map<number, number>();
  const predTaken = new Set<number>();
  for (const pair of pairs) {
    if (goldTaken.has(pair.g) || predTaken.has(pair.p)) continue;
    goldTaken.set(pair.g, pair.p);
    predTaken.add(pair.p);
  }

  const matchedTo = new Map([...goldTaken].map(([g, p]) => [p, gold[g]!]));
  const matches: Match[] = [];
  const missed: Miss[] = [];
  const kindErrors: KindError[] = [];
  let kindTotal = 0;
  let kindHits = 0;
  let mergeTotal = 0;
  let mergeHits = 0;
  const splits: Split[] = [];

  gold.forEach((g, gi) => {
    const pi = goldTaken.get(gi);
    const cited = predicted.map((_, i) => i).filter((i) => cue[gi]![i]!.size > 0);

    if (pi !== undefined) {
      const p = predicted[pi]!;
      const sourcesExact = sameSet(sourceArticles(p), g.articles);
      matches.push({ gold: g, predicted: p, dateExact: p.date === g.date && p.precision === g.precision, sourcesExact });
      if (g.articles.length >= 2) {
        mergeTotal++;
        if (sourcesExact) mergeHits++;
      }
    } else {
      if (g.articles.length >= 2) mergeTotal++;
      missed.push({ gold: g, near: cited.map((i) => ({ predicted: predicted[i]!, reason: whyNot(predicted[i]!, g, matchedTo.get(i)) })) });
    }

    // A prediction matched to another gold event is accounted for: a sentence telling two developments (a
    // statement about a meeting) may rightly yield the other one. Only the remaining citers judge the kind.
    const judges = cited.filter((i) => i === pi || !predTaken.has(i));
    if (judges.length > 0) {
      kindTotal++;
      if (pi !== undefined || judges.some((i) => predicted[i]!.type === g.type)) kindHits++;
      else {
        const best = [...judges].sort((a, b) => cue[gi]![b]!.size - cue[gi]![a]!.size || a - b)[0]!;
        kindErrors.push({ gold: g, predicted: predicted[best]! });
      }
    }

    const pieces = cited.filter((i) => predicted[i]!.type === g.type && datesCompatible(predicted[i]!.date, g.date));
    if (pieces.length >= 2) splits.push({ gold: g, predicted: pieces.map((i) => predicted[i]!) });
  });

  // A prediction over-merges when its sources tell several gold developments of its kind. A source sentence can
  // hold cues of two developments of one kind ("met in mid-March, and a third round is due to open on Thursday");
  // it yields one mention per date, so such a source tells only the developments whose date fits the date it gave
  // this prediction (all of them when none fits, so a wrongly dated source is still counted).
  const overMerged: OverMerge[] = [];
  predicted.forEach((p) => {
    const told = new Set<GoldEvent>();
    for (const source of p.sources) {
      const quote = normalizeText(source.quote);
      const here = gold.filter(
        (g) => g.type === p.type && g.articles.includes(source.article) && g.cues.map(normalizeText).some((c) => c && quote.includes(c)),
      );
      const fitting = here.length >= 2 ? here.filter((g) => datesCompatible(source.date, g.date)) : here;
      for (const g of fitting.length ? fitting : here) told.add(g);
    }
    if (told.size >= 2) overMerged.push({ predicted: p, gold: gold.filter((g) => told.has(g)) });
  });

  return {
    precision: ratio(predTaken.size, predicted.length),
    recall: ratio(goldTaken.size, gold.length),
    dateAccuracy: ratio(matches.filter((m) => m.dateExact).length, matches.length),
    kindAccuracy: ratio(kindHits, kindTotal),
    mergeCorrectness: ratio(mergeHits, mergeTotal),
    matches,
    missed,
    unmatched: predicted.filter((_, i) => !predTaken.has(i)),
    splits,
    overMerged,
    kindErrors,
  };
}

function whyNot(p: TimelineEvent, g: GoldEvent, matchedTo: GoldEvent | undefined): string {
  const reasons: string[] = [];
  if (p.type !== g.type) reasons.push(`kind ${p.type}, gold ${g.type}`);
  if (!datesCompatible(p.date, g.date)) reasons.push(`date ${p.date}, gold ${g.date}`);
  if (matchedTo) reasons.push(`matched to ${matchedTo.key}`);
  return reasons.join('; ');
}

/**
 * Why the misses happened, as counts only: a blind set's report can say where the pipeline loses without showing a
 * sentence (which would make the set one the rules were tuned to). Each gold event, prediction and telling gets
 * the first cause that fits, in the order listed.
 */
export interface Causes {
  /** Missed gold events: no prediction cites a cue sentence / only predictions of another kind do / of the right
   * kind but another date do / one of the right kind and date does, but it was matched to another gold event. */
  missed: { notExtracted: number; otherKind: number; otherDate: number; takenByAnother: number };
  /** Unmatched predictions: a sentence the gold excludes / another piece of a split gold event / cites a gold cue
   * but is of another kind or date / tells nothing the gold names. */
  unmatched: { excludedSentence: number; splitPiece: number; misreadTelling: number; notInGold: number };
  /** Each article that tells a multi-article gold event, beyond the matched prediction: the same labels for where
   * its telling went, plus "keptApart" (right kind and date, but a separate event: the merge declined) and
   * "joinedElsewhere" (in an event matched to another gold event). `extraArticles` counts articles a matched
   * prediction cites that the gold does not list (wrong joins). */
  tellings: { notExtracted: number; otherKind: number; otherDate: number; keptApart: number; joinedElsewhere: number; extraArticles: number };
}

export function countCauses(scores: Scores, predicted: TimelineEvent[], gold: GoldEvent[], excluded: GoldExclusion[] = []): Causes {
  const matchOf = new Map(scores.matches.map((m) => [m.gold, m.predicted]));
  const matchedPredictions = new Set(scores.matches.map((m) => m.predicted));
  const missed = { notExtracted: 0, otherKind: 0, otherDate: 0, takenByAnother: 0 };
  const tellings = { notExtracted: 0, otherKind: 0, otherDate: 0, keptApart: 0, joinedElsewhere: 0, extraArticles: 0 };

  for (const g of gold) {
    const citers = predicted.filter((p) => cueArticles(p, g).size > 0);
    const match = matchOf.get(g);
    if (!match) {
      const rightKind = citers.filter((p) => p.type === g.type);
      if (!citers.length) missed.notExtracted++;
      else if (!rightKind.length) missed.otherKind++;
      else if (!rightKind.some((p) => datesCompatible(p.date, g.date))) missed.otherDate++;
      else missed.takenByAnother++;
    } else {
      tellings.extraArticles += [...sourceArticles(match)].filter((a) => !g.articles.includes(a)).length;
    }
    if (g.articles.length < 2) continue;
    const joined = match ? cueArticles(match, g) : new Set<string>();
    for (const article of g.articles) {
      if (joined.has(article)) continue;
      const here = citers.filter((p) => cueArticles(p, g).has(article));
      const fitting = here.filter((p) => p.type === g.type && datesCompatible(p.date, g.date));
      if (!here.length) tellings.notExtracted++;
      else if (!here.some((p) => p.type === g.type)) tellings.otherKind++;
      else if (!fitting.length) tellings.otherDate++;
      else if (fitting.some((p) => !matchedPredictions.has(p))) tellings.keptApart++;
      else tellings.joinedElsewhere++;
    }
  }

  const splitPieces = new Set(scores.splits.filter((s) => matchOf.has(s.gold)).flatMap((s) => s.predicted.filter((p) => p !== matchOf.get(s.gold))));
  const unmatched = { excludedSentence: 0, splitPiece: 0, misreadTelling: 0, notInGold: 0 };
  for (const p of scores.unmatched) {
    const quotes = p.sources.map((s) => ({ article: s.article, text: normalizeText(s.quote) }));
    if (excluded.some((x) => quotes.some((q) => q.article === x.article && q.text.includes(normalizeText(x.cue))))) unmatched.excludedSentence++;
    else if (splitPieces.has(p)) unmatched.splitPiece++;
    else if (gold.some((g) => cueArticles(p, g).size > 0)) unmatched.misreadTelling++;
    else unmatched.notInGold++;
  }
  return { missed, unmatched, tellings };
}
