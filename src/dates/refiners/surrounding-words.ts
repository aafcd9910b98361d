// Widens each expression to the words around it that chrono leaves out, and records what they mean:
//   "last June" / "next April" / "this May"     → shift (chrono drops "last" before month names)
//   "June last year" / "June of last year"      → yearShift -1, merging chrono's two results into one
//   "early April", "mid-July", "late last year", "the end of 2021", "the beginning of the month"
//                                               → qualifier early / mid / late
//   "earlier this month", "Earlier on Wednesday" → hedge kept for the reason, no qualifier
//   "in", "on", "during", "by", "until" …       → taken into the text ("in April"), no meaning; so is "the" before
//                                                 "weekend" or "end of" ("over the weekend")
//   "since 2014", "after January 2020", "before April" → side after / before
// Watch out for: "the end of" is sometimes inside chrono's own span ("end of last year"), sometimes not.
import { isOpen, type Candidate, type DateRefiner, type Modifiers } from '../candidate.js';
import { startsWithTime } from '../words.js';

const SHIFT_LEFT = /\b(last|next|this)\s+$/i;
const HEDGE_LEFT = /(?:\b(early|earlier|mid|middle|late|later)(?:\s+|[-–])|\b((?:the\s+)?(?:end|start|beginning|middle|close)\s+of\s+(?:the\s+)?))$/i;
/** "in next month" is no English ("sworn in next month"): only these go before "last/next/this …", "today". */
const DEICTIC = /^(?:last|next|this|today|tonight|yesterday|tomorrow)\b/i;
const DEICTIC_PREPOSITION = /^(?:since|until|till|by|before|after|from|as\s+of)$/i;
const PREPOSITION_LEFT = /\b(in|on|at|over|since|during|by|until|till|before|after|from|throughout|through|as\s+of)\s+$/i;
/** "the" before a core that needs it: "over the weekend", "by the end of the month". */
const THE_LEFT = /\bthe\s+$/i;
const NEEDS_THE = /^(?:weekend|(?:end|start|beginning|middle|close)\s+of\b)/i;
// "the end of June"; and a hedge joined to the month ("mid-May": see parsers/hedged-may-parser.ts).
const HEDGE_INSIDE = /^(?:(?:the\s+)?(end|start|beginning|middle|close)\s+of\s+|(?:early|mid|late)(?:-|–|\s+)(?=May\b))/i;
// (Not "the last day of June": a day of that month, no shift; round 16.)
const SHIFT_INSIDE = /^(?:on\s+)?(last|next|this)\s+(?!(?:day|week|weekend)\s+of\b)/i;
const YEAR_AFTER_MONTH = /^\s*(?:of\s+)?$/i;

function qualifierOf(hedge: string): Modifiers['qualifier'] {
  const h = hedge.toLowerCase();
  if (/^early|start|beginning/.test(h.replace(/^the\s+/, ''))) return 'early';
  if (/^(?:mid|middle)/.test(h.replace(/^the\s+/, ''))) return 'mid';
  if (/^(?:late|end|close)/.test(h.replace(/^the\s+/, '')) && h !== 'later') return 'late';
  return undefined;
}

const isBareMonth = (c: Candidate) =>
  c.known.month !== undefined && c.known.year === undefined && !/\d{4}/.test(c.core.text);

/** "June" followed by "last year": one expression. */
function mergeYearSuffix(results: Candidate[], sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < results.length; i++) {
    const c = results[i]!;
    const next = results.slice(i + 1).find((n) => n.core.index > c.core.index && isOpen(n));
    const gap = next ? sentence.slice(c.core.index + c.core.text.length, next.core.index) : '';
    const year = next ? /^(last|this|next)\s+year$/i.exec(next.core.text) : null;
    if (isOpen(c) && isBareMonth(c) && next && year && YEAR_AFTER_MONTH.test(gap)) {
      const text = sentence.slice(c.index, next.core.index + next.core.text.length);
      const shift = year[1]!.toLowerCase();
      out.push({
        ...c,
        text,
        core: { text, index: c.index },
        modifiers: { ...c.modifiers, yearShift: shift === 'last' ? -1 : shift === 'next' ? 1 : 0 },
      });
      results = results.filter((r) => r !== next);
      continue;
    }
    out.push(c);
  }
  return out;
}

export const surroundingWords: DateRefiner = (results, { sentence }) =>
  mergeYearSuffix(results, sentence).map((c) => {
    if (!isOpen(c)) return c;
    const modifiers: Modifiers = { ...c.modifiers };
    const inside = HEDGE_INSIDE.exec(c.core.text);
    let known = c.known;
    if (inside) {
      modifiers.hedge = inside[0].trim();
      modifiers.qualifier = qualifierOf(inside[0]);
      // chrono turns "the end of June" into 30 June: a day the words never gave.
      if (!/\b\d{1,2}(?:st|nd|rd|th)?\b/.test(c.core.text.replace(/\b\d{4}\b/, ''))) {
        known = { ...c.known };
        delete known.day;
        delete known.weekday;
      }
    }
    const shiftInside = SHIFT_INSIDE.exec(c.core.text);
    if (shiftInside) modifiers.shift = shiftInside[1]!.toLowerCase() as Modifiers['shift'];
    let index = c.index;
    const seen = new Set<string>();
    const the = NEEDS_THE.test(c.core.text) ? THE_LEFT.exec(sentence.slice(0, index)) : null;
    if (the) index = the.index;
    for (let round = 0; round < 3; round++) {
      const before = sentence.slice(0, index);
      const shift = !seen.has('shift') && modifiers.shift === undefined && isBareMonth(c) ? SHIFT_LEFT.exec(before) : null;
      const hedge = !seen.has('hedge') && modifiers.hedge === undefined ? HEDGE_LEFT.exec(before) : null;
      let prep = !seen.has('prep') ? PREPOSITION_LEFT.exec(before) : null;
      if (prep && DEICTIC.test(c.core.text) && !seen.has('hedge') && !DEICTIC_PREPOSITION.test(prep[1]!)) prep = null;
      if (shift) {
        seen.add('shift');
        modifiers.shift = shift[1]!.toLowerCase() as Modifiers['shift'];
        index = shift.index;
      } else if (hedge) {
        seen.add('hedge');
        const word = (hedge[1] ?? hedge[2] ?? '').trim();
        modifiers.hedge = word;
        modifiers.qualifier = qualifierOf(word);
        index = hedge.index;
      } else if (prep) {
        seen.add('prep');
        const word = prep[1]!.toLowerCase();
        // "after 9am today" places it in the day, not after the day.
        if (!startsWithTime(c.core.text)) {
          if (word === 'since' || word === 'after') modifiers.side = 'after';
          if (word === 'before') modifiers.side = 'before';
        }
        index = prep.index;
      } else break;
    }
    const end = c.core.index + c.core.text.length;
    return { ...c, index, text: sentence.slice(index, end), known, modifiers };
  });
