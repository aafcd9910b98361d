// Round 17 (issue 4), four smaller kinds classes from the read sets: armed craft arriving are a force's move
// ("two … patrol aircraft arrived at … airfield on 20 February", holdout11, missed); what a force holds for others
// handed to the police is no handover of a post ("fragments handed to … police", holdout14); the wounded moved are
// no attack ("Wounded moved to … by road", holdout14); talks put off in the passive by an agent are the agent's
// announcement ("The second round … was put back a week by … on 5 December after the bombing", holdout14, read as
// the bombing). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 17: armed craft arriving', () => {
  it('are troops', () => {
    expect(kind('In the meantime, two Norlandic patrol aircraft arrived at Pell airfield on 20 February and have flown thirty sorties since.', 'on 20 February')).toBe('troops');
    expect(kind('Four fighter jets landed at Pell on 20 February.', 'on 20 February')).toBe('troops');
  });
  it('not an airliner, nor a delegation by plane', () => {
    expect(kind('Two cargo aircraft arrived at Pell airfield on 20 February with grain.', 'on 20 February')).not.toBe('troops');
    expect(kind('The envoy arrived at Pell airfield on 20 February.', 'on 20 February')).toBe('talks');
  });
});

describe('round 17: what a force holds, handed on', () => {
  it('is no handover', () => {
    expect(kind('09 Jan 07:15 – Engineers clear debris; fragments handed to Pell police.', '09 Jan')).toBeNull();
    expect(kind('The army handed the suspects to the police on 3 May.', 'on 3 May')).toBeNull();
  });
  it('a post handed over still is', () => {
    expect(kind('The army handed the checkpoint to the police on 3 May.', 'on 3 May')).toBe('troops');
  });
});

describe('round 17: the wounded moved', () => {
  it('are no attack', () => {
    expect(kind('14 Jan 09:00 – Wounded moved to Osk by road.', '14 Jan')).toBeNull();
  });
  it('the wounding still is', () => {
    expect(kind('Two guards were wounded on 14 January when a grenade hit the gate.', 'on 14 January')).toBe('attack');
  });
});

describe('round 17: talks put off in the passive, by an agent', () => {
  it("are the agent's announcement", () => {
    expect(kind('The second round, due on 11 December, was put back a week by Brisk on 5 December after the bombing.', 'on 5 December')).toBe('statement');
    expect(kind('The talks were postponed by the mediator on Monday.', 'on Monday')).toBe('statement');
  });
  it('not a span of time, nor a fight put off', () => {
    expect(kind('The talks were postponed by a week on Monday.', 'on Monday')).not.toBe('statement');
    expect(kind('The offensive was called off by the general on Monday.', 'on Monday')).not.toBe('statement');
  });
});
