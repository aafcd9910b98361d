// "not" among a verb's auxiliaries: one scan for every rule that asks whether a verb is denied.

import type { Token } from '../nlp/wink.js';

export const NEGATORS = new Set(['not', "n't", 'never', 'nt']);

/**
 * A negator among the auxiliaries, particles and adverbs right before token `i`, at most `span` back: "did not
 * consult", "has never visited", "will not be postponed". `alsoDenies` names other words that deny there ("declined
 * to", "without").
 */
export function negatedBefore(toks: readonly Token[], i: number, span = 3, alsoDenies?: (k: number) => boolean): boolean {
  for (let k = i - 1; k >= 0 && k >= i - span; k--) {
    const t = toks[k]!;
    if (NEGATORS.has(t.normal) || alsoDenies?.(k)) return true;
    if (!['AUX', 'PART', 'ADV'].includes(t.pos)) return false;
  }
  return false;
}
