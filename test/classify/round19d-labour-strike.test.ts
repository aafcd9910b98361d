// Round 19d: a workforce that strikes stops work (src/classify/labour-strike.ts); the verb "strike" with an object, or
// with troops as its subject, stays an attack. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kindAt = (sentence: string, date: string) => classifySentence(sentence, sentence.indexOf(date))?.type ?? null;

describe('round 19d: the verb "strike" of a workforce', () => {
  it('is no attack when a workforce strikes with no object', () => {
    expect(kindAt('Members of the union voted on Thursday to strike.', 'on Thursday')).not.toBe('attack');
    expect(kindAt('The teachers said they would strike on 3 July.', 'on 3 July')).not.toBe('attack');
    expect(kindAt('Dockworkers struck on Monday over pay.', 'on Monday')).not.toBe('attack');
  });

  it('stays an attack with an object, or with troops or rebels striking', () => {
    expect(kindAt('African Union troops struck on Monday near the border.', 'on Monday')).toBe('attack');
    expect(kindAt('Rebels struck on 4 June, killing three soldiers.', 'on 4 June')).toBe('attack');
    expect(kindAt('Jets struck the depot on Tuesday.', 'on Tuesday')).toBe('attack');
  });
});
