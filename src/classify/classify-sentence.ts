// What kind of development a sentence reports (talks, attack, troops, statement), the cue that decided it and the
// nearest CAMEO code. When the sentence names several developments, the one its date belongs to wins.
//
// Rules, in order:
//  1. Cues come from vocabulary.ts; find-cues.ts checks their conditions (a reporting verb needs a speaker who is
//     not an anonymous source: "police said" only attributes; "reduce", "deploy", "send" need troops as object or
//     subject; "agree" needs two parties) and marks cues under could/might/may/should/must as hedged: a
//     possibility is no development. No cue → null: "The Strategic Framework Agreement guides US-Iraqi
//     relations" reports nothing.
//  2. Dates that date nothing: a dateline's ("MIRSA, March 3 (Wirenews) -"), "since 2019" (a duration), and "now"
//     inside a quotation (the speaker's present) → null. "Today" inside a quotation is the day of the statement
//     carrying it.
//  3. A date anchored on another event ("Hours before the dialogue was held, factions threatened …") dates its
//     main clause, never the anchor.
//  4. Otherwise the cue nearest the date inside the date's own clause wins, verbs before nouns (a noun costs 2.5
//     tokens of distance, a cue after the date half a token). So "Biden spoke with Kadhimi on Tuesday and
//     discussed recent rocket attacks" is talks; "Psaki announced that Biden would meet Kadhimi on July 26" is
//     talks for "July 26", and "On Friday, Psaki announced …" a statement.
//     A statement verb before a "will/would" that comes before the date does not count: "X said pumping would
//     resume by Friday" dates the resumption, which is none of our kinds → null.
//  5. A date clause without a cue: "The letter, dated 5 July, …" dates the document before it; "came on 29 March,
//     when an IED struck …" takes the when-clause; a relative or participle clause dates its antecedent if that is
//     a cue ("The talks, which began in February", "The drawdown, announced in January") and otherwise something
//     of none of the four kinds (null); a clause with its own verb dates its own cue-less event or only an
//     attribution ("…, the AP reported on Tuesday") → null; a verbless phrase ("On Friday,", "In April,") dates
//     the main clause (rule 6).
//  6. Main clause: the first verb cue of the main segments, then their first noun cue; then "that" clauses,
//     then subordinate and participle clauses, then quotations; a trailing attribution ("…, killing three
//     soldiers, military spokesman X said.") comes last. Relative clauses never decide.
//  7. A troop count gives way to a troop verb of its clause ("will send an additional 500 soldiers" → 154).
//  8. The CAMEO code is refined within the winning cue's clause: attacks take the most specific weapon or method
//     named (assassination > bombing kinds > aerial > artillery > small arms > generic); a generic 040 meeting
//     takes a more specific talks code; threats, warnings or vows of attack become 138, pledges to withdraw 0356,
//     demands to withdraw 106.
//  9. Precedence when one clause holds cues of several kinds (round 14; the read gold's conventions):
//     - an attack verb over a force or base it strikes: "Drones hit the Border Force's forward camp on 9 May" is an
//       attack; the force named as the target is no troop presence (attackOnForce);
//     - a named body's decision over the move it decides: "the council agreed on Friday that the force should be cut",
//       "its decision of 1 March to cut the force" is a statement at that date; the move keeps its own date;
//     - a move over a saying that only frames it: "X has said its battalion will stay until mid-July" dates the stay
//       (rule 4's forecast), and "It is due to hand the port to the police on 1 June" is a handover;
//     - a noun with its date after "of" ("the decision of 1 March", "the raid of 3 May") is that noun's, as a date in
//       the possessive is (rule 4 otherwise prefers verbs);
//     - a visit or meeting and what was said at it are two developments at one date, not one to choose between:
//       "visited the camp this morning and said …", "opened on 4 February, with the mediator telling the delegations
//       that …" keep the talks here, and sayingBeside gives the saying too (extract-mentions.ts emits both).

import { datedReducedRelative } from './dated-relative.js';
import { legalTopic } from './legal-topic.js';
import { PREDICTED } from './predicted-noun.js';
import { answeredQuestion } from './answered-question.js';
import type { Classification } from '../types.js';
import { tokens, type Token } from '../nlp/wink.js';
import { datelineEnd } from '../nlp/dateline.js';
import { findCues, isNominal, outletArtefact, type CueMatch } from './find-cues.js';
import { CUES } from './vocabulary.js';
import { quotedTokens, splitClauses, type Segment, type SegmentKind } from './split-clauses.js';
import { stampOnly } from './stamp-date.js';
import { accidentAt } from './accident.js';
import { commentRelative } from './comment-relative.js';
import { negatedBefore } from './negation.js';

const NOUN_COST = 2.5;
const AFTER_COST = 0.5;

const DATE_WORDS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday last this next year month week day morning evening afternoon night ago earlier early late mid'.split(
    ' ',
  ),
);
const DAY_PARTS = new Set(['day', 'night', 'morning', 'evening', 'afternoon', 'week']);
const ANCHOR_WORDS = new Set(['before', 'after', 'ahead', 'following', 'prior']);
const ANCHOR_LEAD = new Set('hours hour days day weeks week months month minutes moments shortly just soon a an few two three several the only barely'.split(' '));
const PRESENT_WORDS = new Set(['today', 'tonight']);
/** What a noun phrase before a relative clause may hold: "the second round of talks with the rebels". */
const ANTECEDENT_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP']);
const NP_PREPOSITIONS = new Set(['of', 'with', 'between', 'over', 'on', 'among']);
const FUTURE_MODALS = new Set(['will', 'would', 'shall', "'ll", '’ll', 'wo']);
const HEDGED_MODALS = new Set(['could', 'might', 'may', 'should', 'must']);
const VAGUE_PRESENT = new Set(['now', 'currently', 'presently', 'nowadays']);

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

/** A stance taken on a development: denying, claiming or admitting it, praising, condemning, blaming. */
const STANCES = new Set(['015', '016', '051', '111', '112']);

/**
 * "X denied any part in the ambush this morning", "Y welcomed the accord in a statement on Friday": a development
 * named in the object of a stance verb, with the date after it and no verb between the verb and the date nor after
 * the date in its clause, is what the stance is taken on; the date is the stance's (the verb's adverbial, not the
 * noun's). Round 11. (Not any saying: "members asked about the strike on 8 November" dates the strike, and "told
 * her of it in a phone call on 16 July" the call.)
 */
function sayingOverObject(toks: readonly Token[], seg: Segment, told: readonly CueMatch[], best: CueMatch, d: number, e: number, elsewhere: readonly number[]): CueMatch {
  if (best.cue.kind === 'statement') return relativeAfter(toks, e) || datedElsewhere(toks, best, best.last + 1, elsewhere) ? objectOfStance(toks, told, best, d) : best;
  if (best.last >= d) return best;
  // (A gerund right after the stance is its object as a noun would be: "denied carrying out the attack on Monday"
  // is the denial's, as "denied the attack on Monday" is. Round 20.)
  const gerundObject = best.role === 'verb' && /ing$/.test(toks[best.first]!.normal) && told.some((m) => m.role === 'verb' && STANCES.has(m.cue.cameo) && m.last === best.first - 1);
  if (best.role !== 'noun' && !gerundObject) return best;
  // "condemned the bombing at the bridge on 24 February, in which four officers were killed": a relative clause
  // right after the date goes back to the noun before it, so the date sits inside that noun's phrase and is the
  // development's, not the stance's. Round 20.
  if (!gerundObject && relativeAfter(toks, e)) return best;
  const saying = told.filter((m) => m.role === 'verb' && STANCES.has(m.cue.cameo) && m.last < best.first).at(-1);
  if (!saying) return best;
  // "The army on Monday denied carrying out the airstrike in Orm on 2 March": a stance with a date of its own, before
  // its verb with no verb between or right after it, is that date's; this later date is the development's. Round 20 mend.
  if (datedElsewhere(toks, saying, best.first, elsewhere)) return best;
  const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
  // "The Movement denies any link with the firing on the tanker on Friday": a stance taken now, in the present
  // tense, is not Friday's; the past date is the development's. Round 16.
  if (/[^s]s$/.test(toks[saying.first]!.normal) && toks[saying.first]!.pos === 'VERB') return best;
  const gerund = /ing$/.test(toks[saying.last + 1]?.normal ?? '') && toks[saying.last + 1]!.pos === 'VERB';
  if (toks.slice(gerundObject ? best.last + 1 : saying.last + (gerund ? 2 : 1), d).some(isVerb)) return best;
  if (toks.slice(e + 1, seg.last + 1).some(isVerb)) return best;
  return saying;
}

/** Another date of the sentence (token indices `elsewhere`) dates the stance verb: before it with no verb or stop
 * between ("The army on Monday denied"), or between it and its object at `until` ("denied on Monday the raid"). */
function datedElsewhere(toks: readonly Token[], stance: CueMatch, until: number, elsewhere: readonly number[]): boolean {
  if (stance.role !== 'verb' || !STANCES.has(stance.cue.cameo)) return false;
  const clear = (t: Token) => t.pos !== 'VERB' && t.pos !== 'AUX' && !/^[;:.!?]$/.test(t.text);
  return elsewhere.some((o) => (o < stance.first && toks.slice(o, stance.first).every(clear)) || (o > stance.last && o < until));
}

/** The development a stance verb's object names right before the date, when nothing but its noun phrase stands
 * between ("condemned the bombing at the bridge on 24 February, in which …" → "bombing"); else the stance. */
function objectOfStance(toks: readonly Token[], told: readonly CueMatch[], stance: CueMatch, d: number): CueMatch {
  if (stance.role !== 'verb' || !STANCES.has(stance.cue.cameo) || stance.last >= d) return stance;
  const object = told.filter((m) => m.role === 'noun' && m.cue.kind !== 'statement' && m.first > stance.last && m.last < d).at(0);
  if (!object) return stance;
  if (toks.slice(stance.last + 1, d).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'PUNCT' && t.text !== '-'))) return stance;
  return object;
}

/** A relative clause on what is named opens right after the date's end: ", in which …", ", during which …", ", which …". */
function relativeAfter(toks: readonly Token[], e: number): boolean {
  let k = e + 1;
  if (toks[k]?.text === ',') k++;
  if (['in', 'during', 'after', 'at'].includes(toks[k]?.normal ?? '') && toks[k + 1]?.normal === 'which') return true;
  // (Not the speaker's comment on what is named: "…, which she called cowardly" leaves the date the saying's.)
  return toks[k]?.normal === 'which' && toks[e + 1]?.text === ',' && !commentRelative(toks, k);
}

const TOPIC_PREPOSITIONS = new Set('of on over for into against regarding concerning'.split(' '));

/** A noun behind a preposition of topic or cause ("the cost of the withdrawal", "over the bombing", "an inquiry into
 * the attack"), not of company ("began with 300 soldiers"); not "about", as often "about 1,600 soldiers". */
function topical(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(toks[j]!.pos) && !TOPIC_PREPOSITIONS.has(toks[j]!.normal)) j--;
  // (Not a time named by the development: "on the eve of the summit", "in the aftermath of the bombing".)
  return TOPIC_PREPOSITIONS.has(toks[j]?.normal ?? '') && !ANCHOR_NOUNS.has(toks[j - 1]?.normal ?? '');
}

/** Nouns naming a part of a period or a time, before "of" and a date: "the end of June", "the night of 4 May". */
const PERIOD_PARTS = new Set(
  'end start beginning middle half part course week weeks weekend month months year years day days night nights morning mornings evening evenings afternoon afternoons eve dawn period spring summer autumn fall winter quarter hours hour minutes date dates anniversary time times first last rest remainder close turn events'.split(' '),
);

const ANCHOR_NOUNS = new Set(['eve', 'anniversary', 'aftermath', 'wake', 'day', 'night', 'morning', 'evening', 'afternoon']);

/** A noun behind a preposition ("Hours after the strike", "since the deal"): named, not told happening. */
function governed(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && ['DET', 'ADJ', 'NUM'].includes(toks[j]!.pos)) j--;
  return toks[j]?.pos === 'ADP' || toks[j]?.pos === 'SCONJ';
}

/**
 * ", military spokesman Colonel Aric Penn said." / ", the regional mediator said, ending …" / ", said the ministry.":
 * a reporting clause after the content, with no complement of its own, only attributes that content; in the
 * main-clause choice it comes last.
 */
function isAttribution(m: CueMatch, toks: readonly Token[], segments: readonly Segment[], cues: readonly CueMatch[]): boolean {
  if (m.cue.kind !== 'statement' || m.cue.needs !== 'speaker') return false;
  // A cue that runs over an object of its own ("its delegation suspends its participation in the talks at …") has
  // its complement: it tells, it does not attribute. (Not the press it speaks to.) Round 15.
  if (toks.slice(m.first + 1, m.last + 1).some((t) => t.pos === 'NOUN' && !PRESS_AUDIENCE.test(t.normal))) return false;
  const i = segments.findIndex((s) => overlaps(m, s));
  const seg = segments[i];
  if (!seg || i === 0 || !/^[,”"]$/.test(toks[seg.first - 1]?.text ?? '')) return false;
  // Content before it: a verb, or a development named before it whose verb the tagger read as a noun ("air
  // defences shot down two drones, the ministry said").
  const earlierContent =
    toks.slice(0, seg.first).some((t) => t.pos === 'VERB' && /^[a-z]/.test(t.text)) ||
    cues.some((c) => c.cue.kind !== 'statement' && c.last < seg.first && !governed(toks, c.first));
  if (!earlierContent) return false;
  const after = toks[m.last + 1];
  const inverted =
    m.first === seg.first &&
    !!after &&
    ['DET', 'PROPN', 'NOUN'].includes(after.pos) &&
    !toks.slice(m.last + 1, seg.last + 1).some((t) => t.pos === 'VERB');
  const bare =
    !after ||
    after.pos === 'PUNCT' ||
    after.pos === 'ADP' ||
    after.pos === 'ADV' ||
    after.pos === 'PROPN' ||
    PRESS_AUDIENCE.test(after.normal);
  return inverted || bare;
}

const PRESS_AUDIENCE = /^(reporters|journalists|press|media|agency|television|tv|radio)$/;

/** Rule 6: the main clause's development. */
function mainCue(
  toks: readonly Token[],
  cues: readonly CueMatch[],
  segments: readonly Segment[],
  skip: (m: CueMatch) => boolean,
): CueMatch | null {
  const eligible = cues.filter((m) => !skip(m) && !m.hedged);
  const content = eligible.filter((m) => !isAttribution(m, toks, segments, cues));
  for (const tier of MAIN_TIERS) {
    const inTier = content.filter((m) => segments.some((s) => tier.includes(s.kind) && overlaps(m, s)));
    const pick = inTier.find((m) => m.role === 'verb') ?? inTier[0];
    if (pick) return pick;
  }
  return eligible.find((m) => isAttribution(m, toks, segments, cues)) ?? null;
}


/** Participles that date the document named before them: "The letter, dated 5 July, says …". */
const DOCUMENT_PARTICIPLES = new Set(['dated', 'signed', 'published', 'released', 'issued', 'sent', 'posted', 'delivered', 'written']);
const RESCHEDULED_TO = /\b(?:rescheduled|moved|back|postponed|delayed|deferred|reset|forward|pushed)\s+(?:until|till|to|for)$/;

const EDITIONS = new Set('issue issues edition editions episode episodes bulletin bulletins newsletter newsletters broadcast'.split(' '));

/** "our last issue, of 13 Feb,", "the 13 May edition": the date of an issue of a publication, which dates no development. */
function editionDate(toks: readonly Token[], d: number, e: number): boolean {
  if (EDITIONS.has(toks[e + 1]?.normal ?? '')) return true; // "the 13 May edition"
  let k = d - 1;
  if (toks[k]?.normal === 'dated') k--; // "the issue dated 13 May"
  else if (toks[k]?.normal === 'of') k -= toks[k - 1]?.text === ',' ? 2 : 1; // "our last issue, of 13 Feb,"
  else return false;
  return EDITIONS.has(toks[k]?.normal ?? '');
}

/**
 * "A report on 27 March ("Rockets hit the port", page 4) said …", "A caption on 21 December said …", "An interview
 * on 28 March quoted …": the date of an outlet's own text (outletArtefact: no author outside the outlet), the subject
 * of its clause, dates that text, as a corrections column cites it, and no development. Not "the ministry's report on
 * Monday said" nor "said in a report on Monday" (the artefact behind a preposition is the occasion of a saying). Round 17.
 */
function artefactDate(toks: readonly Token[], d: number, e: number): boolean {
  // (The date's words may open with their preposition: "on 27 March".)
  let k = ['on', 'of', 'dated'].includes(toks[d]!.normal) ? d : d - 1;
  if (!['on', 'of', 'dated'].includes(toks[k]?.normal ?? '')) return false;
  if (/^(?:published|printed|broadcast|run|aired|posted)$/.test(toks[k - 1]?.normal ?? '')) k--;
  const head = k - 1;
  if (!outletArtefact(toks, head)) return false;
  let start = head;
  while (start > 0 && (['DET', 'ADJ'].includes(toks[start - 1]!.pos) || toks[start - 1]!.normal === 'our')) start--;
  const before = toks[start - 1];
  if (before && !(before.pos === 'PUNCT' || before.pos === 'CCONJ')) return false;
  // A verb of its own right after the date (over a parenthesis): the artefact is its subject.
  let j = e + 1;
  if (toks[j]?.text === '(') {
    while (j < toks.length && toks[j]!.text !== ')') j++;
    j++;
  }
  return toks[j]?.pos === 'VERB' || toks[j]?.pos === 'AUX';
}

/** "pledged|promised|vowed to <verb> … <date>": the date follows the infinitive of what was promised. */
function promisedAct(toks: readonly Token[], m: CueMatch, d: number): boolean {
  if (m.cue.cameo !== '030') return false;
  let k = m.last + 1;
  while (k < d && toks[k]!.pos === 'ADV') k++;
  return toks[k]?.normal === 'to' && k + 1 < d && toks[k + 1]!.pos === 'VERB';
}

/** Verbs of asking someone to act (CAMEO 020 appeal, 100 demand, and asking). */
// (A vote decides as "decide" does: "voted on Tuesday to approve the budget for next year" is no vote next year.
// Round 19d.)
const REQUESTS = new Set(['ask', 'urge', 'appeal', 'call', 'request', 'invite', 'instruct', 'order', 'press', 'demand', 'decide', 'decision', 'vote']);

/**
 * "the Committee asks the Ministry to report to it by 30 June", "urged the rebels to return to the talks by Friday":
 * a date after the infinitive a request governs dates the act asked for (a deadline), never the asking, as a date
 * after a promise's infinitive does; so does a date after a decision's ("decided on 7 April to close the force on 31
 * December"). The object between holds no verb. Round 15.
 */
function requestedAct(toks: readonly Token[], m: CueMatch, d: number): boolean {
  if (m.cue.kind !== 'statement' || !REQUESTS.has(toks[m.first]!.lemma)) return false;
  for (let k = m.last + 1; k < d && k <= m.last + 9; k++) {
    const t = toks[k]!;
    if (t.normal === 'to' && toks[k + 1]?.pos === 'VERB' && k + 1 < d) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'PUNCT' && t.text !== ',')) return false;
  }
  return false;
}

const WISH_VERBS = new Set(['hope', 'hopes', 'hoped', 'hoping', 'wish', 'wishes', 'wished', 'want', 'wants', 'wanted', 'wanting']);
const WISH_AFTER_WOULD = new Set(['like', 'love', 'prefer', 'rather']);

/**
 * "which the mediator would like to hold on 16 March", "hopes to open the round on 16 March", "wants the round to
 * open on 16 March": a wish or hope before the date in its clause, with its infinitive, wishes the act and does not
 * tell it. Round 15.
 */
function wishBefore(toks: readonly Token[], from: number, d: number): boolean {
  for (let k = from; k < d; k++) {
    const t = toks[k]!;
    const wish = (WISH_AFTER_WOULD.has(t.normal) && /^(?:would|'d|’d)$/.test(toks[k - 1]?.normal ?? '')) || (WISH_VERBS.has(t.normal) && t.pos === 'VERB');
    if (wish && toks.slice(k + 1, d).some((u, j) => u.normal === 'to' && toks[k + 2 + j]?.pos === 'VERB')) return true;
  }
  return false;
}

/** Participles of a saying's occasion: "Koskar, speaking on Saturday, said …". */
const SPEAKING = new Set(['speaking', 'talking', 'addressing', 'writing']);

/** Participles that date a picture: "the checkpoint, where the bomb exploded, photographed on 10 January". A photo's
 * date is no development's. */
const PHOTO_PARTICIPLES = new Set(['photographed', 'pictured', 'filmed', 'snapped']);

function choose(toks: readonly Token[], allCues: readonly CueMatch[], near: number | undefined, otherDates: readonly Span[] = []): CueMatch | null {
  const segments = splitClauses(toks);
  if (near === undefined || near < 0 || near >= (toks.at(-1)?.end ?? 0)) return mainCue(toks, allCues, segments, () => false);
  const cues = allCues.filter((m) => !m.hedged);

  const d = tokenAt(toks, near);
  const e = dateEnd(toks, d);
  const seg = segments.find((s) => s.first <= d && d <= s.last)!;

  // A dateline's date is the report's, and "since 2019" states how long something has lasted.
  if (d < datelineEnd(toks)) return null;
  // "Our issue of 13 May", "in its 13 May edition": a publication's own date.
  if (editionDate(toks, d, e)) return null;
  // "A caption on 21 December said …": an outlet's own text's date. Round 17.
  if (artefactDate(toks, d, e)) return null;
  // "which Belkara would like to hold in Sudra on 16 March": a wish's date dates no development. Round 15.
  if (wishBefore(toks, seg.first, d)) return null;
  // "The third round, called off in January, has been rescheduled for early next month": the new date of a
  // development put off dates that development, named before it.
  if (RESCHEDULED_TO.test(toks.slice(Math.max(0, d - 4), d).map((t) => t.normal).join(' '))) {
    const named = cues.filter((m) => m.last < d && m.role === 'noun');
    if (named.length) return named[0]!;
  }
  // (Unless a when-clause right after it tells what happened then: "the worst attack since 2 May, when a drone was
  // flown into the station" dates the drone attack.)
  if (toks[d]!.normal === 'since' || toks[d - 1]?.normal === 'since') {
    const when = segments.find((s) => s.first > e && toks.slice(seg.last + 1, s.first).every((t) => t.pos === 'PUNCT'));
    const lead = when && toks.slice(when.first, when.last + 1).find((t) => t.pos !== 'PUNCT');
    const told = lead?.normal === 'when' ? cues.filter((m) => overlaps(m, when!)) : [];
    return told.length ? nearest(told, d, e) : null;
  }

  // "Sunday's attack", "last week's talks": a date in the possessive dates the noun it modifies, the development it
  // names, and never the verb of its clause ("The mayor said Sunday's attack had shaken the town" is no saying on
  // Sunday). No cue there: nothing of our kinds.
  if (/^['’]s?$/.test(toks[e + 1]?.text ?? '') && toks[e + 1]!.pos === 'PART') {
    // The noun phrase runs on over modifiers ("Tuesday's deadly mortar attack") until a verb or punctuation.
    let end = e + 2;
    const stops = (t: Token) => ['AUX', 'PUNCT', 'ADP', 'SCONJ'].includes(t.pos) || (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.normal));
    while (end < toks.length && end <= e + 6 && !stops(toks[end]!)) end++;
    const named = cues.find((m) => m.first >= e + 1 && m.first < end);
    if (named) return named;
    // "Speaking at Monday's ceremony, the minister said …": an occasion of none of our kinds, named in the phrase that
    // sets the scene of a saying, is the saying's occasion, and its day the saying's. Round 16.
    const lead = toks.slice(seg.first, seg.last + 1).find((t) => t.pos !== 'PUNCT');
    if (lead && SPEAKING.has(lead.normal) && toks[seg.last]?.text === ',') {
      return cues.find((m) => m.first > seg.last && m.cue.kind === 'statement' && m.role === 'verb') ?? null;
    }
    return null;
  }

  // "its decision of 1 March to cut the force", "the raid of 3 May": a date after "of" right after a noun cue dates
  // that noun, not a verb after it. Round 14.
  if (toks[d - 1]?.normal === 'of') {
    const named = cues.find((m) => m.role === 'noun' && (m.last === d - 2 || (m.last === d - 1 && m.first < m.last)));
    if (named) return named;
    // "the restoration of the status quo ante of September 2025", "back to the lines of June 2024": a date after "of"
    // right after a noun of none of our kinds names that thing's date, a reference state, and dates no development.
    // (Not a part of a period, "the end of June", "the first week of May", which is the date itself.) Round 15.
    // (A cue in the noun phrase is the noun's: "the mortar rounds of 23 February".)
    const head = toks[d - 2];
    if (head && head.pos === 'NOUN' && !PERIOD_PARTS.has(head.normal)) {
      let j = d - 2;
      while (j > 0 && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(toks[j - 1]!.pos)) j--;
      return cues.filter((m) => m.last >= j && m.first <= d - 2).at(-1) ?? null;
    }
  }

  // "OKP said pumping would resume by Friday": a date after "will/would" dates what is forecast, never the
  // saying of it; with no cue of our kinds in the forecast, the sentence reports nothing at that date.
  // (A hedge too: "Critics say the talks could collapse next month" dates the collapse, never the saying.)
  // So does a date after a promise's infinitive ("has promised to send 60 more in April"): the promised act's. Round 12.
  const forecast = (m: CueMatch) =>
    m.cue.kind === 'statement' &&
    m.last < d &&
    (toks.slice(m.last + 1, d).some((t) => FUTURE_MODALS.has(t.normal) || HEDGED_MODALS.has(t.normal)) || promisedAct(toks, m, d) || requestedAct(toks, m, d));

  const anchor = anchorWord(toks, d);
  if (anchor >= 0) {
    const anchorSeg = segments.find((s) => s.first <= anchor && anchor <= s.last)!;
    const span = { first: d, last: anchorSeg.last };
    const before = cues.filter((m) => m.last < d && m.first >= seg.first);
    // "told reporters he would not comment before Friday": what is forecast is no development yet.
    if (cues.some(forecast)) return null;
    return nearest(before, d, e) ?? mainCue(toks, cues, segments, (m) => overlaps(m, span) || forecast(m));
  }

  const quoted = quotedTokens(toks);
  // "can now fight" in a quotation is the speaker's present, no date of its own; "today" there is the day the
  // statement carrying the quotation was made.
  if (quoted[d] && VAGUE_PRESENT.has(toks[d]!.normal)) return null;
  if (quoted[d] && PRESENT_WORDS.has(toks[d]!.normal)) {
    const outside = mainCue(toks, cues, segments, (m) => quoted[m.first] === true);
    if (outside && !quoted[outside.first]) return outside;
  }

  // (A clause a quotation interrupted goes on after it: "who called the raid "a crime" on 6 May". Round 14b.)
  const own = cues.filter((m) => overlaps(m, seg) || (seg.resumes !== undefined && overlaps(m, seg.resumes)));
  // "I think the talks are the only thing that matters now", "the drawdown now under way": a development named by a
  // noun phrase and dated only by "now" is a state of things, none told at the day of publication. (Not a troop
  // figure, which a level dated so is: "about 450 soldiers remain now".) Round 16.
  if (VAGUE_PRESENT.has(toks[d]!.normal) && d === e && own.length && own.every((m) => stateNamed(toks, m))) return null;
  // "The minister will brief the council on the talks on 8 April", "briefed MPs on Tuesday about the shelling": a
  // development named as what someone is told about is the briefing's topic, and the date dates the briefing, none
  // of our kinds. Round 16.
  if (own.length && own.every((m) => m.role === 'noun' && briefedOn(toks, m))) return null;
  // "Feldt will meet the minister, Lena Oskar, in Kesh on Tuesday to ask for more police": asking is the meeting's
  // purpose, not a statement made; the development is the main clause's.
  const purpose = (m: CueMatch) => m.cue.kind === 'statement' && toks[m.first - 1]?.normal === 'to';
  if (own.length && own.every(purpose)) {
    const main = mainCue(toks, cues, segments, purpose);
    if (main) return main;
    // "Unions have called a strike for Tuesday to demand shelters": with no development of our kinds to serve, the
    // purpose is an aim, not a saying made at that date. Round 15.
    if (own.every((m) => m.first > d)) return null;
  }
  // "The drawdown of 500 troops that X announced last Monday is to begin in April": the onset verb governing the
  // date dates its subject's development, not the relative clause's saying.
  const onsetHere = onsetBeforeDate(toks, seg, d, cues);
  if (onsetHere) return onsetHere;
  // "The Committee recommends that the Government report to the House by 31 July on the cost of the withdrawal",
  // "Police arrested three men on Monday over the bombing": a development named only behind a preposition after the
  // date, after a verb that is none of our kinds, is the topic of that verb; the date is the verb's. Round 13.
  if (own.length && own.every((m) => m.role === 'noun' && m.first > e && topical(toks, m.first))) {
    // (The verb may stand before the date's segment: the tagger reads "report" in "that the Government report to the
    // House by 31 July" as a noun, and "recommends" governs it.)
    const verbBefore = toks.slice(0, d).some((t, n) => t.pos === 'VERB' && /^[a-z]/.test(t.text) && !isNominal(toks, n) && !cues.some((m) => m.first <= n && n <= m.last));
    if (verbBefore) return null;
  }
  if (own.length) {
    // (A purpose beside a development of its clause only names that development's aim: "will meet the minister in
    // Kesh on Friday to ask for more police" is the meeting. Round 15.)
    const aim = (m: CueMatch) => purpose(m) && m.first > d && own.some((o) => !purpose(o));
    const told = own.filter((m) => !forecast(m) && !aim(m));
    const best = told.length ? nearest(told, d, e) : null;
    const elsewhere = otherDates.map((span) => tokenAt(toks, span.start));
    return best ? sayingOverObject(toks, seg, told, best, d, e, elsewhere) : null;
  }

  const i = segments.indexOf(seg);
  const lead = toks.slice(seg.first, seg.last + 1).find((t) => t.pos !== 'PUNCT');
  if (lead && PHOTO_PARTICIPLES.has(lead.normal)) return null;
  if (lead && DOCUMENT_PARTICIPLES.has(lead.normal) && segments[i - 1]) {
    return nearest(cues.filter((m) => overlaps(m, segments[i - 1]!)), d, e);
  }
  // "The most serious came on 29 March, when an IED struck …": the when-clause tells what happened then.
  const next = segments[i + 1];
  const nextLead = next && toks.slice(next.first, next.last + 1).find((t) => t.pos !== 'PUNCT');
  // So does "…, the day the mission handed the camp over": a day named by what happened on it.
  const dayNamed = (k: number) => toks[k]?.normal === 'the' && DAY_PARTS.has(toks[k + 1]?.normal ?? '') && toks.slice(k + 2, next!.last + 1).some((t) => t.pos === 'VERB');
  const leadAt = next ? toks.findIndex((t, k) => k >= next.first && t.pos !== 'PUNCT') : -1;
  if (next && (nextLead?.normal === 'when' || dayNamed(leadAt))) {
    const then = cues.filter((m) => overlaps(m, next));
    if (then.length) return nearest(then, d, e);
  }
  // "The city mourned on Monday as gunmen opened fire on the procession": a clause of none of our kinds, dated, with
  // an as-clause right after it whose verb tells an attack, is that attack's time ("as" of things at once). Only an
  // attack's verb, a blow struck at a moment: talks, troop moves and sayings in an as-clause are as often a process
  // running around the time or a reason ("as troops withdrew", "as the talks went on"), which may have begun days
  // before. Not a noun ("as investors feared attacks"), nor a pluperfect ("as the rebels had shelled the town", an
  // earlier blow). Round 19b (the rites rule left the mourning no statement, and the attack in its as-clause was never
  // found).
  if (next && next.kind === 'subordinate' && nextLead?.normal === 'as') {
    const then = cues.filter((m) => overlaps(m, next) && m.role === 'verb' && m.cue.kind === 'attack' && !toks.slice(leadAt + 1, m.first).some((t) => t.normal === 'had' || t.lemma === 'have'));
    if (then.length) return nearest(then, d, e);
  }
  // "The talks in Portana, the Velish capital, opened on Tuesday": a clause that opens with its own verb right after
  // an appositive (a verbless noun phrase between commas) has the noun phrase before the appositive as its subject;
  // a development named there (a noun cue) is what the clause dates.
  const subject = subjectBeforeAppositive(toks, segments, i, cues);
  if (subject) return subject.cue;
  // "noted the progress made at the first round, on 17 January, and at the second, on 14 February": a date set off
  // right after a development named at a place in the sentence dates that development, not the saying around it.
  const apposed = developmentBeforeDate(toks, segments, i, cues, d, e);
  if (apposed) return apposed;
  // "Koskar, speaking on Saturday before flying home, said …": the occasion of the saying dates the saying.
  if (seg.kind === 'participial' && lead && SPEAKING.has(lead.normal)) {
    const saying = cues.find((m) => m.first > seg.last && m.cue.kind === 'statement' && m.role === 'verb');
    if (saying) return saying;
    // ("…,” said the spokesman, speaking on Wednesday.", "The envoy said the plan was dead, speaking in Osk on
    // Monday.": a trailing occasion, ending the sentence, dates the saying before it. Round 21.)
    const trailing = toks.slice(seg.last + 1).every((t) => t.pos === 'PUNCT');
    const before = trailing ? cues.filter((m) => m.last < seg.first && m.cue.kind === 'statement' && m.role === 'verb').at(-1) : undefined;
    if (before) return before;
  }
  // "Castell, walking through the market that morning, said …", "The envoy, visiting the camp on Monday, told
  // reporters …": any participle set off between a subject and the saying verb right after it is the occasion of
  // that saying, and its date the saying's. Round 13.
  if (seg.kind === 'participial' && lead && /ing$/.test(lead.normal) && toks[seg.first - 1]?.text === ',') {
    const saying = cues.find((m) => m.first > seg.last && m.first <= seg.last + 2 && m.cue.kind === 'statement' && m.role === 'verb');
    if (saying) return saying;
  }
  // "The talks, which began in Doha in February, …", "The drawdown, announced in January, …": a relative or
  // participle clause dates its antecedent when that is a cue.
  if (seg.kind === 'relative' || seg.kind === 'participial') {
    let k = seg.first - 1;
    while (k >= 0 && toks[k]!.pos === 'PUNCT') k--;
    const antecedent = cues.find((m) => m.last === k);
    if (antecedent) return antecedent;
    // "The second round of talks with the rebels, which ended on Wednesday": the antecedent's head sits further
    // back in its noun phrase, behind "of …", "with …".
    // (And behind a named place, when the development is the relative clause's subject: "the two meetings in Harl,
    // which were held on 2 March": a place names no development, so the clause dates the noun before it. Not "the
    // round in Vasho, which Tesmara has pencilled in for 16 March", another's plan for it. Round 20 mend.)
    const subjectRelative = ['which', 'that'].includes(toks[seg.first]?.normal ?? '') && ['AUX', 'VERB'].includes(toks[seg.first + 1]?.pos ?? '');
    const namedPlace = (a: number) => subjectRelative && ['in', 'at'].includes(toks[a]!.normal) && toks.slice(a + 1, k + 1).every((t) => t.pos === 'PROPN');
    let j = k;
    while (j > 0 && k - j < 10 && ANTECEDENT_PHRASE.has(toks[j - 1]!.pos) && !(toks[j - 1]!.pos === 'ADP' && !NP_PREPOSITIONS.has(toks[j - 1]!.normal) && !namedPlace(j - 1))) j--;
    const inPhrase = cues.filter((m) => m.role === 'noun' && m.first >= j && m.last <= k);
    return inPhrase.at(-1) ?? roundOpenedInRelative(toks, seg, k);
  }
  // A clause with its own verb dates its own, cue-less event ("Oil exports rose in March, the ministry said"), or
  // only the attribution ("…, the AP reported on Tuesday", "…, police said on Tuesday"); a verbless phrase
  // ("On Friday,", "In April,") dates the main clause.
  // Participles used as adjectives and nouns mistagged as verbs ("a televised address") are not its verb.
  // Nor is an infinitive of purpose ("in Kesh on Monday to prepare the round") or a word in parentheses ("Feb. 16
  // (scheduled):"): neither makes the phrase a clause of its own.
  const parenthesised = insideParentheses(toks);
  const ownVerb = (k: number) =>
    toks[k]!.pos === 'VERB' && /^[a-z]/.test(toks[k]!.text) && !isNominal(toks, k) && toks[k - 1]?.normal !== 'to' && !parenthesised[k];
  const onset = onsetOfSubject(toks, segments, i, cues);
  if (onset) return onset;
  // "Gunmen fired on the tanker and boarded her early on Saturday": a verb phrase joined by "and" with no subject of
  // its own shares its subject's development; the date of the second verb dates the first verb's attack (rule 9).
  const shared = sharedSubjectCue(toks, segments, i, cues) ?? sharedDateCue(toks, segments, i, cues);
  if (shared) return shared;
  // (So does a copula with a forecast: "attacks on ports were likely in December, the minister said", "More clashes
  // are possible next week, …" date the forecast's horizon, never the saying, as "could" and "will" do. Round 21.)
  const copular = (k: number) => toks[k]!.pos === 'AUX' && /^(?:is|are|was|were)$/.test(toks[k]!.normal) && !parenthesised[k] && PREDICTED.has(toks.slice(k + 1, k + 3).find((t) => t.pos !== 'ADV' || PREDICTED.has(t.normal))?.normal ?? '');
  for (let k = seg.first; k <= seg.last; k++) if (ownVerb(k) || copular(k)) return null;
  // "Soldiers seized the broadcaster in the capital, Hollin, before dawn on Wednesday, and an officer read a
  // statement": a verbless phrase followed by ", and" or ", but" cannot open the clause after it; it ends the clause
  // before it, over an appositive ("Hollin"), and dates that clause's development. Round 21 (probes of our own).
  const coordinatedNext = segments[i + 1] && /^(?:and|but|while|whereas)$/.test(toks.slice(segments[i + 1]!.first, segments[i + 1]!.last + 1).find((t) => t.pos !== 'PUNCT')?.normal ?? '');
  if (coordinatedNext) {
    for (let j = i - 1; j >= 0; j--) {
      const prev = segments[j]!;
      if (toks.slice(prev.first, segments[j + 1]!.first).some((t) => t.text === ';' || t.text === ':')) break;
      if (!toks.slice(prev.first, prev.last + 1).some((t, n) => ownVerb(prev.first + n))) continue;
      if (prev.kind !== 'main') break;
      const then = cues.filter((m) => overlaps(m, prev) && !isAttribution(m, toks, segments, cues));
      if (then.length) return nearest(then, d, e);
      break;
    }
  }
  // The verbless phrase introduces the clause right after it: "A reminder of why this meeting matters: a week ago,
  // on 17 May, the cutter turned its water cannon on our ship" dates the water cannon, not the meeting.
  // A main clause whose verb the tagger missed ("air defences shot down two drones", "shot" read as a noun) still
  // tells what the phrase dates when the clause with a verb after it only attributes it (", the ministry said").
  let verbless: CueMatch[] = [];
  for (let j = i + 1; j < segments.length; j++) {
    const next = segments[j]!;
    // "… spoke by phone with her counterpart, Ivo Renn, on Saturday; neither side mentioned …": a phrase that ends
    // its clause at a semicolon closes that clause and introduces none after it. Round 16.
    if (toks.slice(segments[j - 1]!.first, next.first).some((t) => t.text === ';')) break;
    const hasVerb = toks.slice(next.first, next.last + 1).some((t, n) => ownVerb(next.first + n));
    const then = cues.filter((m) => overlaps(m, next) && !isAttribution(m, toks, segments, cues));
    if (!hasVerb) {
      if (next.kind === 'main' && !verbless.length) verbless = then.filter((m) => m.first >= next.first && m.last <= next.last);
      continue;
    }
    if (next.kind !== 'main') break;
    if (then.length) return then.find((m) => m.role === 'verb') ?? then[0]!;
    const attributes = cues.some((m) => overlaps(m, next) && isAttribution(m, toks, segments, cues));
    if (attributes && verbless.length) return verbless.find((m) => m.role === 'verb') ?? verbless[0]!;
    break;
  }
  // A saying before a "would" that comes before the date ("told the radio he would rather not guess at the agenda
  // before Thursday") dates the forecast, as above, never the saying.
  return mainCue(toks, cues, segments, (m) => overlaps(m, seg) || forecast(m));
}

/**
 * Rule 9, verb phrases sharing one subject: the segment opens with "and" (or "and then") and a verb, no subject
 * between, and the main segment before it tells a development by a verb cue (not a saying, which frames rather than
 * shares: "said the talks had failed and left on Monday"). Round 14.
 */
function sharedSubjectCue(toks: readonly Token[], segments: readonly Segment[], i: number, cues: readonly CueMatch[]): CueMatch | null {
  const seg = segments[i]!;
  const before = segments[i - 1];
  if (!before || before.kind !== 'main' || seg.kind !== 'main' || !opensSharedPhrase(toks, seg)) return null;
  const own = cues.filter((m) => m.role === 'verb' && !m.hedged && overlaps(m, before));
  // The subject's own verb, not one inside what a saying reports ("said the talks had failed and left on Monday").
  const first = own[0];
  return first && first.cue.kind !== 'statement' ? first : null;
}

/** "and", adverbs, then a verb: a verb phrase opening `seg` with no subject of its own. */
function opensSharedPhrase(toks: readonly Token[], seg: Segment): boolean {
  let k = seg.first;
  while (k <= seg.last && toks[k]!.pos === 'PUNCT') k++;
  if (toks[k]?.normal !== 'and') return false;
  k++;
  while (k <= seg.last && toks[k]!.pos === 'ADV') k++;
  return toks[k]?.pos === 'VERB';
}

/**
 * The other way round: "On 17 January Renn stood beside the president in Osk and promised a second battery": a date in
 * a first verb phrase that tells none of our kinds dates the verb phrase joined to it by "and" with no subject of its
 * own (its first verb cue). Round 14.
 */
function sharedDateCue(toks: readonly Token[], segments: readonly Segment[], i: number, cues: readonly CueMatch[]): CueMatch | null {
  const seg = segments[i]!;
  const next = segments[i + 1];
  if (!next || seg.kind !== 'main' || next.kind !== 'main' || !opensSharedPhrase(toks, next)) return null;
  return cues.find((m) => m.role === 'verb' && !m.hedged && overlaps(m, next)) ?? null;
}

/** Tokens between "(" and ")". */
function insideParentheses(toks: readonly Token[]): boolean[] {
  let depth = 0;
  return toks.map((t) => {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    return depth > 0 && t.text !== '(';
  });
}

/** What a round of talks does: "the first round in Portana, which opened on 15 October". */
const ROUND_NOUNS = new Set(['round', 'rounds', 'talks', 'negotiations', 'summit', 'dialogue', 'dialog']);
const ROUND_VERBS = new Set(['open', 'begin', 'start', 'end', 'conclude', 'resume', 'close', 'convene']);
const ROUND_CUE = CUES.find((c) => c.kind === 'talks' && c.words.startsWith('talks|dialogue|dialog|negotiations|round|summit … resume'))!;

/**
 * Rule 5, a relative clause after a round of talks: its verb opens, ends or resumes the round its antecedent
 * names, though the comma keeps the two from matching as one cue ("The first round in Portana, which opened on
 * 15 October, …": "round" alone is no cue). The antecedent is searched back over its modifiers and a place.
 */
function roundOpenedInRelative(toks: readonly Token[], seg: Segment, k: number): CueMatch | null {
  if (seg.kind !== 'relative') return null;
  const verb = toks.slice(seg.first, seg.last + 1).findIndex((t) => t.pos === 'VERB');
  if (verb < 0 || !ROUND_VERBS.has(toks[seg.first + verb]!.lemma)) return null;
  for (let j = k; j >= 0 && j >= k - 8; j--) {
    const t = toks[j]!;
    if (ROUND_NOUNS.has(t.normal)) {
      // "a round" of something else ("the first round of the election", "the boxing round") is no round of talks.
      const ofWhat = toks[j + 1]?.normal === 'of' ? toks.slice(j + 2, j + 5).find((x) => x.pos === 'NOUN') : undefined;
      if (/^rounds?$/.test(t.normal) && ((ofWhat && !ROUND_NOUNS.has(ofWhat.normal) && ofWhat.normal !== 'consultations') || toks[j - 1]?.pos === 'NOUN')) return null;
      return { cue: ROUND_CUE, first: j, last: seg.first + verb, role: 'verb', hedged: false };
    }
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) && !['in', 'at', 'of', 'with', 'between'].includes(t.normal)) return null;
  }
  return null;
}

const FINITE_LEAD = new Set(['VERB', 'AUX']);
const ONSET_VERBS = new Set(['begin', 'began', 'begun', 'begins', 'start', 'starts', 'started', 'commence', 'commences', 'commenced', 'proceed', 'proceeds']);

/** "takes effect", "comes into force", "goes ahead", "gets under way", "begins", "is to start". */
function isOnset(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1]?.normal;
  if (ONSET_VERBS.has(t.normal) || ONSET_VERBS.has(t.lemma)) return true;
  if (t.lemma === 'take' || /^(take|takes|took|taken)$/.test(t.normal)) return next === 'effect';
  if (t.lemma === 'come' || /^(come|comes|came)$/.test(t.normal)) return next === 'into' && /^(force|effect)$/.test(toks[k + 2]?.normal ?? '');
  if (t.lemma === 'go' || /^(go|goes|went)$/.test(t.normal)) return next === 'ahead';
  if (t.lemma === 'get' || /^(get|gets|got)$/.test(t.normal)) return next === 'under' && toks[k + 2]?.normal === 'way';
  return false;
}

/**
 * A verb of onset right before the date, in the date's own segment, after a subject that names a development:
 * "The drawdown of 500 troops that X announced last Monday is to begin in April". Only prepositions, determiners,
 * numbers and adverbs may stand between the verb and the date; the subject is the segment's first noun cue before
 * the verb, so a saying inside a relative clause of the subject does not date.
 */
function onsetBeforeDate(toks: readonly Token[], seg: Segment, d: number, cues: readonly CueMatch[]): CueMatch | null {
  let k = d - 1;
  while (k > seg.first && ['ADP', 'DET', 'NUM', 'ADV', 'PART'].includes(toks[k]!.pos)) k--;
  if (k <= seg.first || !isOnset(toks, k)) {
    // "takes effect in April": the verb sits one word further back.
    if (!(k - 1 > seg.first && isOnset(toks, k - 1))) return null;
    k--;
  }
  const subject = cues.filter((m) => m.first >= seg.first && m.last < k && m.role === 'noun');
  if (!subject.length || cues.some((m) => m.first > k && m.first < d)) return null;
  return subject[0]!;
}

/**
 * Rule 5, a clause that opens with a verb of onset and names no development of its own: "Dorvan's decision to cut its
 * contingent by a fifth, from 2,500 soldiers to 2,000, takes effect in April"; "The drawdown of 500 troops that X
 * announced last Monday is to begin in April". It dates what its subject names: the first noun cue (else the first
 * cue) of the main-clause segments before it, never a relative clause's ("announced").
 */
function onsetOfSubject(toks: readonly Token[], segments: readonly Segment[], i: number, cues: readonly CueMatch[]): CueMatch | null {
  const seg = segments[i]!;
  if (i === 0) return null;
  const words = toks.slice(seg.first, seg.last + 1).filter((t) => t.pos !== 'PUNCT');
  const lead = words[0];
  if (!lead || !FINITE_LEAD.has(lead.pos)) return null;
  let k = seg.first;
  while (k <= seg.last && (toks[k]!.pos === 'PUNCT' || toks[k]!.pos === 'AUX' || toks[k]!.pos === 'PART' || toks[k]!.pos === 'ADV')) k++;
  if (k > seg.last || !isOnset(toks, k)) return null;
  const subject = cues.filter((m) => segments.some((s, j) => j < i && s.kind === 'main' && overlaps(m, s)));
  return subject.find((m) => m.role === 'noun') ?? subject[0] ?? null;
}

/**
 * Rule 5's appositive case: the noun cue of the subject before "<subject>, <appositive>, <verb> …" (null when the
 * subject names none: "Ada Fenn, the talks' chief mediator, resigned on Tuesday" dates her resigning, none of our
 * kinds, and never the appositive), or undefined when the clause is not of that shape.
 */
function subjectBeforeAppositive(
  toks: readonly Token[],
  segments: readonly Segment[],
  i: number,
  cues: readonly CueMatch[],
): { cue: CueMatch | null } | undefined {
  const seg = segments[i]!;
  const apposition = segments[i - 1];
  const subject = segments[i - 2];
  if (!apposition || !subject || subject.kind !== 'main' || apposition.kind !== 'main') return undefined;
  const words = (s: Segment) => toks.slice(s.first, s.last + 1).filter((t) => t.pos !== 'PUNCT');
  const lead = words(seg)[0];
  // A finite verb ("opened", "were held"), not a participle phrase hanging off the clause (", killing three").
  if (!lead || !FINITE_LEAD.has(lead.pos) || /ing$/.test(lead.normal)) return undefined;
  const commaAfter = (s: Segment) => toks[s.last]?.text === ',';
  if (!commaAfter(subject) || !commaAfter(apposition)) return undefined;
  const appositive = words(apposition);
  if (!appositive.length || !['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM'].includes(appositive[0]!.pos)) return undefined;
  if (appositive.some((t) => t.pos === 'VERB' || t.pos === 'AUX') || words(subject).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  const cue = cues.find((m) => m.role === 'noun' && m.first >= subject.first && m.last <= subject.last) ?? null;
  // A subject that is a name ("Ada Fenn, the talks' chief mediator, resigned"): the verb is the development.
  if (!cue && !words(subject).every((t) => t.pos === 'PROPN')) return undefined;
  return { cue };
}

/** A development named by a noun phrase ("the talks", "its drawdown"), not a troop figure ("450 soldiers"), nor a
 * noun after an auxiliary, where the tagger may have missed a verb ("are now shelling"). */
function stateNamed(toks: readonly Token[], m: CueMatch): boolean {
  if (m.role !== 'noun' || !['DET', 'PRON'].includes(toks[m.first - 1]?.pos ?? '')) return false;
  return m.cue.kind !== 'statement' && !toks.slice(m.first, m.last + 1).some((t) => t.pos === 'NUM');
}

/** Verbs of telling someone about something, whose "on"/"about" object is a topic: "brief the council on the talks". */
const BRIEFING = new Set(['brief', 'debrief', 'update', 'inform', 'apprise']);

/** A noun behind "on", "about" or "of" whose clause's verb, before it, is one of BRIEFING, with no verb between. */
function briefedOn(toks: readonly Token[], m: CueMatch): boolean {
  let j = m.first - 1;
  while (j >= 0 && ['DET', 'ADJ', 'NUM'].includes(toks[j]!.pos)) j--;
  if (!/^(?:on|about|of)$/.test(toks[j]?.normal ?? '')) return false;
  for (let k = j - 1; k >= 0 && k >= j - 10; k--) {
    const t = toks[k]!;
    const briefing = BRIEFING.has(t.lemma) || BRIEFING.has(t.normal);
    // (The tagger reads "will brief" as an adjective after its auxiliary.)
    if (briefing && (t.pos === 'VERB' || /^(?:AUX|PART)$/.test(toks[k - 1]?.pos ?? ''))) return true;
    if (t.pos === 'VERB') return false;
    if (t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== ',') || t.pos === 'SCONJ') return false;
  }
  return false;
}

/** Where a development is told happening: "at the first round", "during the talks", "in the raid". */
const SETTING_PREPOSITIONS = new Set(['at', 'during', 'in']);
const ORDINALS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth last latest next previous'.split(' '));

/**
 * "the progress made at the first round, on 17 January, and at the second, on 14 February": a date phrase alone
 * between commas, right after a development named behind "at", "during" or "in", is that development's date (an
 * apposition to its noun), whatever verb of saying governs the sentence; an ordinal standing for the noun ("at the
 * second") names the same kind as the ordinal-led cue before it. Round 16. (Not a stance's object, "condemned the
 * attack, on Tuesday,": that date is the stance's, and "at" is no place there.)
 */
function developmentBeforeDate(toks: readonly Token[], segments: readonly Segment[], i: number, cues: readonly CueMatch[], d: number, e: number): CueMatch | null {
  const seg = segments[i]!;
  const before = segments[i - 1];
  if (!before || toks[before.last]?.text !== ',') return null;
  // ("Speaking at the summit, on Tuesday, X said": the occasion of a saying, dated with it.)
  const lead = toks.slice(before.first, before.last + 1).find((t) => t.pos !== 'PUNCT');
  if (!lead || /ing$/.test(lead.normal)) return null;
  // The date's segment holds only the date, a preposition before it and punctuation.
  for (let k = seg.first; k <= seg.last; k++) {
    if (k >= d && k <= e) continue;
    const t = toks[k]!;
    if (t.pos !== 'PUNCT' && !(t.pos === 'ADP' && k < d)) return null;
  }
  const k = before.last - 1;
  let j = k;
  while (j > before.first && ['DET', 'ADJ', 'NUM', 'NOUN'].includes(toks[j - 1]!.pos) && !SETTING_PREPOSITIONS.has(toks[j - 1]!.normal)) j--;
  if (!SETTING_PREPOSITIONS.has(toks[j - 1]?.normal ?? '')) return null;
  const named = cues.find((m) => m.role === 'noun' && m.last === k && m.first >= j);
  if (named) return named;
  if (!ORDINALS.has(toks[k]!.normal) || toks[k - 1]?.pos !== 'DET') return null;
  return cues.filter((m) => m.role === 'noun' && m.last < j && toks.slice(m.first - 1, m.last + 1).some((t) => ORDINALS.has(t.normal))).at(-1) ?? null;
}

function segmentOf(segments: readonly Segment[], m: CueMatch): Segment {
  return segments.find((s) => overlaps(m, s)) ?? { kind: 'main', first: m.first, last: m.last };
}

/** Rule 8. */
function refineCameo(toks: readonly Token[], cues: readonly CueMatch[], chosen: CueMatch): string {
  const { kind, cameo } = chosen.cue;
  const seg = segmentOf(splitClauses(toks), chosen);
  const sameClause = cues.filter((m) => m.cue.kind === kind && overlaps(m, seg));
  if (kind === 'attack') {
    const codes = new Set(sameClause.map((m) => m.cue.cameo));
    return ATTACK_SPECIFICITY.find((c) => codes.has(c)) ?? cameo;
  }
  // "discuss the talks by phone": talks held over the telephone are a call (041), whatever the cue.
  if (kind === 'talks' && sameClause.some((m) => m.cue.cameo === '041')) return '041';
  if (kind === 'talks' && cameo === '040') {
    return sameClause.find((m) => m.cue.cameo !== '040')?.cue.cameo ?? cameo;
  }
  if (kind === 'statement') {
    const later = cues.filter((m) => m.first > chosen.last);
    const withdraws = later.some((m) => m.cue.cameo === '0874');
    if ((cameo === '130' || cameo === '012' || cameo === '030') && later.some((m) => m.cue.kind === 'attack')) return '138';
    if (cameo === '030' && withdraws) return '0356';
    if ((cameo === '100' || cameo === '020') && withdraws) return '106';
  }
  return cameo;
}

/** An attack that was stopped before it happened: "an attack on the base was foiled". */
const FOILED = new Set('foil foiled foils foiling thwart thwarted thwarts thwarting avert averted averts prevent prevented prevents preventing'.split(' '));
const CALLED_OFF = new Set('postpone postponed postpones postponing cancel cancels cancelled canceled cancelling canceling scrap scrapped scraps delay delayed delays shelve shelved abandon abandoned'.split(' '));

/**
 * "Talks scheduled for 25 March were postponed", "The minister called off Monday's visit", "An attack on the base
 * was foiled on Monday": a development called off, or an attack stopped, did not take place at its date. True when a verb of calling off (postpone, cancel, call off, put off, scrap,
 * delay, shelve, abandon; for attacks foil, thwart, avert, prevent) governs the chosen cue — after it in its clause,
 * or right before it as its verb — unless the date is the new one it was put off to ("were postponed until 2 April"
 * still dates the plan).
 */
function calledOff(toks: readonly Token[], m: CueMatch, near: number | undefined): boolean {
  const named = m.role === 'noun' || toks.slice(m.first, m.last + 1).some((t) => ROUND_NOUNS.has(t.normal) || t.normal === 'meeting' || t.normal === 'visit');
  if (!named || (m.cue.kind !== 'talks' && m.cue.kind !== 'attack')) return false;
  const words = m.cue.kind === 'talks' ? CALLED_OFF : FOILED;
  const isOff = (k: number) => words.has(toks[k]!.normal) || (m.cue.kind === 'talks' && (toks[k]!.lemma === 'call' || toks[k]!.lemma === 'put') && toks[k + 1]?.normal === 'off');
  let verb = -1;
  for (let k = m.last + 1; k < toks.length && k <= m.last + 12; k++) {
    if (/^[;.!?]$/.test(toks[k]!.text)) break;
    if (isOff(k)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) {
    // "calls off the fourth round of talks": back over the round's words to the verb.
    for (let k = m.first - 1; k >= 0 && k >= m.first - 6; k--) {
      // "The postponed negotiations … are due to open on Monday": put off before, and now set again.
      if (isOff(k) && toks[k - 1]?.pos === 'DET') return false;
      if (isOff(k) || (k > 0 && isOff(k - 1) && toks[k]!.normal === 'off')) {
        verb = k;
        break;
      }
      if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'PUNCT') break;
    }
  }
  if (verb < 0) return false;
  // "The round, due to open on 18 December, will not be postponed": a putting off denied leaves the plan standing.
  // Round 18.
  if (negatedBefore(toks, verb, 4)) return false;
  // "were postponed until 2 April": the new date is a plan for the development, which still counts.
  if (near !== undefined && verb > m.last && near > toks[verb]!.start) {
    const between = toks.filter((t) => t.start >= toks[verb]!.end && t.start <= near);
    // Right after the verb (or its "off"/"back"): not the "to" of "which was to open on 8 June".
    if (between.slice(0, 2).some((t) => /^(?:until|till|to)$/.test(t.normal))) return false;
    // "called off in January, has been rescheduled for early next month": so does the date it was set again for.
    if (between.some((t) => /^(?:rescheduled|reset|moved|rearranged)$/.test(t.normal))) return false;
    // "were postponed from 11 December and are now set for 18 December", "… and will now open on": the date the plan
    // stands at after the putting off.
    if (between.some((t) => /^(?:now|instead|newly)$/.test(t.normal))) return false;
  }
  return true;
}

/**
 * "The battalion had been due to leave in April, but X announced last month …": the date's own clause holds a plan
 * overtaken, and a cue in another clause (the announcing) is not what the date dates.
 */
function overtakenHere(toks: readonly Token[], cues: readonly CueMatch[], chosen: CueMatch, near: number): boolean {
  // Cheap test first: every plan overtaken is told with "had been" (unrealisedPlan).
  if (!toks.some((t) => t.normal === 'been')) return false;
  const d = tokenAt(toks, near);
  const seg = splitClauses(toks).find((s) => s.first <= d && d <= s.last);
  if (!seg || overlaps(chosen, seg)) return false;
  if (cues.some((m) => overlaps(m, seg) && unrealisedPlan(toks, m))) return true;
  for (let k = seg.first; k + 1 <= seg.last && k < d; k++) if (overtakenPlanAt(toks, k) >= 0) return true;
  return false;
}

const PLANNED = new Set('due scheduled slated set planned expected meant supposed'.split(' '));

/**
 * "They had been due to meet on 3 May", "The talks had been scheduled for Monday": a plan in the past perfect is
 * one overtaken (put off, called off, moved): the development did not take place at that date. True when "had
 * been" and a word of planning stand right before the cue, or right after it when it names the development.
 */
function unrealisedPlan(toks: readonly Token[], m: CueMatch): boolean {
  for (let k = m.first - 3; k >= 0 && k >= m.first - 7; k--) {
    const end = overtakenPlanAt(toks, k);
    if (end >= 0 && end < m.first && toks.slice(end + 1, m.first).every((t) => t.pos === 'PART' || t.pos === 'ADP' || t.pos === 'ADV')) return true;
  }
  for (let k = m.first; k <= m.last; k++) if (overtakenPlanAt(toks, k) >= 0) return true;
  if (m.role !== 'noun') return false;
  // (After the noun only "had been …": "The talks, originally set for 3 May, opened on 10 May" opened.)
  for (let k = m.last + 1; k < toks.length && k <= m.last + 3; k++) if (toks[k]!.normal === 'had' && overtakenPlanAt(toks, k) >= 0) return true;
  return false;
}

const SUPERSEDED = new Set(['originally', 'initially']);

/**
 * Where a plan told as overtaken starts at `k`, the index of its word of planning, else -1: "had been due", "had
 * originally been scheduled", and (round 15) a plan marked as the first of two, "was originally scheduled",
 * "initially due", "originally set".
 */
function overtakenPlanAt(toks: readonly Token[], k: number): number {
  const adverb = (j: number) => (toks[j]?.pos === 'ADV' ? j + 1 : j);
  if (toks[k]?.normal === 'had') {
    const been = adverb(k + 1);
    if (toks[been]?.normal !== 'been') return -1;
    const planned = adverb(been + 1);
    return PLANNED.has(toks[planned]?.normal ?? '') ? planned : -1;
  }
  if (SUPERSEDED.has(toks[k]?.normal ?? '') && PLANNED.has(toks[k + 1]?.normal ?? '')) return k + 1;
  return -1;
}

const MEDIA = new Set('television tv radio broadcaster broadcasters channel agency newspaper newspapers media outlet outlets press daily'.split(' '));

/**
 * "16 Nov — State television says artillery hit Orrek", "On the same day, state radio reported that rebels had shelled
 * the port": a news outlet's report is how the development became known, not a statement of a party's; the date
 * dates what it reports. (Not when the date is the report's own: "state radio reported on Sunday that …".)
 */
function mediaReport(toks: readonly Token[], cues: readonly CueMatch[], chosen: CueMatch, near: number | undefined): CueMatch | null {
  if (chosen.cue.kind !== 'statement' || chosen.cue.needs !== 'speaker') return null;
  let k = chosen.first - 1;
  let media = false;
  for (; k >= 0 && k >= chosen.first - 4 && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(toks[k]!.pos); k--) {
    if (MEDIA.has(toks[k]!.normal)) media = true;
  }
  if (!media) return null;
  if (near !== undefined) {
    const d = tokenAt(toks, near);
    if (d > chosen.last && d <= chosen.last + 2) return null;
  }
  const after = toks.slice(chosen.last + 1);
  if (after.some((t) => FUTURE_MODALS.has(t.normal) || HEDGED_MODALS.has(t.normal))) return null;
  return cues.find((m) => m.first > chosen.last && m.cue.kind !== 'statement' && !m.hedged) ?? null;
}

/**
 * Rule 9: "Drones struck the Coastal Defence Force's forward base on 5 June", "Gunmen fired on the garrison on
 * Monday": a troop presence or count (150) that is only the object of an attack verb before it in its clause (a noun
 * phrase between, no verb, no clause mark) is the attack's target; the attack is the development. Round 14.
 */
function attackOnForce(toks: readonly Token[], cues: readonly CueMatch[], chosen: CueMatch): CueMatch | null {
  if (chosen.cue.kind !== 'troops' || chosen.cue.cameo !== '150') return null;
  const seg = segmentOf(splitClauses(toks), chosen);
  const attack = cues.filter((m) => m.cue.kind === 'attack' && m.role === 'verb' && !m.hedged && m.last < chosen.first && overlaps(m, seg)).at(-1);
  if (!attack) return null;
  const between = toks.slice(attack.last + 1, chosen.first);
  if (between.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && !/^['’-]$/.test(t.text)) || t.pos === 'SCONJ')) return null;
  return attack;
}

/** Prepositions naming the occasion a saying was made at: "said at the handover", "during a visit to the camp". */
const OCCASIONS = new Set(['at', 'during']);

/**
 * "The brigadier said at the handover on 15 May that …", "The minister said on 3 May, during a visit to the camp,
 * that …": the development a saying was made at, named right after the saying verb behind "at" or "during", took
 * place on the saying's date too, so the sentence tells both (extract-mentions.ts emits this beside the statement).
 * A handover named so is of the posts or bases in the story, and needs none named. Round 16.
 */
export function occasionBeside(sentence: string, near: number): Classification | null {
  const toks = tokens(sentence);
  const d = tokenAt(toks, near);
  const e = dateEnd(toks, d);
  const quoted = quotedTokens(toks);
  const cues = findCues(toks).filter((m) => !m.hedged);
  for (const m of cues) {
    if (m.cue.kind !== 'statement' || m.role !== 'verb' || !SAYINGS.has(m.cue.cameo) || quoted[m.first]) continue;
    // Between the verb and the occasion only the date and commas.
    let p = m.last + 1;
    while (p < toks.length && ((p >= d && p <= e) || toks[p]!.text === ',' || (p === d - 1 && toks[p]!.pos === 'ADP'))) p++;
    if (!OCCASIONS.has(toks[p]?.normal ?? '')) continue;
    let k = p + 1;
    while (k < toks.length && ['DET', 'ADJ', 'PRON'].includes(toks[k]!.pos)) k++;
    if (k === p + 1) continue;
    // The date is the saying's: before the occasion, or right after its noun phrase.
    if (!(d > m.last && d < p) && !(d > k && d <= k + 5 && !toks.slice(k + 1, d).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ','))) continue;
    const named = cues.find((c) => c.first === k && c.role === 'noun' && c.cue.kind !== 'statement');
    if (named) return { type: named.cue.kind, cue: sentence.slice(toks[named.first]!.start, toks[named.last]!.end), cameo: named.cue.cameo };
    if (/^handovers?$/.test(toks[k]!.normal)) return { type: 'troops', cue: toks[k]!.text, cameo: '087' };
  }
  return null;
}

const SAYINGS = new Set(['010', '012', '013', '020', '030', '100', '111', '051', '112', '120', '130']);

/**
 * Rule 9, a visit or meeting and what was said at it, at one date (round 14; the read gold counts both): "Renn
 * visited the camp this morning and said …", "came to Osk on 28 March and promised to train …", "meets the president
 * and promises a second battery", "The round opened on 4 February, with the mediator telling the delegations that
 * …". The statement: a saying verb coordinated with a talks verb before it ("and", adverbs only between: the
 * subject is shared), or a participle of saying after "with" and a noun phrase; after the date, with no other date
 * (`otherDates`, absolute or relative) between, and not inside a quotation. Null otherwise.
 */
export function sayingBeside(sentence: string, near: number, otherDates: readonly Span[] = []): Classification | null {
  const toks = tokens(sentence);
  const d = tokenAt(toks, near);
  const quoted = quotedTokens(toks);
  const cues = findCues(toks).filter((m) => !m.hedged);
  const talks = cues.filter((m) => m.cue.kind === 'talks' && m.role === 'verb');
  if (!talks.length) return null;
  for (const m of cues) {
    if (m.cue.kind !== 'statement' || m.role !== 'verb' || !SAYINGS.has(m.cue.cameo) || quoted[m.first]) continue;
    if (m.first <= d || otherDates.some((o) => o.start > near && o.start < toks[m.first]!.start)) continue;
    let k = m.first - 1;
    while (k > 0 && toks[k]!.pos === 'ADV') k--;
    const verb = talks.filter((t) => t.last < k).at(-1);
    const coordinated = toks[k]?.normal === 'and' && !!verb && !/^[,;]$/.test(toks[k - 1]?.text ?? '') && !jointSubject(toks, verb.first);
    let withPhrase = false;
    if (/ing$/.test(toks[m.first]!.normal)) {
      for (let j = m.first - 1; j >= 0 && j >= m.first - 8; j--) {
        if (toks[j]!.normal === 'with') {
          withPhrase = toks[j - 1]?.text === ',' && talks.some((t) => t.last < j);
          break;
        }
        if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(toks[j]!.pos)) break;
      }
    }
    if (!coordinated && !withPhrase) continue;
    return { type: 'statement', cue: sentence.slice(toks[m.first]!.start, toks[m.last]!.end), cameo: refineCameo(toks, cues, m) };
  }
  return null;
}

/**
 * "15 May - the air force takes over the battery; the president calls it "our own shield at last".": a chronology's
 * line opens with its date, and a clause after a semicolon that a named speaker's saying verb leads tells a second
 * development of that day, a statement (the read gold counts both, as it does a visit and what was said at it). The
 * date stands first (a timestamp may follow it) and a dash or colon closes it; no other date in the line; the saying is
 * the first verb cue of its clause and not inside a quotation. Null otherwise. Round 17.
 */
export function sayingInLine(sentence: string, near: number, otherDates: readonly Span[] = []): Classification | null {
  if (otherDates.length) return null;
  const toks = tokens(sentence);
  const d = tokenAt(toks, near);
  if (d > 1) return null;
  const e = dateEnd(toks, d);
  let k = e + 1;
  while (k < toks.length && /^\d{1,2}[:.]\d{2}$/.test(toks[k]!.text)) k++;
  if (!/^[-–—:]$/.test(toks[k]?.text ?? '')) return null;
  const semicolon = toks.findIndex((t, j) => j > k && t.text === ';');
  if (semicolon < 0) return null;
  const quoted = quotedTokens(toks);
  const cues = findCues(toks).filter((m) => !m.hedged && m.first > semicolon);
  const first = cues.find((m) => m.role === 'verb');
  if (!first || first.cue.kind !== 'statement' || quoted[first.first]) return null;
  // The saying's own clause: no other semicolon between.
  if (toks.slice(semicolon + 1, first.first).some((t) => t.text === ';')) return null;
  return { type: 'statement', cue: sentence.slice(toks[first.first]!.start, toks[first.last]!.end), cameo: refineCameo(toks, cues, first) };
}

/** "X and Y met in Veyra on 28 November and told their generals …", "the two sides met … and confirmed": what the
 * parties say together is the outcome of their talks, not a statement of one of them. The subject before the verb at
 * `v` (back to the clause's start) is two parties. */
function jointSubject(toks: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (t.normal === 'and' || t.normal === 'both' || t.normal === 'two') return true;
    if ((t.pos === 'PUNCT' && t.text !== '-' && t.text !== ',') || t.normal === 'when' || t.normal === 'after' || t.normal === 'that') return false;
  }
  return false;
}

/** A stretch of the sentence by character offsets. */
export interface Span { start: number; end: number }

/**
 * A cue that only names another development the sentence measures from: inside a relative date's words ("on the eve
 * of the talks", "three years since the market bombing": `aside`) or after "anniversary of" in its clause ("on 17
 * June, the third anniversary of the bombing"). The date is not that development's.
 */
function namesAnother(toks: readonly Token[], m: CueMatch, aside: readonly Span[], near?: number): boolean {
  const at = toks[m.first]!.start;
  if (aside.some((s) => at >= s.start && at < s.end)) return true;
  // (A date after the noun dates it: "sirens have sounded every night since the drones over the port on 13 January".)
  if ((near === undefined || near < at) && sinceNoun(toks, m)) return true;
  for (let k = m.first - 1; k >= 1; k--) {
    const t = toks[k]!;
    if (t.normal === 'of' && /^anniversar(?:y|ies)$/.test(toks[k - 1]!.normal)) return true;
    if (t.pos === 'PUNCT' && t.text !== '-') return false;
  }
  return false;
}

/**
 * "In August it will be a year since the first rockets", "the worst month since the ceasefire": a development named
 * by a noun phrase after "since", with no verb of its own after it, is what the time is counted from, not a
 * development at the sentence's date ("since the talks collapsed in May" has its verb, and tells the collapse).
 * Round 13.
 */
function sinceNoun(toks: readonly Token[], m: CueMatch): boolean {
  if (m.role !== 'noun') return false;
  let k = m.first - 1;
  while (k >= 0 && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(toks[k]!.pos)) k--;
  if (toks[k]?.normal !== 'since') return false;
  for (let j = m.last + 1; j < toks.length && !/^[,;:.!?]$/.test(toks[j]!.text); j++) if (toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX') return false;
  return true;
}

/**
 * "The armies pulled back in September under a deal the commanders had struck in August": a cue after the date that
 * has a date of its own right after it, nearer than this one, is that date's development, not this one's (the
 * relative clause "the commanders had struck in August" tells the deal). Only when no other cue stands between the cue
 * and its date. Round 12.
 */
function claimedByLaterDate(toks: readonly Token[], m: CueMatch, cues: readonly CueMatch[], near: number, otherDates: readonly Span[]): boolean {
  if (!otherDates.length) return false;
  const d = tokenAt(toks, near);
  const e = dateEnd(toks, d);
  if (m.first <= e) return false;
  const before = m.first - e;
  return otherDates.some((span) => {
    const other = tokenAt(toks, span.start);
    if (other <= m.last) return false;
    const between = toks.slice(m.last + 1, other);
    if (between.some((t) => /^[;:.!?]$/.test(t.text))) return false;
    // (A cue between that lies inside a longer cue running on from this one is the same phrase: "third round of talks
    // to open 22 Jan", after a log's timestamp, is all 22 January's. Round 17.)
    const samePhrase = (c: CueMatch) => cues.some((w) => w.first <= m.last && w.last >= m.last && w.first <= c.first && w.last >= c.last);
    if (cues.some((c) => c !== m && c.first > m.last && c.first < other && !samePhrase(c))) return false;
    return other - m.last < before;
  });
}

/**
 * "A bomb killed two guards earlier this month, and on 1 June the force hands the depot to the army": a date opening a
 * coordinated clause with a subject of its own dates that clause; a cue of an earlier clause that holds a date of its
 * own is that date's development, not this one's (round 14: the bomb was dated 1 June).
 */
function claimedByEarlierClause(sentence: string, toks: readonly Token[], m: CueMatch, near: number, otherDates: readonly Span[]): boolean {
  const join = [...sentence.slice(0, near).matchAll(/,\s+(?:and|but|while|whereas)\s+|;\s+/g)].at(-1);
  if (!join || !/^(?:(?:on|in|at|by|from|until)\s+)?$/i.test(sentence.slice(join.index + join[0].length, near))) return false;
  // A pronoun subject points back at the earlier clause ("…; by the end of June it must be down to 4,000"): its words
  // may be what this clause is about.
  const opening = sentence.slice(near).split(/[,;:]/)[0]!.split(/\s+/).slice(0, 7).join(' ');
  if (/\b(?:it|they|he|she|we)\b/i.test(opening)) return false;
  return toks[m.last]!.end <= join.index && otherDates.some((span) => span.start < join.index);
}

/**
 * "Her regiment marks its anniversary on 1 March, and its colonel has asked that …", "It is due to hand the port over on
 * 1 June, and Osk has said …": a present perfect in a later coordinated clause has no date of its own and takes
 * none from the clause before; a date ending that clause is its clause's (round 14).
 */
function perfectInLaterClause(sentence: string, toks: readonly Token[], m: CueMatch, near: number): boolean {
  const after = sentence.slice(near);
  const join = /,\s+(?:and|but|while|whereas)\s+|;\s+/.exec(after);
  if (!join || toks[m.first]!.start < near + join.index + join[0].length) return false;
  // (A fronted date, "On 1 March, …", dates every clause after it.)
  if (!/\w/.test(sentence.slice(0, near).replace(/\b(?:on|in|at|by|since|from)\s*$/i, ''))) return false;
  let k = m.first - 1;
  while (k >= 0 && ['ADV', 'PART'].includes(toks[k]!.pos)) k--;
  return /^(?:has|have)$/.test(toks[k]?.normal ?? '') && m.role === 'verb';
}

/**
 * Classify the development a sentence reports.
 * @param sentence one sentence, as written
 * @param near character offset of the date expression in the sentence; the development it dates is preferred
 * @param previous the sentence before, which may name what this one only points at ("the last is due to leave")
 * @param aside spans naming other developments the sentence measures from (its relative dates' words)
 * @param otherDates the sentence's other date expressions: a cue after this date and right before one of them is
 *   that one's (claimedByLaterDate)
 * @param why told why a cue was set aside or nothing was found (`npm run explain`'s trace; absent when extracting)
 * @returns the kind, the cue words as written, and the nearest CAMEO code; null when no development is reported
 */
export function classifySentence(sentence: string, near?: number, previous?: string, aside: readonly Span[] = [], otherDates: readonly Span[] = [], why?: (code: string, message: string) => void): Classification | null {
  const toks = tokens(sentence);
  if (toks.length === 0) return null;
  const all = findCues(toks, previous ? tokens(previous) : [], why);
  const found = all.filter((m) => !namesAnother(toks, m, aside, near));
  const cues = near === undefined ? found : found.filter((m) => !claimedByLaterDate(toks, m, found, near, otherDates) && !claimedByEarlierClause(sentence, toks, m, near, otherDates) && !perfectInLaterClause(sentence, toks, m, near) && !datedReducedRelative(toks, m.first, m.last, near, otherDates) && !(m.role === 'noun' && m.cue.kind === 'attack' && legalTopic(toks, m.first, m.last, tokenAt(toks, near))));
  if (why) whySetAside(sentence, toks, all, found, cues, near, aside, otherDates, why);
  // No cue, no development; but a round named apart from its verb may still be one (roundOpenedInRelative).
  if (cues.length === 0 && !toks.some((t) => ROUND_NOUNS.has(t.normal))) {
    // An answer that is only a date tells its question's development ("When does the fort pass …? / On 14 May").
    const answer = near !== undefined ? answeredQuestion(sentence, toks, previous) : undefined;
    if (answer) return classifySentence(answer.text, near! + answer.shift, undefined, [], [], why);
    why?.('no-cue', all.length ? 'no cue of our kinds is left for this date' : 'no word of talks, attack, troops or statement');
    return null;
  }
  // "… per the police. - Name (talk) 16:02, 18 March 2045 (UTC)": a signature's stamp dates the comment, not what it
  // tells (stamp-date.ts). Round 21.
  if (near !== undefined && stampOnly(sentence, near)) {
    why?.('stamp', 'a signature or post stamp dates the writing of a comment, not what the comment tells');
    return null;
  }
  let chosen = choose(toks, cues, near, otherDates);
  if (!chosen) {
    why?.('no-cue-at-date', cues.some((m) => m.hedged) ? 'the cues left do not tell a development at this date (hedged: "could", "is expected to", "whether"; or another clause\'s)' : 'the cues left do not tell a development at this date (another clause\'s, a dateline, an edition, "since")');
    return null;
  }
  if (chosen.cue.kind === 'attack' && near !== undefined && accidentAt(sentence, near)) {
    why?.('accident', 'the words at this date tell an accident ("hurt in a road accident"), no attack');
    return null;
  }
  // "Until 30 September" ends a span — a deadline, a stay — and a saying has none: "The troops have until 30
  // September to hand in their rifles, the army said" dates the deadline, not the army's words.
  if (chosen.cue.kind === 'statement' && near !== undefined && /^(?:until|till)\b/i.test(sentence.slice(near))) {
    why?.('statement-until', `"${cueText(sentence, toks, chosen)}" is a saying, and a date "until" ends a span, no saying`);
    return null;
  }
  if (calledOff(toks, chosen, near) || unrealisedPlan(toks, chosen)) {
    why?.('called-off', `"${cueText(sentence, toks, chosen)}" was called off, or only planned and not carried out`);
    return null;
  }
  if (near !== undefined && overtakenHere(toks, cues, chosen, near)) {
    why?.('overtaken', `"${cueText(sentence, toks, chosen)}" is overtaken by what the sentence tells next at this date`);
    return null;
  }
  chosen = mediaReport(toks, cues, chosen, near) ?? chosen;
  chosen = attackOnForce(toks, cues, chosen) ?? chosen;
  // A troop count inside a clause whose verb moves troops gives way to the verb: "will send an additional 500
  // soldiers" is a deployment (154), not a troop count (150).
  if (chosen.role === 'noun' && chosen.cue.kind === 'troops') {
    const seg = segmentOf(splitClauses(toks), chosen);
    const kind = chosen.cue.kind;
    const verb = cues.find((m) => m.role === 'verb' && !m.hedged && m.cue.kind === kind && overlaps(m, seg));
    if (verb) chosen = verb;
  }
  return {
    type: chosen.cue.kind,
    cue: sentence.slice(toks[chosen.first]!.start, toks[chosen.last]!.end),
    cameo: refineCameo(toks, cues, chosen),
  };
}

function cueText(sentence: string, toks: readonly Token[], m: CueMatch): string {
  return sentence.slice(toks[m.first]!.start, toks[m.last]!.end);
}

/** Tells `why` which of the cues found were set aside as another development's (only when tracing). */
function whySetAside(sentence: string, toks: readonly Token[], all: readonly CueMatch[], found: readonly CueMatch[], cues: readonly CueMatch[], near: number | undefined, aside: readonly Span[], otherDates: readonly Span[], why: (code: string, message: string) => void): void {
  for (const m of all) {
    const words = cueText(sentence, toks, m);
    if (!found.includes(m)) why('cue-names-another', `"${words}" names the development a relative date or anniversary counts from`);
    else if (!cues.includes(m) && near !== undefined) {
      if (claimedByLaterDate(toks, m, found, near, otherDates)) why('cue-of-later-date', `"${words}" is the development of a date right after it`);
      else if (claimedByEarlierClause(sentence, toks, m, near, otherDates)) why('cue-of-earlier-clause', `"${words}" belongs to an earlier clause with a date of its own`);
      else if (m.role === 'noun' && m.cue.kind === 'attack' && legalTopic(toks, m.first, m.last, tokenAt(toks, near))) why('cue-legal-topic', `"${words}" is what a trial, a charge or an inquiry is about`);
      else if (datedReducedRelative(toks, m.first, m.last, near, otherDates)) why('cue-dated-relative', `"${words}" heads a reduced relative clause with a date of its own`);
      else why('cue-perfect-later-clause', `"${words}" is a present perfect in a later clause: no date of its own`);
    }
  }
}
