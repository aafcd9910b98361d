// Round 17b, review mends in classification: a meeting "called by" someone is the meeting, not its putting off.
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 17b: the passive putting off needs "back" or "off" after put, pushed, called', () => {
  it('"was called by" is no putting off', () => {
    expect(kind('A crisis meeting was called by the Gulf Council on 3 May.', 'on 3 May')).toBe('talks');
  });
  it('"put back", "pushed back", "called off", "postponed" by an agent still are', () => {
    expect(kind('The third round was put back a fortnight by the mediator on 3 May.', 'on 3 May')).toBe('statement');
    expect(kind('The summit was called off by the host on 3 May.', 'on 3 May')).toBe('statement');
    expect(kind('The talks were pushed back by the envoy on 3 May.', 'on 3 May')).toBe('statement');
    expect(kind('The talks were postponed by the envoy on 3 May.', 'on 3 May')).toBe('statement');
  });
});
