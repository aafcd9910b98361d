// Round 19d: the round-19 wordings of dated tellings with no kind (nokind-cues.ts) fired on other senses of their
// words. Sentences of our own; each rule's positive cases stay in round19-nokind.test.ts.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const at = (s: string, d: string, p?: string) => classifySentence(s, s.indexOf(d), p)?.type ?? null;

describe('round 19d: "it" for a force', () => {
  it('not a trade or space mission, a force named only in a phrase, nor a brigade "closing"', () => {
    expect(at('It ends on Friday.', 'on Friday', 'The fishing mission landed in Oslo on Monday.')).toBeNull();
    expect(at('It is due to end in 2031.', 'in 2031', "The agency's comet mission was launched in 2024.")).toBeNull();
    expect(at('It will close at the end of August.', 'at the end of August', 'The gallery opened a show on the peacekeeping mission in March.')).toBeNull();
    expect(at('It closed in April.', 'in April', 'The battalion was camped beside the old brickworks until March.')).toBeNull();
    expect(at('Today it has about 30 staff.', 'Today', 'The UN mission had about 700 troops there, but the relief agency beside it was cut back.')).toBeNull();
  });
  it('still a force with troops counted', () => {
    expect(at('Today it has about 900, and by the end of May it will be down to 500.', 'Today', 'The mission has 1,100 peacekeepers.')).toBe('troops');
  });
});

describe('round 19d: a bare "60 more" sent', () => {
  it('counts what was last counted, not troops named further back', () => {
    expect(at('The school sent 40 more on Friday.', 'on Friday', 'Soldiers’ wives knitted 300 scarves for the garrison.')).toBeNull();
    expect(at('The charity sent 40 more boxes on Friday.', 'on Friday', 'The army has 300 soldiers in the valley.')).toBeNull();
    expect(at('Tarnow sent 40 more on Friday.', 'on Friday', 'The army has 300 soldiers in the valley.')).toBe('troops');
  });
});

describe('round 19d: rounds held', () => {
  it('not of a contest or an election', () => {
    expect(at('Rounds were held on 4 May and 9 June, and the young boxer won both on points.', 'on 4 May')).toBeNull();
    expect(at('Rounds began on Friday in strong wind.', 'on Friday', 'The golf tournament lasted four days.')).toBeNull();
    expect(at('Rounds resumed on Tuesday in Vienna between the two delegations.', 'on Tuesday')).toBe('talks');
  });
});

describe('round 19d: time spent with someone', () => {
  it('not with fans, fighters or a doctor', () => {
    expect(at('The mayor spent Saturday with Ajax supporters at the stadium.', 'Saturday')).toBeNull();
    expect(at('The colonel spent two months with the Yazidi volunteers in 2018.', 'in 2018')).toBeNull();
    expect(at('The injured corporal spent a week with Dr Lena Holt at the clinic in May.', 'in May')).toBeNull();
    expect(at('The envoy spent an hour with President Ode Varn this morning.', 'this morning')).toBe('talks');
  });
});

describe('round 19d: agreements and acceptances', () => {
  it('not fiscal frameworks, a landlord, or a transfer', () => {
    expect(at("The bloc's new spending framework was agreed on 3 May after long haggling.", 'on 3 May')).toBeNull();
    expect(at('An understanding was reached on Monday with the builder over the delay.', 'on Monday')).toBeNull();
    expect(at('Both clubs accepted the terms of the loan deal on Friday.', 'on Friday')).toBeNull();
    expect(at('The Harbour Framework was agreed on 3 May.', 'on 3 May')).toBe('talks');
  });
});

describe('round 19d: a body voting', () => {
  it('an assembly, dated at its vote only', () => {
    expect(at('The senate voted on Tuesday to pass the plan for next year.', 'on Tuesday')).toBe('statement');
    expect(at('The senate voted on Tuesday to pass the plan for next year.', 'next year')).toBeNull();
  });
  it('not a board or a jury', () => {
    expect(at('The board voted unanimously on Monday to raise fees.', 'on Monday')).toBeNull();
    expect(at('The jury voted on Wednesday to give the award to a debut.', 'on Wednesday')).toBeNull();
  });
});
