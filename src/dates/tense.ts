// Which way an expression points in time, read from the verbs of the clause around it. Weekday and month names
// without a year need it: "said on Saturday" is the Saturday before publication, "will meet on Monday" the Monday
// after. The rule is deliberately small and explainable:
//
//  1. Find verb cues in the sentence:
//     future  — will, shall, would, 'll, is/are set|due|expected|scheduled|slated|poised|going|about to, is to,
//               has/have promised|pledged|offered|committed (a promise that stands),
//               has/have invited (an invitation that stands), is/are expected|due back, coming in|on|next,
//               plans|intends|aims|hopes|vows|pledges|promises|prepares|proposes|seeks|looks forward to,
//               to be held (to be + a word),
//               the "to" of agreed|arranged to <verb> ("have agreed to meet again on 14 June"),
//               upcoming, forthcoming, the coming, next, later this, scheduled|planned|set|slated|due (in) for,
//               is/are (now) due on|in|at|by,
//               takes effect, comes into force (a measure's onset told in the present), must, has/needs to,
//               "they'd" before a bare verb, a participle ordered or wanted before a deadline ("ordered the force
//               cut … by June"; a participle after a bare "and" shares the future before it),
//               a scheduled act in the simple present before a weekday ("negotiators meet … on Tuesday"),
//               a chronology's "(scheduled)", "(planned)"
//     past    — was, were, had, did, ago, simple-past and -ed verbs (not right after a determiner: "the planned talks"),
//               and "in an interview / a statement / a press conference …" (a report that already exists)
//     perfect — has, have (counts as past for dating; as present for "now")
//     present — is, are, am and a few stative verbs (remains, numbers, hosts …); used only for "now", "currently"
//  2. Cut the sentence into clauses at , ; : dashes and quotation marks (not at parentheses).
//  3. Take the nearest cue before the expression in its clause, else the nearest after it in its clause, else the
//     nearest after it in the sentence (a fronted "On Wednesday, … targeted"), else the nearest before it; a date
//     whose clause goes on after it trails the clause before it, so there the nearest before comes first. Looking
//     ahead stops at a "that" opening a that-clause ("the announcement on 10 March that the round will open").
//     "was due to", "were to" is a future seen from the past (`then`): month-names takes the nearest such date.
//  4. No cue at all: past. News reports what has happened.
import { AIM_GAP, DETERMINERS, isPastEd, isPastVerb, lowerWordAt, MONTH_WORD, PREPOSITIONS, PRESENT_VERBS, WEEKDAY_WORD } from './words.js';
import type { Tense } from './candidate.js';
import { apposedPast } from './apposed-date.js';

export type CueKind = 'future' | 'past' | 'perfect' | 'present';
export interface VerbCue {
  start: number; end: number; kind: CueKind; text: string;
  /** Governs its own clause only. */ local?: true;
  /** A future seen from the past ("was due to open", "were to meet"): ahead of then, not of publication. */
  then?: true;
  /** A timetable's simple present before a weekday ("arrives on Sunday"): a caption's present is its picture's. */
  timetable?: true;
  /** "would": a future seen from a saying, which may be told long after it (refiners/reported-plans.ts). */
  reported?: true;
  /** Where the words the cue completes begin ("decision" of "decision of 7 April to"): a date between is theirs. */
  opens?: number;
}

/** Verbs of a scheduled act, as a plan's infinitive has them ("to open", "to meet", "to leave"). */
const SCHEDULED_ACTS = 'open|reopen|resume|start|begin|meet|leave|withdraw|return|close|end|sign|visit|hand|pull|quit|arrive|hold|go|take|send|deploy|cut|fly|sail|vote|convene|reconvene|travel';

const FUTURE_PATTERNS: RegExp[] = [
  /\b(?:will|shall|won['’]t)\b/gi,
  /\b[a-z]+['’]ll\b/gi,
  /\b(?:is|are|am|be|been)\s+(?:now\s+|still\s+|also\s+)?(?:set|due|expected|scheduled|slated|poised|going|planning|likely|about|preparing|meant|supposed)\s+to\b/gi,
  /\b(?:was|were)\s+(?:now\s+|still\s+|also\s+)?(?:poised|planning|likely|about|preparing)\s+to\b/gi,
  // "is now due on April 14", "are due in May": a schedule told in the present ("was due on" is not: it may be past).
  // The preposition is only looked at: it opens the date's own span ("on 15 September"), and a cue overlapping the
  // span is no cue for it (round 17: "A third round is due on 15 September" had gone a year back).
  /\b(?:is|are)\s+(?:now\s+|still\s+|also\s+)?due\b(?=\s+(?:on|in|at|by)\b)/gi,
  // "A fourth round is expected in January": expected, planned or scheduled in the present is still ahead.
  /\b(?:is|are)\s+(?:now\s+|still\s+|also\s+)?(?:expected|planned|scheduled|slated|pencil+ed\s+in)\b(?=\s+(?:in|on|at|by|for|before|after|around)\b)/gi,
  /\b(?:is|are)\s+to\b(?=\s+(?!blame\b)[a-z])/gi,
  /\b(?:plans?|planning|intends?|intending|aims?|aiming|hopes?|hoping|vows?|vowed|pledges?|pledged|promises?|promised|prepares?|preparing|looks?\s+forward|looking\s+forward)\s+to\b/gi,
  // An aim told in the present: "proposes to open a third round on 24 March", "seeks to hold the vote in May" (the
  // past forms may be a plan made and dropped, so they are left to the clause's other verbs).
  /\b(?:proposes|proposing|seeks|seeking)\s+to\b/gi,
  /\bto\s+be\s+[a-z]+\b/gi,
  // A promise that stands ("has promised a company in mid-July", "have pledged two helicopters for May"): the present
  // perfect takes no past date of its own, so the date is the promised thing's, ahead. Round 11.
  /\b(?:has|have)\s+(?:now\s+|also\s+|already\s+)?(?:promised|pledged|offered|committed)\b/gi,
  // So does an invitation that stands: "has invited both sides to talks in the capital on Jan. 24" dates the talks
  // it invites to, ahead (a present perfect takes no past date of its own). Round 13.
  /\b(?:has|have)\s+(?:now\s+|also\s+|already\s+)?invited\b/gi,
  // A schedule with no finite verb: "With the talks due to resume on 19 May, …", "the round, due to open on 3 May,":
  // "due to" before the bare verb of a scheduled act is ahead of the telling (not "due to the weather", a cause; and
  // "was due to open" is a future seen from the past, below). Round 20.
  // (An aside, "The round, due to open on 3 May, …", is DUE_ASIDE's.)
  new RegExp(String.raw`(?<!\b(?:was|were|is|are|am|be|been|being)\s+(?:[a-z]+\s+)?|[,(—–]\s*)\bdue\s+to\b(?=\s+(?:${SCHEDULED_ACTS})\b)`, 'gi'),
  // A return expected or due: "is expected back in the capital in mid-July", "are due back on Friday". Round 13.
  /\b(?:is|are)\s+(?:now\s+|still\s+|also\s+)?(?:expected|due)\s+back\b/gi,
  // Something on its way: "there is a third round coming in April", "with talks coming up on Monday". Round 13.
  /\bcoming\s+(?:up\s+)?(?=(?:in|on|at|next|this|later)\b)/gi,
  /\b(?:upcoming|forthcoming|the\s+coming|later\s+this|(?:scheduled|planned|set|slated|due|earmarked|penciled|pencilled)(?:\s+in)?\s+for)\b/gi,
  /\bnext\b(?!\s+(?:day|morning|evening|night|to)\b)/gi,
  // A deadline given in the present lies ahead: "The sailors at Ketta have until 30 September", "residents have until
  // Friday to leave" (only the verb is the cue: "until" opens the date's own span). Round 20.
  /\b(?:has|have)\b(?=\s+(?:now\s+|still\s+|only\s+)?until\b)/gi,
  // A new date for something put off lies ahead: "the talks were postponed until 2 April", "moved to Friday".
  /\b(?:postponed|delayed|put\s+off|pushed\s+back|moved|rescheduled|deferred|adjourned)\s+(?:until|till|to)\b/gi,
  // A measure's onset told in the present is a schedule: "the cut takes effect in April", "comes into force in May".
  /\b(?:takes|take)\s+effect\b|\b(?:comes|come)\s+into\s+(?:force|effect)\b/gi,
  // A chronology's entry marked as a plan: "Early July (scheduled) — The fourth round", "14 Aug (planned):".
  /\((?:scheduled|planned|expected|due|provisional|tentative|to\s+come)\)/gi,
];

/**
 * A timetable told in the simple present: "negotiators meet in Sudra on Tuesday", "the assembly votes on Thursday",
 * "the ferry sails on Friday". A verb of a scheduled act, in the present, with a weekday after it in its clause,
 * lies ahead: news tells past acts in the past. Only for weekdays: a chronology's "3 March — envoys meet" is a
 * present of narration, and its month-days must stay in their year. Not a noun ("the vote on Thursday", "her
 * visit", "Tuesday's meet"), an adjective ("stayed open on Monday") nor an infinitive or a verb after a modal ("will
 * travel", "agreed to meet": those have cues of their own). Round 12.
 */
const SCHEDULED_PRESENT =
  /(?<!\b(?:the|a|an|its|their|his|her|this|that|whose|our|my|your|first|second|third|next|last|final|remain|remains|remained|stay|stays|stayed|was|were|is|are|be|been|being|keep|keeps|kept|to|will|would|shall|can|could|may|might|must|should|do|does|did|not|never)\s+)(?<!['’](?:s|ll)\s+)\b(?:meet|meets|open|opens|reopen|reopens|begin|begins|start|starts|resume|resumes|convene|convenes|reconvene|reconvenes|travel|travels|fly|flies|sail|sails|vote|votes|sit|sits)\b(?=[^,;:.!?"“”]{0,60}?\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi;

/**
 * More timetable verbs in the simple present, found only by probing text of our own (round 21): "a battalion arrives
 * in Dren on Sunday", "the last troops leave on Friday", "the two leaders sign a pact on Saturday", "the president
 * visits the capital on Saturday", "the envoy heads to the border on Monday". Many of these words are nouns too ("a
 * state visit on Saturday", "his return on Monday", "signs of a thaw"), so besides the words before that make them
 * nouns, the verb must be its clause's first verb: no past or present-perfect word between the clause's opening (a
 * comma, "that", a saying verb) and it ("made a brief visit on Saturday" stays past).
 */
const SCHEDULED_PRESENT_MORE =
  /(?<!\b(?:the|a|an|its|their|his|her|this|that|whose|our|my|your|first|second|third|next|last|final|brief|state|official|private|return|farewell|surprise|two|three|several|further|to|will|would|shall|can|could|may|might|must|should|do|does|did|not|never|on|in|at|for|of|after|before|during|since|until|upon|from|with|by|ahead|pending|following)\s+)(?<!['’](?:s|ll)\s+|s['’]\s+)\b(?:arrive|arrives|leave|leaves|depart|departs|visit|visits|sign|signs|hold|holds|return|returns|withdraw|withdraws|head|heads|hosts|addresses|(?:hand|hands|take|takes)\s+over|(?:pull|pulls)\s+out|ends|closes|concludes)\b(?=[^,;:.!?"“”]{0,60}?\b(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/g;

/** Where the clause holding `at` opens: after a comma, semicolon, colon, dash, "that" or a saying verb. */
function clauseOpen(sentence: string, at: number): number {
  const before = sentence.slice(0, at);
  let open = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'), before.lastIndexOf('–'), before.lastIndexOf('('));
  for (const m of before.matchAll(/\b(?:that|said|says|told|tells|announced|announces|confirmed|confirms|added)\b/gi)) open = Math.max(open, m.index + m[0].length);
  return open + 1;
}

/** A past or perfect verb between the clause's opening and `at` ("made a brief visit"). */
function pastBefore(sentence: string, at: number): boolean {
  let previous: string | undefined;
  for (const m of sentence.slice(clauseOpen(sentence, at), at).matchAll(/[A-Za-z]+/g)) {
    if (/^(?:was|were|had|did|has|have|is|are|ago)$/i.test(m[0]) || isPastVerb(m[0], previous)) return true;
    previous = m[0];
  }
  return false;
}

/**
 * Headline and log grammar, "is" left out: "Talks to resume on Monday", "11 Jan 14:00 – third round of talks to open 22
 * Jan.", "Envoys to meet in Brisa next week". An infinitive of a scheduled act right after a short subject that opens
 * the sentence (or follows a colon or dash) and holds no verb or figure of its own is a plan, ahead. Not "the first ship
 * to go", "time to leave", nor "The League proposed on 2 February to reopen" (see headlineSubject). Round 17.
 */
const HEADLINE_TO = new RegExp(String.raw`\bto\s+(?:be\s+[a-z]+|${SCHEDULED_ACTS})\b`, 'g');
const NOT_A_HEADLINE_SUBJECT =
  /[,;"“”()\d]|\b[a-z]+ed\b|\b(?:first|last|next|only|second|third|final)\s+[a-z]+\s*$|\b(?:time|how|what|where|when|whether|why|order|able|unable|ready|due|set|about|going|likely|want|wants|need|needs|plan|plans|bid|attempt|effort|way|chance|right|decision|call|calls|orders?|refusal|failure)\b/i;

function headlineSubject(sentence: string, at: number, cues: readonly VerbCue[]): boolean {
  const before = sentence.slice(0, at);
  // (A spaced hyphen is three characters; when there is none, -1 must stay -1, or the subject loses its first two.)
  const hyphen = before.lastIndexOf(' - ');
  const open = Math.max(before.lastIndexOf(':'), before.lastIndexOf('–'), before.lastIndexOf('—'), hyphen < 0 ? -1 : hyphen + 2) + 1;
  const subject = before.slice(open);
  const words = subject.trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8 || !/^[A-Za-z]/.test(words[0]!) || NOT_A_HEADLINE_SUBJECT.test(subject)) return false;
  return !cues.some((c) => c.start >= open && c.start < at);
}

/** A "did" (a question's, or "did not") earlier in the clause, so a bare verb after it completes a past. Round 17. */
const DID_BEFORE = /\b(?:did|didn['’]t)\b[^,;:.!?"“”—–]*$/i;

/**
 * A future seen from the past: "the round was due to open on 8 June", "the envoys were to meet on the 3rd". The plan
 * was made before publication and its date may have passed (the round was put off) or not: the nearest such date to
 * publication, not the first after it (round 11: a round postponed three days before it was due on 8 June, told ten
 * days later, went to June of the next year). It wins over the words inside it, as the other future cues do.
 */
const FUTURE_IN_PAST =
  /\b(?:was|were)\s+(?:still\s+|also\s+|originally\s+|initially\s+)?(?:(?:set|due|expected|scheduled|slated|supposed|meant|going)\s+)?to\b(?=\s+(?!blame\b)[a-z])/gi;

/**
 * "told the battalion that it would leave on 20 March as planned", "said the round would open on 22 April": "would" is
 * a future seen from the past of a saying (or a hedge). It reads as a future, and is marked `reported` so that
 * refiners/reported-plans.ts can date the plan after the saying rather than after publication.
 */
const WOULD = /\b(?:would|wouldn['’]t)\b/gi;

/**
 * "told the battalion they'd be home by August": "'d" before a bare verb is "would" (before a participle, "they'd
 * left", it is "had"). Adverbs between are skipped to find which ("they'd already gone" is had). Round 18.
 */
const CONTRACTED_D = /\b(?:i|you|he|she|it|we|they|who|that)['’]d\b(?:\s+(?:not|never|also|still|only|all|just|already|soon))*\s+([a-z]+)/gi;
/**
 * After "'d", no "would": "been", "better", and participles that are also bare verbs or not in the past lists ("said
 * they'd come under fire on 6 June" is had: round 18b, it had gone a year ahead).
 */
const NOT_BARE_AFTER_D = new Set([
  'been', 'better', 'come', 'become', 'overcome', 'run', 'overrun', 'put', 'set', 'cut', 'let', 'bet', 'cost', 'read',
  'shed', 'upset', 'thrust', 'broadcast', 'forecast', 'driven', 'eaten', 'forgotten', 'gotten', 'hidden', 'shaken',
  'stolen', 'woken', 'proven', 'sworn', 'torn', 'worn', 'shown', 'grown', 'blown', 'sung', 'forbidden', 'forgiven',
  'mistaken', 'overtaken', 'undertaken',
]);

/**
 * "has ordered the force cut to 1,200 by the end of June", "wants the monitors out by May": what someone orders or
 * wants done, told as its object and a participle (no "to"), is done later, as DIRECTED_TO's is; a deadline after it
 * lies ahead of the ordering (round 18: such a cut, ordered in May, had gone to June of the year before). Only before
 * a deadline ("by", "before", "within", "until"): "ordered the village shelled on Monday" tells when it was shelled.
 * The cue is the participle; an order that stands (present or perfect) is ahead of publication, a past one the
 * nearest such date, as "was due to" is.
 */
const ORDERED_DONE = new RegExp(
  String.raw`\b((?:has|have)\s+(?:now\s+|also\s+|already\s+)?)?(ordered|orders|wanted|wants|want|demanded|demands|required|requires|needs|needed)\s+` +
    String.raw`(?:the|its|their|his|her|all|both|every|some|a|an)\b([^,;:.!?"“”]{1,50})`,
  'gi',
);
/**
 * The participle's deadline: up to four words on ("cut to 1,200 by"). A "by" only before a time, not its agent ("the
 * files seized by police on 5 June", "supplies dropped by helicopter": round 18b, both went a year ahead).
 */
const DEADLINE_AHEAD = new RegExp(
  String.raw`^(?:\s+(?:\d[\d,.]*\d|[^\s,;:.!?"“”]+)){0,4}?\s+(?:by(?=\s+(?:\d|${MONTH_WORD}\b|${WEEKDAY_WORD}\b|` +
    String.raw`(?:the\s+)?(?:end|start|beginning|middle|close|turn|time|weekend|deadline|new\s+year|spring|summer|autumn|` +
    String.raw`winter|year|month|week)\b|mid\b|mid-|early|late|next|this|then|tomorrow|tonight|year-end|christmas|easter))|` +
    String.raw`before|within|until|no\s+later\s+than)\b`,
  'i',
);
const ORDERED_STATE = /^(?:cut|shut|out|home|back|down|off|gone|halved)$/i;

/**
 * "asked the gendarmerie to take over the switchyard by mid-May", "ordered the battalion to be out by 30 June": what
 * someone is asked, told or ordered to do lies ahead of the asking, which past narration does not date. A future seen
 * from the past, as "was due to" is: the nearest such date to publication (round 15: a request told on 7 April for
 * mid-May had gone to May of the year before). Only the "to" is the cue, so a date before it dates the asking. Not
 * "asked for money to keep …": what is asked for, with its purpose.
 */
const DIRECTED_TO = new RegExp(
  String.raw`\b(?:asked|told|ordered|urged|instructed|requested|directed|tasked|called\s+(?:on|upon))\b(?!\s+for\b)` +
    AIM_GAP +
    String.raw`\bto\b(?=\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|some|any|all|it|them|him|me|us|you|reporters|journalists)\b)[a-z]+)`,
  'gi',
);

/**
 * A schedule told in an aside with no verb: "The fourth round, due on 17 June, is meant to …", "(due in May)", "The
 * round, due to open on 3 May, …" (round 20). The
 * date is the plan's, but the aside says nothing of whether it has passed (the round may since have been put off):
 * the nearest such date to publication, as for "was due to" (round 14: the clause's "meant" sent it a year back).
 */
const DUE_ASIDE = new RegExp(String.raw`(?<=[,(—–]\s*)due\s+(?=(?:on|in|at|by|for)\b|to\s+(?:${SCHEDULED_ACTS})\b)`, 'gi');

/**
 * An obligation lies ahead: "the force must shrink to 6,500 by March 31", "has to be gone by June" ("must have left"
 * looks back, and "had to" was an obligation then). It governs its own clause only: in "must be down to 6,500 by
 * March, from about 9,100 in February" the February is the past it counts down from.
 */
const OBLIGATION = /\bmust\b(?!\s+(?:not\s+)?(?:have|had)\b)|\b(?:has|have|needs?)\s+to\b(?=\s+[a-z]+\b)/gi;

/**
 * "have agreed to meet again … on 14 June": what parties agree or arrange to do lies ahead of the agreement. Only
 * the "to" is the cue, so a date between ("agreed on Tuesday to meet") still dates the agreeing. So does what a body
 * decides ("its decision of 1 March to cut the force to 900 by the end of September"; round 14).
 */
const AGREED_TO =
  /\b(agree[sd]?|agreeing|arranged?|arranging|decided?|decides|deciding|decisions?)\b([^,;:.!?"“”]{0,40}?)\bto\b(?=\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|some|any|all|it|them)\b)[a-z]+)/gi;

const REPORT_PATTERN =
  /\b(?:in|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:interview|statement|press\s+conference|speech|briefing|phone\s+call|call|readout|tweet|post|message|letter|report)\b/gi;

/** The "that" opening a that-clause (not "that year", "that day" …: a determiner before a time word). */
const THAT = /\bthat\b(?!\s+(?:year|month|week|day|morning|afternoon|evening|night|time)\b)/i;

/** What comes before a date that opens a coordinated clause: ", and on 1 June …", "; on Friday …". */
const OPENS_CLAUSE = /^\s*(?:(?:and|but|while|whereas|then)\s+)?(?:(?:on|in|at|by|from)\s+)?$/i;

/** A move or a step in the simple present ("the force hands …", "the monitors leave …"), not an infinitive. */
const PRESENT_MOVE =
  /(?<!\b(?:to|will|would|must|may|might|can|could|shall|should|did|not)\s)\b(?:hands?|pass(?:es)?|leaves?|opens?|starts?|begins?|ends?|closes?|returns?|arrives?|resumes?|expires?|moves?|fl(?:y|ies)|departs?|heads?|go(?:es)?|shuts?|meets?|sails?|takes?\s+over|withdraws?|pulls?\s+out)\b/i;

/** A relative clause between commas: ", who have held the port since the raid,". */
const RELATIVE_ASIDE = /,\s*(?:who|which|whose|whom)\b[^,;:.!?"“”()—–]*,/gi;

// A comma inside a figure ("4,000 troops") breaks no clause.
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:—–"“”]|\s-\s/g;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

// A sentence's cues are asked for again for each date and refiner that needs its tense (~3 times a sentence): the
// last sentences' cues are kept. The lists are shared, so callers must not change them.
const cueCache = new Map<string, readonly VerbCue[]>();
const CUE_CACHE_SIZE = 64;

/** Every verb cue in the sentence, future cues winning over the words inside them ("is expected to"). */
export function verbCues(sentence: string): readonly VerbCue[] {
  const hit = cueCache.get(sentence);
  if (hit) return hit;
  const cues = findVerbCues(sentence);
  if (cueCache.size >= CUE_CACHE_SIZE) cueCache.delete(cueCache.keys().next().value as string);
  cueCache.set(sentence, cues);
  return cues;
}

function findVerbCues(sentence: string): VerbCue[] {
  const future: VerbCue[] = [];
  for (const pattern of FUTURE_PATTERNS) {
    for (const m of sentence.matchAll(pattern)) {
      future.push({ start: m.index, end: m.index + m[0].length, kind: 'future', text: m[0] });
    }
  }
  for (const m of sentence.matchAll(DUE_ASIDE)) {
    future.push({ start: m.index, end: m.index + m[0].length, kind: 'future', text: m[0].trim(), then: true, local: true });
  }
  for (const m of sentence.matchAll(WOULD)) {
    future.push({ start: m.index, end: m.index + m[0].length, kind: 'future', text: m[0], reported: true });
  }
  for (const m of sentence.matchAll(CONTRACTED_D)) {
    const next = m[1]!.toLowerCase();
    if (NOT_BARE_AFTER_D.has(next) || isPastVerb(next, undefined)) continue;
    const end = m.index + m[0].length - m[1]!.length;
    const d = sentence.lastIndexOf('d', end);
    future.push({ start: d - 1, end: d + 1, kind: 'future', text: sentence.slice(m.index, d + 1), reported: true });
  }
  for (const m of sentence.matchAll(ORDERED_DONE)) {
    const object = m.index + m[0].length - m[3]!.length;
    const done = [...m[3]!.matchAll(/(?<=\s)[a-z]+\b/g)].find((w) => {
      if (!ORDERED_STATE.test(w[0]) && !isPastVerb(w[0], undefined)) return false;
      return DEADLINE_AHEAD.test(sentence.slice(object + w.index + w[0].length));
    });
    if (!done) continue;
    const at = object + done.index;
    const stands = !!m[1] || /s$|^want$/i.test(m[2]!);
    future.push({ start: at, end: at + done[0].length, kind: 'future', text: `${m[2]} … ${done[0]}`, ...(stands ? {} : { then: true as const }) });
  }
  for (const m of sentence.matchAll(DIRECTED_TO)) {
    const at = m.index + m[0].length - 2;
    if (!lowerWordAt(sentence, sentence.slice(at + 2).search(/\S/) + at + 2)) continue;
    future.push({ start: at, end: at + 2, kind: 'future', text: m[0].replace(/\s.*\s/, ' … '), then: true });
  }
  for (const m of sentence.matchAll(FUTURE_IN_PAST)) {
    future.push({ start: m.index, end: m.index + m[0].length, kind: 'future', text: m[0], then: true });
  }
  for (const m of sentence.matchAll(SCHEDULED_PRESENT)) {
    // "In which building did the round open on Monday?": a verb completing "did" before it in its clause is that past.
    if (DID_BEFORE.test(sentence.slice(0, m.index))) continue;
    future.push({ start: m.index, end: m.index + m[0].length, kind: 'future', text: m[0], local: true, timetable: true });
  }
  for (const m of sentence.matchAll(SCHEDULED_PRESENT_MORE)) {
    if (!lowerWordAt(sentence, m.index) || DID_BEFORE.test(sentence.slice(0, m.index)) || pastBefore(sentence, m.index)) continue;
    future.push({ start: m.index, end: m.index + m[0].length, kind: 'future', text: m[0], local: true, timetable: true });
  }
  for (const m of sentence.matchAll(OBLIGATION)) {
    future.push({ start: m.index, end: m.index + m[0].length, kind: 'future', text: m[0], local: true });
  }
  for (const m of sentence.matchAll(AGREED_TO)) {
    const at = m.index + m[0].length - 2;
    future.push({ start: at, end: at + 2, kind: 'future', text: `${m[1]}${m[2]!.trim() ? ' … ' : ' '}to`, opens: m.index });
  }
  const others: VerbCue[] = [];
  for (const m of sentence.matchAll(REPORT_PATTERN)) {
    others.push({ start: m.index, end: m.index + m[0].length, kind: 'past', text: m[0] });
  }
  let previous: string | undefined;
  for (const m of sentence.matchAll(/[A-Za-z]+(?:['’][a-z]+)?(?:-[A-Za-z]+)*/g)) {
    const word = m[0];
    const lower = word.toLowerCase();
    let kind: CueKind | undefined;
    if (/^(?:was|were|had|did|ago)$/.test(lower)) kind = 'past';
    else if (lower === 'has' || lower === 'have') kind = 'perfect';
    else if (PRESENT_VERBS.has(lower)) kind = 'present';
    // A participle after bare "be"/"being" takes its tense from the auxiliary before ("will be held").
    else if (!word.includes('-') && !/^(?:be|being)$/i.test(previous ?? '') && isPastVerb(word, previous)) kind = 'past';
    else if (relativePast(sentence, word, previous, m.index + word.length)) kind = 'past';
    if (kind) others.push({ start: m.index, end: m.index + word.length, kind, text: word });
    previous = word;
  }
  for (const m of sentence.matchAll(HEADLINE_TO)) {
    if (headlineSubject(sentence, m.index, [...future, ...others])) future.push({ start: m.index, end: m.index + m[0].length, kind: 'future', text: m[0], local: true });
  }
  const kept = others.filter((c) => !future.some((f) => overlaps(f, c)));
  const sorted = [...future, ...kept].sort((a, b) => a.start - b.start);
  return sorted.filter((c, i) => !sharesFuture(sentence, c, sorted[i - 1]));
}

/**
 * "The helicopters that arrived in December are due to leave on Saturday": an -ed word after "that" is taken for an
 * adjective after a determiner ("that planned visit"), but with a preposition or determiner after it, or a clause's
 * end, it is a relative clause's own past verb, and the date in that clause is its (round 18c: the arrival had gone to
 * December of the next year by the main clause's "are due to").
 */
function relativePast(sentence: string, word: string, previous: string | undefined, end: number): boolean {
  if (previous?.toLowerCase() !== 'that') return false;
  const next = /^\s*([a-z]+|\d|[,;:.!?])/i.exec(sentence.slice(end))?.[1]?.toLowerCase();
  if (next === undefined) return false;
  const object = /^\d$/.test(next) || RELATIVE_OBJECT.test(next);
  // ("wounded", "injured" are read as adjectives elsewhere; with an object after "that" they are verbs.)
  if (!isPastEd(word, undefined) && !(object && OBJECT_TAKING_ED.has(word.toLowerCase()))) return false;
  return object || PREPOSITIONS.has(next) || DETERMINERS.has(next) || /^[,;:.!?]$/.test(next);
}

const OBJECT_TAKING_ED = new Set(['wounded', 'injured', 'displaced', 'besieged', 'armed']);

/**
 * "after the ambush that killed two peacekeepers near Brantle on 4 November", "the raid that wounded 14 on Sunday":
 * a count or a pronoun is an object, which an adjective in -ed never takes; the -ed word is the relative clause's own
 * past (round 21: the ambush had gone to November of the next year by the sentence's "would").
 */
const RELATIVE_OBJECT =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|scores|hundreds|thousands|several|both|all|many|some|nearly|almost|roughly|more|him|them|it|us|me)$/;

/** A direct object straight after a verb: a participle completing a "be" takes none. */
const OBJECT_NEXT = /^\s+(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|them|him|it|us|me)\b/i;

/**
 * "must be down to 4,000 by the end of June and gone by 31 December", "has ordered the force cut … and closed by
 * November 30th": a participle after a bare "and" completes the future before it (its "be", or an ordered object's
 * participle), not a past of its own; it gives way to that future (round 18: such a closing had gone a year back).
 * Not after a comma or another verb ("agreed to meet on 5 May and signed a memo": "meet" takes no participle), nor a
 * past verb with an object of its own ("will be replaced in August and visited the troops on 7 June": round 18b).
 */
function sharesFuture(sentence: string, c: VerbCue, before: VerbCue | undefined): boolean {
  if (c.kind !== 'past' || !before || before.kind !== 'future' || /^(?:was|were|had|did|ago)$/i.test(c.text)) return false;
  if (OBJECT_NEXT.test(sentence.slice(c.end))) return false;
  if (!/\band\s+(?:then\s+)?$/i.test(sentence.slice(before.end, c.start))) return false;
  if (/(?<!\d),|,(?!\d)|[;:"“”—–]|\s-\s/.test(sentence.slice(before.end, c.start))) return false;
  return /\bbe\s+[a-z]+$/i.test(before.text) || before.text.includes(' … ') && !/\bto$/.test(before.text) || /^\s+(?:[a-z]+\s+)?be\b/i.test(sentence.slice(before.end));
}

function clauseAround(sentence: string, index: number, length: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index;
    if (at + m[0].length <= index) start = at + m[0].length;
    else if (at >= index + length && end === sentence.length) end = at;
  }
  return { start, end };
}

/** The cue that governs the span at `index`, among cues of the given kinds (see the rule at the top). */
export function governingCue(
  sentence: string,
  index: number,
  length: number,
  kinds: readonly CueKind[],
): VerbCue | undefined {
  const span = { start: index, end: index + length };
  const all = verbCues(sentence);
  // "the decision of the council on 7 April to close the force": a date between the deciding and its "to" dates the
  // deciding, which the "to" does not govern; a decision taken, told with no verb of its own, lies behind (round 15:
  // such a decision, told in May, had gone to the next April).
  const completed = all.find((c) => c.opens !== undefined && c.opens <= span.start && span.end <= c.start);
  // (Only the noun: a verb, "will decide on 1 December to …", has a tense of its own.)
  const decided: VerbCue | undefined =
    completed && /^decisions?\b/i.test(completed.text) ? { start: completed.opens!, end: completed.opens!, kind: 'past', text: completed.text.replace(/\s.*$/, '') } : undefined;
  // "The marines, who have held the port since the raid, go home in mid-July": a relative clause set off by commas
  // tells its own time; its verbs do not govern a date outside it (round 15: "have carried" sent mid-July back a year).
  const asides = [...sentence.matchAll(RELATIVE_ASIDE)].map((m) => ({ start: m.index, end: m.index + m[0].length })).filter((a) => !overlaps(a, span));
  const cues = all.filter((c) => c !== completed && kinds.includes(c.kind) && !overlaps(c, span) && !asides.some((a) => overlaps(a, c)));
  const clause = clauseAround(sentence, index, length);
  const inClause = cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
  const before = (list: VerbCue[]) => list.filter((c) => c.end <= span.start).at(-1);
  // A verb behind a "that" after the date governs the that-clause, not the date ("the announcement on 10 March that
  // the round will open …"). Round 11.
  const that = THAT.exec(sentence.slice(span.end));
  const reach = that ? span.end + that.index : sentence.length;
  const after = (list: VerbCue[]) => list.find((c) => c.start >= span.end && c.start < reach);
  const outside = cues.filter((c) => !c.local);
  // A date whose clause goes on after it ("…, on Jan. 26 for their first talks since the truce, signed in 2023, …")
  // trails the clause before it; a date that ends its clause is fronted ("On Wednesday, … targeted"). Round 11.
  const trails = clause.start > 0 && /\w/.test(sentence.slice(span.end, clause.end));
  // "…, and on 1 June the force hands the lane to the coastguard": a date opening a coordinated clause whose verb is a
  // move in the simple present is that clause's timetable; the past of the clause before does not reach it. Round 14.
  if (trails && !inClause.length && OPENS_CLAUSE.test(sentence.slice(clause.start, span.start)) && PRESENT_MOVE.test(sentence.slice(span.end, clause.end))) return undefined;
  // "the battery, the first we sent to Marra, on 12 November, will be handed over": the apposition's past (apposed-date.ts).
  const apposed = !inClause.length && kinds.includes('past') ? apposedPast(sentence, span, clause, all) : undefined;
  if (apposed) return apposed;
  const framing = decided && kinds.includes('past') ? decided : undefined;
  const nearest = before(inClause);
  // (The decision is nearer the date than any verb before it: "asked the board to reverse its decision of 1 March".)
  return (framing && (!nearest || nearest.end <= framing.start) ? framing : nearest) ?? after(inClause) ?? (trails ? before(outside) ?? after(outside) : after(outside) ?? before(outside));
}

/** Past or future, for dating a weekday or a month without a year. Present and no cue count as past. */
export function tenseAt(sentence: string, index: number, length: number): { tense: Tense; cue?: string; then?: true; reported?: true } {
  const cue = governingCue(sentence, index, length, ['future', 'past', 'perfect']);
  return {
    tense: cue?.kind === 'future' ? 'future' : 'past',
    cue: cue?.text,
    ...(cue?.then ? { then: true as const } : {}),
    ...(cue?.reported ? { reported: true as const } : {}),
  };
}
