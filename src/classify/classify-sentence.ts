// What kind of development a sentence reports (talks, attack, troops, statement), the cue that decided it and the
// nearest CAMEO code. When the sentence names several developments, the one its date belongs to wins.
//
// Rules, in order:
//  1. Cues come from vocabulary.ts (find-cues.ts checks their conditions: a reporting verb needs a speaker who is
//     not an anonymous source; "reduce", "deploy", "send" need troops as object or subject; …). No cue → null:
//     a sentence that only names things ("The Strategic Framework Agreement guides US-Iraqi relations") reports
//     nothing.
//  2. Without a date offset, or when the date's own clause has no cue, the main clause decides (rule 6).
//  3. A date relative to another event ("Hours before the dialogue was held, factions threatened …") dates the
//     main clause, never the event it is anchored on.
//  4. A present-time word inside a quotation ("today", "now") is the speaker's present: the statement that
//     carries the quotation is the development.
//  5. Otherwise the cue nearest the date inside the date's clause wins, verbs before nouns (a noun costs 2.5
//     tokens of distance, a cue after the date half a token). So "Biden spoke with Kadhimi on Tuesday and
//     discussed recent rocket attacks" is talks, and "Psaki announced that Biden would meet Kadhimi on July 26" is
//     talks for "July 26" while "On Friday, Psaki announced …" is a statement. A date in a cue-less relative or
//     participle clause ("…, which was recognised as a branch of the armed forces in 2017") dates something
//     that is none of the four kinds → null.
//  6. Main clause: the first verb cue of the main segments, then their first noun cue; then "that" clauses,
//     then subordinate and participle clauses, then quotations. Relative clauses never decide.
//  7. The CAMEO code is refined within the winning cue's clause: attacks take the most specific weapon or method
//     named (assassination > bombing kinds > aerial > artillery > small arms > generic); a generic 040 meeting
//     takes a more specific talks code; threats or warnings of attack become 138, pledges to withdraw 0356,
//     demands to withdraw 106.

import type { Classification } from '../types.js';
import { tokens, type Token } from '../nlp/wink.js';
import { findCues, type CueMatch } from './find-cues.js';
import { CUES } from './vocabulary.js';
import { quotedTokens, splitClauses, type Segment, type SegmentKind } from './split-clauses.js';

const NOUN_COST = 2.5;
const AFTER_COST = 0.5;

const DATE_WORDS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday last this next year month week day morning evening afternoon night ago earlier early late mid'.split(
    ' ',
  ),
);
const ANCHOR_WORDS = new Set(['before', 'after', 'ahead', 'following', 'prior']);
const ANCHOR_LEAD = new Set('hours hour days day weeks week months month minutes moments shortly just soon a an few two three several the only barely'.split(' '));
const PRESENT_WORDS = new Set(['today', 'now', 'currently', 'tonight', 'presently']);

/** Verbs that only attribute: reporting verbs (whose speaker failed the check, or the cue would have won) and
 * "report", "according", "cite", "quote". */
const ATTRIBUTION = new Set([
  ...CUES.filter((c) => c.kind === 'statement' && c.needs === 'speaker').flatMap((c) => c.words.split(/[| ]/)),
  'report',
  'reported',
  'according',
  'accord',
  'cite',
  'cited',
  'quote',
  'quoted',
]);

const ATTACK_SPECIFICITY = ['186', '185', '1831', '1832', '1833', '181', '195', '194', '193', '183', '190'];
const MAIN_TIERS: SegmentKind[][] = [['main'], ['complement'], ['subordinate', 'participial'], ['quote']];

function tokenAt(toks: readonly Token[], offset: number): number {
  const i = toks.findIndex((t) => t.end > offset);
  return i < 0 ? toks.length - 1 : i;
}

/** The date runs on over month names, numbers and words like "last", "evening": "January 2020", "last June". */
function dateEnd(toks: readonly Token[], d: number): number {
  let e = d;
  while (e + 1 < toks.length) {
    const t = toks[e + 1]!;
    if (DATE_WORDS.has(t.normal) || t.pos === 'NUM' || (t.text === ',' && toks[e + 2]?.pos === 'NUM')) e++;
    else break;
  }
  return e;
}

/** Index of "before/after/…" when the date at `d` is anchored on another event ("hours before the talks"). */
function anchorWord(toks: readonly Token[], d: number): number {
  for (let k = d; k < toks.length && k <= d + 3; k++) {
    const t = toks[k]!;
    if (ANCHOR_WORDS.has(t.normal)) return k;
    if (!ANCHOR_LEAD.has(t.normal) && t.pos !== 'NUM') return -1;
  }
  return -1;
}

function distance(m: CueMatch, from: number, to: number): number {
  if (m.last < from) return from - m.last;
  if (m.first > to) return m.first - to + AFTER_COST;
  return 0;
}

function nearest(cues: readonly CueMatch[], from: number, to: number): CueMatch | null {
  let best: CueMatch | null = null;
  let bestScore = Infinity;
  for (const m of cues) {
    const score = distance(m, from, to) + (m.role === 'noun' ? NOUN_COST : 0);
    if (score < bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

const overlaps = (m: CueMatch, s: { first: number; last: number }) => m.first <= s.last && m.last >= s.first;

/** Rule 6: the main clause's development. */
function mainCue(cues: readonly CueMatch[], segments: readonly Segment[], skip: (m: CueMatch) => boolean): CueMatch | null {
  for (const tier of MAIN_TIERS) {
    const inTier = cues.filter((m) => !skip(m) && segments.some((s) => tier.includes(s.kind) && overlaps(m, s)));
    const pick = inTier.find((m) => m.role === 'verb') ?? inTier[0];
    if (pick) return pick;
  }
  return null;
}

function choose(toks: readonly Token[], cues: readonly CueMatch[], near: number | undefined): CueMatch | null {
  const segments = splitClauses(toks);
  if (near === undefined || near < 0 || near >= (toks.at(-1)?.end ?? 0)) return mainCue(cues, segments, () => false);

  const d = tokenAt(toks, near);
  const e = dateEnd(toks, d);
  const seg = segments.find((s) => s.first <= d && d <= s.last)!;

  const anchor = anchorWord(toks, d);
  if (anchor >= 0) {
    const anchorSeg = segments.find((s) => s.first <= anchor && anchor <= s.last)!;
    const span = { first: d, last: anchorSeg.last };
    const before = cues.filter((m) => m.last < d && m.first >= seg.first);
    return nearest(before, d, e) ?? mainCue(cues, segments, (m) => overlaps(m, span));
  }

  const quoted = quotedTokens(toks);
  if (quoted[d] && PRESENT_WORDS.has(toks[d]!.normal)) {
    const outside = mainCue(cues, segments, (m) => quoted[m.first] === true);
    if (outside && !quoted[outside.first]) return outside;
  }

  const own = cues.filter((m) => overlaps(m, seg));
  if (own.length) return nearest(own, d, e);
  if (seg.kind === 'relative' || seg.kind === 'participial') return null;
  // A clause with its own verb dates its own, cue-less event ("Oil exports rose in March, the ministry said");
  // a verbless phrase ("On Friday,") or a bare attribution ("…, the AP reported on Tuesday") dates the main clause.
  const ownVerb = toks
    .slice(seg.first, seg.last + 1)
    .some((t) => t.pos === 'VERB' && /^[a-z]/.test(t.text) && !ATTRIBUTION.has(t.lemma) && !ATTRIBUTION.has(t.normal));
  if (ownVerb) return null;
  return mainCue(cues, segments, (m) => overlaps(m, seg));
}

function segmentOf(segments: readonly Segment[], m: CueMatch): Segment {
  return segments.find((s) => overlaps(m, s)) ?? { kind: 'main', first: m.first, last: m.last };
}

/** Rule 7. */
function refineCameo(toks: readonly Token[], cues: readonly CueMatch[], chosen: CueMatch): string {
  const { kind, cameo } = chosen.cue;
  const seg = segmentOf(splitClauses(toks), chosen);
  const sameClause = cues.filter((m) => m.cue.kind === kind && overlaps(m, seg));
  if (kind === 'attack') {
    const codes = new Set(sameClause.map((m) => m.cue.cameo));
    return ATTACK_SPECIFICITY.find((c) => codes.has(c)) ?? cameo;
  }
  if (kind === 'talks' && cameo === '040') {
    return sameClause.find((m) => m.cue.cameo !== '040')?.cue.cameo ?? cameo;
  }
  if (kind === 'statement') {
    const later = cues.filter((m) => m.first > chosen.last);
    const withdraws = later.some((m) => m.cue.cameo === '0874');
    if ((cameo === '130' || cameo === '012') && later.some((m) => m.cue.kind === 'attack')) return '138';
    if (cameo === '030' && withdraws) return '0356';
    if ((cameo === '100' || cameo === '020') && withdraws) return '106';
  }
  return cameo;
}

/**
 * Classify the development a sentence reports.
 * @param sentence one sentence, as written
 * @param near character offset of the date expression in the sentence; the development it dates is preferred
 * @returns the kind, the cue words as written, and the nearest CAMEO code; null when no development is reported
 */
export function classifySentence(sentence: string, near?: number): Classification | null {
  const toks = tokens(sentence);
  if (toks.length === 0) return null;
  const cues = findCues(toks);
  if (cues.length === 0) return null;
  const chosen = choose(toks, cues, near);
  if (!chosen) return null;
  return {
    type: chosen.cue.kind,
    cue: sentence.slice(toks[chosen.first]!.start, toks[chosen.last]!.end),
    cameo: refineCameo(toks, cues, chosen),
  };
}
