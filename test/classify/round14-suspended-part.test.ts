// Round 14b: a party suspending its part in named talks announces it (a statement), even with the talks named after
// the verb nearer the date; sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const at = (s: string, date: string) => classifySentence(s, s.indexOf(date));

describe('round 14b: suspending one\'s part in named talks', () => {
  it('is a statement, not the talks it names', () => {
    expect(at('The Lowland Front suspended its participation in the border negotiations on Thursday.', 'on Thursday')?.type).toBe('statement');
    expect(at('The union ended its involvement in the dialogue with the army on 9 June.', 'on 9 June')?.type).toBe('statement');
  });

  it('not suspending the talks themselves, nor taking part in them', () => {
    expect(at('The mediators suspended the border negotiations on Thursday.', 'on Thursday')?.type).toBe('talks');
    expect(at('Both delegations confirmed their participation in the talks on Thursday.', 'on Thursday')?.type).toBe('talks');
  });
});
