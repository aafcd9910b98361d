// Round 16b (issue 4): a force's or mission's strength told in people ("Today the mission has about 1,700 people
// left", "At its height, in September 2032, the … Mission had some 2,600 people in the gorge", holdout13). Sentences
// of our own, on an invented monitoring mission in the Kessel hills.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 16b: a force or mission counted in people', () => {
  it('is the force\'s strength at the date', () => {
    expect(kind('This week the monitoring mission has about 640 people left in the hills.', 'This week')).toBe('troops');
    expect(kind('In March 2029 the Kessel Verification Mission had some 1,150 people on the ground.', 'In March 2029')).toBe('troops');
    expect(kind('By June the force still had roughly 900 people at the two camps.', 'By June')).toBe('troops');
  });

  it('not people counted by something else, nor people killed or helped', () => {
    expect(kind('In March the camp had some 2,000 people sleeping in tents.', 'In March')).toBeNull();
    expect(kind('In March the clinic has seen 1,200 people.', 'In March')).toBeNull();
    expect(kind('In March the mission has helped 1,700 people go home.', 'In March')).toBeNull();
    expect(kind('By June the town had about 9,000 people.', 'By June')).toBeNull();
  });
});
