// What extraction decided for each sentence and why, recorded by extraction itself as it decides (extract-mentions.ts
// takes an optional trace), so `npm run explain` prints what was done rather than a copy of the steps that drifts.
// Absent, it costs an `if (trace)` per decision: the benchmark extracts 10,000 articles without one.
import type { Classification, Mention, Orphan, ResolvedDate } from '../types.js';
import type { RelativeDate } from '../dates/resolve-dates.js';

/** Short stable codes, one per decision; `message` says it in words. */
export type ReasonCode =
  // What the sentence counts from, and page furniture.
  | 'diary-day' // a diary entry's heading gives its days ("Sunday 4 February")
  | 'signed-day' // a signed comment's stamp gives its days ("- Name (talk) 19:30, 21 March 2045 (UTC)")
  | 'signature-stamp' // a signature's stamp dates no development
  | 'year-heading' // a chronology's year heading gives its entries their year
  | 'named-back' // "claimed that ambush the next day": counts on from the date the named development was told at
  | 'furniture' // teaser, notice, caption, boxed label or repeated headline: yields nothing
  | 'no-date' // no temporal expression (and no present-tense troop level)
  // What the date pipeline found (dates/pipeline.ts).
  | 'date' // an expression resolved to a date
  | 'not-a-date' // an expression the date refiners dropped, with their reason
  | 'relative' // an expression dated only against another development ("hours before the talks")
  // A date that gives no mention.
  | 'photo-date' // in a caption, the photo's own date
  | 'target' // "by 2027" in the future: a target, not a date of a development
  | 'not-yet-by' // "had not commented by last night": what had not happened by then
  | 'postponed-plan' // "due on 11 May, was put back a week": a plan not kept dates nothing
  | 'purpose-clause' // inside a purpose infinitive ("met on Monday to prepare next week's talks"): dates nothing
  | 'compared-figure' // the date of a comparison's earlier figure ("down from 9,100 in February"): dates no saying
  | 'quoted-date' // a date inside a quotation whose cue stands outside it ('he said: "Ask me next week."')
  | 'compared-time' // the other term of a comparison ("less pessimistic than a month ago"): dates nothing
  | 'due-past' // the date a development was due, by a judgement of the past ("should have been completed a year ago"): dates nothing
  | 'other-verb-after-and' // "arrived on 3 May and fell ill on 5 May": the first date's cue, not the second's
  | 'dated-relative' // the cue is in a relative clause with a date of its own ("who arrived on 5 February")
  | 'decided-aim' // inside the infinitive of what was decided ("decision of 7 April to close it on 31 December")
  | 'saying-topic' // modifies what a saying is about ("said of the February session"): the topic's date, not the saying's
  | 'no-kind' // the words at the date name none of our kinds (with the classifier's reasons)
  | 'period-end' // an end of a period a tally runs over ("between 2 February and 10 March", "so far in 2030")
  | 'in-progress' // "now" with a verb in the progressive: a process, not a state
  | 'across-semicolon' // "now" and the cue on two sides of a semicolon
  | 'cue-before-counted-day' // the cue stands between a date and a day counted back from it: the counted day's
  | 'sequel-verb-between' // a day counted on from a date whose verb is none of our kinds
  | 'next-day-listed' // "on 26 and 27 February": talks over two days in a row are one round
  | 'coarser-duplicate' // the same development told at a coarser date of the same sentence
  | 'replaces-coarser' // the same development at a finer date replaces the coarser one kept before
  | 'counted-on-relative' // "The following day" after a sentence dated only relative to a development
  // Mentions given, and what adds more from one sentence.
  | 'mention' // a mention given (kind, CAMEO, cue, date)
  | 'present-level' // a present-tense troop level, dated by publication
  | 'when-clause' // a fronted when-clause's date is also the main clause's
  | 'saying-beside' // what was said at a visit or meeting is a statement on the same date
  | 'saying-in-line' // a chronology line's clause after a semicolon, a saying, is a statement of the same day
  | 'occasion-beside' // the development a saying was made at, on the saying's date
  | 'coordinated-date' // a date joined by "and" to the one before, with no words of its own: that date's development
  | 'cue-before-own-clause' // "promised last month …, and a company is due on Tuesday": the first clause's cue does not date the second's date
  | 'own-clause' // a date in a coordinated clause of its own ("…, and the camp is to be handed over in mid-July"): its clause's words, read alone
  | 'walkout-return' // "walked out on 30 January and returned on 14 February": the walkout's party coming back
  | 'day-named' // a day named by what else happened on it ("on a morning when …"), on the same date
  | 'orphan' // a day and no word of our kinds: kept apart, for another article's telling
  | 'dateline' // the date of the sentence's dateline: the filing's, no orphan
  // Relative expressions.
  | 'relative-from-clause' // counted from a day an earlier clause told
  | 'relative-anchor-clause' // dated by a date inside the anchor's own clause
  | 'relative-apposed' // "on 21 February, the morning after jets bombed …": the anchor a day before that day
  | 'relative-same-day' // "Hours after the vote" after a sentence dated to the day that told nothing of ours
  | 'relative-pending' // dated only once the anchor's development is found (events/resolve-relative.ts)
  | 'relative-kind-dated' // the sentence already dates that kind: the relative date dates only the other one
  | 'relative-no-kind' // its words name none of our kinds
  // Dropped once the whole article is read.
  | 'back-reference' // "Sunday's attack" after the article told the attack on Sunday
  | 'second-day'; // talks going on the day after talks dated to the day: the same round

/** Why the classifier found nothing, or set a cue aside (classify/classify-sentence.ts, classify/find-cues.ts). */
export interface ClassifierNote {
  code: string;
  message: string;
}

export interface TraceStep {
  code: ReasonCode;
  message: string;
  date?: ResolvedDate;
  relative?: RelativeDate;
  classification?: Classification;
  /** The mention given (code 'mention' and the steps that give one), or dropped later. */
  mention?: Mention;
  orphan?: Orphan;
  /** What the classifier said, for 'no-kind' and 'relative-no-kind'. */
  classifier?: ClassifierNote[];
}

export interface SentenceTrace {
  index: number;
  text: string;
  steps: TraceStep[];
}

export interface ExtractionTrace {
  sentences: SentenceTrace[];
}

export function createTrace(): ExtractionTrace {
  return { sentences: [] };
}

/** Opens the record of one sentence; later steps go to it. */
export function traceSentence(trace: ExtractionTrace, index: number, text: string): void {
  trace.sentences.push({ index, text, steps: [] });
}

/** Records a step on the sentence of `sentence` (the current one unless a later filter reaches back). */
export function traceStep(trace: ExtractionTrace, step: TraceStep, sentence?: number): void {
  const target = sentence === undefined ? trace.sentences.at(-1) : trace.sentences.find((s) => s.index === sentence);
  target?.steps.push(step);
}

/** A collector for the classifier's notes on one call (only made when tracing). */
export function classifierNotes(): { notes: ClassifierNote[]; why: (code: string, message: string) => void } {
  const notes: ClassifierNote[] = [];
  return { notes, why: (code, message) => notes.push({ code, message }) };
}

/** Codes whose step gives a mention. */
const GIVES = new Set<ReasonCode>(['mention', 'present-level', 'relative-from-clause', 'relative-anchor-clause', 'relative-apposed', 'relative-same-day']);
/** Codes whose step takes back a mention given before. */
const TAKES_BACK = new Set<ReasonCode>(['back-reference', 'second-day']);

/** The mentions the trace says extraction gave, in order: those given, less those taken back. */
export function givenMentions(trace: ExtractionTrace): Mention[] {
  const taken = new Set<Mention>();
  for (const s of trace.sentences) for (const step of s.steps) if (TAKES_BACK.has(step.code) && step.mention) taken.add(step.mention);
  const out: Mention[] = [];
  for (const s of trace.sentences) for (const step of s.steps) if (GIVES.has(step.code) && step.mention && !taken.has(step.mention)) out.push(step.mention);
  return out;
}
