// A wire dateline opening a sentence ("ERBIL, Kurdistan Region — …", "MIRSA, March 3 (Wirenews) - …", "Port Ainsa,
// 16th January (HNA) — …"): its date
// dates the story's filing, not a development, and its place name is where the story was filed.
import type { Token } from './wink.js';

/** How far into the sentence the dash that ends a dateline may stand. */
const MAX_TOKENS = 10;

/** Index of the dash token ending a dateline that opens the sentence, or -1. */
export function datelineEnd(toks: readonly Token[]): number {
  const dash = (k: number) => /^(?:[—–]|--?)$/.test(toks[k]?.text ?? '');
  if (/^[A-Z]{3,}$/.test(toks[0]?.text ?? '')) {
    for (let k = 1; k < toks.length && k <= MAX_TOKENS; k++) if (dash(k)) return k;
    return -1;
  }
  // "Port Ainsa, 16th January (HNA) —": a place in ordinary case, told as a dateline by the agency's initials.
  if (!/^[A-Z][a-z]/.test(toks[0]?.text ?? '')) return -1;
  for (let k = 1; k + 3 < toks.length && k <= MAX_TOKENS; k++) {
    if (toks[k]!.text === '(' && /^[A-Z]{2,6}$/.test(toks[k + 1]!.text) && toks[k + 2]!.text === ')' && dash(k + 3)) return k + 3;
  }
  return -1;
}
