// Thirteenth round of classification rules, on sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, near?: string) => classifySentence(sentence, near === undefined ? undefined : sentence.indexOf(near))?.type ?? null;

describe('round 13: a visit is a person\'s', () => {
  it('"it" arriving is no visit, however many auxiliaries stand between', () => {
    expect(kind('It arrived at the port on 3 March and will stay all winter.', 'on 3 March')).toBeNull();
    expect(kind('The mayor has been told it will arrive on Friday.', 'on Friday')).toBeNull();
    expect(kind('It has finally arrived in the capital.')).toBeNull();
  });

  it('a person arriving still is one', () => {
    expect(kind('The envoy will arrive in the capital on Friday.', 'on Friday')).toBe('talks');
    expect(kind('She has finally arrived in the capital.')).toBe('talks');
  });
});

describe('round 13: a battery is a unit', () => {
  it('a battery arriving, leaving or counted is a force\'s posture, not a visit', () => {
    expect(kind('3 March - The first air-defence battery arrives at the port of Velk.', '3 March')).toBe('troops');
    expect(kind('The second battery will leave the refinery town in September.', 'in September')).toBe('troops');
    expect(kind('Two more batteries reached the coast on Monday.', 'on Monday')).toBe('troops');
  });
});

describe('round 13: a post passing to a force', () => {
  it('"passes to our own air force", "handed over to the army" are handovers', () => {
    expect(kind('The coastal battery passes to our own air force in May.', 'in May')).toBe('troops');
    expect(kind('The hill post will be handed over to the army in June.', 'in June')).toBe('troops');
  });

  it('a bill passing to a committee is none', () => {
    expect(kind('The bill passes to the finance committee in May.', 'in May')).toBeNull();
  });
});

describe('round 13: a development named after "since"', () => {
  it('is what the time counts from, not what the date dates', () => {
    expect(kind('In May it will be two years since the first air strikes.', 'In May')).toBeNull();
  });

  it('unless a date follows it, or a verb of its own tells it', () => {
    expect(kind('Sirens have sounded every night since the air strikes on the port on 3 March.', 'on 3 March')).toBe('attack');
    expect(kind('Rebels have held the hills since the talks collapsed in May.', 'in May')).toBe('talks');
  });
});

describe('round 13: a people counted roughly', () => {
  it('"the last 400 or so Velkans flew home" is a body of troops leaving', () => {
    expect(kind('In late April, the last 400 or so Velkans flew home from the capital.', 'In late April')).toBe('troops');
    expect(kind('In late April, 150 more Velkans flew home.', 'In late April')).toBe('troops');
  });
});

describe('round 13: what would have happened', () => {
  it('"would have" tells a development that did not happen', () => {
    expect(kind('Next spring, had the treaty held, a second frigate would have been based at Osk.', 'Next spring')).toBeNull();
    expect(kind('Without the storm, the envoys would have met in Osk on Friday.', 'on Friday')).toBeNull();
  });

  it('"would" alone still tells a plan', () => {
    expect(kind('The minister said the envoys would meet in Osk on Friday.', 'on Friday')).toBe('talks');
  });
});

describe('round 13: a development that is only the topic of another verb', () => {
  it('named behind "of", "over", "into" after the date, it is not what the date dates', () => {
    expect(kind('The committee wants the ministry to report by 30 June on the full cost of the withdrawal.', 'by 30 June')).toBeNull();
    expect(kind('Police detained four men on Monday over the bombing of the market.', 'on Monday')).toBeNull();
  });

  it('a troop count with "with", or a development before the date, still counts', () => {
    expect(kind('The mission began in March 2021 with 400 soldiers.', 'in March 2021')).toBe('troops');
    expect(kind('The bombing of the market on Monday killed four.', 'on Monday')).toBe('attack');
  });
});

describe('round 13: speaking to a newspaper by its name', () => {
  it('is no talks', () => {
    // (Round 14: it is an interview, the speaker's statement, as the read gold counts it.)
    expect(kind('The defence minister spoke to the Northern Herald on Tuesday.', 'on Tuesday')).toBe('statement');
    expect(kind('The defence minister spoke to the rebel commander on Tuesday.', 'on Tuesday')).toBe('talks');
  });
});

describe('round 13: a development as the subject of a hedged verb', () => {
  it('"the next round should open before the end of May" is a wish, not a plan', () => {
    expect(kind('The next round should open before the end of May, and the hosts should say so.', 'before the end of May')).toBeNull();
    expect(kind('The next round will open before the end of May.', 'before the end of May')).toBe('talks');
  });
});

describe('round 13: a grenade', () => {
  it('thrown is an attack, and a hand grenade is no handover', () => {
    expect(kind('4 March | Bridge checkpoint | Hand grenade thrown at the police post', '4 March')).toBe('attack');
    expect(kind('Someone threw a grenade into the market on Monday.', 'on Monday')).toBe('attack');
  });
});

describe('round 13: a court ruling', () => {
  it('"ruled … that" is a statement; ruling a country or ruling something out is not a ruling', () => {
    expect(kind('The Supreme Court ruled on Monday that the detainees may be exchanged.', 'on Monday')).toBe('statement');
    expect(kind('The general ruled the province until March.', 'until March')).toBeNull();
  });
});
