// Expressions that date a development against another event: "hours before the strategic dialogue was held",
// "days after the assassination", "following the talks", "since the 2020 airstrike". They become relative dates
// {qualifier, anchor}; no date is invented for them (a later stage finds the anchor among the events).
// Handles: an optional amount ("hours", "two days", "shortly", "the day"), a trigger (before, after, following, since,
// ahead of, prior to, in the wake/aftermath of, on the eve of, in the run-up to, on the same day as) and the noun
// phrase after it, which
// must name an event (an event noun, a gerund, or a clause: "before the dialogue was held", "after the US struck").
// Watch out for: "the following day" (no anchor), "before parliament" / "before the court" (a place, no event),
// "since then", "after all", "named after"; and "after January 2020" / "since 2014", where the anchor is itself a
// date: that stays a date (surrounding-words gives it the qualifier).
import { drop, isOpen, type Candidate, type DateRefiner } from '../candidate.js';
import { quoted } from '../reason.js';
import { AUXILIARIES, CONJUNCTIONS, countOf, isPastVerb, PREPOSITIONS } from '../words.js';

const AMOUNT = String.raw`(?:(?:just|only|shortly|soon|immediately|moments|minutes|hours|days|weeks|months|years|(?:a\s+few|several|\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty)\s+(?:minutes?|hours?|days?|weeks?|fortnights?|months?|years?)|the\s+(?:day|night|week|morning|evening))\s+)*`;
const TRIGGER = new RegExp(
  String.raw`\b(${AMOUNT})(before|after|following|ahead\s+of|prior\s+to|in\s+the\s+wake\s+of|in\s+the\s+aftermath\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to|since|(?:on\s+)?the\s+same\s+(?:day|morning|afternoon|evening|night)\s+as)\s+`,
  'gi',
);
const SAME_DAY_AS = /same\s+\w+\s+as$/i;

/**
 * A moment of another development's own day: "said at the signing", "hit the radar station on the morning of the
 * vote", "on the day the round opened", "at the close of the summit". The same day as the development named (days
 * 0), which is looked for as any anchor is. Only a definite one ("at a meeting" names none the article told), and
 * "the day …" only after "on" or before "of" ("called it the day the sea came home" is no time). "at" only before a
 * noun that is an event by itself (atAnEvent). Round 16: sayings at a signing, a ceremony, a vote were left undated
 * in five read sets.
 */
const SAME_DAY_TRIGGER = /\b(at|(?:on\s+)?the\s+(?:day|morning|afternoon|evening|night)\s+of|on\s+the\s+(?:day|morning|afternoon|evening|night))\s+(?=(?:the|its|their|this|that|last|[A-Z][a-z]+['’]s)\s)/gi;
const BEFORE_TRIGGERS = /^(?:before|ahead|prior|on\s+the\s+eve|in\s+the\s+run-up)/i;
const NOT_TEMPORAL_LEFT = /\b(?:the|named|look|looks|looked|looking|sought|take|takes|took|taking|appeared?|appearing|testified|testifying|brought)\s+$/i;

const REJECT_FIRST = new Set([
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'them', 'him', 'her', 'me', 'then', 'now', 'that', 'this', 'which',
  'what', 'all', 'long', 'dawn', 'dusk', 'dark', 'noon', 'midnight', 'midday', 'sunrise', 'sunset', 'whom', 'whose',
  'there', 'here', 'so', 'such', 'more', 'less', 'most', 'years', 'months', 'weeks', 'days', 'hours',
]);

const COUNT_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'hundreds',
  'thousands', 'several', 'many', 'numerous', 'countless', 'multiple',
]);

const EVENT_NOUNS = new Set([
  'talks', 'meeting', 'meetings', 'dialogue', 'summit', 'visit', 'trip', 'tour', 'election', 'elections', 'vote',
  'polls', 'referendum', 'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'bombing',
  'bombings', 'blast', 'blasts', 'explosion', 'raid', 'raids', 'assault', 'offensive', 'invasion', 'war',
  'conflict', 'clash', 'clashes', 'skirmish', 'skirmishes', 'brawl', 'firefight', 'standoff', 'fighting', 'battle', 'siege', 'ceasefire', 'truce', 'deal', 'agreement', 'accord',
  'treaty', 'announcement', 'statement', 'speech', 'address', 'interview', 'conference', 'briefing', 'session',
  'hearing', 'trial', 'verdict', 'ruling', 'decision', 'resolution', 'protest', 'protests', 'demonstration',
  'demonstrations', 'rally', 'uprising', 'coup', 'revolution', 'crisis', 'killing', 'killings', 'assassination',
  'assassinations', 'death', 'murder', 'shooting', 'arrest', 'release', 'withdrawal', 'departure', 'arrival',
  'return', 'launch', 'collapse', 'fall', 'defeat', 'victory', 'inauguration', 'ceremony', 'funeral', 'call',
  'round', 'negotiations', 'deadline', 'outbreak', 'pandemic', 'earthquake', 'flood', 'floods', 'storm', 'fire',
  'incident', 'crash', 'accident', 'operation', 'campaign', 'exchange', 'handover', 'transfer', 'signing',
  'hostilities', 'takeover', 'formation', 'resignation', 'appointment', 'approval', 'removal', 'dismissal',
  'proposal', 'renewal', 'refusal', 'burial', 'passage', 'escalation', 'downing', 'ambush', 'massacre',
  'ramadan', 'eid', 'christmas', 'easter', 'nowruz', 'ashura', 'arbaeen', 'holidays', 'recess', 'break',
  'sanctions', 'visits', 'rounds', 'consultations', 'deployment', 'drawdown', 'pullout', 'evacuation',
]);
const NOT_EVENT_SUFFIXED = new Set([
  'government', 'parliament', 'department', 'apartment', 'element', 'document', 'environment', 'equipment',
  'management', 'establishment', 'monument', 'nation', 'nations', 'station', 'coalition', 'position', 'population',
  'organization', 'organisation', 'foundation', 'federation', 'opposition', 'delegation', 'commission', 'division',
  'region', 'corporation', 'institution', 'generation', 'association', 'television', 'administration', 'mission',
  'section', 'question', 'situation', 'condition', 'tension', 'tensions', 'legislation', 'constitution',
]);

function isEventNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (EVENT_NOUNS.has(w)) return true;
  return /(?:tion|sion|ment)s?$/.test(w) && !NOT_EVENT_SUFFIXED.has(w);
}

/** -ing nouns that name things or times, not happenings: "the building", "the morning". */
const NOT_EVENT_ING = new Set([
  'building', 'buildings', 'morning', 'evening', 'thing', 'things', 'king', 'ceiling', 'wing', 'ring', 'spring',
  'string', 'clothing', 'housing', 'ending', 'beginning', 'sibling', 'offspring', 'bedding', 'lightning', 'railing',
  'feeling', 'meaning', 'setting', 'standing', 'heading', 'crossing', 'landing', 'opening', 'painting', 'ceiling',
  'wedding', 'darling', 'pudding', 'stocking', 'earring', 'awning', 'lodging', 'dwelling', 'holding', 'holdings',
]);

/** "the shelling", "the fighting", "this voting", "the second shelling": a gerund after a determiner or an ordinal
 * names a happening. */
function isDeterminedGerund(np: readonly Token[], k: number): boolean {
  const w = np[k]!.word;
  return k > 0 && /^(?:the|this|that|a|an|last|latest|first|second|third|fourth|fifth|previous|earlier)$/i.test(np[k - 1]!.word) && /^[a-z]{3,}ing$/.test(w) && !NOT_EVENT_ING.has(w);
}

/**
 * "just a day after", "only two days after", "exactly a week after": an adverb that stresses the count leaves it
 * exact, and the count is the amount (round 19: "just a day after jets bombed …" counted nothing, and the anchor's
 * own day was lost). Not "about", "nearly", "less than": a count so hedged is no whole number of days.
 */
const STRESSED = /^(?:just|only|exactly|precisely)\s+/i;

/** "the day before", "two days before", "a week before": whole days counted from the event; undefined otherwise. */
function daysOf(amount: string): number | undefined {
  const counted = amount.trim().replace(STRESSED, '');
  // "a fortnight after the round" is fourteen days (round 13: it was read as "after the round", the same day).
  if (/^(?:a|one)\s+fortnight$/i.test(counted)) return 14;
  const m = /^(?:(?:the|a|one)\s+(day|week)|(\d+|[a-z]+)\s+(days|weeks))$/i.exec(counted);
  if (!m) return undefined;
  const count = m[2] === undefined ? 1 : countOf(m[2]);
  if (count === undefined) return undefined;
  return /^week/i.test(m[1] ?? m[3] ?? '') ? count * 7 : count;
}

/**
 * "a month after", "fifteen months after", "two years after": whole months counted from the event, which give a month
 * (a month after a day is that month, not a day: round 18c, such a telling had sat on its anchor's day).
 */
function monthsOf(amount: string): number | undefined {
  const m = /^(?:(a|an|one|\d+|[a-z]+)\s+)(months?|years?)$/i.exec(amount.trim().replace(STRESSED, ''));
  const count = m && countOf(m[1]!);
  if (!m || !count || /s$/i.test(m[2]!) !== (count > 1)) return undefined;
  return /^year/i.test(m[2]!) ? count * 12 : count;
}

const PASSIVE_AUX = /^(?:was|were|is|are|been|being|be)$/i;
const INTRANSITIVE = /^(?:began|begun|started|ended|concluded|took|broke|happened|occurred|erupted|collapsed|expired|opened|closed|resumed|convened|met|kicked|got|came)$/i;

interface Token { word: string; start: number; end: number }

function tokensFrom(sentence: string, from: number): Token[] {
  const tokens: Token[] = [];
  // A figure with thousands separators is one token ("a ceiling of 6,500").
  for (const m of sentence.slice(from).matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|[A-Za-z0-9][\w’'.-]*[\w’']|[A-Za-z0-9]|[^\s\w]/g)) {
    tokens.push({ word: m[0], start: from + m.index, end: from + m.index + m[0].length });
    if (tokens.length > 30) break;
  }
  return tokens;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && /^[A-Za-z0-9]/.test(t.word);

function isVerb(t: Token, previous: Token | undefined): boolean {
  const lower = t.word.toLowerCase();
  if (AUXILIARIES.has(lower)) return true;
  if (t.word.includes('-') || /^[A-Z]/.test(t.word)) return false;
  if (previous && /ly$/i.test(previous.word)) return false; // "the recently concluded talks"
  return isPastVerb(t.word, previous?.word);
}

type Anchor = { kind: 'event'; anchor: string; end: number } | { kind: 'date' } | undefined;

/** Reads the noun phrase (or clause) after a trigger. */
function readAnchor(sentence: string, from: number, candidates: Candidate[]): Anchor {
  const tokens = tokensFrom(sentence, from);
  const first = tokens[0];
  if (!isWord(first) || REJECT_FIRST.has(first.word.toLowerCase()) && first.word !== 'US') return undefined;
  // "after 11 rounds", "after three attempts": a count of what came before, not one event to date against.
  if (/^\d[\d,.]*$/.test(first.word) || COUNT_WORDS.has(first.word.toLowerCase())) return undefined;
  const dateAt = (pos: number) => candidates.find((c) => c.core.index === pos && c.dropped === undefined);
  const np: Token[] = [];
  let clauseVerb: number | undefined;
  let gerund = false;
  for (let i = 0; i < tokens.length && np.length < 8; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) break;
    const lower = t.word.toLowerCase();
    const date = dateAt(t.start);
    if (date) {
      const end = date.core.index + date.core.text.length;
      if (np.length > 0) break;
      if (!/^['’]s\b/.test(sentence.slice(end))) return { kind: 'date' };
    }
    if (i === 0 && /^[a-z]+ing$/.test(t.word) && !isEventNoun(t.word)) gerund = true;
    if ((PREPOSITIONS.has(lower) && lower !== 'of') || CONJUNCTIONS.has(lower) || lower === 'to') break;
    // "The day after last week's attack he called it …": a subject pronoun opens the main clause (round 16).
    if (np.length > 0 && /^(?:he|she|they|we|i)$/i.test(t.word)) break;
    if (np.length > 0 && isVerb(t, tokens[i - 1])) {
      clauseVerb = i;
      break;
    }
    np.push(t);
  }
  const last = np.at(-1);
  if (!last) return undefined;
  const npText = sentence.slice(np[0]!.start, last.end);
  if (clauseVerb !== undefined) {
    // "After the first round Vasant said on 21 November …": with no comma, a name after the event noun is the main
    // clause's subject, and its verb the main clause's; the anchor is the noun phrase before it. Round 17.
    let name = np.length;
    while (name > 0 && /^[A-Z]/.test(np[name - 1]!.word)) name--;
    if (name > 0 && name < np.length && (isEventNoun(np[name - 1]!.word) || isDeterminedGerund(np, name - 1))) {
      const end = np[name - 1]!.end;
      return { kind: 'event', anchor: sentence.slice(np[0]!.start, end), end };
    }
    const verb = tokens[clauseVerb]!;
    const next = tokens[clauseVerb + 1];
    if (PASSIVE_AUX.test(verb.word) && isWord(next) && isPastVerb(next.word, undefined)) {
      return { kind: 'event', anchor: npText, end: next.end };
    }
    const after = tokens[clauseVerb + 1];
    const clauseEnds = !isWord(after) || PREPOSITIONS.has(after.word.toLowerCase()) || CONJUNCTIONS.has(after.word.toLowerCase());
    if (INTRANSITIVE.test(verb.word) && clauseEnds) return { kind: 'event', anchor: npText, end: verb.end };
    // An active clause ("after the US assassinated the general"): the whole clause up to a break names the event.
    let end = verb.end;
    for (let i = clauseVerb + 1; i < tokens.length && i < clauseVerb + 10; i++) {
      const t = tokens[i]!;
      const lower = t.word.toLowerCase();
      if (!isWord(t) || dateAt(t.start) || PREPOSITIONS.has(lower) || CONJUNCTIONS.has(lower) || lower === 'to') break;
      end = t.end;
    }
    return { kind: 'event', anchor: sentence.slice(np[0]!.start, end), end };
  }
  // A lone gerund ("before collapsing") only repeats the sentence's own subject: no other event to anchor on.
  if ((gerund && np.length > 1) || np.some((t, k) => isEventNoun(t.word) || isDeterminedGerund(np, k))) return { kind: 'event', anchor: npText, end: last.end };
  return undefined;
}

/** A subject pronoun opening the anchor's clause: "three days before it was due to open". */
const PRONOUN_SUBJECT = /^(?:it|they|he|she|we)\s+(?=[a-z])/i;

/**
 * "postponed the round three days before it was due to open in Sudra on 8 June": a pronoun names no event to look
 * for, but a clause of its own that holds a day date is dated by it (extraction counts from that date). Only with a
 * day (or weekday) before any clause break. Round 14.
 */
function pronounClause(sentence: string, from: number, candidates: Candidate[]): Anchor {
  if (!PRONOUN_SUBJECT.test(sentence.slice(from))) return undefined;
  const day = candidates.find((c) => c.index > from && c.dropped === undefined && (c.known.day !== undefined || c.known.weekday !== undefined) && /^[^,;:.!?"“”()—–]{0,80}$/.test(sentence.slice(from, c.index)));
  if (!day) return undefined;
  const words = sentence.slice(from, day.index).replace(/\s+(?:on|in|at)?\s*$/i, '');
  return { kind: 'event', anchor: words, end: from + words.length };
}

/** "aimed at the talks", "anger at the killings", "looked at the ceasefire": "at" after a verb or noun it completes. */
const AT_NOT_TEMPORAL_LEFT =
  /\b(?:attempt|effort|aim|direct|target|point|look|glanc|hint|fir|shoot|shot|star|laugh|anger|angry|concern|dismay|alarm|surpris|outrag|protest|frustrat|disappoint|upset|annoy|delight|pleas|rage|fury|furious|horror|horrified|shock)[a-z]*\s+$/i;

/** The event "at" places a moment in: the noun before any "of" is the event ("at the signing", "at the summit in Rome"),
 * or a moment of it ("at the close of the round", "at the start of the talks"); not "at the heart of the talks", "at
 * the meeting point". */
function atAnEvent(anchor: string): boolean {
  const [head, rest] = anchor.split(/\s+of\s+/i, 2) as [string, string | undefined];
  const noun = (w: string | undefined) => w !== undefined && EVENT_NOUNS.has(w.toLowerCase().replace(/['’]s$/, ''));
  if (noun(head.split(/\s+/).at(-1))) return true;
  return /\b(?:start|end|close|opening|conclusion|height|climax)$/i.test(head) && rest !== undefined && rest.split(/\s+/).some(noun);
}

export const relativeToEvent: DateRefiner = (results, { sentence }) => {
  const added: Candidate[] = [];
  const leads: { start: number; end: number; text: string }[] = [];
  for (const m of sentence.matchAll(TRIGGER)) {
    const start = m.index;
    const triggerStart = start + (m[1]?.length ?? 0);
    if (NOT_TEMPORAL_LEFT.test(sentence.slice(0, triggerStart)) && (m[1] ?? '') === '') continue;
    if ((m[1] ?? '') !== '' && /\bfor\s+$/i.test(sentence.slice(0, start))) continue; // "for two years before …": a duration
    // "speaking on Saturday before flying home": right after a date, the phrase only places a moment of that day.
    const rightAfterDate = results.some((c) => {
      const end = c.core.index + c.core.text.length;
      return c.dropped === undefined && end <= start && /^\s+$/.test(sentence.slice(end, start));
    });
    if (rightAfterDate) continue;
    const anchor = readAnchor(sentence, start + m[0].length, results) ?? pronounClause(sentence, start + m[0].length, results);
    if (anchor?.kind !== 'event') continue;
    const text = sentence.slice(start, anchor.end);
    leads.push({ start, end: start + m[0].length, text });
    added.push(relativeCandidate(text, start, ['dateline/relative'], {
      qualifier: BEFORE_TRIGGERS.test(m[2] ?? '') ? 'before' : 'after',
      anchor: anchor.anchor,
      // Only plain "before"/"after" count whole days: "two days since the vote" is a duration. "On the same day as
      // the vote" is that day: no day on. "On the eve of the talks" is the day before them (round 21; it had taken the
      // talks' own day, marked only "before").
      ...(SAME_DAY_AS.test(m[2] ?? '') ? { days: 0 } : /^on\s+the\s+eve\s+of$/i.test(m[2] ?? '') && !(m[1] ?? '').trim() ? { days: 1 } : /^(?:before|after)$/i.test(m[2] ?? '') && daysOf(m[1] ?? '') !== undefined ? { days: daysOf(m[1] ?? '')! } : {}),
      ...(/^(?:before|after)$/i.test(m[2] ?? '') && monthsOf(m[1] ?? '') !== undefined ? { months: monthsOf(m[1] ?? '')! } : {}),
    }));
  }
  for (const m of sentence.matchAll(SAME_DAY_TRIGGER)) {
    const start = m.index;
    // "the day before the vote" and "the same day as" are the triggers above; "on the day" after a date places a moment.
    if (leads.some((l) => start < l.end && l.start < start + m[0].length)) continue;
    const anchor = readAnchor(sentence, start + m[0].length, results);
    if (anchor?.kind !== 'event') continue;
    if (/^at$/i.test(m[1]!) && (AT_NOT_TEMPORAL_LEFT.test(sentence.slice(0, start)) || !atAnEvent(anchor.anchor))) continue;
    // "agreed on Saturday, at the end of a third round", "at the talks in Geneva on 3 May": a date in the same clause
    // dates the moment already.
    // (A clause ends at ";" or ":", or where ", and" opens a clause with a subject of its own: "said at the signing that
    // …, and the president told the nation the next day …" has no date of its own for the signing. Round 20.)
    const clause = { start: Math.max(0, ...[...sentence.slice(0, start).matchAll(CLAUSE_BREAK)].map((b) => b.index + b[0].length)), end: start + (sentence.slice(start).search(CLAUSE_BREAK) + 1 || sentence.length + 1) - 1 };
    if (results.some((c) => c.dropped === undefined && c.index >= clause.start && c.index < clause.end && (c.index < start || c.index >= anchor.end))) continue;
    const text = sentence.slice(start, anchor.end);
    leads.push({ start, end: start + m[0].length, text });
    added.push(relativeCandidate(text, start, ['dateline/relative', 'dateline/same-day'], { qualifier: 'after', anchor: anchor.anchor, days: 0 }));
  }
  // chrono sometimes reads the amount and trigger as a date counted from publication ("two days after").
  const kept = results.map((c) => {
    const lead = leads.find((l) => c.core.index < l.end && c.core.index + c.core.text.length > l.start);
    return lead && isOpen(c)
      ? drop(c, `${quoted(c.core.text)} is part of ${quoted(lead.text)}, dated against another event`)
      : c;
  });
  return [...kept, ...added];
};

/** Where a clause ends for a moment's own date: ";", ":", or ", and" (", but") before a subject of its own. */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while)\s+(?=(?:the|a|an|his|her|its|their|he|she|they|it|we|[A-Z][a-z]+)\s)/g;

/** A date found only as relative to another development: resolved later, against that development's date. */
function relativeCandidate(text: string, index: number, tags: string[], relative: NonNullable<Candidate['relative']>): Candidate {
  return { text, index, core: { text, index }, known: {}, tags, range: false, modifiers: {}, relative };
}
