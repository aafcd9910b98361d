// Round 19: a talks role that heads the subject of a saying verb names the speaker, not talks held; and a name in
// apposition with a possessive ("the mediator, Tarn's special envoy Ada Fenn, announced") leaves the verb finite
// (holdout16: a mediator's announcement that a round was put back was read as talks). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 19: the mediator who speaks', () => {
  it('makes a statement', () => {
    const s = 'The round had been due to open on 12 May, but the mediator, Tarn’s special envoy Ada Fenn, announced on 8 May that it would be put back by four days.';
    expect(kind(s, 'on 8 May')).toBe('statement');
    expect(kind('The mediator, Osk’s former premier Lena Vos, said on Monday that both sides had agreed to meet.', 'on Monday')).toBe('statement');
  });
  it('but a mediator mediating, or met, is talks', () => {
    expect(kind('The mediator shuttled between the delegations on Monday to broker a truce.', 'on Monday')).toBe('talks');
    expect(kind('Rebel leaders met the mediator in Tarn on 4 May.', 'on 4 May')).toBe('talks');
  });
});
