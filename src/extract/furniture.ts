// Page furniture: what a news page carries besides the report, and what must yield no event however eventful its
// words look. Decided per paragraph from how the paragraph presents itself, never from what it tells:
//  - a label that says the paragraph is not the report: "Read more:", "Related coverage:", "See also:", "Sign up",
//    "Newsletter:", "Advertisement", a live blog's "Sport:" and "Weather:" briefs, and notices about the article
//    itself ("CORRECTION:", "Clarification:", "Editor's note:", "[Translator's note: …]", "This article was amended on
//    …", "An earlier version of this story said …"): a correction notice is not a development, and the date it corrects
//    is often wrong; a byline with its reading time ("· 6 min read");
//  - a headline teaser: a line that ends in its own date in parentheses or after a dash ("Drone strike hits camp near
//    Tasso (28 January 2025)", "… - 8 February, 2029"), as related-coverage lists print other stories;
//  - a photo caption ("Photo:", "Image:", "Pictured:", a "Photograph: X" credit, or a verbless "Place, 28 March
//    2025." header): its sentences in the present tense describe the picture, and their date is the photo's, which
//    dates no development ("Delegates shake hands before their first meeting on Friday"). A caption sentence in the
//    past tense ("They met on Friday for two hours") still tells what happened.
//  - a strip of linked headlines between bars, dated in brackets ("Most read: … (3 May) | … (6 May)"), and a
//    record's title line ("Transcript of the weekly briefing, Varn, 12 May 2031, 10:00");
//  - a heading in capitals, alone in its paragraph ("FACT SHEET: THE DRAWDOWN, APRIL 2026"), and a masthead or
//    header line of short fields between middle dots ("Meetings Coverage · Council · 52nd Session · 4 June 2044").
// A live blog's timestamp ("13:15 Read more: …") does not hide a label.
import { verbCues } from '../dates/tense.js';
import { isPastVerb, MONTH_WORD } from '../dates/words.js';
import { tokens } from '../nlp/wink.js';
import type { Sentence } from '../types.js';
import { headlineItem, keyPointParagraphs } from './key-points.js';
import { labelledListParagraphs } from './page-lists.js';

export type Furniture = 'label' | 'notice' | 'teaser' | 'caption' | 'headline';

const TIMESTAMP = /^(?:\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|gmt|utc|bst|cet))?\s*[—–-]?\s*)/i;
const LABEL =
  /^(?:(?:read\s+(?:more|also|next)|related(?:\s+(?:coverage|stories|articles|content|reading))?|most\s+(?:read|popular|viewed|shared|watched|commented)|trending(?:\s+now)?|top\s+stories|popular\s+now|more\s+on\s+(?:this|that)(?:\s+story)?|see\s+also|also\s+read|further\s+reading|recommended|watch|listen|sponsored|newsletter|sport|sports|weather|markets|traffic)\s*[:|—–]|advertisement\b)/i;
/** Sentences that open a promotion without a label: "Sign up for …", "Get our briefing in your inbox …". */
const PROMO = /^(?:sign\s+up\b|subscribe\b|get\s+(?:our|the)\b.*\b(?:inbox|newsletter|briefing|email)\b|follow\s+us\b|download\s+(?:our|the)\s+app\b)/i;
// (Also in brackets, as a translation or a transcript interpolates it: "[Translator's note: …]". Round 14.)
const NOTICE_LABEL =
  /^[[(]?\s*(?:corrections?|clarifications?|(?:editor|translator|transcriber)['’]?s\s+notes?|note\s+from\s+the\s+(?:editor|translator)|update\s+to\s+this\s+(?:article|story))\b\s*[:.—–-]?/i;
/** A byline or dateline line with the reading time ("Interview by A. Writer · 23 April 2027 · 6 min read"). */
const READING_TIME = /\b\d+\s*(?:min|mins|minutes?)\s+read\b/i;

const AMENDED =
  /^(?:this|the)\s+(?:article|story|report|piece|post|entry|blog|page|item|headline)\s+(?:was|has\s+been|had\s+been|is)\s+(?:amended|corrected|updated|changed|edited|revised)\b/i;
const EARLIER_VERSION = /^an?\s+(?:earlier|previous)\s+(?:version|entry|post|edition)\b/i;
/** Sentences of a notice about the article itself; others in it may still report what someone said ("…, a spokesperson
 * told us on 8 April"). */
const ABOUT_THE_ARTICLE = /^(?:(?:this|the)\s+(?:article|story|report|piece|post|entry|blog|page|item|headline)\b|we\s+(?:apologi[sz]e|regret)\b|an?\s+(?:earlier|previous)\s+(?:version|entry|post|edition)\b)/i;
const CAPTION_LABEL = /^(?:photo|photos|photograph|picture|pictures|image|images|top\s+image|main\s+image|lead\s+image|header\s+image|above|below|pictured|caption|gallery)\s*[:|—–-]/i;
const CREDIT = /\b(?:photograph|photo|picture|image|credit|photo\s+credit|illustration)\s*:\s*[A-Z]/;
/** "Troops board a ferry at the quay on Monday [Northwire/Ana Voss]", "… (AFP/Getty Images)": a caption ends in its
 * agency and photographer between brackets, split by a slash. Round 21 (a present-tense caption before a weekday reads
 * as a timetable otherwise). */
const BRACKET_CREDIT = /[[(][A-Z][\w.'’ -]{1,40}\/\s?[A-Z][\w.'’ -]{1,40}[\])]\s*$/;
const DATE = `(?:\\d{1,2}\\s+${MONTH_WORD}(?:,?\\s+\\d{4})?|${MONTH_WORD}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})`;
/** "… near Tasso (28 January 2025)": a headline carrying its own date. */
const TEASER = new RegExp(`\\(\\s*${DATE}\\s*\\)\\s*\\.?$`, 'i');
/** "Dunmere diary: a week under the drones - 8 February, 2029": a headline with its date after a dash, no full stop, as
 * "Read next" links print other stories. Round 15. */
const DASHED_TEASER = new RegExp(`\\s[-–—]\\s*${DATE}\\s*$`, 'i');
/** "Strikes hit port (3 May) | Envoy in Osk (6 May) | Weather": linked headlines between bars, one or more carrying
 * its own date in brackets, as a page's "most read" strip prints other stories. A table row opens with its bar. Round 16. */
const LINK_STRIP = new RegExp(`\\(\\s*${DATE}\\s*\\)\\s*\\|`, 'i');
/** "Transcript of the weekly press briefing, Varn, Tuesday 12 May 2031, 14:30": a record's title line, its date the
 * session's, which the record's own sentences date again. Round 16. */
const RECORD_TITLE = new RegExp(
  `^(?:(?:full|edited|unofficial|official|partial)\\s+)?(?:transcript|verbatim\\s+record|minutes|summary\\s+record|text)\\s+of\\s+(?:the|a|an)\\b[^.;]*,\\s*(?:on\\s+)?(?:[A-Z][a-z]+day,?\\s+)?${DATE}(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?\\s*$`,
  'i',
);
/** "[6] Ministry of Defence, statement of 14 January 2037.", "[8] Interview, senior official, Varn, 14 April 2037.": a
 * numbered note or reference, its fields between commas, cites a source by its date; the report tells what the source
 * said where it cites it. Round 18. (Not a transcript's timestamp, "[00:01:22]".) */
const NOTE_NUMBER = /^\[\d{1,3}\]\s+/;
/** "Centre for Peace Studies | Working Paper 17 | May 2037", "Fourth Report of Session 2026-27 | HC 412 | Published on
 * 4 June 2027": a document's header of short fields between bars, at the top of the page. Round 18. */
const BAR_SEPARATOR = /\s\|\s/;
/** "Zerin crossing, 28 March 2025." — a caption's place-and-date header, no verb. */
const PLACE_DATE_HEADER = new RegExp(`^[A-Z][\\w’'.-]*(?:\\s+[\\w’'.-]+){0,4},\\s+${DATE}\\.?$`, 'i');

/** What kind of furniture a paragraph is, from its sentences (in order), or undefined for the report itself. */
export function paragraphFurniture(sentences: readonly string[]): Furniture | undefined {
  const first = (sentences[0] ?? '').replace(TIMESTAMP, '');
  if (NOTICE_LABEL.test(first) || AMENDED.test(first) || EARLIER_VERSION.test(first)) return 'notice';
  if (CAPTION_LABEL.test(first) || PLACE_DATE_HEADER.test(first) || sentences.some((s, i) => CREDIT.test(i === 0 ? s.replace(/^\S+/, '') : s)) || BRACKET_CREDIT.test(sentences.at(-1) ?? '')) return 'caption';
  if (LABEL.test(first) || PROMO.test(first)) return 'label';
  if (sentences.length === 1 && READING_TIME.test(first)) return 'label';
  if (sentences.length === 1 && (TEASER.test(first) || (DASHED_TEASER.test(first) && !/[a-z]{3,}\.\s*$/.test(first)))) return 'teaser';
  // A heading in capitals ("FACT SHEET: THE KSM DRAWDOWN, APRIL 2026"): a document's title, not its report.
  if (sentences.length === 1 && !/[a-z]/.test(first) && (first.match(/[A-Z]{2,}/g) ?? []).length >= 3) return 'label';
  if (sentences.length === 1 && fieldLine(first)) return 'label';
  if (sentences.length === 1 && !first.trimStart().startsWith('|') && LINK_STRIP.test(first)) return 'teaser';
  if (sentences.length === 1 && RECORD_TITLE.test(first)) return 'label';
  if (sentences.length === 1 && noteEntry(first)) return 'label';
  return undefined;
}

/** See NOTE_NUMBER: a bracketed number, then two to six short fields (ten words at most) between commas, none a clause of its own. */
function noteEntry(text: string): boolean {
  if (!NOTE_NUMBER.test(text)) return false;
  const fields = text.replace(NOTE_NUMBER, '').replace(/\.\s*$/, '').split(/,\s+/);
  return fields.length >= 2 && fields.length <= 6 && fields.every((f) => f.trim().split(/\s+/).length <= 10) && !fields.some((f) => verbCues(f).length > 0);
}

/** See BAR_SEPARATOR: three or more fields of a few words, no full stop, not a table row (which opens with its bar). */
function barHeader(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('|') || /[.!?]["”’]?$/.test(t)) return false;
  const fields = t.replace(/\|\s*$/, '').split(BAR_SEPARATOR);
  return fields.length >= 3 && fields.every((f) => f.trim().split(/\s+/).length <= 6);
}

/** Fields of a masthead or header line, set apart by middle dots or bullets. */
const FIELD_SEPARATOR = /\s[·•]\s/;

/**
 * "Meetings Coverage · Security Council · 9114th Meeting · 7 April 2031", "RADIO ARDEN · NEWS AT SIX · FRIDAY 10
 * JANUARY", "Published 2 May · Updated 3 May": a line of short fields between middle dots, with no full stop, is a
 * masthead, a document header or a stamp; its date is the page's, which dates no development. Round 15.
 */
function fieldLine(text: string): boolean {
  const fields = text.trim().split(FIELD_SEPARATOR);
  if (fields.length < 2 || /[.!?]["”’]?$/.test(text.trim())) return false;
  return fields.every((f) => f.trim().split(/\s+/).length <= 8);
}


/**
 * A caption sentence describing the picture: its first verb is neither past nor a future ("Delegates shake hands
 * …", "Soldiers leave Tasso airfield, 28 August 2025"), or it has no verb at all ("Zerin crossing, 28 March 2025.").
 */
export function describesPhoto(sentence: string): boolean {
  const toks = tokens(sentence.replace(TIMESTAMP, '').replace(CAPTION_LABEL, ''));
  // The first finite verb: participles and gerunds ("crossing", "killed by sniper fire" after a noun) are skipped.
  const verb = toks.findIndex((t, k) => (t.pos === 'VERB' || t.pos === 'AUX') && /^[a-z]/.test(t.text) && !/ing$/.test(t.normal) && !(toks[k - 1]?.pos === 'NOUN' && /ed$/.test(t.normal)));
  if (verb < 0) return true;
  // "The first group is due to fly out on 12 March": what lies ahead is no picture.
  // (A timetable's simple present, "leaves on Thursday", is the picture's present.)
  if (verbCues(sentence).some((c) => c.kind === 'future' && !c.timetable)) return false;
  const t = toks[verb]!;
  if (/^(?:was|were|had|did|has|have|will|would|shall)$/.test(t.normal)) return false;
  return !isPastVerb(t.text, toks[verb - 1]?.text);
}

/**
 * The sentences of an article that are page furniture and yield nothing, by index. Caption sentences in the past
 * tense are kept (see the top of this file).
 */
export function furnitureSentences(sentences: readonly Sentence[], page?: Page): Map<number, Furniture> {
  // A caption sentence marked here still yields the dates toldInCaption() keeps.
  const out = new Map<number, Furniture>();
  // What only the page's form shows: a list under a label ("Most popular", then headlines), an author's biography.
  const listed = page ? labelledListParagraphs(page.body) : new Set<number>();
  const bio = page ? biographyParagraphs(sentences, page.authors) : new Set<number>();
  for (const s of sentences) if (listed.has(s.paragraph) || bio.has(s.paragraph)) out.set(s.index, 'label');
  // A live page's key points in headline grammar restate its entries. Round 15.
  const keyPoints = page ? keyPointParagraphs(page.body) : new Set<number>();
  for (const s of sentences) if (keyPoints.has(s.paragraph) && headlineItem(s.text)) out.set(s.index, 'label');
  // A page pasted whole repeats its headline in the body: the headline is no sentence of the report.
  const headline = page?.title ? comparable(page.title) : '';
  if (headline) for (const s of sentences) if (comparable(s.text) === headline) out.set(s.index, 'headline');
  // A header of fields between bars opens a document; further down, such a line is a table's row.
  for (const s of sentences) if (s.index < 3 && barHeader(s.text)) out.set(s.index, 'label');
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  for (const list of byParagraph.values()) {
    if (out.has(list[0]!.index)) continue;
    const kind = paragraphFurniture(list.map((s) => s.text));
    if (!kind) continue;
    list.forEach((s, i) => {
      if (kind === 'notice' && i > 0 && !ABOUT_THE_ARTICLE.test(s.text)) return;
      if (kind !== 'caption' || describesPhoto(s.text)) out.set(s.index, kind);
    });
  }
  return out;
}

/** The page around the sentences: its Markdown body, its authors and its title, for what only the page's form shows. */
export interface Page {
  body: string;
  authors: readonly string[];
  title?: string;
}

/** Text compared for sameness: lower case, letters and digits only. */
const comparable = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** "Jane Roe has covered the region since 2019.", "Jane Roe is our Kabul correspondent.": a note about the author. */
const BIO_VERB = /^\s+(?:is|was|has|had|covers|covered|reports|reported|writes|wrote|previously|formerly|joined|teaches|leads|directs|heads|works|worked)\b/;

/**
 * Paragraphs that open with the name of one of the article's authors followed by a verb: the author's biography
 * ("A. Writer has covered the conflict since 2019. She was in Dunmore when the port was shelled in 2023."), which
 * tells nothing of the report. A quoted author ("…," Roe said) is no biography: the name must open the paragraph.
 */
export function biographyParagraphs(sentences: readonly Sentence[], authors: readonly string[]): Set<number> {
  const out = new Set<number>();
  const names = authors.map((a) => a.trim()).filter((a) => a.split(/\s+/).length >= 2);
  if (!names.length) return out;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph === paragraph) continue;
    paragraph = s.paragraph;
    const name = names.find((n) => s.text.startsWith(n));
    if (name && BIO_VERB.test(s.text.slice(name.length))) out.add(s.paragraph);
  }
  return out;
}

const CLAUSE_BREAK = /[,;:—–()]/;

/**
 * In a caption sentence describing the picture, a date still dates a development when a past-tense verb of its own
 * clause governs it: "Mourners carry the coffin of one of two guards killed by sniper fire near the crossing on
 * Sunday". Without one ("Delegates shake hands before their first meeting on Friday") it is the photo's date.
 */
export function toldInCaption(sentence: string, index: number, photo?: DayOfYear, dateText = ''): boolean {
  // "Sabrine, 19 February. Stallholders sweep up glass after a grenade attack on the night of 18 February": a day
  // other than the photo's own is not when the picture was taken, so it dates what it is attached to.
  const named = dayOfYear(dateText);
  if (photo && named && (named.month !== photo.month || (named.day !== undefined && photo.day !== undefined && named.day !== photo.day))) return true;
  const before = sentence.slice(0, index);
  const clause = before.slice(Math.max(...[...before.matchAll(new RegExp(CLAUSE_BREAK, 'g'))].map((m) => m.index! + 1), 0));
  if (verbCues(clause).some((c) => c.kind === 'past' || c.kind === 'perfect')) return true;
  // "the depot, set ablaze by a drone on 28 January": a participle with its agent is a passive of what happened,
  // though "set", "cut", "put" look the same in the present.
  if (PASSIVE_AGENT.test(clause)) return true;
  // "… on his visit to the port on Thursday, where he held talks with …", "… on 10 March, the day the mission handed
  // the camp over": a where/when clause (or a day named by what happened on it) right after the date tells, in the
  // past, what happened then.
  const after = sentence.slice(index).replace(/^[^,;]*?(?=,|;|$)/, '');
  const then = /^[,;]\s*(?:where|when|during\s+which|at\s+which|the\s+(?:day|night|morning|evening|afternoon)\b)([^,;]*)/i.exec(after);
  return !!then && verbCues(then[1]!).some((c) => c.kind === 'past' || c.kind === 'perfect');
}

/** A month, and a day of it when given. */
export interface DayOfYear {
  month: number;
  day?: number;
}

const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH = new RegExp(String.raw`(?:\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_WORD})|\b(${MONTH_WORD})(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?)`, 'i');

/** The month and day a date's words name ("18 February", "Feb. 6", "March"), if they name a month. */
export function dayOfYear(text: string): DayOfYear | undefined {
  const m = DAY_MONTH.exec(text);
  if (!m) return undefined;
  const month = MONTH_INDEX.indexOf((m[2] ?? m[3])!.slice(0, 3).toLowerCase()) + 1;
  const day = m[1] ?? m[4];
  return day === undefined ? { month } : { month, day: Number(day) };
}

/**
 * The photo's own date for each caption paragraph that opens with a place-and-date header ("Sabrine, 19 February
 * 2027."), by paragraph.
 */
export function photoDates(sentences: readonly Sentence[]): Map<number, DayOfYear> {
  const out = new Map<number, DayOfYear>();
  for (const s of sentences) {
    if (out.has(s.paragraph) || !PLACE_DATE_HEADER.test(s.text.replace(TIMESTAMP, ''))) continue;
    const day = dayOfYear(s.text.slice(s.text.indexOf(',')));
    if (day) out.set(s.paragraph, day);
  }
  return out;
}

/** A participle followed by its agent: "set ablaze by a drone", "hit by shellfire", "cut by the army". */
const PASSIVE_AGENT = /\b(?:set|put|cut|hit|shut|[a-z]+ed|[a-z]+en)\s+(?:[a-z]+\s+)?by\s+(?:an?|the|two|three|four|five|several|\d+)\b/i;
