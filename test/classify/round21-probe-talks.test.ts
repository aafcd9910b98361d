// Round 21, third kinds pass (talks): failures found by probing with articles of our own. Every sentence here is
// our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { tokens } from '../../src/nlp/wink.js';
import { untakenEvent } from '../../src/classify/untaken-event.js';

const kind = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;

describe('round 21 probes: a club\'s or a company\'s own meeting is no talks', () => {
  it('clubs, shareholders, a company board, sales staff meeting buyers', () => {
    expect(kind('The chess club met on Wednesday in the library.', 'on Wednesday')).toBeNull();
    expect(kind('The rotary club met on Tuesday to plan its charity dinner.', 'on Tuesday')).toBeNull();
    expect(kind('Shareholders met on Thursday to approve the merger.', 'on Thursday')).toBeNull();
    expect(kind('The board of Sallow Shipping met on Monday to review insurance costs.', 'on Monday')).toBeNull();
    expect(kind('Sales representatives of the exporters met buyers at the trade fair on 14 July.', 'on 14 July')).toBeNull();
    expect(kind('Sales staff of Norvish exporters met buyers at the autumn fair on 3 October.', 'on 3 October')).toBeNull();
  });
  it('but a company meeting someone public, or a public body, holds talks', () => {
    expect(kind('Managers of the mining company and army commanders met on Monday to discuss convoy security.', 'on Monday')).toBe('talks');
    expect(kind('The board of Sallow Shipping met the defence minister on Monday.', 'on Monday')).toBe('talks');
    expect(kind('Investors met President Olsen on Monday to discuss the port deal.', 'on Monday')).toBe('talks');
    expect(kind('The envoy met members of the rebel delegation on Friday.', 'on Friday')).toBe('talks');
  });
});

describe('round 21 probes: talks the sentence says never took place', () => {
  it('a plan\'s date under "never took place", "did not take place", "never happened"', () => {
    expect(kind('Talks between the parties, expected on Thursday, never took place.', 'on Thursday')).toBeNull();
    expect(kind('The meeting planned for Monday did not take place.', 'Monday')).toBeNull();
    expect(kind('A summit due on 3 September never happened.', 'on 3 September')).toBeNull();
    expect(kind('The round of talks set for 12 May was never held.', '12 May')).toBeNull();
  });
  it('but talks that took place, or a negation in another clause, stay', () => {
    expect(kind('Talks between the parties took place on Thursday in the capital.', 'on Thursday')).toBe('talks');
    expect(kind('The meeting on Monday went ahead, though the rebels had said it would not take place.', 'on Monday')).toBe('talks');
    const s = tokens('The summit on Friday ended, and a second one never happened.');
    expect(untakenEvent(s, s.findIndex((t) => t.normal === 'summit'))).toBe(false);
  });
});

describe('round 21 probes: a video conference is a call', () => {
  it('held a video conference, a videoconference, spoke by video link', () => {
    expect(kind('The defence ministers held a video conference on Tuesday.', 'on Tuesday')).toBe('talks');
    expect(kind('The presidents held a videoconference on Monday.', 'on Monday')).toBe('talks');
    expect(kind('The two leaders spoke by video link on Tuesday.', 'on Tuesday')).toBe('talks');
  });
  it('but a video shown or a conference room is none', () => {
    expect(kind('The ministry released a video on Tuesday.', 'on Tuesday')).toBeNull();
    expect(kind('The new conference hall opened on Monday.', 'on Monday')).toBeNull();
  });
});
