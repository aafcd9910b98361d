// Round 18c, tellings with a date but no kind at it (holdout12 and 14, read): constructions of ordinary news English
// that tell one of our developments with no cue of ours, tested on sentences of our own (an invented fishing-rights
// dispute between Tallory and the Coastal League), with sentences each rule must leave alone:
//  - a party that "walked out" with the talks named just before, not after ("walked out on 21 February, the morning
//    after …"; holdout12, holdout14): a statement, as walking out "of the talks" is;
//  - a force that takes over "the guard" of a place ("took over its guard", "to take over the guard of the
//    switchyard"; holdout12, three tellings): a handover, as taking over the place is.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;

describe('round 18c: a party walks out, the talks named nearby', () => {
  it('is a statement when the talks are in the sentence or the one before', () => {
    expect(kind('The League walked out on 9 October, a day after the trawler was rammed.', 'on 9 October', 'The second round opened in Pellin on 2 October.')).toBe('statement');
    expect(kind('The fishermen’s party walked out on 9 October, and the round ended without a text.', 'on 9 October')).toBe('statement');
    expect(kind('Tallory’s delegation walked out in protest on Friday, leaving the table empty.', 'on Friday')).toBe('statement');
  });
  it('not a strike, a desertion, a walk out of a room, nor with no talks in sight', () => {
    expect(kind('Dock workers walked out on 9 October as the wage talks stalled.', 'on 9 October')).toBeNull();
    expect(kind('He walked out on his family in May 2040, long before the talks.', 'in May 2040')).toBeNull();
    expect(kind('The mayor walked out to the harbour wall on 9 October.', 'on 9 October', 'The talks resume next week.')).not.toBe('statement');
    expect(kind('The League walked out on 9 October, a day after the trawler was rammed.', 'on 9 October', 'The trawler sank off Pellin.')).toBeNull();
  });
});

describe('round 18c: a force takes over the guard of a place', () => {
  it('is a handover', () => {
    expect(kind('The coastguard took over the guard of the fish market at Pellin on 3 June.', 'on 3 June')).toBe('troops');
    expect(kind('On 3 June the League’s sailors lowered their flag over the lighthouse and Tallory’s police took over its guard.', 'On 3 June')).toBe('troops');
    expect(kind('The marines are due to take over the policing of the harbour district on 3 June.', 'on 3 June')).toBe('troops');
  });
  it('not the old guard, a guarding contract, nor a club taken over', () => {
    expect(kind('The old guard took over the party on 3 June.', 'on 3 June')).toBeNull();
    expect(kind('A private firm took over the guarding contract on 3 June.', 'on 3 June')).toBeNull();
    expect(kind('A consortium took over the club on 3 June.', 'on 3 June')).toBeNull();
  });
});

// A pronoun that is the whole subject of a troop move, standing for a body of troops that heads the subject of the
// sentence before or of its own first clause ("COLONEL: It arrived on 6 February", after a question on the battery;
// "…, and it left on 12 April"; holdout10, holdout14 and holdout7 tell moves so, and talks "resumed" with "they").
describe('round 18c: "it" or "they" for a body of troops', () => {
  const after = (previous: string, sentence: string, at: string) => kind(sentence, at, previous);
  it('moves as the troops it stands for', () => {
    expect(after('The second Tallorian battery reached the coast in January.', 'It arrived at Pellin on 6 February and it stays as long as the port needs it.', 'on 6 February')).toBe('troops');
    expect(after('The last 300 soldiers packed up the camp at Pellin.', 'They left on 12 April.', 'on 12 April')).toBe('troops');
    expect(kind('The League’s battalion held the pier for a year, and it left on 12 April.', 'on 12 April')).toBe('troops');
  });
  it('not a person, not a body named only as an object, not a pronoun inside a clause', () => {
    expect(after('The minister met the soldiers at the camp.', 'She left on 12 April.', 'on 12 April')).toBeNull();
    expect(after('The reporters interviewed the soldiers at the camp.', 'They left on 12 April.', 'on 12 April')).toBeNull();
    expect(after('The soldiers guarded the ferry.', 'It left on 12 April.', 'on 12 April')).toBeNull();
    expect(after('The battalion loaded the aid lorries.', 'The ship that carried it arrived on 6 February.', 'on 6 February')).toBeNull();
  });
});

// A body of troops that "followed" with no object makes the move told before it (holdout7: a battalion that
// "followed in March", read as another kind); troops that stay somewhere "until" a date leave then (holdout11: a
// frigate that "will stay … until mid-July", missed).
describe('round 18c: troops that follow, troops that stay until a date', () => {
  it('are troop moves', () => {
    expect(kind('The first Tallorian company sailed in February, and the battalion followed in March.', 'in March')).toBe('troops');
    expect(kind('The rest of the peacekeepers followed on 3 May.', 'on 3 May')).toBe('troops');
    expect(kind('The League’s frigate will stay in the gulf until mid-July.', 'until mid-July')).toBe('troops');
    expect(kind('The marines will remain until the end of June.', 'until the end of June')).toBe('troops');
  });
  it('not following a debate or an order, nor a state that lasts, nor a crew or a minister', () => {
    expect(kind('The soldiers followed the debate in March.', 'in March')).toBeNull();
    expect(kind('The battalion followed orders on 3 May.', 'on 3 May')).toBeNull();
    expect(kind('The troops stayed calm until the crowd dispersed on 3 May.', 'on 3 May')).toBeNull();
    expect(kind('The soldiers remained on alert until 3 May.', 'until 3 May')).toBeNull();
    expect(kind('The film crew will stay until the end of June.', 'until the end of June')).toBeNull();
    expect(kind('The minister will stay in Pellin until mid-July.', 'until mid-July')).toBeNull();
  });
});

// A negotiator who "saw" a leader met them, the negotiator named with an apposition after the name as before it
// (holdout12: "…, the foreign minister, saw the prime minister in … on 24 February and … the next day").
describe('round 18c: a negotiator saw a leader', () => {
  it('is a meeting', () => {
    expect(kind('The envoy saw the prime minister in Pellin on 24 February.', 'on 24 February')).toBe('talks');
    expect(kind('The League returned after Ada Rast, Tallory’s foreign minister, saw the prime minister in Pellin on 24 February.', 'on 24 February')).toBe('talks');
  });
  it('not a crowd seeing a fire, a president seeing damage, nor a speech', () => {
    expect(kind('The crowd saw the fire on 24 February.', 'on 24 February')).toBeNull();
    expect(kind('The president saw the damage at the harbour on 24 February.', 'on 24 February')).toBeNull();
    expect(kind('Villagers saw the envoy’s car on 24 February.', 'on 24 February')).toBeNull();
  });
});

// A counted round with its noun left out, the rounds named just before (holdout12: "The fourth, which opened on 22
// April, produced …", two tellings not extracted).
describe('round 18c: "the fourth opened", the rounds named before', () => {
  const after = (previous: string, sentence: string, at: string) => kind(sentence, at, previous);
  it('is a round of talks', () => {
    expect(after('The first three rounds in Pellin ended without a text.', 'The fourth, which opened on 22 April, produced an accord.', 'on 22 April')).toBe('talks');
    expect(after('The second round of talks ended in March.', 'A third was held on 22 April.', 'on 22 April')).toBe('talks');
  });
  it('not a counted chapter, lane or stage', () => {
    expect(after('The first three chapters were hard to write.', 'The fourth opened on 22 April.', 'on 22 April')).toBeNull();
    expect(after('Two lanes of the bridge reopened in March.', 'The third opened on 22 April.', 'on 22 April')).toBeNull();
  });
  it('not a round of an election or of anything but talks (last read of round 18)', () => {
    expect(after('The first round of the presidential election was held on 20 May.', 'The second, which opened on 3 June, went to a run-off.', 'on 3 June')).toBeNull();
    expect(after('The first round of voting closed in March.', 'A second was held on 22 April.', 'on 22 April')).toBeNull();
  });
});
