// A wire dateline opening a sentence ("ERBIL, Kurdistan Region — …", "MIRSA, March 3 (Wirenews) - …"): its date
// dates the story's filing, not a development, and its place name is where the story was filed.
import type { Token } from './wink.js';

/** How far into the sentence the dash that ends a dateline may stand. */
const MAX_TOKENS = 10;

/** Index of the dash token ending a dateline that opens the sentence, or -1. */
export function datelineEnd(toks: readonly Token[]): number {
  if (!/^[A-Z]{3,}$/.test(toks[0]?.text ?? '')) return -1;
  for (let k = 1; k < toks.length && k <= MAX_TOKENS; k++) if (/^(?:[—–]|--?)$/.test(toks[k]!.text)) return k;
  return -1;
}
