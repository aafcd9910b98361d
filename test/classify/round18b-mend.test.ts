// Round 18b: a reviewer's sentences against round 18's kinds rules, each read wrongly before its mend (an invented
// harbour dispute between Varnholt and Osk, as round18-kinds.test.ts). Each rule keeps the cases it was made for there.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;

describe('round 18b: an accident disowned is an attack', () => {
  it('denied, said to be none, or only so described', () => {
    expect(kind('The shooting of two guards at the Tarn checkpoint on 4 June was no accident, police said on Friday.', 'on 4 June')).toBe('attack');
    expect(kind('Gunmen killed three drivers on 5 June in what officials first described as a road accident.', 'on 5 June')).toBe('attack');
    expect(kind('The army denied that the strike on the Orla clinic on 7 June was accidental.', 'on 7 June')).toBe('attack');
  });
  it('an accident told is still none', () => {
    expect(kind('The driver was hurt on the coast road on 3 June in a road accident.', 'on 3 June')).toBeNull();
  });
});

describe("round 18b: craft that are no state's force", () => {
  it('civil craft, a company’s craft, machines that do not fly', () => {
    expect(kind('Civilian aircraft left Varn airport on 7 June as the fighting neared the city.', 'on 7 June')).not.toBe('troops');
    expect(kind("Kestrel Air's planes flew out of Osk on 8 June, the airline said.", 'on 8 June')).not.toBe('troops');
    expect(kind('Two Varnish machines arrived at the factory on 6 June.', 'on 6 June')).not.toBe('troops');
    expect(kind("President Hale's plane landed in Osk on 9 June.", 'on 9 June')).not.toBe('troops');
  });
  it("a state's still are", () => {
    expect(kind('Osk’s helicopters arrived at the quay on 9 June.', 'on 9 June')).toBe('troops');
    expect(kind('The harbour’s helicopters have gone: the three Varnish machines flew out on Tuesday.', 'on Tuesday')).toBe('troops');
  });
});

describe('round 18b: brought down, counted', () => {
  it('is no attack without a craft named', () => {
    expect(kind('Firefighters brought two down from the roof of the burning hotel on 7 June.', 'on 7 June')).toBeNull();
  });
  it('is one with a craft in the sentence before', () => {
    expect(kind('Gunners brought two down on 7 June.', 'on 7 June', 'Drones circled the camp.')).toBe('attack');
  });
});

describe('round 18b: mourning spoken of, minutes counted, a visit quoted, a strength not a force’s', () => {
  it('denouncing days of mourning is a statement; declaring them is not', () => {
    expect(kind('On 5 June the rebel commander denounced the three days of national mourning as a stunt.', 'On 5 June')).toBe('statement');
    expect(kind('The president ordered three days of national mourning on 5 June.', 'on 5 June')).toBeNull();
  });
  it('minutes counted are time, not a record', () => {
    expect(kind('After ninety minutes of talks on 3 June, the two sides went home.', 'on 3 June')).toBe('talks');
    expect(kind('The minutes of the meeting held on 2 May were approved.', '2 May')).toBeNull();
  });
  it('a speaker’s own place, quoted, is visited', () => {
    expect(kind("'The president came to my village on 5 June,' a farmer said.", 'on 5 June')).toBe('talks');
    expect(kind('“The president came to my village on 5 June,” a farmer said.', 'on 5 June')).toBe('talks');
    expect(kind('Lena Hale came to my village in January.', 'in January')).toBeNull();
  });
  it("a currency's or a storm's strength is no force", () => {
    expect(kind("The currency's strength stood at 1,200 on 3 June.", 'on 3 June')).toBeNull();
    expect(kind("The storm's strength peaked at 180 on 4 June, forecasters said.", 'on 4 June')).toBeNull();
    expect(kind('The mission grew through the spring. Its strength peaked at about 3,100 in May.', 'in May')).toBe('troops');
  });
});
