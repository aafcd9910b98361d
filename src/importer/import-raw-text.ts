// Turns an article copied from a web page into front matter and a Markdown body. The page is read in three zones:
//   header  – title, standfirst, date stamp, bylines, widgets and photo captions, up to the first real paragraph;
//   body    – paragraphs, minus furniture that can stand anywhere (ads, share buttons, "Read also: …" links);
//   trailer – from the comments block, a "Most Read"/"The Latest" sidebar or the footer to the end: all dropped.
// Every non-blank line that does not reach the body is listed in `removed` with its reason, so an import can be
// checked line by line.
import { parseCalendarDate } from '../calendar/calendar-date.js';
import type { ArticleMeta } from '../types.js';
import { asPersonalName, hasHandle, isPersonalName, namesIn, parseByLine, stripHandles } from './byline.js';
import { parseDateLine, type DateLine } from './date-line.js';
import { detectPublisher } from './detect-publisher.js';
import { ImportError } from './import-error.js';
import { isCaptionOrCredit, isPromoHeading, junkReason, trailerReason } from './line-rules.js';

export interface ImportOverrides {
  title?: string;
  /** `YYYY-MM-DD`; required when the text carries no date stamp near the top. */
  published?: string;
  publisher?: string;
  url?: string;
}

export interface RemovedLine {
  line: string;
  reason: string;
}

export interface ImportResult {
  meta: ArticleMeta;
  /** Markdown paragraphs separated by blank lines. */
  body: string;
  removed: RemovedLine[];
  detected: { title?: string; published?: string; publisher?: string; authors: string[]; url?: string };
  /** Where each detected value came from ("og:title", "JSON-LD datePublished"), when the source says (HTML pages). */
  detectedFrom?: Partial<Record<'title' | 'published' | 'publisher' | 'authors' | 'url' | 'body', string>>;
}

/** How many non-blank lines under the title may hold standfirst, date, bylines and captions. */
const HEADER_LINES = 12;
/** Furniture that sits among the date and bylines, so a name line next to it is a byline. */
const META_FURNITURE = new Set(['font-size widget', 'reading time', 'share widget', 'update note']);

// Ends like a sentence: "… said.", "… 2021?”", "… as follows:".
const TERMINAL = /[.!?…:]["”’'»)\]]*$/;
// A dateline opening the first paragraph: "ERBIL, Kurdistan Region — …", "BAGHDAD, March 3 (Reuters) - …".
const DATELINE = /^\p{Lu}{3,}(?:[ .'’-]\p{Lu}+)*\.?(?:,\s*[^—–()]{1,60}?)?\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}(?:\s|$)/u;
const WIRE_CREDITS = /^(?:(?:additional\s+)?reporting|writing|editing|compiled|edited)\s+by\b/i;

function toLines(raw: string): string[] {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());
}

const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function looksLikeParagraph(line: string): boolean {
  const words = line.split(' ').length;
  return DATELINE.test(line) || (TERMINAL.test(line) && words >= 6) || words >= 30;
}

interface MetaLine {
  dates: DateLine[];
  authors: string[];
  byline: boolean;
}

/**
 * A line made only of date stamps, bylines and reading times, possibly several separated by "|", "•" or "·":
 * "By Jane Doe | Published: Jul 5,2022 | Updated: Jul 6,2022". Beside a date stamp or byline, short labels between
 * such separators are allowed too ("Kurdistan24 | 26-07-2021", "By Jane Doe | Politics | 12 Comments").
 */
function parseMetaLine(line: string): MetaLine | undefined {
  const segments = line
    .split(/\s*[|•·]\s*|\s+(?=(?:published|posted|(?:last\s+)?updated)\b)/i)
    .map((s) => s.replace(/[,;]$/, '').trim())
    .filter(Boolean);
  const meta: MetaLine = { dates: [], authors: [], byline: false };
  for (const segment of segments) {
    const date = parseDateLine(segment);
    if (date) {
      meta.dates.push(date);
      continue;
    }
    const authors = parseByLine(segment);
    if (authors) {
      meta.authors.push(...authors);
      meta.byline = true;
      continue;
    }
    if (junkReason(segment) === 'reading time') continue;
    if (segments.length > 1 && segment.split(' ').length <= 4 && !TERMINAL.test(segment)) continue;
    return undefined;
  }
  return meta.dates.length > 0 || meta.byline ? meta : undefined;
}

/** Reporters named in wire credits: "Reporting by Jane Doe in Baghdad; Editing by John Roe" → Jane Doe. */
function reportersIn(line: string): string[] {
  if (!WIRE_CREDITS.test(line) || line.length >= 300) return [];
  return line.split(';').flatMap((part) => {
    const m = /^\s*(?:reporting|writing)\s+by\s+(.+)$/i.exec(part);
    return m ? namesIn(m[1]!) : [];
  });
}

/**
 * A section label or site name printed above the headline ("Middle East", "World news"): one to three words
 * without sentence end, followed by a longer line that is not a sentence (a headline, not a standfirst).
 */
function isSectionLabel(line: string, next: string | undefined): boolean {
  if (next === undefined || line.split(' ').length > 3 || TERMINAL.test(line)) return false;
  return next.split(' ').length >= 5 && !/\.["”’']?$/.test(next) && !junkReason(next) && !parseDateLine(next) && !parseByLine(next);
}

function dateReason(date: DateLine): string {
  if (!date.date) return `date stamp "${date.text}" (not a real day)`;
  return date.kind === 'updated' ? 'update date' : 'publication date';
}

/** Published beats a plain stamp beats updated; within each, the first wins. */
function choosePublished(dates: readonly DateLine[]): string | undefined {
  const real = dates.filter((d) => d.date);
  return (real.find((d) => d.kind === 'published') ?? real.find((d) => d.kind === 'plain') ?? real.find((d) => d.kind === 'updated'))?.date;
}

function checkOverride(published: string): string {
  const trimmed = published.trim();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? parseCalendarDate(trimmed) : undefined;
  if (!date) throw new ImportError('published', `The publication date "${published}" is not a real YYYY-MM-DD day; pass --published YYYY-MM-DD, e.g. --published 2021-07-26.`);
  return trimmed;
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether `next` continues the paragraph `current` rather than starting a new one: after a dateline on its own
 * line ("BAGHDAD —"), or after a line without sentence end when the next starts in lower case or, on a page that
 * separates paragraphs by blank lines (`wrapped`), when the line is long enough to have been hard-wrapped.
 */
function continuesLine(current: string, next: string, wrapped: boolean): boolean {
  return /[—–-]$/.test(current) || (!TERMINAL.test(current) && (/^\p{Ll}/u.test(next) || (wrapped && current.length >= 60)));
}

type BodyItem = { kind: 'line'; text: string } | { kind: 'gap' };

/** Joins kept body lines into paragraphs: blank or removed lines separate; hard-wrapped lines are rejoined. */
function toParagraphs(items: readonly BodyItem[]): string[] {
  const groups: string[][] = [[]];
  for (const item of items) {
    if (item.kind === 'gap') groups.push([]);
    else groups[groups.length - 1]!.push(item.text);
  }
  const filled = groups.filter((g) => g.length > 0);
  // A page that separates paragraphs by blank lines and still has adjacent lines was hard-wrapped.
  const wrapped = filled.length > 1;
  const paragraphs: string[] = [];
  for (const group of filled) {
    let current = group[0]!;
    for (const next of group.slice(1)) {
      if (continuesLine(current, next, wrapped)) {
        current = `${current} ${next}`;
      } else {
        paragraphs.push(current);
        current = next;
      }
    }
    paragraphs.push(current);
  }
  return paragraphs;
}

export function importRawText(raw: string, overrides: ImportOverrides = {}): ImportResult {
  const lines = toLines(raw);
  const removed: RemovedLine[] = [];
  const drop = (line: string, reason: string): void => {
    removed.push({ line, reason });
  };
  const dates: DateLine[] = [];
  const authors: string[] = [];
  const nextLine = (from: number): string | undefined => lines.slice(from + 1).find(Boolean);

  // Title: the first line with words that is neither furniture nor a date stamp.
  let i = 0;
  let title: string | undefined;
  for (; i < lines.length && title === undefined; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const date = parseDateLine(line);
    const junk = date ? undefined : junkReason(line);
    if (date) {
      dates.push(date);
      drop(line, dateReason(date));
    } else if (junk) drop(line, junk);
    else if (isSectionLabel(line, nextLine(i))) {
      drop(line, 'section label above the title');
    } else {
      title = line.replace(/^#+\s+/, '');
      drop(line, 'title (front matter)');
    }
  }
  const isTitle = (line: string): boolean => title !== undefined && comparable(line) === comparable(title);

  // Header: everything up to the first line that reads as a paragraph.
  const decisions: { index: number; reason: string }[] = [];
  let description: string | undefined;
  let bodyStart: number | undefined;
  let lastWasMeta = false;
  let seenMeta = false;
  let seenContent = false;
  let lastMetaIndex = i - 1;
  let count = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    if (++count > HEADER_LINES) break;
    // Date stamps first: "Updated 2:31 PM EDT, July 26, 2021" is furniture in the body but a date in the header.
    const meta = parseMetaLine(line);
    if (meta) {
      dates.push(...meta.dates);
      authors.push(...meta.authors);
      const reason = meta.byline ? (meta.dates.length > 0 ? 'byline and date stamp' : 'byline') : dateReason(meta.dates[0]!);
      decisions.push({ index: i, reason });
      lastWasMeta = seenMeta = true;
      lastMetaIndex = i;
      continue;
    }
    const junk = junkReason(line) ?? (isTitle(line) ? 'repeated title' : undefined);
    if (junk) {
      decisions.push({ index: i, reason: junk });
      lastWasMeta = META_FURNITURE.has(junk);
      if (lastWasMeta) lastMetaIndex = i;
      continue;
    }
    const next = nextLine(i);
    // "Jane Doe", "Jane Doe @janedoe", "Jane Doe in Baghdad"
    const name = asPersonalName(stripHandles(line).replace(/\s+in\s+\p{Lu}[\p{L}'’ -]{1,30}$/u, ''));
    if (name && !(next && isCaptionOrCredit(next))) {
      // A bare name is a byline only among other header metadata, never as a lone caption ("Mustafa al-Kadhimi").
      const besideMeta = lastWasMeta || hasHandle(line) || next === line || (next !== undefined && parseMetaLine(next) !== undefined);
      if (besideMeta) {
        authors.push(name);
        decisions.push({ index: i, reason: 'byline' });
        lastWasMeta = seenMeta = true;
        lastMetaIndex = i;
        continue;
      }
    }
    if (!seenMeta && !seenContent && description === undefined && line.split(' ').length >= 5 && !DATELINE.test(line) && metaFollows(i)) {
      description = line;
      decisions.push({ index: i, reason: 'standfirst (front matter description)' });
      seenContent = true;
      continue;
    }
    seenContent = true;
    if (looksLikeParagraph(unwrapFrom(i))) {
      bodyStart = i;
      break;
    }
    decisions.push({ index: i, reason: 'caption-like line before the body' });
    lastWasMeta = false;
  }
  // No line in the header read as a paragraph: the body starts after the last date or byline.
  bodyStart ??= lastMetaIndex + 1;
  for (const d of decisions) if (d.index < bodyStart) drop(lines[d.index]!, d.reason);
  i = bodyStart;

  /** The line with the hard-wrapped lines that continue it, so a wrapped first paragraph reads as one. */
  function unwrapFrom(from: number): string {
    let text = lines[from]!;
    for (let j = from + 1; j < lines.length && lines[j] && continuesLine(text, lines[j]!, true); j++) text += ` ${lines[j]}`;
    return text;
  }

  /** A standfirst is followed by the date or byline, and an article body after them. */
  function metaFollows(from: number): boolean {
    let seen = 0;
    for (let j = from + 1; j < lines.length && seen < 4; j++) {
      const line = lines[j]!;
      if (!line) continue;
      seen++;
      const junk = junkReason(line);
      const isMeta = (junk !== undefined && META_FURNITURE.has(junk)) || (!junk && (parseMetaLine(line) || isPersonalName(stripHandles(line))));
      if (isMeta) return lines.slice(j + 1).some((l) => l && !junkReason(l) && looksLikeParagraph(l));
      if (junk) continue;
      if (looksLikeParagraph(line)) return false;
    }
    return false;
  }

  // Body, until the trailer.
  const items: BodyItem[] = [];
  const creditAuthors: string[] = [];
  // "Published …" stamps printed below the article: used only when the header has no date.
  const lateDates: DateLine[] = [];
  let kept = 0;
  let promoLines = -1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) {
      items.push({ kind: 'gap' });
      continue;
    }
    const trailer = kept > 0 ? (WIRE_CREDITS.test(line) && line.length < 300 ? 'wire credits and what follows' : trailerReason(line)) : undefined;
    if (trailer) {
      let reason = trailer;
      for (; i < lines.length; i++) {
        const rest = lines[i]!;
        if (!rest) continue;
        reason = trailerReason(rest) ?? reason;
        drop(rest, reason);
        creditAuthors.push(...reportersIn(rest));
      }
      break;
    }
    if (isPromoHeading(line)) {
      drop(line, 'related-story links');
      items.push({ kind: 'gap' });
      promoLines = 0;
      continue;
    }
    if (promoLines >= 0 && promoLines < 3 && !looksLikeParagraph(line) && line.length < 150) {
      drop(line, 'related-story links');
      promoLines++;
      continue;
    }
    promoLines = -1;
    const date = parseDateLine(line);
    if (date?.kind === 'published') lateDates.push(date);
    const reason = junkReason(line) ?? (isTitle(line) ? 'repeated title' : undefined) ?? (date ? 'date line' : undefined);
    if (reason) {
      drop(line, reason);
      items.push({ kind: 'gap' });
      continue;
    }
    items.push({ kind: 'line', text: line });
    kept++;
  }
  const paragraphs = toParagraphs(items);

  const detected = {
    title,
    published: choosePublished(dates) ?? choosePublished(lateDates),
    publisher: detectPublisher(lines, paragraphs[0]),
    authors: dedupe(authors.length > 0 ? authors : creditAuthors),
  };
  const finalTitle = overrides.title?.trim() || detected.title;
  if (!finalTitle) throw new ImportError('title', 'No title found: the text has no line of words. Pass --title "…".');
  let published: string;
  if (overrides.published !== undefined) {
    published = checkOverride(overrides.published);
  } else if (detected.published) {
    published = detected.published;
  } else {
    const unreal = dates.find((d) => !d.date);
    throw new ImportError(
      'published',
      `No publication date found near the top of "${finalTitle}"` +
        (unreal ? ` ("${unreal.text}" is not a real day)` : '') +
        '. Put the date on its own line under the title (e.g. "Published: 2021-07-26") or pass --published YYYY-MM-DD.',
    );
  }

  const meta: ArticleMeta = { title: finalTitle, published, authors: detected.authors };
  const publisher = overrides.publisher?.trim() || detected.publisher;
  if (publisher) meta.publisher = publisher;
  if (overrides.url?.trim()) meta.url = overrides.url.trim();
  if (description) meta.description = description;
  return { meta, body: paragraphs.join('\n\n'), removed, detected };
}
