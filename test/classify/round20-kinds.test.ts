// Round 20: predictions of another kind, or of none (holdout17's misses, in sentences of our own): an arrival at an
// incident's scene is no visit; a named Mission in a country arrives as a force; what slams into a thing is no
// criticism, and a force pounding a place attacks it; flags at half-mast are mourning; "close to the talks" only
// vouches for a source; a reporter named by role and a writer addressing the reader make no statement.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 20: arrivals', () => {
  it('experts arriving at the scene pay no visit', () => {
    expect(kind('Ambulance crews arrived at the scene on Thursday.', 'on Thursday')).toBeNull();
    expect(kind('Fire crews flew in to the scene on Thursday.', 'on Thursday')).toBeNull();
  });
  it('but a leader arriving in a capital visits it', () => {
    expect(kind('The foreign minister arrived in Tarsk on Thursday.', 'on Thursday')).toBe('talks');
  });
  it('a named Mission in a country arriving is a deployment', () => {
    expect(kind('The Union Mission in Vessaly arrived on 3 March 2031.', 'on 3 March')).toBe('troops');
    expect(kind('The Coalition Mission in Ardena left the country in June.', 'in June')).toBe('troops');
  });
  it('not a trade mission, nor a mission named for who sends it', () => {
    expect(kind('The trade mission arrived in Vessaly on 3 March.', 'on 3 March')).toBe('talks');
    expect(kind('The Permanent Mission of Ardena arrived at the conference on 3 March.', 'on 3 March')).not.toBe('troops');
  });
});

describe('round 20: force told by its impact', () => {
  it('rockets slamming into a thing attack it', () => {
    expect(kind('Three mortar bombs slammed into the barracks on Sunday.', 'on Sunday')).toBe('attack');
    expect(kind('Two rockets slammed into the fuel depot on Sunday.', 'on Sunday')).toBe('attack');
  });
  it('a speaker who slams a decision still criticises it', () => {
    expect(kind('The opposition leader slammed the ceasefire deal on Sunday.', 'on Sunday')).toBe('statement');
  });
  it('a force or its craft pounding a place attacks it', () => {
    expect(kind('Air force jets pounded the rebel camps on Sunday.', 'on Sunday')).toBe('attack');
    expect(kind('The army pounded the harbour district on Sunday night.', 'on Sunday')).toBe('attack');
  });
  it('rain or a fist pounding does not', () => {
    expect(kind('Storms pounded the coast on Sunday.', 'on Sunday')).toBeNull();
    expect(kind('The delegate pounded the table on Sunday.', 'on Sunday')).toBeNull();
  });
});

describe('round 20: mourning flags', () => {
  it('flags flying at half-mast make no visit', () => {
    expect(kind('Flags across the province will fly at half-mast on Friday, the governor said.', 'on Friday')).toBeNull();
    expect(kind('The flag over the town hall flew at half staff on Friday.', 'on Friday')).toBeNull();
  });
  it('but a minister flying somewhere does', () => {
    expect(kind('The defence minister will fly to Ardena on Friday.', 'on Friday')).toBe('talks');
  });
});

describe('round 20: sources close to the talks', () => {
  it('the talks that vouch for a source are no round', () => {
    expect(kind('Diplomats close to the negotiations said a new round might open in July.', 'in July')).toBeNull();
    expect(kind('Sources familiar with the talks said on Monday that progress was slow.', 'on Monday')).toBeNull();
  });
  it('what such sources report still counts', () => {
    expect(kind('Sources close to the talks said the delegations met again on Monday.', 'on Monday')).toBe('talks');
  });
});

describe('round 20: the press and the writer', () => {
  it('a reporter named by role makes no statement', () => {
    expect(kind('On Monday, reporter Ana Lisk asks why the inquiry has stalled.', 'On Monday')).toBeNull();
    expect(kind('Correspondent Tom Rael wrote on Monday that the town was calm.', 'on Monday')).toBeNull();
  });
  it('a minister named by role still does', () => {
    expect(kind('Foreign Minister Ana Lisk said on Monday that the inquiry had stalled.', 'on Monday')).toBe('statement');
  });
  it('a writer addressing the reader makes no statement', () => {
    expect(kind('Last winter we wrote to you about the flooded schools.', 'Last winter')).toBeNull();
    expect(kind('As I told you in March, the fund has run dry.', 'in March')).toBeNull();
  });
  it('but a party quoted, or a party telling someone else, does', () => {
    expect(kind('"We told you on Monday that we would leave," the commander said.', 'on Monday')).toBe('statement');
    expect(kind('We told the mediator on Monday that we would not sign, the rebel spokesman said.', 'on Monday')).toBe('statement');
  });
});

describe('round 20: counts that are no development', () => {
  it('a stretch of time between two developments tells neither', () => {
    expect(kind('[04/05/2031, 09:10] Desk: Four days between the two rounds, a record.', '04/05/2031')).toBeNull();
    expect(kind('On Monday there was a gap of two weeks between the attacks.', 'On Monday')).toBeNull();
  });
  it('but talks between two parties are talks', () => {
    expect(kind('Talks between the two governments resumed on Monday.', 'on Monday')).toBe('talks');
  });
  it('a soldier who owns a kin noun is no troop count', () => {
    expect(kind("One sailor's father told the radio on Friday that the ship was safe.", 'on Friday')).toBeNull();
  });
  it('a count of soldiers that arrive is one', () => {
    expect(kind("The brigade's 400 soldiers arrived in the port on Friday.", 'on Friday')).toBe('troops');
  });
});

describe('round 20: "they" for a state\'s aircraft', () => {
  const after = (previous: string, sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;
  it('arrive as a force, no visit', () => {
    expect(after('The Norvenian helicopters that flew the wounded out left on 2 May.', 'They had arrived in January.', 'in January')).toBe('troops');
  });
  it('delegations that "they" stands for still visit', () => {
    expect(after('The two delegations left Tarsk on 2 May.', 'They had arrived in January.', 'in January')).toBe('talks');
  });
});
