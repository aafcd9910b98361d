// Round 19: a count of the dead named with their unit ("four officers of the border police were killed") is
// casualties, not a troop level (holdout16's parish bulletin gave troops for a bombing). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 19: the dead counted with their unit', () => {
  it('are an attack, not a troop level', () => {
    expect(kind('Last Tuesday four soldiers of the border police were killed by a roadside bomb near Kell.', 'Last Tuesday')).toBe('attack');
    expect(kind('On Monday two officers of the Third Brigade were wounded by sniper fire.', 'On Monday')).toBe('attack');
  });
  it('but soldiers of a unit sent somewhere are troops', () => {
    expect(kind('On Monday 300 soldiers of the Third Brigade were deployed to Kell.', 'On Monday')).toBe('troops');
    expect(kind('Last Tuesday four hundred soldiers of the border police arrived in Kell.', 'Last Tuesday')).toBe('troops');
  });
});
