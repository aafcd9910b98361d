// "The pullback, which began on 24 April and was completed on 15 May", "the council decided that the force would
// shrink to 1,000 by the end of August and be gone by 31 December": a second date joined by "and" to a first, in a
// verb phrase with no subject of its own, tells the next step of the first date's development. When the second date's
// own words give no kind, it takes the first's; its cue is its own verb phrase ("should end its mission"), so that the
// step is told apart from the first ("cut to 900 by September and end its mission by 31 December").
// Only verbs of phase, beginning, going on or ending ("and was completed", "and should end its mission", "and
// resumed"), being gone or over ("and be gone"), or being set for a new date ("and are now set for"). (A gapped date,
// "and the mayor on the 4th", already shares the verb before it.) Not a new subject ("and the rebels left on 6 May"),
// nor another verb ("and was criticised on 29 January", "and was called off"). Round 16b.
import { tokens, type Token } from '../nlp/wink.js';
import type { ResolvedDate } from '../types.js';

/** Verbs of phase: the same development begun, carried on or ended. */
const PHASE_VERBS = new Set([
  'begin', 'start', 'continue', 'resume', 'end', 'finish', 'complete', 'conclude', 'close', 'wind', 'wrap', 'terminate',
]);
/**
 * "and to bring the mission to a close", "and draw the operation to an end": a verb of bringing, with "to a close" (an
 * end, a halt) after its object, is a verb of ending. Round 19c.
 */
const BRING_VERBS = new Set(['bring', 'draw']);
const ENDINGS = new Set(['close', 'end', 'halt']);
/**
 * "must be down to 4,000 troops by the end of June and gone by 31 December": a done state right after "and", its "be"
 * shared with the first clause's. Not "over" (a preposition as often: "and over 200 troops"). Round 19c.
 */
const ELIDED_DONE = new Set(['gone', 'finished', 'completed', 'ended', 'closed', 'done']);
/** What "be" may be in the coordinated part: the development done. */
const DONE_STATES = new Set(['gone', 'over', 'complete', 'completed', 'finished', 'done', 'ended', 'closed']);
/**
 * What "be" may be when the development is put on a new date: "were postponed from 11 December and are now set for 18
 * December" (round 18: the new date had no kind, the talks' noun being the first clause's subject). Not "fixed" (a
 * shelled station "was fixed on 8 June": mended), and only running straight to the date ("due on"), not "due to be
 * buried on 9 June", another verb (round 18b).
 */
const SCHEDULED = new Set(['set', 'due', 'scheduled', 'rescheduled', 'planned', 'expected', 'slated']);
/** Auxiliaries and modals that may stand before the verb without a subject. */
const AUXILIARIES = new Set([
  'will', 'would', 'shall', 'should', 'must', 'could', 'may', 'might', 'can', 'to', 'be', 'been', 'being', 'is', 'are',
  'was', 'were', 'has', 'have', 'had', 'then', 'finally', 'only', 'fully', 'formally', 'officially', 'now',
]);
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
const CLAUSE_BREAK = /^[;:.!?()—–]$/;

export interface Coordinated {
  /** The date whose development this one continues. */
  first: ResolvedDate;
  /** The words of its own verb phrase, from the verb to the date: "end its mission", "be gone". */
  own: { start: number; end: number };
  /**
   * A new date set ("and are now set for"): where the first clause's verb begins, so the shared subject can be read
   * with this verb phrase alone ("The talks | were postponed from 11 December and | are now set for 18 December").
   */
  subjectEnd?: number;
}

/**
 * The date before `date` in the sentence whose development `date` continues (see the header), or undefined.
 * @param dates the sentence's resolved dates, in any order
 */
export function coordinatedDate(sentence: string, date: ResolvedDate, dates: readonly ResolvedDate[]): Coordinated | undefined {
  const first = dates.filter((d) => d.index + d.text.length <= date.index).sort((a, b) => b.index - a.index)[0];
  if (!first) return undefined;
  const toks = tokens(sentence);
  const between = toks.filter((t) => t.start >= first.index + first.text.length && t.end <= date.index);
  const and = between.findIndex((t) => t.normal === 'and');
  if (and < 0 || between.slice(0, and).some((t) => t.text !== ',')) return undefined;
  const after = between.slice(and + 1);
  if (after.some((t) => CLAUSE_BREAK.test(t.text) || t.text === ',')) return undefined;
  const verb = phaseVerb(after, toks.some((t) => t.end <= first.index && BE.has(t.normal)));
  if (verb === undefined) return undefined;
  const words = after.slice(verb).filter((t) => t.end <= date.index && !(t.pos === 'ADP' && t.end === after.at(-1)!.end));
  const own = { start: words[0]!.start, end: words.at(-1)!.end };
  if (!after.some((t) => SCHEDULED.has(t.normal))) return { first, own };
  const opening = toks.filter((t) => t.end <= first.index);
  const v = opening.findIndex((t, i) => i > 0 && (t.pos === 'AUX' || t.pos === 'VERB'));
  const subjectOk = v > 0 && v <= 8 && !opening.slice(0, v).some((t) => t.pos === 'PUNCT');
  return subjectOk ? { first, own, subjectEnd: opening[v]!.start } : { first, own };
}

/**
 * "and was completed", "and should end its mission", "and be gone": auxiliaries, then a verb of phase or a done state.
 * @returns where the verb phrase starts in `after` (the "be" of a done state), or undefined
 */
function phaseVerb(after: readonly Token[], beBefore = false): number | undefined {
  // (A "be" of the first clause shared: "and gone by 31 December".)
  if (beBefore && after[0] && ELIDED_DONE.has(after[0].normal)) return 0;
  let k = 0;
  let be = false;
  // (Not `be ||= BE.has(after[k++])`: once `be` is true that skips the increment, and "and was then completed" hung.)
  for (; k < after.length && AUXILIARIES.has(after[k]!.normal); k++) if (BE.has(after[k]!.normal)) be = true;
  const verb = after[k];
  if (!verb) return undefined;
  const straight = after.slice(k + 1).every((t) => (t.pos === 'ADP' || t.pos === 'ADV') && t.normal !== 'to');
  if (be && (DONE_STATES.has(verb.normal) || (SCHEDULED.has(verb.normal) && straight))) {
    return after.findIndex((t) => BE.has(t.normal));
  }
  if (BRING_VERBS.has(verb.lemma) && verb.pos === 'VERB') {
    const to = after.findIndex((t, i) => i > k && t.normal === 'to');
    return to > k + 1 && ['a', 'an'].includes(after[to + 1]?.normal ?? '') && ENDINGS.has(after[to + 2]?.normal ?? '') ? k : undefined;
  }
  return PHASE_VERBS.has(verb.lemma) && (verb.pos === 'VERB' || verb.pos === 'AUX') ? k : undefined;
}

/**
 * "The envoy arrived in Osk on 3 January and fell ill on 5 January": a second date in a verb phrase of its own, joined
 * by "and" to the first date's, whose own words tell nothing of our kinds, takes no cue from before the first date:
 * that cue is the first date's development (round 17: the arrival was told again on the day he fell ill). Only a verb
 * right after "and" (adverbs and auxiliaries between): a gapped date ("met X on 3 January and Y on 5 January", "and
 * again on 5 January") shares the verb before it; a verb of phase is coordinatedDate's.
 * @param cueAt where the classifier's cue stands in the sentence
 * @param toldAlone whether words of the sentence, read alone, tell a development of our kinds
 */
export function otherVerbAfterAnd(
  sentence: string,
  date: ResolvedDate,
  dates: readonly ResolvedDate[],
  cueAt: number,
  toldAlone: (words: string) => boolean,
): boolean {
  const first = dates.filter((d) => d.index + d.text.length <= date.index).sort((a, b) => b.index - a.index)[0];
  if (!first || cueAt < 0 || cueAt >= first.index) return false;
  const toks = tokens(sentence);
  const between = toks.filter((t) => t.start >= first.index + first.text.length && t.end <= date.index);
  const and = between.findIndex((t) => t.normal === 'and');
  if (and < 0 || between.slice(0, and).some((t) => t.text !== ',')) return false;
  const after = between.slice(and + 1);
  if (!after.length || after.some((t) => CLAUSE_BREAK.test(t.text) || t.text === ',')) return false;
  let k = 0;
  while (k < after.length && (after[k]!.pos === 'ADV' || AUXILIARIES.has(after[k]!.normal))) k++;
  const verb = after[k];
  if (!verb || verb.pos !== 'VERB' || PHASE_VERBS.has(verb.lemma) || phaseVerb(after) !== undefined) return false;
  return !toldAlone(sentence.slice(verb.start, date.index + date.text.length));
}

/**
 * What a step of ending may end and still be a troop development's step: the force's own body ("and to end its mission",
 * "and close the base"), a pronoun standing for it ("and end it"), or nothing ("and be gone"). Round 19d.
 */
const FORCE_BODIES = new Set([
  'mission', 'missions', 'force', 'forces', 'deployment', 'deployments', 'operation', 'operations', 'presence',
  'contingent', 'contingents', 'garrison', 'base', 'bases', 'camp', 'camps', 'outpost', 'outposts', 'troops', 'soldiers',
  'units', 'unit', 'battalion', 'battalions', 'brigade', 'brigades', 'peacekeepers', 'withdrawal', 'drawdown', 'pullout',
  'pullback', 'handover', 'rotation', 'engagement', 'occupation', 'stationing', 'role', 'commitment', 'mandate',
]);
const STANDING_FOR = new Set(['it', 'them', 'this', 'that', 'these', 'those']);

/**
 * "decided to cut the garrison to 500 troops by October and to terminate the catering contract on 31 December", "will
 * withdraw 300 soldiers by September and close the canteen on 30 November": a step of ending after "and" (see
 * phaseVerb) whose object is not the force itself ends something else; the first clause's troop development does not
 * carry to its date (before round 19d it did: a second troops mention on the contract's or canteen's day). Round 19d.
 * @returns true when the verb phrase after "and" before `date` ends an object that is not a force body
 */
export function endsOtherThanForce(sentence: string, date: ResolvedDate, dates: readonly ResolvedDate[]): boolean {
  const first = dates.filter((d) => d.index + d.text.length <= date.index).sort((a, b) => b.index - a.index)[0];
  if (!first) return false;
  const toks = tokens(sentence);
  const between = toks.filter((t) => t.start >= first.index + first.text.length && t.end <= date.index);
  const and = between.findIndex((t) => t.normal === 'and');
  if (and < 0 || between.slice(0, and).some((t) => t.text !== ',')) return false;
  const after = between.slice(and + 1);
  if (after.some((t) => CLAUSE_BREAK.test(t.text) || t.text === ',')) return false;
  let k = 0;
  while (k < after.length && (AUXILIARIES.has(after[k]!.normal) || after[k]!.pos === 'ADV')) k++;
  const verb = after[k];
  if (!verb) return false;
  // (The lemma alone: the tagger reads "close the canteen" as an adjective as often as a verb.)
  const bring = BRING_VERBS.has(verb.lemma);
  if (!bring && !PHASE_VERBS.has(verb.lemma) && !PHASE_VERBS.has(verb.normal)) return false;
  let object = after.slice(k + 1);
  if (bring) {
    const to = object.findIndex((t) => t.normal === 'to');
    if (to < 0) return false;
    object = object.slice(0, to);
  } else {
    // (Up to the preposition that opens the date, or one that opens a place or a time: "close the base in Osk on …".)
    const adp = object.findIndex((t) => t.pos === 'ADP');
    if (adp >= 0) object = object.slice(0, adp);
  }
  const words = object.filter((t) => t.pos !== 'DET' && t.pos !== 'PUNCT');
  if (!words.length) return false;
  return !words.some((t) => FORCE_BODIES.has(t.normal) || STANDING_FOR.has(t.normal));
}
