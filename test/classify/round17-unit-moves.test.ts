// Round 17 (issue 4): a unit's movement is troops, not a visit. Holdout14 read "flew in a reinforcement company",
// "a field hospital (86 staff) lands at …", "their field hospital … finally flew out on 12 April" and "How many
// field-hospital staff arrived …" as talks. Sentences of our own, on an invented garrison at Pell.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 17: a unit arriving, landing, flown in or out', () => {
  it('is troops', () => {
    expect(kind('Norland flew in a reinforcement company on 3 June, the first new soldiers in the valley this year.', 'on 3 June')).toBe('troops');
    expect(kind('A Norlandic reinforcement company arrived on 3 June 2040.', 'on 3 June')).toBe('troops');
    expect(kind('11 Mar 09:20 – Norlandic field hospital (40 staff) lands at Pell airstrip and moves to the base by road.', '11 Mar')).toBe('troops');
    expect(kind('How many field-hospital staff arrived from Norland in March: 30, 40 or 50?', 'in March')).toBe('troops');
    expect(kind('Their field hospital, due home on 30 June, finally flew out on 9 July.', 'on 9 July')).toBe('troops');
    expect(kind('The air force airlifted out the last infantry company on 9 July.', 'on 9 July')).toBe('troops');
  });

  it('a person or a delegation still visits; a shell still falls; a civilian hospital is no unit', () => {
    expect(kind('The foreign minister flew in on 3 June for talks with the rebels.', 'on 3 June')).toBe('talks');
    expect(kind('The minister arrived in Pell on 3 June for talks.', 'on 3 June')).toBe('talks');
    expect(kind('The envoy flew in from Osk on 3 June.', 'on 3 June')).toBe('talks');
    expect(kind('The president flew in a plane borrowed from Osk on 3 June.', 'on 3 June')).toBe('talks');
    expect(kind('Two shells landed near the market on 3 June.', 'on 3 June')).toBe('attack');
    expect(kind('Staff of the city hospital arrived on 3 June to treat the wounded.', 'on 3 June')).not.toBe('troops');
  });
});
