// A development told only ahead of its date that came on another day was put off: "A second round is due on 11
// December." (the round opened on 18 December), "the battalion would leave on 20 March as planned" (it left on 2
// April). The plan is no development of its own. Such a cluster (a round of talks, or a troop move) is dropped when its
// own clause says the plan was put off ("…, due on 11 December, was put back", "due home on 15 May, left a week
// late"), or when another cluster tells the same development as done within a few weeks after the plan: a round of the
// same step; a move of the same sort by the same unit (an actor or place in common, or two words of its own), with no
// different figure. Never when the two name different people or different places. A plan nothing contradicts stays;
// so does one that a telling dates earlier, more often a meeting to prepare it ("met on 31 March to settle the third
// round's agenda") than a round brought forward.
//
// Decided for each plan against the clusters as merged; a dropped plan holds no done telling, so it cannot be the held
// round that drops another, and the result does not depend on the order articles were read in.
import type { CalendarDate, Mention } from '../types.js';
import { tenseAt } from '../dates/tense.js';
import { negatesPutOff } from '../extract/postponed-plan.js';
import { disjoint, onlyNamesKind, profileMention, shared, type MentionProfile } from './mention-evidence.js';

/** How long after its planned day a development may have come and still be that plan put off. */
const SLIP_DAYS = 45;

export function dropPlansNotKept(clusters: readonly Mention[][]): Mention[][] {
  const developments = clusters.map(developmentOf);
  // Done developments dated to the day, by kind and day number: a plan looks only at the SLIP_DAYS days after its own,
  // not at every done development (tens of thousands of clusters at 10,000 articles).
  const done = new Map<string, Development[]>();
  for (const d of developments) {
    if (!d || d.planOnly || d.precision !== 'day') continue;
    const key = `${d.kind}|${dayNumber(d.date)}`;
    const list = done.get(key);
    if (list) list.push(d);
    else done.set(key, [d]);
  }
  const heldLater = (plan: Development) => {
    const day = dayNumber(plan.date);
    for (let later = day + 1; later <= day + SLIP_DAYS; later++) if (done.get(`${plan.kind}|${later}`)?.some((d) => same(plan, d))) return true;
    return false;
  };
  return clusters.filter((cluster, i) => {
    const plan = developments[i];
    if (!plan?.planOnly) return true;
    // "The fourth round, which was due to open in Tarn today, has been postponed": the plan's own telling says so.
    if (cluster.some(toldPutOff)) return false;
    return plan.precision !== 'day' || !heldLater(plan);
  });
}

interface Development {
  kind: 'talks' | 'troops';
  /** No telling of the cluster is told as done. */
  planOnly: boolean;
  /** The one step of a sequence its tellings name ("2" for "the second round"), undefined for none or several. */
  step: string | undefined;
  /** A troop move's sort (an arrival, 154; a departure, 0874; a handover, 087), from its tellings' cues. */
  move: string | undefined;
  date: CalendarDate;
  precision: Mention['date']['precision'];
  actors: Set<string>;
  places: Set<string>;
  /** Words of the development beyond those that only name its kind ("engineer", "battalion"; not "leave", "troops"). */
  words: Set<string>;
  /** Troop figures ("300 troops"). */
  quantities: Set<string>;
}

/** Rounds of talks and troop moves, the developments set for a day in advance; undefined for any other. */
function developmentOf(cluster: readonly Mention[]): Development | undefined {
  const kind = cluster[0]!.classification.type;
  if (kind !== 'talks' && kind !== 'troops') return undefined;
  const profiles: MentionProfile[] = cluster.map((m) => profileMention(m));
  if (kind === 'talks' && !profiles.some((p) => p.round)) return undefined;
  const moves = new Set(profiles.map((p) => p.cameo));
  const move = moves.size === 1 ? [...moves][0] : undefined;
  if (kind === 'troops' && (move === undefined || !MOVES.has(move))) return undefined;
  const steps = new Set(profiles.flatMap((p) => [...p.ordinals]));
  const precise = cluster.reduce((best, m) => (m.date.precision === 'day' ? m : best), cluster[0]!);
  return {
    kind,
    planOnly: cluster.every((m, i) => profiles[i]!.plan || profiles[i]!.deadline || datesPlan(m) || (kind === 'troops' && ahead(m))),
    step: steps.size === 1 ? [...steps][0] : undefined,
    move,
    date: precise.date.date,
    precision: precise.date.precision,
    actors: new Set(profiles.flatMap((p) => [...p.actors])),
    places: new Set(profiles.flatMap((p) => [...p.places])),
    words: new Set(profiles.flatMap((p) => [...p.terms].filter((w) => !onlyNamesKind(w, kind) && !p.nameWords.has(w)))),
    quantities: new Set(profiles.flatMap((p) => [...p.quantities])),
  };
}
const MOVES = new Set(['154', '0874', '087']);

/** A troop move told ahead ("would leave on 20 March", "20 March: the battalion due to fly home", "the planned departure"). */
function ahead(m: Mention): boolean {
  return tenseAt(m.quote, m.date.index, m.date.text.length).tense === 'future' || AHEAD.test(m.quote);
}
const AHEAD = /\b(?:(?:due|set|scheduled|expected)\s+to\s+(?:leave|depart|fly|sail|go|return|arrive|deploy|withdraw|pull|hand|be\s+home)|(?:planned|scheduled|intended)\s+(?:departure|arrival|withdrawal|pullout|handover|deployment|rotation))\b/i;

/**
 * Whether a done development is the plan's: a round of the same step; a troop move of the same sort naming one actor
 * or place, or sharing two words of its own, with no different figure. Never when both name people, or places, and
 * none in common: another process's round of that number, another force's move.
 */
function same(plan: Development, done: Development): boolean {
  if (disjoint(plan.actors, done.actors) || disjoint(plan.places, done.places)) return false;
  if (plan.kind === 'talks') return plan.step !== undefined && plan.step === done.step;
  if (plan.move !== done.move || (plan.step !== undefined && done.step !== undefined && plan.step !== done.step) || disjoint(plan.quantities, done.quantities)) return false;
  return shared(plan.actors, done.actors) + shared(plan.places, done.places) > 0 || shared(plan.words, done.words) >= 2;
}

/**
 * "The second round, due on 11 December, was put back", "the round, which was due to open in Tarn today, was
 * postponed": the date is the plan's, whatever the sentence's verb tells.
 */
function datesPlan(m: Mention): boolean {
  return PLAN_BEFORE_DATE.test(m.quote.slice(Math.max(0, m.date.index - 50), m.date.index));
}
// (Not "opened as planned on 18 May", "as scheduled", "as expected": a round held on the day.)
const PLAN_BEFORE_DATE = /\b(?<!\bas\s+)(?:due|set|scheduled|planned|expected|pencilled)\b(?:\s+(?:to|for|on|in|at|by|open|begin|start|resume|reopen|be|held|take|place|the|home|back|out|leave|depart|arrive|close|end|[A-Z][\w-]*)){0,5}\s*$/;

/**
 * The telling's own clause says the plan was put off, in so many words ("was put back", "left a week late"), not
 * negated ("will not be postponed"). Only between the semicolons around its date: "due to open on 18 December; the
 * rebels' delayed reply arrived on Monday" keeps the plan. Extraction's postponedPlan drops only a date right after the
 * plan's words ("due on"); this also reads "due to open in Hollin today" and "due home", so is kept beside it.
 */
function toldPutOff(m: Mention): boolean {
  const start = m.quote.lastIndexOf(';', m.date.index) + 1;
  const semicolon = m.quote.indexOf(';', m.date.index);
  const clause = m.quote.slice(start, semicolon < 0 ? m.quote.length : semicolon);
  for (const hit of clause.matchAll(PUT_OFF)) if (!negatesPutOff(clause.slice(0, hit.index))) return true;
  return false;
}
const PUT_OFF =
  /\b(?:postpon(?:e|es|ed|ing|ement)|put\s+(?:it\s+)?(?:back|off)|pushed\s+back|called\s+off|cancell?ed|deferred|delayed|(?:a|an|one|two|three|four|five|six|\d{1,2}|several|some)\s+(?:days?|weeks?|months?)\s+late)\b/gi;

/** Days since 1970 of a date given to the day. */
function dayNumber(d: CalendarDate): number {
  return Date.UTC(d.year, d.month! - 1, d.day!) / 86_400_000;
}
