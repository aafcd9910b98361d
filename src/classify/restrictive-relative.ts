// Where a relative clause without commas ends. "On 4 May the rebels who fought them withdrew from the ridge": a
// restrictive relative clause ("who fought them") has no comma to close it, so the clause cut (split-clauses.ts),
// which opens a relative segment at "who", ran it on to the sentence's end and took the main verb ("withdrew") for
// part of it. The sentence's own development was then another clause's, and a date before the relative found none.
// Here the relative clause ends where its own verb phrase ends and a second finite verb (the main clause's) begins,
// read from the tagger's parts of speech. Round 19c.

import type { Token } from '../nlp/wink.js';
import { reducedRelative } from './reduced-relative.js';
import type { Segment } from './split-clauses.js';

/** Pronouns that open a relative clause after its noun; "where" after a place ("the town where the rebels …"). */
const OPENERS = new Set(['who', 'which', 'that', 'whom', 'whose', 'where']);

/** What a subject of an object relative may be made of: "that the army keeps there", "where US soldiers are based". */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);

/** A verb phrase's own words: auxiliaries, "not", adverbs, verbs ("has not yet been sent"). */
const CHAIN = new Set(['AUX', 'VERB', 'ADV', 'PART']);

/** A phrase that may end right before the main verb: "who fought them | withdrew", "that hit the base on 4 May | landed". */
const PHRASE_ENDS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'ADV', 'ADJ']);

/**
 * Words that open a clause of their own inside the relative ("who kept trains moving when nothing else did", "who
 * will not say what he is doing"): a verb after them is that clause's, and where the relative ends is not known.
 */
const CLAUSE_OPENERS = new Set(['when', 'while', 'after', 'before', 'since', 'until', 'because', 'although', 'though', 'if', 'unless', 'once', 'whereas', 'what', 'why', 'how', 'whether', 'where', 'who', 'which', 'that', 'whom', 'whose']);

/**
 * Verbs whose object may be a clause with no "that": "the minister who said the talks had failed resigned", "which
 * the group said it had carried out". The first finite verb after such a verb's object is the reported clause's, not
 * the main one. (A closed list: the tagger does not tell a verb that takes a clause from one that takes a noun.)
 */
const CLAUSE_TAKING = new Set(['say', 'tell', 'think', 'believe', 'claim', 'know', 'hope', 'fear', 'expect', 'hear', 'insist', 'warn', 'deny', 'admit', 'suggest', 'assume', 'argue', 'feel', 'suspect', 'report', 'announce', 'confirm', 'show', 'see']);

/** The pronoun object of a verb: a bare verb right after it is a small clause, "set it alight", "let them go". */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'us', 'me', 'you']);

/** "those who", "anyone who": pronouns a relative clause can modify. */
const HEAD_PRONOUNS = new Set(['those', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'one', 'ones']);

function isVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * Could the verb at `k` be a finite main verb after the relative's verb phrase? Not an infinitive ("to reinforce"),
 * a participle hanging off a noun ("five years shooting at", "citizens held by"), a verb joined to the one before by
 * "and" ("who fought and lost"), a bare verb after a pronoun object ("set it alight"), nor a name the tagger read as
 * a verb (capitalised).
 */
function mainVerbAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  if (!isVerb(t) || !prev || !PHRASE_ENDS.has(prev.pos) || !/^[a-z]/.test(t.text)) return false;
  if (t.pos === 'VERB' && /ing$/.test(t.normal)) return false;
  if (t.pos === 'VERB' && reducedRelative(toks, k)) return false;
  if (t.pos === 'VERB' && t.normal === t.lemma && OBJECT_PRONOUNS.has(prev.normal)) return false;
  return true;
}

/**
 * The last index of the verb group starting at `k`: auxiliaries, adverbs and "not", and one lexical verb ("has not yet
 * been sent"); a second lexical verb starts a group of its own ("who said the talks failed | resigned").
 */
function groupEnd(toks: readonly Token[], k: number, last: number): number {
  let lexical = false;
  for (; k <= last && CHAIN.has(toks[k]!.pos); k++) {
    if (toks[k]!.pos !== 'VERB') continue;
    if (lexical) break;
    lexical = true;
  }
  return k - 1;
}

/**
 * For a relative segment `first..last` (split-clauses.ts) that opens without a comma right after its noun, the index
 * of the main clause's verb group inside it ("will" in "the men who have fought for years will sit down"), or -1 when
 * the relative clause runs to the segment's end or where it ends is not clear.
 */
export function mainVerbAfterRelative(toks: readonly Token[], first: number, last: number): number {
  const lead = toks[first];
  const antecedent = toks[first - 1];
  if (!lead || !antecedent || !OPENERS.has(lead.normal)) return -1;
  // Restrictive: right after its noun ("the rebels who"), no comma; not a question word after a verb or preposition
  // ("know who will verify", "the question of who takes them over").
  if (!(antecedent.pos === 'NOUN' || antecedent.pos === 'PROPN' || HEAD_PRONOUNS.has(antecedent.normal))) return -1;
  let k = first + 1;
  // "whose soldiers …": the pronoun's noun phrase first.
  if (lead.normal === 'whose') while (k <= last && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[k]!.pos)) k++;
  // "that the army keeps there", "where US soldiers are based": an object relative's subject, a plain noun phrase.
  else if (!isVerb(toks[k])) {
    const from = k;
    while (k <= last && SUBJECT_WORDS.has(toks[k]!.pos) && !CLAUSE_OPENERS.has(toks[k]!.normal)) k++;
    if (k === from) return -1;
  }
  // The relative's own verb group.
  const verbAt = k;
  k = groupEnd(toks, k, last) + 1;
  const own = toks.slice(verbAt, k).filter(isVerb);
  if (!own.length || !own.every((t) => /^[a-z]/.test(t.text))) return -1;
  // A verb that takes a clause with no "that": the next verb group is that clause's; look past it.
  let reported = own.some((t) => CLAUSE_TAKING.has(t.lemma));
  for (; k <= last; k++) {
    const t = toks[k]!;
    if (CLAUSE_OPENERS.has(t.normal) || (t.pos === 'PUNCT' && t.text !== '-')) return -1;
    if (!mainVerbAt(toks, k)) continue;
    if (reported) {
      reported = false;
      k = groupEnd(toks, k, last);
      // (The main verb may follow the reported one straight away: "who said the talks failed | resigned".)
      const next = toks[k + 1];
      if (k < last && next?.pos === 'VERB' && /^[a-z]/.test(next.text) && !/ing$/.test(next.normal)) return k + 1;
      continue;
    }
    return k;
  }
  return -1;
}

/**
 * Each relative segment that holds the main clause's verb is cut there: the relative clause keeps its own words, and
 * the rest goes on with the clause the relative interrupted (`resumes`, as after a quotation), of that clause's kind,
 * so "On 4 May the rebels who fought them withdrew from the ridge" dates the withdrawal, and "the talks that opened
 * on 3 May ended on 5 May" dates the opening in the relative and the ending in the main clause.
 */
export function withMainAfterRelative(toks: readonly Token[], segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  segments.forEach((seg, i) => {
    const host = segments[i - 1];
    const v = seg.kind === 'relative' && !seg.resumes && host && host.kind !== 'quote' ? mainVerbAfterRelative(toks, seg.first, seg.last) : -1;
    if (v < 0) {
      out.push(seg);
      return;
    }
    // (The clause resumed is the one before the relative, or, when that one resumed another, the first part.)
    const resumed = host!.resumes ?? { first: host!.first, last: host!.last };
    out.push({ kind: 'relative', first: seg.first, last: v - 1 });
    out.push({ kind: host!.kind, first: v, last: seg.last, resumes: resumed });
  });
  return out;
}
