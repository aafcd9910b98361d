// Round 21 (probe, second batch): oblique wordings of the four kinds found by probing with sentences of our own —
// verbal nouns ("the downing of"), phrasal verbs ("gunned down", "wound up", "beefed up", "lashed out"), and a
// delegation sent, a text initialled, proposals exchanged. Each with sentences the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;

describe('round 21 probe 2: attacks', () => {
  it('gunned down, the downing of a craft, under sustained fire, a mine tearing through', () => {
    expect(kind('Three soldiers were gunned down at a market on 5 May.', 'on 5 May')).toBe('attack');
    expect(kind('The downing of the helicopter on 3 May killed four crew.', 'on 3 May')).toBe('attack');
    expect(kind('The village came under sustained fire on 2 May.', 'on 2 May')).toBe('attack');
    expect(kind('A mine tore through a bus on 10 May, killing six.', 'on 10 May')).toBe('attack');
  });
  it('not tools downed, criticism come under, nor a wound that is winding', () => {
    expect(kind('The downing of tools by dockers on 3 May halted the port.', 'on 3 May')).toBeNull();
    expect(kind('The minister came under heavy criticism on Monday.', 'on Monday')).toBeNull();
    expect(kind('The company wound up its business on 30 April.', 'on 30 April')).toBeNull();
    expect(kind('He wound up in hospital on 30 April.', 'on 30 April')).toBeNull();
    expect(kind('The blast wounded up to 20 people on 30 April.', 'on 30 April')).toBe('attack');
  });
});

describe('round 21 probe 2: talks', () => {
  it('a delegation sent, a text initialled or inked, proposals exchanged, back to the table', () => {
    expect(kind('The rebels sent a delegation to the capital on 3 May.', 'on 3 May')).toBe('talks');
    expect(kind('The parties initialled a draft accord on 8 May.', 'on 8 May')).toBe('talks');
    expect(kind('The two sides inked a truce on 9 May.', 'on 9 May')).toBe('talks');
    expect(kind('The two sides exchanged proposals on 10 May.', 'on 10 May')).toBe('talks');
    expect(kind('The two sides went back to the table on 12 May.', 'on 12 May')).toBe('talks');
  });
  it('not a firm’s delegation, deal or proposals, nor a family at the table', () => {
    expect(kind('The company sent a delegation to the trade fair on 3 May.', 'on 3 May')).toBeNull();
    expect(kind('The firm inked a deal with a supplier on 9 May.', 'on 9 May')).toBeNull();
    expect(kind('The two firms exchanged proposals on 10 May.', 'on 10 May')).toBeNull();
    expect(kind('The family went back to the table on 12 May.', 'on 12 May')).toBeNull();
  });
});

describe('round 21 probe 2: statements', () => {
  it('addressing the nation, briefing reporters, lashing out, speaking out, apologising', () => {
    expect(kind('The president addressed the nation on 3 May.', 'on 3 May')).toBe('statement');
    expect(kind('The general briefed reporters on 6 May.', 'on 6 May')).toBe('statement');
    expect(kind('The government lashed out at the rebels on 9 May.', 'on 9 May')).toBe('statement');
    expect(kind('The mayor spoke out on 8 May against the curfew.', 'on 8 May')).toBe('statement');
    expect(kind('The minister apologised on 4 May for the raid.', 'on 4 May')).toBe('statement');
  });
  it('not an issue addressed, pupils briefed, a prisoner lashing out, a singer or a company', () => {
    expect(kind('The professor addressed the issue on 3 May.', 'on 3 May')).toBeNull();
    expect(kind('The teacher briefed the pupils on 6 May.', 'on 6 May')).toBeNull();
    expect(kind('The prisoner lashed out at guards on 9 May.', 'on 9 May')).toBeNull();
    expect(kind('The singer spoke out on 8 May against the tax.', 'on 8 May')).toBeNull();
    expect(kind('The company apologised on 4 May for the delay.', 'on 4 May')).toBeNull();
  });
});

describe('round 21 probe 2: troops', () => {
  it('a presence beefed up, reinforcements pouring in, a mission wound up, a force so strong, troops brought home', () => {
    expect(kind('The army beefed up its presence along the border on 3 May.', 'on 3 May')).toBe('troops');
    expect(kind('Reinforcements poured into the valley on 5 May.', 'on 5 May')).toBe('troops');
    expect(kind('The mission wound up its operations on 30 April.', 'on 30 April')).toBe('troops');
    expect(kind('The force is now 1,200 strong.', 'now')).toBe('troops');
    expect(kind('The troops are being brought home from 1 June.', 'from 1 June')).toBe('troops');
  });
  it('not a sales team, flood walls, a crowd, children', () => {
    expect(kind('The firm beefed up its sales team on 3 May.', 'on 3 May')).toBeNull();
    expect(kind('Reinforcements for the flood walls were ordered on 5 May.', 'on 5 May')).toBeNull();
    expect(kind('The crowd was 5,000 strong on Saturday.', 'on Saturday')).toBeNull();
    expect(kind('The children were brought home from school on Monday.', 'on Monday')).toBeNull();
  });
});
