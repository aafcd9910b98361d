// Eighteenth round, kinds and non-events from the read sets' "Wrong kind" lines and the sentences their gold excludes
// (holdout5–15, holdout15 newly read). Each class is a construction of ordinary news English, tested on sentences of
// our own (an invented harbour dispute between Varnholt and Osk), with sentences each rule must leave alone:
//  - aircraft a state sends, named by its demonym or possessive, fly out or in as its force does ("the four … machines
//    flew out on Sunday", holdout15, read as a visit; "… helicopters left a week late", holdout13);
//  - a day of mourning ordered is a rite, no statement (holdout15; memorials and funerals in holdout5, 6, 9, 13, 14);
//  - "a site visit" of a tender is no visit (holdout15); the minutes of a meeting, approved, are procedure, not the
//    meeting (holdout15; council business in holdout5 and 12);
//  - leaving "without speaking to reporters" is no statement (holdout14);
//  - a force that "now stands at about 3,050" is a troop level (holdout14, missed; holdout7 and 8 say "strength");
//  - someone hurt "in a road accident" at a date suffers no attack, though a killing beside it is one (holdout15);
//  - a putting off denied ("will not be postponed") leaves the plan standing.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe("round 18: a state's aircraft", () => {
  it('fly out or arrive as its force', () => {
    expect(kind('The harbour’s helicopters have gone: the three Varnish machines flew out on Tuesday.', 'on Tuesday')).toBe('troops');
    expect(kind('Four Varnish helicopters left Tarn on 22 May.', 'on 22 May')).toBe('troops');
    expect(kind('Osk’s helicopters arrived at the quay on 9 June.', 'on 9 June')).toBe('troops');
  });
  it('not a cargo craft, nor craft of nobody named, nor a person flying', () => {
    expect(kind('Two Varnish cargo aircraft arrived on 20 February with grain.', 'on 20 February')).not.toBe('troops');
    expect(kind('The helicopters flew out on Tuesday.', 'on Tuesday')).toBeNull();
    expect(kind('The Varnish envoy flew to Tarn on Tuesday.', 'on Tuesday')).toBe('talks');
  });
});

describe('round 18: rites and procedure', () => {
  it('a day of mourning ordered is no statement', () => {
    expect(kind('The prime minister has declared three days of national mourning from Friday.', 'from Friday')).toBeNull();
    expect(kind('President Hale ordered a day of mourning on Thursday.', 'on Thursday')).toBeNull();
  });
  it('mourning the dead in words still is', () => {
    expect(kind('The minister mourned the two guards in a statement on Thursday.', 'on Thursday')).toBe('statement');
  });
  it('a site visit of a tender is no visit; the minister’s visit still is', () => {
    expect(kind('A site visit for bidders will take place at the quay on 3 September 2041.', 'on 3 September')).toBeNull();
    expect(kind('The Osk minister will visit the quay on 3 September 2041.', 'on 3 September')).toBe('talks');
  });
  it('the minutes of a meeting approved are procedure; the meeting told is talks', () => {
    expect(kind('The minutes of the meeting held on 2 May 2041 were approved as a true record.', '2 May 2041')).toBeNull();
    expect(kind('The two delegations held a meeting on 2 May 2041.', '2 May 2041')).toBe('talks');
  });
});

describe('round 18: sayings', () => {
  it('leaving without speaking is no statement', () => {
    expect(kind('The envoy left on Monday without speaking to reporters.', 'on Monday')).toBeNull();
    expect(kind('The envoy left without saying a word on Monday.', 'on Monday')).toBeNull();
  });
  it('speaking as one leaves still is', () => {
    expect(kind('The envoy told reporters on Monday that the talks were over.', 'on Monday')).toBe('statement');
  });
});

describe('round 18: a force standing at a figure', () => {
  it('is a troop level', () => {
    expect(kind('The Harbour Protection Force stood at about 2,400 in May.', 'in May')).toBe('troops');
    expect(kind('By 1 June the force stood at 1,150.', 'By 1 June')).toBe('troops');
  });
  it('not a toll, a price or soldiers standing somewhere', () => {
    expect(kind('The death toll among the guards stood at 40 on Monday.', 'on Monday')).toBeNull();
    expect(kind('Soldiers stood at the gate of the quay on Monday.', 'on Monday')).toBeNull();
    expect(kind('The yield stood at 7,100 basis points on Monday.', 'on Monday')).toBeNull();
  });
});

describe('round 18: an accident at a date', () => {
  it('is no attack, though a killing beside it is', () => {
    const s = 'The board stood in silence for the three guards killed at Tarn quay on 29/11/2040 and for the clerk hurt on the coast road on 5 January in a road accident.';
    expect(kind(s, 'on 5 January')).toBeNull();
    expect(kind(s, '29/11/2040')).toBe('attack');
    expect(kind('A guard was injured in a traffic accident near the quay on Monday.', 'on Monday')).not.toBe('attack');
  });
  it('an ambush stays an attack', () => {
    expect(kind('Gunmen ambushed a patrol near the quay on Monday, killing two guards.', 'on Monday')).toBe('attack');
  });
});

describe('round 18: a putting off denied', () => {
  it('leaves the plan standing', () => {
    expect(kind('The fourth round, due to open on 18 December, will not be postponed, the mediator said.', 'on 18 December')).toBe('talks');
  });
  it('a putting off told still calls it off', () => {
    expect(kind('The fourth round, due to open on 18 December, has been postponed.', 'on 18 December')).toBeNull();
  });
});

describe('round 18: what a market prices', () => {
  it('is no development', () => {
    expect(kind('By the close, traders were pricing a fifth round of harbour talks next month.', 'next month')).toBeNull();
    expect(kind('Bond markets have priced in a ceasefire deal by June.', 'by June')).toBeNull();
  });
  it('the round itself, told beside the market, still is', () => {
    expect(kind('Bonds rallied after the fifth round of harbour talks opened in Tarn on Monday.', 'on Monday')).toBe('talks');
  });
});

describe('round 18: visits', () => {
  it('a minister out there with the troops visits them', () => {
    expect(kind('Their defence minister Hale was out there last Monday and spent the morning with the gunners.', 'last Monday')).toBe('talks');
  });
  it('troops out there are no visit; coming to the writer’s own school is a memory', () => {
    expect(kind('There were 300 soldiers out there last Monday.', 'last Monday')).not.toBe('talks');
    expect(kind('Lena Hale came to my village in January.', 'in January')).toBeNull();
    expect(kind('Lena Hale came to Tarn in January.', 'in January')).toBe('talks');
  });
});

describe('round 18: a decision or saying in a clause opened by "as", "after"', () => {
  // "…, as the Pact Council decided on 16 March" (holdout14) dated nothing: the subordinator was read as the
  // preposition of a modifier, so the council was no speaker.
  it('has its subject for a speaker', () => {
    expect(kind('The quay will close on 31 December, as the Harbour Council decided on 16 March.', 'on 16 March')).toBe('statement');
    expect(kind('Fighting resumed after the army said on 3 May that the truce was over.', 'on 3 May')).toBe('statement');
  });
  it('a name inside a modifier is still no speaker', () => {
    expect(kind('Police in Tarn said on 3 May that the quay was calm.', 'on 3 May')).toBeNull();
  });
});

describe('round 18: craft shot down, counted', () => {
  it('is an attack', () => {
    expect(kind('The Harbour Guard shot one down over the quay on 21 April, and its spokeswoman said the same afternoon that it was armed.', 'on 21 April')).toBe('attack');
    expect(kind('Gunners brought two down near the port on Sunday.', 'on Sunday')).toBe('attack');
  });
  it('not a proposal shot down, nor a shot at goal', () => {
    expect(kind('The council shot it down on Monday.', 'on Monday')).toBeNull();
    expect(kind('The striker shot one past the keeper on Saturday.', 'on Saturday')).toBeNull();
  });
});

describe('round 18: attackers breaking off', () => {
  // "Approached at speed by a skiff; no weapons seen; skiff withdrew." (holdout11's incident table, read as troops).
  it('is no troop withdrawal', () => {
    expect(kind('04-06-2041 03:10 | MV Corra, tanker | off Tarn | Approached by two skiffs; warning shots fired; skiffs withdrew.', '04-06-2041')).not.toBe('troops');
    expect(kind('The gunmen withdrew into the hills on Sunday.', 'on Sunday')).not.toBe('troops');
  });
  it('a force withdrawing still is', () => {
    expect(kind('The Varnish contingent withdrew from the quay on Sunday.', 'on Sunday')).toBe('troops');
    expect(kind('Osk’s warships withdrew from the strait on Sunday.', 'on Sunday')).toBe('troops');
  });
});

describe("round 18: a force's strength", () => {
  // "Its strength peaked at about 3,100 in April 2034" (holdout14, no kind).
  it('a strength peaking at a figure, "about" or "some" before it, is a troop level', () => {
    expect(kind('Its strength peaked at about 2,600 in May 2040.', 'in May')).toBe('troops');
    expect(kind('The force peaked at some 1,760 in July 2040.', 'in July')).toBe('troops');
  });
  it('not prices peaking', () => {
    expect(kind('Prices peaked at about 2,600 in May 2040.', 'in May')).toBeNull();
  });
});
