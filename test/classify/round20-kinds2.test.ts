// Round 20 (second pass): tellings read at the right date as another kind, in sentences of our own. A body of troops
// named with a place after it still goes home; a speaker's label ("Mr Vos:") before "On Friday the council decided"
// leaves the council its speaker.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 20b: troops going home', () => {
  it('a force named with its place still goes home', () => {
    expect(kind('The soldiers at the northern camp will go home by the end of the year.', 'by the end')).toBe('troops');
    expect(kind('The sailors on the two frigates returned home in June.', 'in June')).toBe('troops');
  });
  it('but not people who are no troops', () => {
    expect(kind('The minister at the embassy will go home on Friday.', 'on Friday')).toBeNull();
    expect(kind('The fans at the stadium went home in June.', 'in June')).toBeNull();
  });
});

describe('round 20b: a speaker label before a dated clause', () => {
  it('the body after "On Friday" speaks, with a label before it', () => {
    expect(kind('Mr Vos: On Friday the council decided that the force should be cut.', 'On Friday')).toBe('statement');
    expect(kind("MINISTER: On Tuesday the alliance's council agreed that the mission should end.", 'On Tuesday')).toBe('statement');
  });
  it('an anonymous source after the weekday still only attributes', () => {
    expect(kind('Mr Vos: On Friday police said the convoy had been delayed.', 'On Friday')).toBeNull();
  });
});

describe('round 20b: an abbreviation in brackets after the subject', () => {
  it('the force before "(XSF)" is what deploys', () => {
    expect(kind('The Coastal Stabilisation Force (CSF) deployed on 4 May 2030 at the request of the government.', 'on 4 May')).toBe('troops');
  });
  it('a ministry before its abbreviation deploys no troops', () => {
    expect(kind('The Ministry of Transport (MoT) deployed a new ticket system on 4 May 2030.', 'on 4 May')).not.toBe('troops');
  });
});

describe('round 20b: the date inside a stance\'s object', () => {
  it('a relative clause after the date puts the date in the noun phrase it goes back to', () => {
    expect(kind('The envoy condemned the shelling of the market on 3 June, in which nine people died.', 'on 3 June')).toBe('attack');
    expect(kind('The minister condemned the ambush on Monday, which killed four.', 'on Monday')).toBe('attack');
  });
  it('without the relative clause the date is the stance\'s', () => {
    expect(kind('The envoy condemned the shelling of the market on 3 June.', 'on 3 June')).toBe('statement');
    expect(kind('The minister condemned the ambush on Monday and called for calm.', 'on Monday')).toBe('statement');
    expect(kind('The minister condemned on Monday the ambush, in which four died.', 'on Monday')).toBe('statement');
  });
  it('a gerund object is the stance\'s as a noun object is', () => {
    expect(kind('The militia denied carrying out the ambush on Monday.', 'on Monday')).toBe('statement');
    expect(kind('The militia denied the ambush on Monday.', 'on Monday')).toBe('statement');
  });
  it('a gerund that is no stance\'s object keeps its own kind', () => {
    expect(kind('The militia began carrying out raids on Monday.', 'on Monday')).toBe('attack');
  });
});

describe('round 20b: private kin meeting an official', () => {
  it('the kin of private people hold no talks', () => {
    expect(kind("Three sailors' widows met the defence minister on Friday.", 'on Friday')).toBeNull();
    expect(kind("The victim's mother met the governor on Friday.", 'on Friday')).toBeNull();
  });
  it('the kin of an office-holder, or an official, still meet', () => {
    expect(kind("The President's brother met the rebel leaders on Friday.", 'on Friday')).toBe('talks');
    expect(kind('The defence minister met the rebel leaders on Friday.', 'on Friday')).toBe('talks');
  });
});
