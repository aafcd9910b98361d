// Round 16b (issue 4): a company, unit or team named by its arm is a unit of a force ("its two rifle companies would
// stay until mid-July and then go home", holdout12; "a … helicopter unit is due to arrive later this month",
// holdout13; "the … radar team … will fly home", holdout10). Sentences of our own, on an invented garrison in Lusk.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 16b: a unit named by its arm', () => {
  it('moves as troops do', () => {
    expect(kind('Brannor says its rifle company will go home in late October.', 'in late October')).toBe('troops');
    expect(kind('A Brannorian helicopter unit arrived in Lusk on 2 May.', 'on 2 May')).toBe('troops');
    expect(kind('On Friday the signals team flew home from Lusk.', 'On Friday')).toBe('troops');
  });

  it('not a firm, a clinic or an airline', () => {
    expect(kind('A Brannorian helicopter company arrived in Lusk on 2 May to bid for the contract.', 'on 2 May')).not.toBe('troops');
    expect(kind('On Friday the medical team flew home from Lusk.', 'On Friday')).toBeNull();
    expect(kind('The security company went home in late October after its contract ended.', 'in late October')).toBeNull();
  });
});
