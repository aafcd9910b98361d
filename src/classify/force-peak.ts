// Whether a sentence counts a force's people: a figure with a troop word after it ("about 1,900 troops", "with
// 1,350 personnel"), not its dead or wounded ("40 soldiers killed"). What makes a peak reached a force's level
// (FORCE_PEAK in nokind-cues.ts): "the river reached its peak" counts no troops. Round 20.

import type { Token } from '../nlp/wink.js';
import { TROOP_WORDS } from './vocabulary.js';

const TROOPS = new Set(TROOP_WORDS.split('|').filter((w) => w !== 'helmets' && w !== 'boots'));
/** What befalls people counted as casualties, right after their noun. */
const HARMED = new Set('killed dead wounded injured hurt missing captured died lost'.split(' '));

/** A figure of ten or more with a troop noun within three tokens after it, past adjectives, and no harm after. */
export function countsTroops(toks: readonly Token[]): boolean {
  return toks.some((t, k) => {
    if (t.pos !== 'NUM' || !/^\d[\d,]*$/.test(t.text) || Number(t.text.replace(/,/g, '')) < 10) return false;
    for (let j = k + 1; j < toks.length && j <= k + 3; j++) {
      const n = toks[j]!;
      if (n.pos === 'ADJ') continue;
      if (!TROOPS.has(n.normal) || (n.pos !== 'NOUN' && n.pos !== 'PROPN')) return false;
      return !HARMED.has(toks[j + 1]?.normal ?? '') && !HARMED.has(toks[j + 2]?.normal ?? '');
    }
    return false;
  });
}
