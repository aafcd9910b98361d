// A development its own sentence says never happened: "Talks between the parties, expected on Thursday, never took
// place", "The meeting planned for Monday did not take place", "A summit due on 3 September never happened". The
// noun is the subject of a negated verb of happening, so its date is a plan's, no development's. Round 21, probes of
// our own.

import type { Token } from '../nlp/wink.js';

/** Verbs of happening after "not"/"never": "take place", "happen", "materialise", "be held", "go ahead", "convene". */
function happening(toks: readonly Token[], k: number): boolean {
  let j = k;
  while (toks[j]?.pos === 'ADV' || /^(?:be|been|was|were|get|got)$/.test(toks[j]?.normal ?? '')) j++;
  const t = toks[j]?.normal ?? '';
  if (/^(?:take|takes|took|taken|taking)$/.test(t)) return toks[j + 1]?.normal === 'place';
  if (/^(?:go|goes|went|gone)$/.test(t)) return toks[j + 1]?.normal === 'ahead';
  return /^(?:happen|happens|happened|materiali[sz]e|materiali[sz]ed|materiali[sz]es|occur|occurs|occurred|held|convene|convened|convenes)$/.test(t);
}

/**
 * The noun cue ending at `last` is the subject of "never"/"not" and a verb of happening, with only modifiers between
 * (a participle's aside: ", expected on Thursday,", "planned for Monday"); no "that", ";", "and"/"but" or finite
 * verb of another clause between.
 */
export function untakenEvent(toks: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < toks.length && k <= last + 14; k++) {
    const t = toks[k]!;
    if (/^(?:never|not|n't)$/.test(t.normal)) return happening(toks, k + 1);
    if (t.normal === 'that' || t.normal === 'and' || t.normal === 'but' || t.text === ';' || /^["“”]$/.test(t.text)) return false;
    // (Only the auxiliary carrying the negation: "did not", "has never", "was not".)
    if (t.pos === 'AUX' && !/^(?:not|n't|never)$/.test(toks[k + 1]?.normal ?? '')) return false;
  }
  return false;
}
