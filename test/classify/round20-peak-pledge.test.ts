// Round 20: a force reaching its peak is its level at that date; undertaking to do something is a pledge. Sentences
// of our own, with sentences the rules must not fire on.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 20: a force reaching its peak', () => {
  it('counted in troops in an apposition or a "with" phrase, or a force heading the subject', () => {
    expect(kind('In 2019 the brigade reached its peak strength, some 4,200 soldiers.', 'In 2019')).toBe('troops');
    expect(kind('The operation reached its largest size in 2021, with about 900 personnel.', 'in 2021')).toBe('troops');
    expect(kind('In 2021 the observer mission reached its greatest size.', 'In 2021')).toBe('troops');
  });
  it('not a river, sales, a festival or a toll', () => {
    expect(kind('The river reached its peak on Monday.', 'on Monday')).toBeNull();
    expect(kind('Sales reached their highest level in 2021, with about 900 shops.', 'in 2021')).toBeNull();
    expect(kind('In 2021 the trade mission reached its largest size.', 'In 2021')).toBeNull();
    expect(kind('In March the toll reached its highest, with 40 soldiers killed.', 'In March')).not.toBe('troops');
  });
});

describe('round 20: undertaking to do something', () => {
  it('is a pledge, a statement', () => {
    expect(kind('On 2 June the rebel commander undertook to withdraw his fighters from the pass.', 'On 2 June')).toBe('statement');
  });
  it('not undertaking a task, nor an undertaking given to someone', () => {
    expect(kind('On 2 June the council undertook a survey of the roads.', 'On 2 June')).toBeNull();
    expect(kind('On 2 June the firm undertook to the court that it would pay.', 'On 2 June')).toBeNull();
  });
});
