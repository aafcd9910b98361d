// Round 20 (third pass on tellings with no kind), in sentences of our own: a force's deployment told in a relative
// clause with the force before it (force-relative.ts), a fact box's line of a force's level, a force given until a
// date to be gone, and a development presupposed under "whether" (whether-presupposed.ts).
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const kind = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;

describe('round 20: a force sent or deployed, told in a relative clause', () => {
  it('the force before the clause, its subject of several words between', () => {
    expect(kind('The Tarsen Mission is a peacekeeping force the Council of Nations sent to Veldra in 2031 to protect civilians in the south, where rebels had fought since 2025.', 'in 2031')).toBe('troops');
    expect(kind('The Border Mission is a peacekeeping force that the Council of Nations sent to Veldra in 2031.', 'in 2031')).toBe('troops');
    expect(kind('The battalion the Ostish government deployed in March 2031 guards the port.', 'in March 2031')).toBe('troops');
  });
  it('not what is no troop noun before the clause, nor a verb between', () => {
    expect(kind('The force commander the Council of Nations sent in 2031 resigned.', 'in 2031')).toBeNull();
    expect(kind('The food aid the Council of Nations sent in 2031 was stolen.', 'in 2031')).toBeNull();
    expect(kind('The force said that the Council of Nations sent aid in 2031.', 'in 2031')).not.toBe('troops');
    expect(kind('The report the Council of Nations sent in 2031 was forty pages long.', 'in 2031')).toBeNull();
  });
});

describe("round 20: a fact box's line of a force's level", () => {
  it('a figure, a colon and a force named with a date', () => {
    expect(kind('4,200: Tarsen Mission uniformed personnel in late March', 'in late March')).toBe('troops');
    expect(kind('1,150: Ostish troops in the valley in early May', 'in early May')).toBe('troops');
  });
  it('not a toll, nor a count of what is no force, nor a figure inside a line', () => {
    expect(kind('12: peacekeepers killed since May 2030', 'since May 2030')).toBeNull();
    expect(kind('2,000: refugees in the camps in March', 'in March')).toBeNull();
    expect(kind('6: mission bases left in the province in March', 'in March')).toBeNull();
    expect(kind('Of the 4,200: personnel in late March', 'in late March')).toBeNull();
  });
});

describe('round 20: a force given until a date', () => {
  it('troops that have until a date, or until it to leave, are gone by then', () => {
    expect(kind('The sailors at Ormen have until 30 September.', 'until 30 September')).toBe('troops');
    expect(kind('The last soldiers have until the end of June to leave the island.', 'until the end of June')).toBe('troops');
  });
  it('not a deadline of another kind, nor people who are no force', () => {
    expect(kind('The soldiers have until Friday to register to vote.', 'until Friday')).toBeNull();
    expect(kind('Soldiers had until 30 September to claim their pay.', 'until 30 September')).toBeNull();
    expect(kind('The residents have until 30 September.', 'until 30 September')).toBeNull();
  });
  it('a deadline given in the present lies ahead of the telling', () => {
    const found = resolveDates('The sailors at Ormen have until 30 September.', { year: 2040, month: 6, day: 15 });
    expect(found.dates.map((d) => d.date)).toEqual([{ year: 2040, month: 9, day: 30 }]);
  });
});

describe('round 20: a development presupposed under "whether"', () => {
  it('the subject of a past "was" that only characterises it', () => {
    expect(kind('Whether the killing of the mayor on 3 April was a breach is disputed, since the rebels deny any part in it.', 'on 3 April')).toBe('attack');
    expect(kind('Whether the bombing of the depot on 3 April was an act of war is disputed.', 'on 3 April')).toBe('attack');
    expect(kind('It is unclear whether the talks on 3 April were a success.', 'on 3 April')).toBe('talks');
  });
  it('still hedged: a future, a participle, "there was", a verb of its own', () => {
    expect(kind('Whether the talks on 3 April will go ahead is unclear.', 'on 3 April')).toBeNull();
    expect(kind('Whether the attack on 3 April was planned is disputed.', 'on 3 April')).toBeNull();
    expect(kind('Whether there was an attack on 3 April is disputed.', 'on 3 April')).toBeNull();
    expect(kind('The army has not said whether it will resume air strikes on 3 April.', 'on 3 April')).toBeNull();
  });
});
