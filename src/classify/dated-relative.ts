// Whether a cue in a reduced relative clause with a date of its own belongs to that date only: "Three engineers
// kidnapped from a dam site in January were released on Friday" tells a kidnapping in January and a release on Friday;
// the kidnapping is not Friday's. (reduced-relative.ts finds the clause; a date inside it is its own.) Round 21
// (probes of our own: a hostage release was read as an attack on its day).

import type { Token } from '../nlp/wink.js';
import { reducedRelative } from './reduced-relative.js';

interface Span { start: number; end: number }

/**
 * The cue over `first`…`last` stands in a reduced relative ("engineers kidnapped … in January were released",
 * "soldiers wounded in an ambush in March were decorated"), another date of the sentence stands inside that clause,
 * and the date at character `near` comes after the clause's own verb: the cue is that other date's.
 */
export function datedReducedRelative(toks: readonly Token[], first: number, last: number, near: number, otherDates: readonly Span[]): boolean {
  for (let v = first; v >= 0 && v >= first - 8; v--) {
    if (toks[v]!.pos === 'PUNCT' || !reducedRelative(toks, v)) continue;
    let f = v + 1;
    while (f < toks.length && !(toks[f]!.pos === 'AUX' || (toks[f]!.pos === 'VERB' && !['ADP', 'DET'].includes(toks[f - 1]!.pos)))) f++;
    const verb = toks[f];
    if (!verb || last >= f || near < verb.start) return false;
    const from = toks[v]!.end;
    return otherDates.some((span) => span.start >= from && span.start < verb.start);
  }
  return false;
}
