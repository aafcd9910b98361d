// A signature's or a post's stamp ("- Ostrander (talk) 16:02, 18 March 2045 (UTC)", "Posted 09:12, 3 May 2031
// (GMT)") dates the writing of a comment, not what the comment tells: "Two constables wounded, per the police. -
// Name (talk) 16:02, 18 March 2045 (UTC)" is no attack on 18 March. Only a development the comment tells as of its
// writing ("flew in today", "is meeting now") is the stamp's day. A stamp is a clock time and a full date, with a time
// zone in brackets, written without a preposition. Round 21.

const ZONE = String.raw`\(\s*(?:UTC|GMT|CET|CEST|BST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|IST|AEST|MSK)(?:[+−-]\d{1,2})?\s*\)`;
const TIME = String.raw`\d{1,2}[:.]\d{2}`;
const DATE = String.raw`\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}`;
const STAMP = new RegExp(String.raw`^(?:${TIME}\s*,?\s*(?:${DATE})|(?:${DATE})\s*,?\s*${TIME})\s*${ZONE}`);
/** What the comment tells as of its writing, which the stamp dates. */
const AS_WRITTEN = /\b(?:today|tonight|now|this\s+(?:morning|afternoon|evening)|just|currently)\b/i;

/** The date at `near` is a stamp, and the comment before it tells nothing as of its writing. */
export function stampOnly(sentence: string, near: number): boolean {
  return STAMP.test(sentence.slice(near)) && !AS_WRITTEN.test(sentence.slice(0, near));
}
