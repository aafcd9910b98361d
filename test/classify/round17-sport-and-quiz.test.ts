// Round 17 (issue 4): sport and quiz claims are no developments. Holdout14: "… United won 3-1 at … on Saturday, and
// the Northern League meets on Friday to redraw the fixture list" (talks), "the derby … has been called off …, the
// league said yesterday" (a statement), "True or false: the force deployed in 2032." (troops). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 17: sport', () => {
  it("a game's meetings and sayings are none of ours", () => {
    expect(kind('Elsewhere: Harrow Rovers won 2-0 at Pellford on Sunday, and the Southern League meets on Thursday to settle the date of the replay.', 'on Thursday')).toBeNull();
    expect(kind('The cup derby against Osk City, due on Sunday, has been postponed again, the league said on Tuesday.', 'on Tuesday')).toBeNull();
    expect(kind('After a 3-1 defeat on Saturday, the coach said on Monday that he would stay.', 'on Monday')).toBeNull();
  });

  it('a league of states, a vote tally, an attack near a ground stay', () => {
    expect(kind('The Arab League meets on Thursday to discuss the border crisis.', 'on Thursday')).toBe('talks');
    expect(kind('The league of border towns said on Tuesday that the road was closed.', 'on Tuesday')).toBe('statement');
    expect(kind('The council voted 9-6 on Tuesday to extend the mandate, the chairman said.', 'on Tuesday')).toBe('statement');
    expect(kind('Drones hit the stadium on Saturday before the derby, police said.', 'on Saturday')).toBe('attack');
  });
});

describe('round 17: a claim offered for judging', () => {
  it('tells nothing', () => {
    expect(kind('True or false: the mission deployed in 2031.', 'in 2031')).toBeNull();
    expect(kind('Fact or fiction: the ceasefire was signed on 3 May.', 'on 3 May')).toBeNull();
  });

  it('unless the words are no quiz opening', () => {
    expect(kind('True to its word, the mission deployed in 2031.', 'in 2031')).toBe('troops');
    expect(kind('The envoy said on Monday that the claim was false.', 'on Monday')).toBe('statement');
    expect(kind('The mission deployed in 2031, true to its word.', 'in 2031')).toBe('troops');
  });
});
