// Round 21: dated tellings that got no kind — a state's company, detachment, engineers or medics arriving or leaving,
// a police body taking over a guarded place (or anyone taking a post over from troops), a handover to a security
// force. Sentences of our own, each with sentences the rule must not fire on.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const classify = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous);
const kind = (sentence: string, at: string, previous?: string) => classify(sentence, at, previous)?.type ?? null;
const cameo = (sentence: string, at: string, previous?: string) => classify(sentence, at, previous)?.cameo ?? null;

describe("round 21: a state's unit arriving or leaving is a troop move", () => {
  const camp = 'Soldiers at the camp had waited a month for relief.';
  it('a demonym unit as the subject, through a relative pronoun or past a relative clause', () => {
    expect(kind('The Italian engineers left on 4 June, a week late.', 'on 4 June', camp)).toBe('troops');
    expect(cameo('The Italian engineers left on 4 June, a week late.', 'on 4 June', camp)).toBe('0874');
    expect(kind('A Kenyan company that landed on 2 May has begun patrols along the river.', 'on 2 May')).toBe('troops');
    expect(cameo('A Kenyan company that landed on 2 May has begun patrols along the river.', 'on 2 May')).toBe('154');
    expect(kind('The Dutch detachment, which had guarded the port since spring, departed on Friday.', 'on Friday', 'The mission is shrinking fast.')).toBe('troops');
    expect(kind('Some 80 Ghanaian medics arrived at the base in March.', 'in March')).toBe('troops');
  });
  it('not a firm, a stage company, builders with no force near, nor a team', () => {
    expect(kind('The Chinese engineers arrived on 4 June to repair the dam.', 'on 4 June', 'The power station has been down since April.')).not.toBe('troops');
    expect(kind('A Japanese company that arrived in March has opened a plant in the port.', 'in March', 'Investors are returning to the city.')).not.toBe('troops');
    expect(kind('The Russian ballet company left on Sunday after the last show.', 'on Sunday', 'The army band played at the opening.')).toBeNull();
    expect(kind('The Brazilian team arrived at the camp on Monday.', 'on Monday')).not.toBe('troops');
    expect(kind('The engineers left on 4 June.', 'on 4 June', camp)).toBeNull();
  });
});

describe('round 21: a handover of security', () => {
  it('a police body taking over a guarded place, or anyone taking a post over from troops', () => {
    expect(kind('On 9 May the national police took over the perimeter of the airport.', 'On 9 May')).toBe('troops');
    expect(cameo('On 9 May the national police took over the perimeter of the airport.', 'On 9 May')).toBe('087');
    expect(kind('Local gendarmes take over the bridge crossing from the peacekeepers on Saturday.', 'on Saturday')).toBe('troops');
    expect(kind('The talks will be run by the Coastal Constabulary, which is to take over the harbour in July.', 'in July')).toBe('troops');
    expect(kind('The militia took over the quarry from the soldiers on Tuesday.', 'on Tuesday')).toBe('troops');
  });
  it('not a firm, a case, a role or a business taken over', () => {
    expect(kind('She took over the company from her father in 2019.', 'in 2019')).toBeNull();
    expect(kind('On 9 May the police took over the investigation.', 'On 9 May')).toBeNull();
    expect(kind('A new manager takes over the club on Saturday.', 'on Saturday')).toBeNull();
    expect(kind('The bank took over the bridge loan from the lenders on Tuesday.', 'on Tuesday')).toBeNull();
  });
  it('a handover to a security force, whatever is handed, but not power or an office', () => {
    expect(kind('The handover of the dam to the national army is planned for 20 April.', '20 April')).toBe('troops');
    expect(kind('Handover of the border crossing to the gendarmerie took place on Monday.', 'on Monday')).toBe('troops');
    expect(kind('The handover of power to the army on Monday shocked the region.', 'on Monday')).toBeNull();
    expect(kind('The handover of the keys to the new owners is set for 20 April.', '20 April')).toBeNull();
  });
});

describe('round 21: troops arriving, told by the noun', () => {
  it('the arrival of troops or a unit, or its arrival with a unit as the subject', () => {
    expect(kind('The battalion has patrolled the valley since its arrival in March.', 'in March')).toBe('troops');
    expect(cameo('The battalion has patrolled the valley since its arrival in March.', 'in March')).toBe('154');
    expect(kind('Since their arrival on 4 May the peacekeepers have cleared two roads.', 'on 4 May')).toBe('troops');
    expect(kind('The arrival of the Norrowan battalion on Monday was delayed by fog.', 'on Monday')).toBe('troops');
    expect(kind('A military engineering unit has rebuilt three bridges since its arrival on 9 January.', 'on 9 January')).toBe('troops');
  });
  it('not a visitor, refugees, a season or a firm arriving', () => {
    expect(kind('The ambassador has met the rebels twice since his arrival on 4 May.', 'on 4 May')).not.toBe('troops');
    expect(kind('Since their arrival in June the refugees have filled the camp.', 'in June')).toBeNull();
    expect(kind('The arrival of winter in November closed the pass.', 'in November')).toBeNull();
    expect(kind('The company has hired 40 people since its arrival in March.', 'in March')).toBeNull();
  });
});

describe('round 21: a unit due somewhere or at a date arrives then', () => {
  it('troops or a unit heading the subject, "due" with in, at, on, by or "to arrive"', () => {
    expect(kind('A company of about 150 soldiers is due at the airbase on Tuesday.', 'on Tuesday')).toBe('troops');
    expect(kind('The second battalion is due in the capital in March.', 'in March')).toBe('troops');
    expect(kind('The first marines are due to arrive on Friday.', 'on Friday')).toBe('troops');
    expect(kind('The defence ministry says a company of about 150 is due at the airbase on Tuesday.', 'on Tuesday')).toBe('troops');
  });
  it('not a payment, a court date, a pay rise or a firm', () => {
    expect(kind('The payment is due on Friday.', 'on Friday')).toBeNull();
    expect(kind('The soldiers are due in court on Monday.', 'on Monday')).toBeNull();
    expect(kind('The troops are due a pay rise in April.', 'in April')).toBeNull();
    expect(kind('The company is due to report its results on 3 May.', 'on 3 May')).toBeNull();
  });
});

describe("round 21: a state's people, by the demonym's plural, moving with a force named near", () => {
  it('going home, leaving or arriving, past a relative clause', () => {
    expect(kind('The Kestrians, who have held the northern sector since the ambush, go home in mid-July.', 'in mid-July')).toBe('troops');
    expect(kind('The Ardenians left the camp on Sunday.', 'on Sunday')).toBe('troops');
    expect(kind('The Morovians arrived on 3 May.', 'on 3 May', 'The mission needed more soldiers after the winter.')).toBe('troops');
  });
  it('not a sports side, a party, nor with no force named', () => {
    expect(kind('The Brazilians went home on Sunday after losing the quarter-final.', 'on Sunday', 'Soldiers lined the road to the camp.')).toBeNull();
    expect(kind('The Republicans left the chamber on Tuesday to protest the defence bill.', 'on Tuesday')).toBeNull();
    expect(kind('The Morovians arrived on 3 May.', 'on 3 May', 'The hotel was full all spring.')).not.toBe('troops');
  });
});
