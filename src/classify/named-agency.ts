// Whether "agency" as a speaker is a body named by its field ("the UN refugee agency", "the national cyber agency",
// "Ardena's space agency"), not a news agency attributing a report ("the agency said", "the state news agency"),
// which ANONYMOUS_SOURCES keeps from speaking. Round 21 (probes of our own: a cyber agency confirming an attribution
// and a refugee agency's count were no statements).

import type { Token } from '../nlp/wink.js';

/** Fields that make an agency a news outlet or a trade, not a public body. */
const OUTLET_FIELDS = new Set('news press wire photo advertising ratings travel talent employment dating'.split(' '));

/**
 * The token at `k` is "agency" right after a field word (a noun, a name or an adjective) that is no outlet's, in a
 * definite or possessive noun phrase ("the …", "Ardena's …", "UN …").
 */
export function namedAgency(toks: readonly Token[], k: number): boolean {
  if (toks[k]?.normal !== 'agency') return false;
  const field = toks[k - 1];
  if (!field || !['NOUN', 'PROPN', 'ADJ'].includes(field.pos) || OUTLET_FIELDS.has(field.normal)) return false;
  let j = k - 1;
  while (j > 0 && ['NOUN', 'PROPN', 'ADJ'].includes(toks[j - 1]!.pos) && !OUTLET_FIELDS.has(toks[j - 1]!.normal)) j--;
  if (toks.slice(j, k).some((t) => OUTLET_FIELDS.has(t.normal))) return false;
  const before = toks[j - 1];
  return toks[j]!.pos === 'PROPN' || before?.normal === 'the' || /^['’]s$/.test(before?.text ?? '');
}
