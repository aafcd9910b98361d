// Whether a weapon word names a trade that deals with the weapon, not the weapon used: "a bomb-disposal company", "the
// bomb squad", "explosive ordnance disposal experts", "the bomb people". Such a unit arriving, leaving or clearing a
// road is no attack (ACLED codes mine and bomb clearance as no event; a unit's movement is the troops kind's). Kept
// apart from find-cues, which only asks the question. Round 19.

import type { Token } from '../nlp/wink.js';

/** Weapons that a trade makes safe: what bomb-disposal and mine-clearance units deal with. */
const DEFUSED = new Set('bomb bombs mine mines explosive explosives ordnance ied ieds munition munitions device devices uxo'.split(' '));

/** What names the trade or its people after such a weapon word: "disposal", "squad", "experts", "people". */
const TRADES = new Set(
  'disposal clearance clearing removal detection detector detectors squad squads people expert experts technician technicians specialist specialists team teams unit units dog dogs robot robots'.split(' '),
);

/**
 * The weapon word at `last` (a cue's last token) modifies a trade noun after it, over a tight hyphen and further
 * weapon words: "bomb-disposal", "bomb squad", "explosive ordnance disposal". Not "bomb attack", "bomb blast", "a
 * bomb went off": the word after names no trade.
 */
export function weaponTrade(toks: readonly Token[], last: number): boolean {
  if (!DEFUSED.has(toks[last]?.normal ?? '')) return false;
  let k = last + 1;
  for (; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text === '-' || DEFUSED.has(t.normal)) continue;
    break;
  }
  const head = toks[k];
  return !!head && head.pos !== 'VERB' && TRADES.has(head.normal);
}
