// Round 21: who arrives decides what an arrival is (holdout18's misses, in sentences of our own). A crew, a crowd or a
// count of a group travels and pays no visit; a state's engineers are a unit of its force; a Mission whose own
// stretch of the sentence counts troops is a force.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 21: crews and crowds pay no visit', () => {
  it('workers, technicians, volunteers arriving or coming to work', () => {
    expect(kind('Workers came to clear the rubble on Monday.', 'on Monday')).toBeNull();
    expect(kind('A team of technicians flew in on Monday to repair the pumping station.', 'on Monday')).toBeNull();
    expect(kind('Volunteers travelled to the border on Friday to hand out blankets.', 'on Friday')).toBeNull();
    expect(kind('Doctors from the capital arrived at the camp on Thursday.', 'on Thursday')).toBeNull();
  });
  it('a count taken from a group told before', () => {
    expect(kind('On Wednesday three of them came to paint the clinic.', 'On Wednesday')).toBeNull();
    expect(kind('Some of us travelled to the coast on 4 June.', 'on 4 June')).toBeNull();
  });
  it('but a leader, an envoy or a delegation still visits', () => {
    expect(kind('The minister came to Osk on Friday to open the bridge.', 'on Friday')).toBe('talks');
    expect(kind('A team of negotiators flew in on Monday.', 'on Monday')).toBe('talks');
    expect(kind('Two of the envoys arrived in Tarsk on Monday.', 'on Monday')).toBe('talks');
    expect(kind('The delegation, which arrived on Monday, met Renn.', 'on Monday')).toBe('talks');
    expect(kind('Senators arrived in Osk on Monday.', 'on Monday')).toBe('talks');
  });
});

describe("round 21: a state's engineers are troops", () => {
  it('named by a demonym, a possessive state or an army, with a force in the sentence', () => {
    expect(kind('The Bangladeshi engineers of the mission, who arrived in Bor on 17 January, began work on the road.', 'on 17 January')).toBe('troops');
    expect(kind("Osk's engineers arrived at the base on Friday.", 'on Friday')).toBe('troops');
    expect(kind('Army engineers left the valley on 3 May.', 'on 3 May')).toBe('troops');
  });
  it('not engineers of a firm', () => {
    expect(kind('Engineers from the company arrived on Tuesday to inspect the bridge.', 'on Tuesday')).toBeNull();
    expect(kind('The engineers arrived on Tuesday.', 'on Tuesday')).toBeNull();
    // A state's engineers with no camp, patrol, mission or troops named may be a firm's or an aid agency's.
    expect(kind('The Bangladeshi engineers, who arrived in Bor on 17 January, began work on the road.', 'on 17 January')).not.toBe('troops');
  });
});

describe('round 21: a Mission counted in troops is a force', () => {
  it('whatever its name, when its own stretch counts troops', () => {
    expect(kind('The Harbour Mission in Osk arrived in October 2042 and grew to some 3,100 troops.', 'in October')).toBe('troops');
    expect(kind('The Meridian Mission in Tarn arrived on 3 May with 900 peacekeepers.', 'on 3 May')).toBe('troops');
  });
  it('not a Mission with no troops of its own', () => {
    expect(kind('The Vessian Mission in Kessa arrived in October 2042 with a new ambassador.', 'in October')).toBe('talks');
    expect(kind('The Harbour Mission in Kessa arrived on 3 May; the army has 3,000 soldiers in the north.', 'on 3 May')).toBe('talks');
  });
});
