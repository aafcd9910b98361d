// Round 18c: a classification's cue is found in its sentence as whole words ("met" is not the "met" of "helmets"),
// in every check that asks where the cue stands. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { cueAt, cueSpan } from '../../src/extract/cue-at.js';
import { inProgress } from '../../src/extract/extract-mentions.js';

describe('round 18c: where a cue stands', () => {
  it('finds the cue as whole words, not inside another word', () => {
    const s = 'Guards in new helmets met the Osk envoy at the bridge on Tuesday.';
    expect(cueAt(s, 'met')).toBe(s.indexOf(' met ') + 1);
    expect(cueSpan(s, 'met')).toEqual({ start: s.indexOf(' met ') + 1, end: s.indexOf(' met ') + 4 });
    expect(cueAt('The farmsteads burned; arms were seized.', 'arms')).toBe(23);
  });

  it('counts from `from`, and falls back to a substring where the cue is no whole word', () => {
    expect(cueAt('They met on Monday and met again on Friday.', 'met', 6)).toBe(23);
    expect(cueAt('A rocket-strike hit the depot.', 'strike')).toBe(9);
    expect(cueAt('Nothing of the kind.', 'met')).toBe(-1);
  });

  it('a progressive is the cue\'s where the cue stands as its own word', () => {
    // (A bare indexOf found "leaving" inside "cleaving", and missed the force's own progressive.)
    expect(inProgress('After the cleaving of the island, the force is now leaving.', 'leaving')).toBe(true);
    expect(inProgress('After the cleaving of the island, the force has now left.', 'left')).toBe(false);
  });
});
