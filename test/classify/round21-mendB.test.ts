// Round 21 mend B: a state's civilian units are no troops; an animal's attack, an attack in words, a natural hazard
// and a gas explosion are no attack; an attack only named as a trial's subject is not told at its own date either.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;

describe("round 21 mend B: a civilian camp, mission or purpose is no force's presence", () => {
  it('a refugee camp, a spokesman of a mission, a civilian work', () => {
    expect(kind('The Italian medics arrived at the refugee camp on Sunday.', 'on Sunday')).not.toBe('troops');
    expect(kind('A French company left the camp on Tuesday after finishing the water pipeline.', 'on Tuesday')).not.toBe('troops');
    expect(kind('The Chinese engineers arrived at the dam on Monday to repair the turbines, a mission spokesman said.', 'on Monday')).not.toBe('troops');
    expect(kind('The Spanish medics left the summer camp on Friday.', 'on Friday')).not.toBe('troops');
    expect(kind('The Japanese engineers arrived on Monday with a trade mission.', 'on Monday')).not.toBe('troops');
    expect(kind('A German company arrived at the camp for refugees on Monday.', 'on Monday')).not.toBe('troops');
  });
  it('but a force camp, a mission of its own or troops named still make it troops', () => {
    expect(kind('The Bangladeshi engineers of the mission, who arrived in Bor on 17 January, began work on the road.', 'on 17 January')).toBe('troops');
    expect(kind("A Kenyan company arrived at the peacekeepers' camp on Monday.", 'on Monday')).toBe('troops');
    expect(kind('The Italian medics arrived at the camp on Sunday.', 'on Sunday')).toBe('troops');
    expect(kind('A French company left the base on Tuesday after finishing the water pipeline.', 'on Tuesday')).toBe('troops');
  });
});

describe('round 21 mend B: attacks that are no force', () => {
  it("an animal's attack doing harm, an attack in words", () => {
    expect(kind('A shark attack off the beach on Sunday left a surfer injured.', 'on Sunday')).toBeNull();
    expect(kind('A hiker was badly injured in a bear attack on Sunday.', 'on Sunday')).toBeNull();
    expect(kind('The newspaper launched a fierce attack on the coach on Monday.', 'on Monday')).toBeNull();
    expect(kind('The opposition made a savage attack on the budget on Tuesday.', 'on Tuesday')).toBeNull();
  });
  it('but a fierce attack on a town, and harm done by gunmen, are attacks', () => {
    expect(kind('Rebels launched a fierce attack on the town on Monday.', 'on Monday')).toBe('attack');
    expect(kind('Gunmen killed two farmers on Sunday.', 'on Sunday')).toBe('attack');
  });
  it('rains, downpours and a gas explosion tearing through a block are hazards', () => {
    expect(kind('Heavy rains killed 12 people in the valley on Sunday.', 'on Sunday')).toBeNull();
    expect(kind('Torrential downpours killed five people on Monday.', 'on Monday')).toBeNull();
    expect(kind('A gas explosion tore through an apartment block on Sunday, killing four.', 'on Sunday')).toBeNull();
  });
});

describe("round 21 mend B: a dated attack that is only a trial's subject", () => {
  it('a date before the noun', () => {
    expect(kind('The trial over the March 3 bombing of the market opened on Monday.', 'March 3')).toBeNull();
    expect(kind('The trial over the 2019 bombing of the market opened on Monday.', '2019')).toBeNull();
    expect(kind("The trial over Tuesday's bombing of the market opened on Monday.", 'Tuesday')).toBeNull();
    expect(kind('The trial over the ambush of 2 June 2023 opened on Monday.', '2 June')).toBeNull();
  });
  it('but a date right after the noun stays the attack\'s', () => {
    expect(kind('A man was charged on Monday with the bombing on 3 May.', 'on 3 May')).toBe('attack');
  });
});
