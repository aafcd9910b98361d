// Round 20 (second pass on tellings with no kind), in sentences of our own: "it" standing for a unit known by its
// name ("Battery Two") or for a unit of a force that is no troop word of its own (a field hospital, an engineer
// company).
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;

describe('round 20: "it" for a unit named or a unit of a force', () => {
  it('a unit known by its name', () => {
    expect(kind('It arrived on 6 February and it stays as long as the town needs it.', 'on 6 February', 'When did Battery Two get to the harbour?')).toBe('troops');
    expect(kind('MAJOR LUND: It arrived on 2 May.', 'on 2 May', 'QUESTION: When did Task Force Kilo reach the valley?')).toBe('troops');
  });
  it('not a name whose first word is no body of troops', () => {
    expect(kind('It arrived on 6 February.', 'on 6 February', 'When did Apartment Two get its tenants?')).toBeNull();
    expect(kind('It arrived on 6 February.', 'on 6 February', 'When did Volume Two reach the shops?')).toBeNull();
  });
  it('a field hospital or an engineer company', () => {
    expect(kind('Its departure was delayed by the storm, and it left on 12 April.', 'on 12 April', 'A Danish field hospital joined the force on 15 January.')).toBe('troops');
    expect(kind('It left on 12 April.', 'on 12 April', 'The engineer company reached the bridge in May.')).toBe('troops');
  });
  it('not a hospital, a company or a team of civilian life', () => {
    expect(kind('It left on 12 April.', 'on 12 April', 'A new hospital opened in the town in January.')).toBeNull();
    expect(kind('It left on 12 April.', 'on 12 April', 'The insurance company reached a settlement in May.')).toBeNull();
    expect(kind('It left on 12 April.', 'on 12 April', 'The medical team reached the village in May.')).toBeNull();
  });
});

describe('round 20: an army pulling back from a place', () => {
  it('armies, a militia or rebels pulling back or out from a place withdraw', () => {
    expect(kind('Sept. 2011 — Both armies pull back from Tor Ridge.', 'Sept. 2011')).toBe('troops');
    expect(kind('The militia pulled out of the town on Sunday.', 'on Sunday')).toBe('troops');
    expect(kind('The rebels pulled back from the river crossing on 4 May.', 'on 4 May')).toBe('troops');
  });
  it('not from the brink, a deal, a race or a stance, nor a firm or a charity', () => {
    expect(kind('The army pulled back from the brink on 4 May.', 'on 4 May')).toBeNull();
    expect(kind('The rebels pulled out of the peace deal on 4 May.', 'on 4 May')).toBeNull();
    expect(kind('The army pulled back from its support for the president on 4 May.', 'on 4 May')).toBeNull();
    expect(kind('The firm pulled out of the city on 4 May.', 'on 4 May')).toBeNull();
    expect(kind('The Salvation Army pulled out of the town on 4 May.', 'on 4 May')).toBeNull();
  });
});

describe('round 20: an answer that is only a date tells its question\'s development', () => {
  it('"When does …?" answered by a date', () => {
    expect(kind('A: On 14 May, in a ceremony at the gate.', 'On 14 May', 'Q: When does the fort pass to the national army?')).toBe('troops');
    expect(kind('A: In March 2020, on a ferry.', 'In March 2020', 'Q: When did the last troops leave the island?')).toBe('troops');
  });
  it('not a question of no development, not "why", not an answer with a verb of its own', () => {
    expect(kind('A: On 14 May.', 'On 14 May', 'Q: When is your birthday?')).toBeNull();
    expect(kind('A: In March 2020, on a ferry.', 'In March 2020', 'Q: Why did the last troops leave the island?')).toBeNull();
    expect(kind('A: The bakery opened in March 2020.', 'in March 2020', 'Q: When did the last troops leave the island?')).toBeNull();
  });
});
