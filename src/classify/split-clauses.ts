// Cuts a tokenised sentence into clause-like segments, so that a date can be matched with the development told
// in its own clause. Shallow on purpose: punctuation, quotation marks, relative pronouns, subordinators, "that"
// and "and"/"but" before a verb. Parentheses do not cut ("Prime Minister (PM) Mustafa al-Kadhimi said …").

import type { Token } from '../nlp/wink.js';
import { withMainAfterRelative } from './restrictive-relative.js';

export type SegmentKind =
  /** The sentence's own clause(s). */
  | 'main'
  /** "that …" after a verb: what was said, agreed, announced. */
  | 'complement'
  /** "after/since/when/while/because … <verb>". */
  | 'subordinate'
  /** "which/who/whom/whose/where …": background about something named in the main clause. */
  | 'relative'
  /** ", hosting …", ", including …", ", leaving …": a participle phrase hanging off the main clause. */
  | 'participial'
  /** Between quotation marks. */
  | 'quote';

export interface Segment {
  kind: SegmentKind;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  /** The clause a quotation interrupted, when this segment goes on with it after the closing mark (resumedKind). */
  resumes?: { first: number; last: number };
}

const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '--']);
const OPEN_QUOTES = new Set(['“', '«']);
const CLOSE_QUOTES = new Set(['”', '»']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'when', 'while', 'because', 'although', 'though', 'as', 'if', 'unless', 'whereas', 'once']);

/** A straight quote opens when it follows a space (or starts the sentence) and touches the next word. */
function opensQuote(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (!prev || prev.end < t.start || prev.text === '(') && !!next && next.start === t.end;
}

/**
 * Which tokens sit inside quotation marks. A closing mark with no opening one means the quotation began in an
 * earlier sentence (`They carry … strength," he said.`): everything before it is quoted.
 */
export function quotedTokens(toks: readonly Token[]): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  toks.forEach((t, i) => {
    const opening = OPEN_QUOTES.has(t.text) || (t.text === '"' && opensQuote(toks, i));
    const closing = CLOSE_QUOTES.has(t.text) || (t.text === '"' && !opening);
    if (opening) open = true;
    else if (closing) {
      if (!open) inside.fill(true);
      open = false;
    }
    inside.push(!opening && !closing && open);
  });
  return inside;
}

function isQuoteMark(t: Token): boolean {
  return OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text) || t.text === '"';
}

/** Is a verb coming before the next clause punctuation? ("after the US assassinated …" vs "after the talks"). */
function verbAhead(toks: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 8; k++) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '(' && t.text !== ')') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && t.normal !== 'including') return true;
  }
  return false;
}

/** "a process that is only now reaching …": "that" as a pronoun right after a noun, before its verb, opens a
 * relative clause (as "which" does); "said that …" (a conjunction) is a complement. (The tagger reads some such
 * "that" as a conjunction, "two delegations that had not met": straight before a verb, with no subject of its own
 * between, it is the pronoun all the same. Round 19c.) */
function relativeThat(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (t.normal !== 'that' || (t.pos !== 'PRON' && t.pos !== 'SCONJ') || !prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  const next = toks[i + 1]?.pos === 'ADV' ? toks[i + 2] : toks[i + 1];
  return next?.pos === 'AUX' || next?.pos === 'VERB';
}

function startsSegment(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (!prev) return false;
  if (prev.pos === 'PUNCT' && CLAUSE_PUNCT.has(prev.text)) return true;
  // A spaced dash; a dash opening the text (a list line, "- Ilse Kovac, Pelmont North") has nothing before it.
  const beforeDash = toks[i - 2];
  if (prev.text === '-' && beforeDash && prev.start > beforeDash.end && t.start > prev.end) return true;
  if (isQuoteMark(t) || isQuoteMark(prev)) return true;
  if (RELATIVES.has(t.normal) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADV' || t.pos === 'SCONJ')) return true;
  if (t.normal === 'that' && t.pos === 'SCONJ') return true;
  if (relativeThat(toks, i)) return true;
  if (SUBORDINATORS.has(t.normal) && (t.pos === 'SCONJ' || t.pos === 'ADP') && verbAhead(toks, i)) return true;
  if (t.pos === 'CCONJ') {
    const next = toks[i + 1];
    const after = next?.pos === 'ADV' ? toks[i + 2] : next;
    if (after && (after.pos === 'VERB' || after.pos === 'AUX')) return true;
  }
  return false;
}

function kindOf(toks: readonly Token[], first: number, last: number, quoted: readonly boolean[]): SegmentKind {
  let k = first;
  while (k <= last && (toks[k]!.pos === 'PUNCT' || toks[k]!.pos === 'CCONJ' || toks[k]!.normal === 'also')) k++;
  if (k > last) return 'main';
  if (quoted[k]) return 'quote';
  const t = toks[k]!;
  const next = toks[k + 1];
  if (RELATIVES.has(t.normal) || relativeThat(toks, k)) return 'relative';
  if (t.pos === 'ADP' && next && RELATIVES.has(next.normal)) return 'relative';
  if (t.normal === 'that' && t.pos === 'SCONJ') return 'complement';
  if (SUBORDINATORS.has(t.normal) && (t.pos === 'SCONJ' || t.pos === 'ADP') && verbAhead(toks, k)) return 'subordinate';
  const prevPunct = toks[first - 1];
  const afterComma = !!prevPunct && CLAUSE_PUNCT.has(prevPunct.text);
  // ", hosting the US forces," / ", backed by Iran," — but ", mentioned that …" and ", threatened to …" are the
  // finite verbs of a subject left before an appositive.
  // A gerund straight before a finite verb is the clause's subject, not a participle: "— Shelling kills four".
  const gerundSubject = /ing$/.test(t.normal) && !!next && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.normal)));
  if (afterComma && t.pos === 'VERB' && !gerundSubject && (/ing$/.test(t.normal) || (/ed$/.test(t.normal) && next?.pos === 'ADP' && next.normal !== 'to'))) {
    return 'participial';
  }
  return 'main';
}

/**
 * "Vos, who called the raid "a crime" on 6 May, said on Sunday …": a quotation inside a clause does not end it; the
 * words right after its closing mark (no punctuation between) go on with the clause the quotation opened in, so a
 * date there dates that clause's verb, not the main clause's. Round 14b.
 */
function resumedClause(toks: readonly Token[], first: number, quoted: readonly boolean[], before: readonly Segment[]): Segment | undefined {
  const close = toks[first - 1];
  const t = toks[first];
  if (!close || !t || !isQuoteMark(close) || isQuoteMark(t) || t.pos === 'PUNCT' || quoted[first] || close.end !== t.start - 1) return undefined;
  let k = first - 2;
  while (k >= 0 && quoted[k]) k--;
  // k is the opening mark; the quotation must hold words and open straight after the clause's words.
  const opened = toks[k - 1];
  if (k < 0 || k === first - 2 || !isQuoteMark(toks[k]!) || !opened || opened.pos === 'PUNCT') return undefined;
  const host = before.find((s) => s.first <= k - 1 && k - 1 <= s.last);
  return host && host.kind !== 'main' && host.kind !== 'quote' ? host : undefined;
}

// Classifying a sentence asks for its clauses ~2.5 times (once per date, and again for the cue chosen): they are kept
// per token list (tokens() hands out one list per sentence). Shared, so callers must not change them.
const clausesOf = new WeakMap<readonly Token[], readonly Segment[]>();

/** Segments covering every token of the sentence, in order. */
export function splitClauses(toks: readonly Token[]): readonly Segment[] {
  let segments = clausesOf.get(toks);
  if (!segments) clausesOf.set(toks, (segments = readClauses(toks)));
  return segments;
}

function readClauses(toks: readonly Token[]): Segment[] {
  const quoted = quotedTokens(toks);
  const segments: Segment[] = [];
  let first = 0;
  for (let i = 1; i <= toks.length; i++) {
    if (i < toks.length && !startsSegment(toks, i)) continue;
    const host = resumedClause(toks, first, quoted, segments);
    segments.push(host ? { kind: host.kind, first, last: i - 1, resumes: { first: host.first, last: host.last } } : { kind: kindOf(toks, first, i - 1, quoted), first, last: i - 1 });
    first = i;
  }
  return withCountedTail(toks, withMainAfterRelative(toks, segments));
}

/** Units a span of time is counted in: "two weeks after", "less than a fortnight after", "days before". */
const TIME_UNITS = /^(?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?)$/;

/** "less than two weeks after", "a fortnight after", "days after": a count of time right before the subordinator. */
function countedSubordinator(toks: readonly Token[], seg: Segment): boolean {
  let k = seg.first;
  while (k <= seg.last && (toks[k]!.pos === 'PUNCT' || toks[k]!.pos === 'CCONJ')) k++;
  const lead = toks[k];
  if (!lead || !/^(?:after|before|since)$/.test(lead.normal)) return false;
  return TIME_UNITS.test(toks[k - 1]?.normal ?? '');
}

/** No verb of its own: an appositive ("the capital of Almera"), a place, a date phrase ("on 20 November"). */
function verbless(toks: readonly Token[], seg: Segment): boolean {
  return toks.slice(seg.first, seg.last + 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
}

/**
 * "The ambush came less than two weeks after the two sides held their first talks, on 20 November at the palace":
 * when the main clause is timed by a count from a subordinate clause's development ("two weeks after …"), a verbless
 * phrase that closes the sentence after that clause (across appositives: "…, the capital, on 15 and 16 December")
 * goes on with the subordinate clause. Its date is that development's: the main clause's time is already given by
 * the count, so a bare date after the subordinate cannot be the main clause's too. Only at the sentence's end: a
 * phrase before a clause with a verb of its own introduces that clause. Round 19.
 */
function withCountedTail(toks: readonly Token[], segments: Segment[]): Segment[] {
  return segments.map((seg, i) => {
    if (seg.kind !== 'main' || seg.resumes || !verbless(toks, seg)) return seg;
    if (segments.slice(i + 1).some((s) => !verbless(toks, s))) return seg;
    let j = i - 1;
    while (j >= 0 && segments[j]!.kind === 'main' && verbless(toks, segments[j]!)) j--;
    const host = segments[j];
    if (!host || host.kind !== 'subordinate' || !countedSubordinator(toks, host)) return seg;
    return { kind: 'subordinate' as const, first: seg.first, last: seg.last, resumes: { first: host.first, last: host.last } };
  });
}
