// Extractive titles and summaries: both are cut from a source sentence, never written anew. The title is the
// sentence without its dateline (or a live blog's entry time), its date words, opening connectives ("Similarly,"),
// parentheses, comma-enclosed asides and trailing attribution, shortened at a clause boundary; the summary is the
// whole sentence without dateline or entry time. The title keeps the cue that decided the event's kind: an aside
// holding it stays, and a cut comes after it, so a title never stops at the subject ("Kaldera's deputy minister")
// or loses the development to a relative clause ("X, who will meet Y on Monday, said …").
import { precisionOf } from '../calendar/calendar-date.js';
import { askedInAnswer } from '../classify/answered-question.js';
import type { Mention } from '../types.js';
import { clusterDate, mentionKey } from './merge-mentions.js';

const TITLE_MAX = 90;

/**
 * "ERBIL, Kurdistan Region — " or "BAGHDAD, March 3 (Reuters) - " at the start of a sentence, or a place in
 * ordinary case told as a dateline by the agency's initials ("Port Ainsa, 16th January (HNA) — "; nlp/dateline.ts).
 */
const DATELINE = /^(?:[A-Z][A-Z .'’-]{2,}(?:,[^—–\n]{0,40}?)?|[A-Z][\w .'’-]{1,30},[^—–()\n]{0,30}\([A-Z]{2,6}\))\s+[—–-]{1,2}\s+/;
const CONNECTIVE = /^(?:similarly|meanwhile|moreover|however|therefore|furthermore|additionally|separately|also|still|in addition|in turn|as a result|at the same time|by contrast),\s+/i;
/** ", a member of the council," / ", who …," / ", including …," / ", hosting …," between commas. */
const ASIDE = /,\s+(?:(?:a|an|the|who|which|whose|including|especially|both|currently|then|now)\b|[a-z]+ing\b)[^,;"“”]{2,80},(?=\s)/g;
/** " - which emerged after the talks - " between dashes. */
const DASH_ASIDE = /\s[-—–]\s(?:(?!\s[-—–]\s).){3,80}\s[-—–]\s/g;
const PARENTHESES = /\s*[([][^()[\]]{1,60}[)\]]/g;
/** ", according to Reuters." / ", local officials say." at the end: after a comma (or "according to" after a space). */
const ATTRIBUTION = /(?:\s*,\s*|\s+(?=according to\b))(?:according to\b[^,]*|[^,]{0,40}\b(?:media|officials?|sources?|agency|reports?) (?:reported|said|say|says))\s*\.?$/i;
/** Words ATTRIBUTION cannot match without: it is tried from every position (0.5 s of a cold build at 1,000 articles). */
const ATTRIBUTION_WORDS = /according to|reported|said|say/i;

/** ", the mediator, Ines Varga, said." / ", the ministry said." at the end of a sentence. */
const NAMED_ATTRIBUTION = /,\s+(?:the\s+)?[^,;"“”]{1,50}(?:,\s+[A-Z][^,;"“”]{1,40},)?\s+(?:said|says|added|told\s+[a-z]+)\s*\.?$/;

/** A sentence that opens with a phrase, not its subject ("Based on …,", "After the vote,"): cut at its comma, no clause. */
const OPENING_PHRASE = /^(?:based|given|speaking|asked|citing|according|after|before|despite|following|amid|during|with|without|as|in|on|at|for|since|while|when|if)\b/i;
/** A word that may be a verb (auxiliaries, -ed, a third-person -s): crude, only to tell a clause from a bare name. */
const VERB_LIKE = /\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|did|does|do|[a-z]+ed|[a-z]{3,}[^s]s)\b/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A live blog's entry time ("14:00 ", "09.05 GMT — ") at the start of a sentence: furniture, not the report. */
const TIMESTAMP = /^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|gmt|bst|utc|cet))?\s+(?:[—–-]\s+)?(?=["“A-Z])/i;

export function stripDateline(sentence: string): string {
  return sentence.replace(TIMESTAMP, '').replace(DATELINE, '');
}

/** The title a mention's sentence gives, and whether it had to be cut mid-clause. */
export function compressTitle(mention: Mention): { title: string; truncated: boolean } {
  // An answer that is only a date ("A: In March 2031.") is titled by its question's words, which name the development.
  const asked = askedInAnswer(mention.quote, mention.context);
  let text = asked ?? stripDateline(mention.quote).replace(CONNECTIVE, '');
  // A relative date opening the sentence ("Hours before the talks, …") dates it; inside, it is part of the story.
  // A present-tense level is dated by its verb ("About 4,000 troops remain …"): the verb stays in the title.
  if (asked !== undefined || mention.date.tag === 'present-level') {
    // nothing to cut: a question has no date words; a level keeps its verb
  } else if (mention.date.tag === 'relative-to-event') {
    if (mention.date.index === 0) text = text.replace(new RegExp(`^${escapeRegExp(mention.date.text)}\\s*,\\s*`), '');
  } else {
    // A date read with the preposition its verb governs ("was fired on last Saturday") leaves the preposition.
    const first = /^\S+\s+/.exec(mention.date.text)?.[0] ?? '';
    const verb = mention.classification.cue.trim().split(/\s+/);
    const governed = first !== '' && verb.length > 1 && verb.pop()!.toLowerCase() === first.trim().toLowerCase()
      && mention.quote.slice(0, mention.date.index).trimEnd().toLowerCase().endsWith(verb.join(' ').toLowerCase());
    const words = escapeRegExp(governed ? mention.date.text.slice(first.length) : mention.date.text);
    text = text
      .replace(new RegExp(`^(?:(?:earlier|later)\\s+)?(?:on|in|at|by|during|since)?\\s*${words}(?:['’]s\\b)?\\s*,?\\s*`, 'i'), '')
      .replace(new RegExp(`\\s+${governed ? '' : '(?:(?:on|in|at|during|by|since|of)\\s+)?'}${words}(?=[\\s,.;:]|$)`, 'i'), '');
  }
  // A trailing attribution with a name in apposition (", the mediator, Ines Varga, said.") goes before the asides,
  // which would take the apposition and leave the name glued to the clause. A statement keeps its speaker.
  if (mention.classification.type !== 'statement') text = text.replace(NAMED_ATTRIBUTION, '');
  const cue = cuePattern(mention.classification.cue);
  const unlessCue = (replacement: string) => (aside: string) => (cue?.test(aside) ? aside : replacement);
  // The trailing attribution goes before the asides: an aside's removal would take the comma that marks it.
  if (ATTRIBUTION_WORDS.test(text)) text = text.replace(ATTRIBUTION, '');
  text = text.replace(CONNECTIVE, '').replace(PARENTHESES, '').replace(DASH_ASIDE, unlessCue(' ')).replace(ASIDE, unlessCue(''));
  text = text.replace(/\s+([,.;:])/g, '$1').replace(/,{2,}/g, ',').replace(/\s{2,}/g, ' ').trim();
  let truncated = false;
  if (text.length > TITLE_MAX) {
    const found = cue?.exec(text);
    const cueEnd = found ? found.index + found[0].length : 0;
    // A statement whose cue only attributes what came before ("…, the minister told reporters") may be cut before
    // it: the clause it attributes is the news. Not when a quote or "that" follows, nor when what the cut keeps is
    // an opening phrase ("Based on …") or a name with its title, no clause ("Radu Petric, leader of the party").
    const early = firstBreakAfter(text, 30);
    const kept = early === undefined ? '' : text.slice(0, early).replace(/^["“‘']+/, '');
    const attribution = mention.classification.type === 'statement' && !/["“”]|\bthat\b/i.test(text.slice(cueEnd)) && !OPENING_PHRASE.test(kept) && VERB_LIKE.test(kept);
    const cut = attribution ? early : firstBreakAfter(text, Math.max(30, cueEnd));
    if (cut !== undefined && cut <= TITLE_MAX) text = text.slice(0, cut);
  }
  if (text.length > TITLE_MAX) {
    text = `${text.slice(0, text.lastIndexOf(' ', TITLE_MAX - 1))}…`;
    truncated = true;
  }
  // A chronology's label ("Oct. 2022: …", "Feb. 16 (scheduled): …") leaves its colon behind the cut date.
  text = text.replace(/[\s,;:.—–-]+$/, '').replace(/^[\s,;:.—–-]+/, '').replace(/^["“‘']+|["”’']+$/g, '');
  return { title: text.charAt(0).toUpperCase() + text.slice(1), truncated };
}

/**
 * Finds the cue in the title's text: the whole cue, else its first word of three letters or more (a cue can span
 * date words the title has dropped: "dialogue on Wednesday, continuing"). Undefined for a cue with no such word.
 */
function cuePattern(cue: string): RegExp | undefined {
  const head = /[A-Za-z][A-Za-z-]{2,}/.exec(cue)?.[0];
  if (!head) return undefined;
  const whole = escapeRegExp(cue.trim()).replace(/\s+/g, '\\s+');
  return new RegExp(`(?:\\b${whole}|\\b${escapeRegExp(head)})\\b`, 'i');
}

function firstBreakAfter(text: string, from: number): number | undefined {
  const pattern = /, (?!(?:and|or) )|; | [—–] | - /g;
  pattern.lastIndex = from;
  return pattern.exec(text)?.index;
}

/**
 * The mention whose sentence best stands for the event: one dated as precisely as the event, then reported
 * speech over a direct quote, then one whose title needs no mid-clause cut, then the shortest title.
 */
export function representative(cluster: readonly Mention[]): Mention {
  return leadOf(cluster).mention;
}

/**
 * The representative with the title it gives, made while choosing it: titling is most of an event's draft, and a
 * build drafts every event (buildEvent gives the cluster's date it has already found, too).
 */
export function leadOf(cluster: readonly Mention[], date = clusterDate(cluster)): { mention: Mention; title: string } {
  const target = precisionOf(date);
  const scored = cluster.map((m) => {
    const { title, truncated } = compressTitle(m);
    // A sentence that only joined the event (its words name no kind) never speaks for it.
    const score = (m.joined ? 16 : 0) + (m.date.precision === target ? 0 : 8) + (/^["“‘']/.test(m.quote) ? 4 : 0) + (truncated ? 2 : 0) + title.length / 1000;
    return { m, title, score };
  });
  scored.sort((a, b) => a.score - b.score || (mentionKey(a.m) < mentionKey(b.m) ? -1 : 1));
  return { mention: scored[0]!.m, title: scored[0]!.title };
}

export function eventTitle(mention: Mention): string {
  return compressTitle(mention).title;
}

export function eventSummary(mention: Mention): string {
  return stripDateline(mention.quote);
}
