// Round 21 (probe): dated developments that got no kind, found by writing articles of our own in several outlets'
// styles (a local paper, an NGO bulletin, a radio transcript, a feature). Sentences of our own, with those each rule
// must leave alone: sport, business, parliament, accidents, a signing of a player or a book.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;
const cue = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.cue ?? null;

describe('round 21 probe: verbs of saying with "that" or a quotation', () => {
  it('conceding, retorting, cautioning, revealing, posting are statements', () => {
    expect(kind('Defence minister Ada Brisk conceded on 8 May that the pullout had gone faster than planned.', 'on 8 May')).toBe('statement');
    expect(kind('The rebel spokesman retorted on Friday that the army had fired first.', 'on Friday')).toBe('statement');
    expect(kind('The commander cautioned on 2 May that the militia was rearming in the hills.', 'on 2 May')).toBe('statement');
    expect(kind('The prime minister revealed on Sunday that talks had been under way for weeks.', 'on Sunday')).toBe('statement');
    expect(kind('The president posted on social media on Sunday that the country would not be blackmailed.', 'on Sunday')).toBe('statement');
    expect(kind('The army chief pointed out on 7 May that the border had been quiet for a month.', 'on 7 May')).toBe('statement');
    expect(kind('"We moved too fast," the minister conceded on Tuesday.', 'on Tuesday')).toBe('statement');
  });
  it('the office alone after "the" speaks, though the tagger reads it as an adjective', () => {
    expect(kind('The general admitted on 5 May that the raid had gone wrong.', 'on 5 May')).toBe('statement');
    expect(kind('The chief told reporters on Monday that the patrol would go on.', 'on Monday')).toBe('statement');
  });
  it('not a goal conceded, a road maintained, a plaque revealed, a loss posted, a survey or voters', () => {
    expect(kind('The goalkeeper conceded twice on Saturday.', 'on Saturday')).toBeNull();
    expect(kind('The home side conceded a late goal in the derby on Sunday.', 'on Sunday')).toBeNull();
    expect(kind('The council maintained the road until 2019.', 'until 2019')).toBeNull();
    expect(kind('The mayor revealed a plaque on Monday.', 'on Monday')).toBeNull();
    expect(kind('The company posted a loss on Tuesday.', 'on Tuesday')).toBeNull();
    expect(kind('A sergeant was posted to the border in June.', 'in June')).toBeNull();
    expect(kind('The survey suggested on Tuesday that prices would rise.', 'on Tuesday')).toBeNull();
    expect(kind('Voters signalled in March that they wanted change.', 'in March')).toBeNull();
  });
  it('a complement opening on its own date keeps that date for what it tells', () => {
    expect(kind('The government conceded with regret that on 14 December the gunmen murdered the mayor.', 'on 14 December')).toBe('attack');
  });
});

describe('round 21 probe: hitting back in words', () => {
  it('is criticism', () => {
    expect(kind('The mayor hit back at the rebels on Tuesday, calling the attack cowardly.', 'on Tuesday')).toBe('statement');
    expect(kind('On 4 May the foreign minister hit back at the critics of the accord.', 'On 4 May')).toBe('statement');
  });
  it('not a force hitting back with weapons, nor a coach after a game', () => {
    expect(cue('The army hit back at the rebels with air strikes on Tuesday.', 'on Tuesday')).not.toBe('hit back');
    expect(kind('The coach hit back at critics on Monday after the relegation.', 'on Monday')).toBeNull();
  });
});

describe('round 21 probe: talks reconvened, hammered out', () => {
  it('negotiators or the talks reconvening, a text hammered out', () => {
    expect(kind('Negotiators reconvened in the capital on 2 May after a six-week pause.', 'on 2 May')).toBe('talks');
    expect(kind('The two delegations reconvened on Tuesday.', 'on Tuesday')).toBe('talks');
    expect(kind('The negotiators hammered out a draft text on 9 May.', 'on 9 May')).toBe('talks');
  });
  it('not a parliament or a court reconvening, nor a contract hammered out', () => {
    expect(kind('Parliament reconvened on 4 May after the recess.', 'on 4 May')).toBeNull();
    expect(kind('The court reconvenes on Monday.', 'on Monday')).toBeNull();
    expect(kind('The firm hammered out a new contract with the union on 9 May.', 'on 9 May')).toBeNull();
  });
});

describe('round 21 probe: a unit rotating home or stood down', () => {
  it('leaves its tour', () => {
    expect(kind('The battalion rotated home on 20 April after a nine-month tour.', 'on 20 April')).toBe('troops');
    expect(kind('The last company of marines rotates out in June.', 'in June')).toBe('troops');
    expect(kind('Her battalion was stood down on 15 July.', 'on 15 July')).toBe('troops');
    expect(kind('The brigade will stand down at the end of the month, the ministry said.', 'at the end of the month')).toBe('troops');
  });
  it('not an alert ended, a minister resigning, a lorry out of service', () => {
    expect(kind('Troops stood down from high alert on Monday.', 'on Monday')).toBeNull();
    expect(kind('The minister stood down on Friday after the scandal.', 'on Friday')).toBeNull();
    expect(kind('The chairman will stand down in June.', 'in June')).toBeNull();
    expect(kind('The lorry rotated out of service on Monday.', 'on Monday')).toBeNull();
  });
});

describe('round 21 probe: troops losing their lives', () => {
  it('are casualties of force', () => {
    expect(kind('Two peacekeepers lost their lives near the border on 3 May.', 'on 3 May')).toBe('attack');
    expect(kind('Three policemen lost their lives on the coast road in December.', 'in December')).toBe('attack');
    expect(kind('Eleven of her soldiers lost their lives that day.', 'that day', 'Her compound was overrun on 14 March.')).toBe('attack');
  });
  it('not in a crash or a fire, nor civilians', () => {
    expect(cue('Four soldiers lost their lives in a helicopter crash on 3 May.', 'on 3 May')).not.toBe('lost their lives');
    expect(kind('Two firefighters lost their lives in the blaze on Sunday.', 'on Sunday')).toBeNull();
    expect(kind('Two hikers lost their lives on the mountain on Sunday.', 'on Sunday')).toBeNull();
  });
});

describe('round 21 probe: the signing of an accord named by the noun', () => {
  it('after an accord named in the sentence or the one before', () => {
    expect(kind('Its signing, on 30 June, ended four years of fighting.', 'on 30 June', 'The shuttle diplomacy led to the accord.')).toBe('talks');
    expect(kind('Since the signing in March, the garrison has shrunk by half.', 'in March', 'The ceasefire has largely held.')).toBe('talks');
    expect(kind("Monday's signing was attended by four foreign ministers.", 'Monday', 'The treaty is the first in a decade.')).toBe('talks');
  });
  it('not a player or a book signed, no accord named, nor the signing as the scene of a saying', () => {
    expect(kind('The club completed the signing of the striker on 2 May.', 'on 2 May')).toBeNull();
    expect(kind("The author's book signing on Saturday drew a crowd.", 'on Saturday')).toBeNull();
    expect(kind('Since the signing in March, sales have doubled.', 'in March', 'The shop opened last year.')).toBeNull();
    expect(cue('This film follows the delegations from the round’s opening on Tuesday to the signing itself.', 'on Tuesday', 'The truce was signed on Thursday.')).not.toBe('signing');
  });
});
