// A round of talks told only ahead of its date ("A second round is due on 11 December.") that other tellings show held
// on another day ("The second round opened in Brisa on 18 December.") was put off: the plan is no development of its
// own. Such a cluster is dropped when its own sentence says the plan was put off ("…, due on 11 December, was put
// back"), or when some cluster of talks holds a telling of that round (the same step of the sequence, no other) told as
// done within a few weeks after the plan, naming no different people or places. A plan nothing contradicts stays; so
// does one that a telling of its round dates earlier, more often a meeting to prepare it ("met on 31 March to settle
// the third round's agenda") than a round brought forward.
//
// Decided for each plan against the clusters as merged; a dropped plan holds no done telling, so it cannot be the held
// round that drops another, and the result does not depend on the order articles were read in.
import { compareCalendarDates } from '../calendar/calendar-date.js';
import type { CalendarDate, Mention } from '../types.js';
import { profileMention, type MentionProfile } from './mention-evidence.js';

/** How long after its planned day a round may have been held and still be that round put off. */
const SLIP_DAYS = 45;

export function dropPlansNotKept(clusters: readonly Mention[][]): Mention[][] {
  const rounds = clusters.map((cluster) => (cluster[0]!.classification.type === 'talks' ? roundOf(cluster) : undefined));
  const held = rounds.filter((r): r is Round => r !== undefined && !r.planOnly);
  return clusters.filter((cluster, i) => {
    const plan = rounds[i];
    if (!plan?.planOnly) return true;
    // "The fourth round, which was due to open in Tarn today, has been postponed": the plan's own telling says so.
    if (cluster.some((m) => PUT_OFF.test(m.quote))) return false;
    if (plan.step === undefined || plan.precision !== 'day') return true;
    return !held.some((round) => round.step === plan.step && round.precision === 'day' && putOff(plan.date, round.date) && !differ(plan, round));
  });
}

interface Round {
  /** No telling of the cluster is told as done. */
  planOnly: boolean;
  /** The one step of a sequence its tellings name ("2" for "the second round"), undefined for none or several. */
  step: string | undefined;
  date: CalendarDate;
  precision: Mention['date']['precision'];
  actors: Set<string>;
  places: Set<string>;
}

function roundOf(cluster: readonly Mention[]): Round | undefined {
  const profiles: MentionProfile[] = cluster.map((m) => profileMention(m));
  if (!profiles.some((p) => p.round)) return undefined;
  const steps = new Set(profiles.flatMap((p) => [...p.ordinals]));
  const precise = cluster.reduce((best, m) => (m.date.precision === 'day' ? m : best), cluster[0]!);
  return {
    planOnly: cluster.every((m, i) => profiles[i]!.plan || datesPlan(m)),
    step: steps.size === 1 ? [...steps][0] : undefined,
    date: precise.date.date,
    precision: precise.date.precision,
    actors: new Set(profiles.flatMap((p) => [...p.actors])),
    places: new Set(profiles.flatMap((p) => [...p.places])),
  };
}

/**
 * "The second round, due on 11 December, was put back", "the round, which was due to open in Tarn today, was
 * postponed": the date is the plan's, whatever the sentence's verb tells.
 */
function datesPlan(m: Mention): boolean {
  return PLAN_BEFORE_DATE.test(m.quote.slice(Math.max(0, m.date.index - 50), m.date.index));
}
const PLAN_BEFORE_DATE = /\b(?:due|set|scheduled|planned|expected|pencilled)\b(?:\s+(?:to|for|on|in|at|open|begin|start|resume|reopen|be|held|take|place|the|[A-Z][\w-]*)){0,5}\s*$/;

/** A plan put off, in so many words. */
const PUT_OFF = /\b(?:postpon(?:e|es|ed|ing|ement)|put\s+(?:it\s+)?back|pushed\s+back|called\s+off|cancell?ed|deferred|delayed)\b/i;

/** Whether a round held on `held` may be the one planned for `planned`, put off: later, by a few weeks at most. */
function putOff(planned: CalendarDate, held: CalendarDate): boolean {
  const days = (d: CalendarDate) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) / 86_400_000;
  return compareCalendarDates(planned, held) < 0 && days(held) - days(planned) <= SLIP_DAYS;
}

/** Different people, or different places, named on both sides: another process's round of that number. */
function differ(a: Round, b: Round): boolean {
  const none = (x: Set<string>, y: Set<string>) => x.size > 0 && y.size > 0 && ![...x].some((v) => y.has(v));
  return none(a.actors, b.actors) || none(a.places, b.places);
}
