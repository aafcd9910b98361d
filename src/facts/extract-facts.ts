// The facts a sentence states: who (actors), where (places), how many (quantities) and what was said (quotes).
// Each part has its own module; this one tokenises once and hands the same tokens to all of them.

import type { Facts } from '../types.js';
import { tokens } from '../nlp/wink.js';
import { findNames, type Name } from './find-names.js';
import { findQuantities } from './find-quantities.js';
import { findQuotes } from './find-quotes.js';

/** Drop names that only repeat part of a fuller one in the same sentence ("Hussein" after "Fuad Hussein") and
 * acronyms of a name spelled out beside them ("PMF" with "Popular Mobilization Forces"). */
function distinct(names: readonly string[]): string[] {
  const initials = (n: string) =>
    n
      .split(/[\s-]+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join('');
  const out: string[] = [];
  for (const n of names) {
    if (out.includes(n)) continue;
    const longer = names.some((m) => m !== n && (m.endsWith(` ${n}`) || m.endsWith(`-${n}`) || (/^[A-Z]{2,}$/.test(n) && initials(m) === n)));
    if (!longer) out.push(n);
  }
  return out;
}

/** Actors, places, quantities and quotations named in one sentence. */
export function extractFacts(sentence: string): Facts {
  const toks = tokens(sentence);
  const names: Name[] = findNames(sentence, toks);
  return {
    actors: distinct(names.filter((n) => n.role === 'actor').map((n) => n.text)),
    places: distinct(names.filter((n) => n.role === 'place').map((n) => n.text)),
    quantities: findQuantities(sentence, toks),
    quotes: findQuotes(sentence, names, toks),
  };
}
