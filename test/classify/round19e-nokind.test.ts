// Round 19e, tellings with a date but no kind at it (holdout12, read): a state's company or detachment going home,
// tested on sentences of our own (an invented mission of Pelland and Osgary on an island), with sentences the rule
// must leave alone: a theatre's, a firm's or a team's company going home, or a company with no state named.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;

describe('round 19e: a state’s company or detachment goes home', () => {
  it('is a withdrawal of troops', () => {
    expect(kind('The Pellandian companies go home in early October.', 'in early October')).toBe('troops');
    expect(kind('The Osgarian detachment flew home on 12 March, a week after the handover.', 'on 12 March')).toBe('troops');
    expect(kind('After six months on the island, the Pellandish companies will sail home in late May.', 'in late May')).toBe('troops');
  });
  it('not a theatre’s, a firm’s or a team’s company, nor a company of no state', () => {
    expect(kind('The Pellandian dance companies go home in early October after the festival.', 'in early October')).toBeNull();
    expect(kind('The Osgarian shipping companies went home on 12 March.', 'on 12 March')).toBeNull();
    expect(kind('The two companies went home on 12 March after a long day of bargaining over the contract.', 'on 12 March')).toBeNull();
    expect(kind('The Pellandian company went home early on 12 March after the match.', 'on 12 March')).toBeNull();
  });
});
