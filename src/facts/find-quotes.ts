// Direct quotations (curly or straight double quotes) and who said them, when the sentence names the speaker:
// after the quotation ("…,” Kadhimi said", "…,” said Psaki", "…,” reads a White House statement") or before it
// ("Psaki said: “…”", "Kadhimi said “…”", "…, confirming that "…""). A quotation left open at the end of the
// sentence, or closed without being opened, runs to the sentence's edge: quotations span sentences.

import type { Quote } from '../types.js';
import { tokens, type Token } from '../nlp/wink.js';
import type { Name } from './find-names.js';

const REPORTING = new Set(
  ('say said says saying tell told tells add added adds state stated states note noted announce announced confirm ' +
    'confirmed confirming stress stressed insist insisted claim claimed warn warned threaten threatened ask asked ' +
    'declare declared explain explained reiterate reiterated emphasize emphasized emphasised write wrote tweet ' +
    'tweeted read reads quote quoted praise praised acknowledge acknowledged acknowledging adding stating noting ' +
    'vow vowed pledge pledged describe described call called reply replied answer answered respond responded').split(' '),
);
/** Prepositions that attach a name to someone else ("factions affiliated with the PMF", "an adviser to X"). */
const NOT_SPEAKER_BEFORE = new Set(['with', 'to', 'by', 'at', 'in', 'on', 'against', 'under', 'about']);

interface Span {
  start: number;
  end: number;
}

/** An attribution was found; `speaker` is set when it names someone ("it added", "the PM said" name no one). */
interface Attribution {
  speaker?: string | undefined;
}

/** Character spans of quotation contents. */
function quoteSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  const marks = [...sentence.matchAll(/[“”"]/g)].map((m) => {
    const i = m.index;
    const ch = m[0];
    const before = sentence[i - 1];
    const after = sentence[i + 1];
    const opens = ch === '“' || (ch === '"' && (before === undefined || /[\s(\[—–-]/.test(before)) && after !== undefined && !/\s/.test(after));
    return { i, opens };
  });
  let open: number | null = null;
  for (const m of marks) {
    if (m.opens) {
      if (open === null) open = m.i + 1;
    } else if (open !== null) {
      spans.push({ start: open, end: m.i });
      open = null;
    } else if (spans.length === 0) {
      spans.push({ start: 0, end: m.i });
    }
  }
  if (open !== null) spans.push({ start: open, end: sentence.length });
  return spans.filter((s) => sentence.slice(s.start, s.end).trim().length > 0);
}

function tidy(text: string): string {
  return text.trim().replace(/[,\s]+$/, '');
}

const actorsIn = (names: readonly Name[], toks: readonly Token[], from: number, to: number) =>
  names.filter((n) => n.role === 'actor' && toks[n.first]!.start >= from && toks[n.last]!.end <= to);

/** "…,” Kadhimi said" / "…,” said Psaki" / "…,” reads a White House statement released on Friday". */
function speakerAfter(toks: readonly Token[], names: readonly Name[], from: number, inQuote: (i: number) => boolean): Attribution | null {
  const start = toks.findIndex((t) => t.start >= from);
  if (start < 0) return null;
  for (let k = start; k < toks.length && k <= start + 6; k++) {
    if (inQuote(toks[k]!.start)) return null;
    if (!REPORTING.has(toks[k]!.normal) || toks[k]!.pos !== 'VERB') continue;
    const before = actorsIn(names, toks, toks[start]!.start, toks[k]!.start).at(-1);
    if (before) return { speaker: before.text };
    const after = names.find((n) => n.role === 'actor' && n.first > k && n.first <= k + 4);
    return { speaker: after?.text };
  }
  return null;
}

/** "Psaki said: “…”", "Kadhimi said that … “…”", "X held a press conference, confirming that "…"". */
function speakerBefore(toks: readonly Token[], names: readonly Name[], to: number, inQuote: (i: number) => boolean): string | undefined {
  let verb = -1;
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (t.end > to || inQuote(t.start)) continue;
    if (REPORTING.has(t.normal) && t.pos === 'VERB') {
      verb = k;
      break;
    }
  }
  if (verb < 0) return undefined;
  const candidates = names.filter((n) => n.role === 'actor' && n.last < verb && !inQuote(toks[n.first]!.start));
  const speaker = (n: Name) => !NOT_SPEAKER_BEFORE.has(toks[n.first - 1]?.normal ?? '') && !(toks[n.first - 1]?.pos === 'DET' && NOT_SPEAKER_BEFORE.has(toks[n.first - 2]?.normal ?? ''));
  // A participle ("confirming", "adding") takes the sentence's subject; a finite verb its nearest name.
  const participle = /ing$/.test(toks[verb]!.normal);
  const pick = participle ? candidates.find(speaker) : [...candidates].reverse().find(speaker);
  return pick?.text;
}

/** Quotations in the sentence with their speaker when named. */
export function findQuotes(sentence: string, names: readonly Name[], toks: readonly Token[] = tokens(sentence)): Quote[] {
  const spans = quoteSpans(sentence);
  const inQuote = (i: number) => spans.some((s) => i >= s.start && i < s.end);
  const out: Quote[] = [];
  let lastSpeaker: string | undefined;
  for (const s of spans) {
    const text = tidy(sentence.slice(s.start, s.end));
    if (!text) continue;
    // Only a quotation closed with its own punctuation ("…,” she said") is attributed after it; a phrase quoted
    // inside a sentence ("faced “significant pressure” from …") takes the reporting verb before it.
    const closed = /[,.!?—–]\s*$/.test(sentence.slice(s.start, s.end));
    const after = closed ? speakerAfter(toks, names, s.end + 1, inQuote) : null;
    const speaker = after ? after.speaker : (speakerBefore(toks, names, s.start, inQuote) ?? lastSpeaker);
    lastSpeaker = speaker;
    out.push(speaker ? { text, speaker } : { text });
  }
  // Quotations sharing one attribution ("“…” and “…,” Kadhimi said") take the speaker found for the last one.
  const shared = out.at(-1)?.speaker;
  if (shared) for (const q of out) q.speaker ??= shared;
  return out;
}
