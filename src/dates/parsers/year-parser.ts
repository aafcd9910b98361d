// Finds a year on its own, which chrono leaves alone: "in 2014", "since 2017", "late 2020", "mid-2020",
// "by the end of 2021", "the 2003 invasion", and a chronology's label "2021: …" opening a sentence.
// Handles: a four-digit number 1900–2099 after a preposition, a hedge word (early, mid-, late), a season or
// "the year", or after a determiner when a noun follows ("a 2019 report").
// Watch out for: counts ("2,500 troops", "in 2000 cases"), money and percentages, numbers inside longer numbers
// or codes ("Resolution 2334", "F-2020"): the left-context rule and the right-context checks keep them out.
// The match takes in the word on its left ("in 2014", "the 2003"): chrono's UnlikelyFormatFilter discards any
// result whose text is digits only, and the trim-span refiner later drops a leading determiner again.
import type { Parser } from 'chrono-node';
import { fillsFirstCell } from '../table-cell.js';

const LEFT_WORDS =
  /(?:\b(?:in|since|during|throughout|by|until|till|before|after|from|through|of|to|and|or|between|around|circa|early|mid|late|spring|summer|autumn|fall|winter|year)\s+|\bmid[-–])$/i;
const DETERMINER_LEFT = /\b(?:the|a|an|its|his|her|their)\s+$/i;
const LEFT_WORD = /(?:\b[A-Za-z]+\s+|\bmid[-–])$/;
const COUNTED_NOUN =
  /^\s+(?:troops|soldiers|people|fighters|members|rockets|missiles|drones|civilians|families|residents|refugees|workers|students|votes|cases|deaths|units|vehicles|personnel|dollars|euros|pounds|times|km|miles|metres|meters|feet|tons|tonnes|hectares|acres)\b/i;

export const yearParser: Parser = {
  // No `g` flag: chrono re-runs the pattern on the rest of the text, and a global regex would resume at a stale
  // lastIndex and skip the next year ("between 2014 and 2017").
  pattern: () => /\b(19\d{2}|20\d{2})\b/,
  extract(context, match) {
    const index = match.index ?? 0;
    const text = match[0];
    const before = context.text.slice(Math.max(0, index - 30), index);
    const after = context.text.slice(index + text.length);
    if (/[\d$€£#.,/–-]$/.test(before) && !/\bmid[-–]$/i.test(before)) return null;
    if (/^(?:[.,/:-]?\d|\s*%|\s*per\s*cent|\s*percent)/i.test(after)) return null;
    if (COUNTED_NOUN.test(after)) return null;
    const determinerUse = DETERMINER_LEFT.test(before) && /^\s+[a-z]/.test(after);
    // "2021: Rebels shell the port", "2021 – Talks collapse": a year heading an entry of a chronology dates the entry.
    // The colon or dash is taken in (chrono drops a result of digits alone; trim-span cuts it again).
    const label = /^(?::|\s+[—–-])\s+(?=[A-Z])/.exec(after);
    if (!before.trim() && label) {
      return context.createParsingResult(index, `${text}${label[0]}`.trimEnd(), { year: Number(text) }).addTag('dateline/year');
    }
    // "| 2030 | The force peaks …": a year alone in a table row's first cell dates the row (table-cell.ts). The bar
    // after it is taken in, as a label's colon is.
    if (fillsFirstCell(context.text, index, text.length)) {
      return context.createParsingResult(index, `${text} |`, { year: Number(text) }).addTag('dateline/year');
    }
    if (!LEFT_WORDS.test(before) && !determinerUse) return null;
    const left = LEFT_WORD.exec(before)?.[0] ?? '';
    return context
      .createParsingResult(index - left.length, left + text, { year: Number(text) })
      .addTag('dateline/year');
  },
};
