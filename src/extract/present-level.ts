// A troop level told in the present tense with no date of its own ("About 4,000 troops remain in the valley",
// "Some 1,200 soldiers are still deployed along the river", "The force numbers 800") is true as of publication, so
// it is dated by the publication day, as "there are now 2,500 troops" is (dates/refiners/present-tense.ts): the
// same rule without the word "now". The date's words are the present-tense verb, and the reason says so.
// Only troop levels: a present-tense sentence of another kind ("The talks remain stalled") tells a state, not a
// development, and one with any date of its own is dated by that. A figure inside a quotation is the speaker's.
import { formatHumanWithWeekday } from '../calendar/calendar-date.js';
import { classifySentence } from '../classify/classify-sentence.js';
import { governingCue, type VerbCue } from '../dates/tense.js';
import { PRESENT_VERBS } from '../dates/words.js';
import { quotedTokens } from '../classify/split-clauses.js';
import { tokens } from '../nlp/wink.js';
import { cueAt } from './cue-at.js';
import type { CalendarDate, Classification, ResolvedDate } from '../types.js';

/** Troop codes that tell how many are there: a count (150), or a deployment told as a state ("are deployed"). */
const LEVEL_CODES = new Set(['150', '154']);

/** The publication-day date of a present-tense troop level, with its classification; undefined when it is none. */
export function presentTroopLevel(sentence: string, published: CalendarDate): { date: ResolvedDate; classification: Classification } | undefined {
  // A figure: the cue or its clause carries a number ("4,000 troops", "numbers about 800"). Tested first: it is
  // cheap, and this runs on every clause of every dated sentence (extract-mentions.ts, levelBeside).
  if (!/\d/.test(sentence)) return undefined;
  const classification = classifySentence(sentence);
  if (classification?.type !== 'troops' || !LEVEL_CODES.has(classification.cameo)) return undefined;
  const at = cueAt(sentence, classification.cue);
  if (at < 0) return undefined;
  // A capacity or a possibility is no level: "can house up to 1,000 soldiers", "could number 900".
  if (/\b(?:can|could|may|might|would|will|should|must|shall)\b/i.test(sentence.slice(0, at)) || /\bup\s+to\s+\d/i.test(sentence)) return undefined;
  const toks = tokens(sentence);
  const quoted = quotedTokens(toks);
  if (toks.some((t, i) => quoted[i] && t.start <= at && at < t.end)) return undefined;
  // The cue may itself be the present verb ("The force numbers about 800").
  const own = /^[a-z]*/i.exec(classification.cue)![0];
  const cue = PRESENT_VERBS.has(own.toLowerCase()) && own.toLowerCase() !== 'has' && own.toLowerCase() !== 'have'
    ? { kind: 'present' as const, text: own, start: at }
    : governingCue(sentence, at, classification.cue.length, ['present', 'perfect', 'past', 'future']);
  if (cue?.kind !== 'present' && !(cue && possessive(sentence, cue))) return undefined;
  // A deployment counts only as a state ("are deployed", "are still stationed"), never as a move ("deploy").
  if (classification.cameo === '154' && !/^(?:is|are)$/i.test(cue.text)) return undefined;
  const date: ResolvedDate = {
    text: cue.text,
    index: cue.start,
    date: published,
    precision: 'day',
    stated: [],
    implied: ['year', 'month', 'day'],
    tag: 'present-level',
    reason: `"${cue.text}": a troop level in the present tense with no date of its own, in an article published ${formatHumanWithWeekday(published)}: true as of publication, so dated by publication → ${formatHumanWithWeekday(published)}`,
  };
  const atVerb = classifySentence(sentence, date.index);
  if (atVerb?.type !== 'troops') return undefined;
  return { date, classification: atVerb };
}

/**
 * "Kestra still has three gunboats and about 300 sailors there": "has" or "have" with no participle after it is the
 * verb of having, in the present, not the perfect's auxiliary ("has sent 300"). Round 12.
 */
function possessive(sentence: string, cue: Pick<VerbCue, 'kind' | 'text' | 'start'>): boolean {
  if (cue.kind !== 'perfect' || !/^ha(?:s|ve)$/i.test(cue.text)) return false;
  const after = sentence.slice(cue.start + cue.text.length).match(/[A-Za-z][\w’'-]*/g) ?? [];
  const next = after.find((w) => !/^(?:still|now|also|only|just|currently|presently|already|not|never)$/i.test(w));
  return next !== undefined && !/^(?:been|had|got|gotten|[a-z]+(?:ed|en|wn|ne))$/i.test(next);
}

