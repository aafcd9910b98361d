// wink-nlp with its English lite model, loaded once, behind two plain functions:
// `splitSentences` (character spans into the input) and `tokens` (words with offsets, POS and lemma).
// Everything else in Dateline reads text through these, so the NLP library can change in one place.

import winkNLP from 'wink-nlp';
import type { Document, ItemSentence, ItemToken, ItsFunction, PartOfSpeech, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type { PartOfSpeech };

/** A span of the input: `text === input.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Token extends Span {
  /** Universal POS tag from wink's tagger. */
  pos: PartOfSpeech;
  /** Lower-case form. */
  normal: string;
  /** Lemma ("attacks" → "attack", "met" → "meet"); lower case for common words. */
  lemma: string;
  /** Not in the model's lexicon: usually a name ("Kadhimi", "Erbil"). */
  oov: boolean;
  /** 'word' | 'number' | 'punctuation' | 'quoted_phrase' | 'url' | … as wink types it. */
  type: string;
}

let nlp: WinkMethods | undefined;
let splitter: WinkMethods | undefined;

/**
 * The wink instance, created on first use: the model takes ~100 ms to load and most imports never need it. Only the
 * tagger runs: tokens need their tags and lemmas, never wink's entities, negation or sentiment, and in wink-nlp the
 * tagger reads none of them (nor the sentence boundaries), so reading a sentence takes half the time. The same
 * tokens, tags and lemmas, checked on 17,206 sentences (every read set and 300 bench articles).
 */
function winkInstance(): WinkMethods {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/**
 * An instance that only finds sentence boundaries: splitting needs no tags or entities, and without them reading a
 * document takes half the time (issue 8: sentence splitting was the largest part of reading an article). The same
 * sentences, checked on every fixture and a thousand bench articles.
 */
function splitterInstance(): WinkMethods {
  splitter ??= winkNLP(model, ['sbd']);
  return splitter;
}

/** Tokens of `doc` aligned to character offsets of `text`. wink keeps token values verbatim, so each is found by
 * searching forward from the previous one over whitespace only; the preceding-spaces count is the fallback if a
 * value was ever normalised. */
function alignTokens(doc: Document, text: string): Token[] {
  const its = winkInstance().its;
  const out: Token[] = [];
  let cursor = 0;
  doc.tokens().each((t: ItemToken) => {
    const value = t.out();
    const spaces = String(t.out(its.precedingSpaces));
    let start = text.indexOf(value, cursor);
    if (start < 0 || /\S/.test(text.slice(cursor, start))) start = cursor + spaces.length;
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    const normal = value.toLowerCase();
    out.push({
      text: text.slice(start, end),
      start,
      end,
      pos: t.out(its.pos) as PartOfSpeech,
      normal,
      // The typings give `lemma` an extra `addons` parameter; `out` supplies it at run time.
      lemma: String(t.out(its.lemma as unknown as ItsFunction<string>)),
      oov: doc.isOOV(normal),
      type: String(t.out(its.type)),
    });
  });
  return out;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Only the offsets of each token: all sentence splitting needs, at a third of the cost of `alignTokens`. */
function alignOffsets(doc: Document, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const value of doc.tokens().out()) {
    let start = text.indexOf(value, cursor);
    if (start < 0 || /\S/.test(text.slice(cursor, start))) start = skipSpace(text, cursor);
    cursor = start + value.length;
    out.push({ start, end: Math.min(text.length, cursor) });
  }
  return out;
}

// Sentence and token results are reused: classification and fact extraction read the same sentence in turn.
const cache = new Map<string, Token[]>();
const CACHE_SIZE = 256;

/** Tokens of `text` with exact offsets, POS tags and lemmas. */
export function tokens(text: string): Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = alignTokens(winkInstance().readDoc(text), text);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(text, result);
  return result;
}

/** True when wink's lexicon knows the word (lower-cased): a common English word rather than a name. */
let lexiconDoc: Document | undefined;
export function isKnownWord(word: string): boolean {
  lexiconDoc ??= winkInstance().readDoc('');
  return !lexiconDoc.isOOV(word.toLowerCase());
}

/**
 * Hard-wrapped prose (Markdown wrapped at ~80 columns) uses single newlines inside sentences; scraped pages use
 * them between separate lines (bylines, datelines, captions). A paragraph counts as wrapped when every line but
 * the last is 50–100 characters long and at least one of them stops mid-sentence.
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1).map((l) => l.trim());
  return body.every((l) => l.length >= 50 && l.length <= 100) && body.some((l) => !/[.!?:"”’)\]]$/.test(l));
}

/** Offsets where a sentence must end whatever the tagger says: blank lines, line breaks of unwrapped text, and
 * photo credits in brackets that run straight into the next sentence ("… this month [Getty] Iraqi Prime …"). */
function hardBreaks(text: string): number[] {
  const breaks: number[] = [];
  const paragraph = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const m of text.matchAll(paragraph)) {
    const lines = m[0].split('\n');
    breaks.push(m.index);
    if (isHardWrapped(lines)) continue;
    let offset = m.index;
    for (const line of lines.slice(0, -1)) {
      offset += line.length + 1;
      breaks.push(offset);
    }
  }
  const credit = /\[[A-Z][\w.&'-]*(?:[ /](?:via|[A-Z][\w.&'-]*)){0,4}\](?=\s+["“‘]?[A-Z])/g;
  for (const m of text.matchAll(credit)) breaks.push(m.index + m[0].length);
  return breaks.sort((a, b) => a - b);
}

/** Trim whitespace off both ends of [start, end); null when nothing is left. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { text: text.slice(start, end), start, end } : null;
}

/** Abbreviations wink sometimes takes for a sentence end: titles always continue ("Gen. Smith"), month
 * abbreviations continue before a number ("Nov. 14", "Feb. 2"). */
const TITLE_ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Gov|Sen|Rep|Rev|St|Mt|Ft|No|Nos|Jr|Sr|vs)\.$/;
const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

function continues(previous: Span, next: Span, breaks: readonly number[]): boolean {
  if (breaks.some((b) => b > previous.start && b <= next.start)) return false;
  return TITLE_ABBREVIATION.test(previous.text) || (MONTH_ABBREVIATION.test(previous.text) && /^\d/.test(next.text));
}

/**
 * Sentences of `text` with exact offsets: `text.slice(s.start, s.end) === s.text`.
 * wink's boundary detector handles most abbreviations ("U.S.", "Gen.", "Mr.") and closing quotes ("… Iraq.” Next");
 * line breaks and bracketed photo credits are added on top (see `hardBreaks`), and splits after a title or a
 * month abbreviation before a number are undone (see `continues`).
 */
export function splitSentences(text: string): Span[] {
  const doc = splitterInstance().readDoc(text);
  const toks = alignOffsets(doc, text);
  const breaks = hardBreaks(text);
  const out: Span[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const list = s.tokens();
    const first = toks[list.itemAt(0).index()];
    const last = toks[list.itemAt(list.length() - 1).index()];
    if (!first || !last) return;
    let start = first.start;
    for (const b of breaks) {
      if (b <= start || b >= last.end) continue;
      const piece = trimmed(text, start, b);
      if (piece) out.push(piece);
      start = b;
    }
    const piece = trimmed(text, start, last.end);
    if (piece) out.push(piece);
  });
  const merged: Span[] = [];
  for (const span of out) {
    const previous = merged.at(-1);
    if (previous && continues(previous, span, breaks)) {
      merged[merged.length - 1] = { text: text.slice(previous.start, span.end), start: previous.start, end: span.end };
    } else merged.push(span);
  }
  return merged;
}
