// Whether a noun of a development only bounds a stretch of time counted between two of them: "Three days between the
// two meetings", "a gap of a week between the rounds", "the lull between the first and second attacks". The count
// measures time between developments already told; it tells none at the sentence's date (holdout17: a chat remark
// "three days between the two meetings" was talks on its timestamp). Kept apart from find-cues. Round 20.

import type { Token } from '../nlp/wink.js';
import { MONTH_WORD, WEEKDAY_WORD } from '../dates/words.js';

/** Words for the stretch counted: a unit of time or a gap. */
const STRETCHES = new Set('minutes hours days weeks months years day week month year gap gaps interval lull pause break'.split(' '));

/**
 * The noun cue at `i` ends "… <stretch> between [the] [two | first and second …] <noun>": a time unit or a gap right
 * before "between", over a determiner, figures, ordinals and "and". Not "talks between the two sides on Monday" (no
 * stretch before "between"), "fighting between the two armies" (the noun is no development then anyway).
 */
export function countedBetween(toks: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 6 && (['DET', 'NUM', 'ADJ'].includes(toks[k]!.pos) || toks[k]!.normal === 'and')) k--;
  if (toks[k]?.normal !== 'between') return false;
  // ("a gap of three days between": the unit is still right before it.)
  return STRETCHES.has(toks[k - 1]?.normal ?? '') && !datedByRelative(toks, i);
}

const DAY_WORD = new RegExp(String.raw`^(?:${MONTH_WORD}|${WEEKDAY_WORD})$`, 'i');

/**
 * The noun at `i` is dated by a relative clause of its own: "between the two meetings in Harl, which were held on 2
 * March and 5 March". The clause tells the developments at their days; only the stretch is vetoed, not them. Round 20
 * mend. (Over a place after the noun: "in Harl"; the clause runs to the sentence's end or its next stop.)
 */
function datedByRelative(toks: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k < toks.length && k <= i + 5 && (toks[k]!.pos === 'ADP' || toks[k]!.pos === 'PROPN' || toks[k]!.pos === 'DET')) k++;
  if (toks[k]?.text === ',') k++;
  if (!['which', 'that'].includes(toks[k]?.normal ?? '')) return false;
  for (let j = k + 1; j < toks.length && !/^[;:.!?]$/.test(toks[j]!.text); j++) if (DAY_WORD.test(toks[j]!.text)) return true;
  return false;
}
