// Round 19: rites of worship and of grief are no development of our kinds (holdout16's parish bulletin: a chaplain
// who "will say the 10am Mass", a bishop who "will visit for Confirmations"; a town that "mourned the three officers";
// holdout3's force that "mourns two of its soldiers"); and a day's name after a call is its date, not the one called
// (holdout16: a soldier's letter home, "I'll ring on Sunday", gave talks). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 19: saying a rite', () => {
  it('is no statement', () => {
    expect(kind('Father Tomas Weller will say the 11am Mass on Sunday 24 May.', 'on Sunday')).toBeNull();
    expect(kind('The president said prayers at the memorial on Friday.', 'on Friday')).toBeNull();
  });
  it('but saying something of the rite is', () => {
    expect(kind('The bishop said on Friday the Mass would be moved to the cathedral.', 'on Friday')).toBe('statement');
    expect(kind('The president said on Friday that prayers alone would not end the war.', 'on Friday')).toBe('statement');
  });
});

describe('round 19: a visit for a rite', () => {
  it('is no talks', () => {
    expect(kind('The Archdeacon will visit on Sunday 24 May for Confirmations.', 'on Sunday')).toBeNull();
    expect(kind('The bishop visited the garrison chapel on 3 May for a Mass of remembrance.', 'on 3 May')).toBeNull();
  });
  it('but a visit for talks, or for a time, is', () => {
    expect(kind('The envoy visited Tarn on Friday for talks with the president.', 'on Friday')).toBe('talks');
    expect(kind('The minister visited the camp on 3 May for two hours.', 'on 3 May')).toBe('talks');
  });
});

describe('round 19: a community in mourning', () => {
  it('makes no statement', () => {
    expect(kind('The village was silent yesterday as the town mourned the two guards.', 'yesterday')).toBeNull();
    expect(kind('The Tarn Peace Force on Monday mourned two of its soldiers.', 'on Monday')).toBeNull();
  });
  it('but a leader mourning does', () => {
    expect(kind('The president mourned the dead on Friday in a speech to parliament.', 'on Friday')).toBe('statement');
  });
});

describe('round 19: a call on a day', () => {
  it('names no one called', () => {
    expect(kind('I’ll ring on Sunday.', 'on Sunday')).toBeNull();
    expect(kind('She rang on 3 May.', 'on 3 May')).toBeNull();
  });
  it('but a person rung is talks', () => {
    expect(kind('Strand rang Delauny on Sunday.', 'on Sunday')).toBe('talks');
    expect(kind('The premier rang President Venn on 3 May.', 'on 3 May')).toBe('talks');
  });
});
