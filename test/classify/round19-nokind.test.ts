// Nineteenth round: dated tellings of a development that no cue gave a kind (the eval's "no kind at its dates"),
// grouped into classes of wording a reader plainly reads as one of our kinds (src/classify/nokind-cues.ts). Tested on
// sentences of our own (an invented lake dispute between Tarnow and the Isle of Quell), with the same words in other
// senses that each rule must leave alone.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const classify = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at));
const kind = (sentence: string, at: string) => classify(sentence, at)?.type ?? null;

describe('round 19: an instrument agreed in the passive', () => {
  it('is the agreement', () => {
    expect(kind('The Lakeside Framework was agreed on 4 March.', 'on 4 March')).toBe('talks');
    expect(kind('The envoy has been in post since the truce was agreed in June.', 'in June')).toBe('talks');
    expect(kind('By then a ceasefire had been reached, on 9 May.', 'on 9 May')).toBe('talks');
    expect(classify('The Quell Accord was signed on 2 April.', 'on 2 April')?.cameo).toBe('057');
  });
  it('not a budget, a bill or a price agreed', () => {
    expect(kind('The budget was agreed on 4 March.', 'on 4 March')).toBeNull();
    expect(kind('The new ferry timetable was agreed in June.', 'in June')).toBeNull();
    expect(kind('The price of fish was agreed on 9 May.', 'on 9 May')).toBeNull();
  });
});

describe('round 19: two parties accepting a text', () => {
  it('agree on it', () => {
    expect(kind('The mediator drew up a framework that both sides accepted on 14 October.', 'on 14 October')).toBe('talks');
    expect(kind('Tarnow and Quell accepted the proposal on Friday.', 'on Friday')).toBe('talks');
  });
  it('not one party accepting, nor two accepting what is no text of settlement', () => {
    expect(kind('The mayor accepted the proposal on Friday.', 'on Friday')).toBeNull();
    expect(kind('The ferry company and the port accepted the invitation on Friday.', 'on Friday')).toBeNull();
  });
});

describe('round 19: a named body voting to do something', () => {
  it('is its decision, a statement', () => {
    expect(kind('The island assembly voted in March not to renew the harbour lease.', 'in March')).toBe('statement');
    expect(kind('On Tuesday the Tarnow council voted to extend the mandate of the lake patrol.', 'On Tuesday')).toBe('statement');
  });
  it('not voters in an election, nor a vote with no decision told', () => {
    expect(kind('Voters voted on Sunday to choose a new mayor.', 'on Sunday')).toBeNull();
    expect(kind('Residents voted in March to keep the market open.', 'in March')).toBeNull();
    expect(kind('The council voted on Friday.', 'on Friday')).toBeNull();
  });
});

describe('round 19: rounds told held, opening the sentence', () => {
  it('are talks', () => {
    expect(kind('Rounds were held on 3 February and 9 March, and a third on 2 April.', 'on 3 February')).toBe('talks');
    expect(kind('Rounds were held on 3 February and 9 March, and a third on 2 April.', '9 March')).toBe('talks');
  });
  it('not rounds of fire, nor a munition', () => {
    expect(kind('Rounds of shelling were heard on 3 February.', 'on 3 February')).toBe('attack');
    expect(kind('Rounds of golf were held on 3 February.', 'on 3 February')).toBeNull();
  });
});

describe('round 19: a troop subject after a relative clause', () => {
  it('is still the subject: its words are not the relative clause’s', () => {
    expect(kind('Tarnow, which trained most of the soldiers, has promised its battalion will be home by the end of May.', 'by the end of May')).toBe('troops');
  });
  it('while the relative clause’s own troops are not the subject', () => {
    expect(kind('Tarnow, which trained most of the soldiers, has promised its ferry will be home by the end of May.', 'by the end of May')).toBeNull();
  });
});

describe('round 19: a force sending a bare figure "more"', () => {
  const previous = 'The Lake Patrol now has 240 monitors on the water, its spokeswoman said.';
  const at = (s: string, d: string, p: string) => classifySentence(s, s.indexOf(d), p)?.type ?? null;
  it('deploys troops named just before', () => {
    expect(at('The Union of Lake States has promised to send 60 more in April.', 'in April', previous)).toBe('troops');
    expect(at('Tarnow sent 60 more on 3 May.', 'on 3 May', previous)).toBe('troops');
  });
  it('not loaves, nor a figure of something named after it', () => {
    expect(at('The bakery sent 60 more on 3 May.', 'on 3 May', 'The bakery sold 900 loaves on Friday.')).toBeNull();
    expect(at('Tarnow sent 60 more of its boats on 3 May.', 'on 3 May', previous)).toBeNull();
  });
});

describe('round 19: time spent with a negotiator', () => {
  it('is a meeting', () => {
    expect(kind('The Tarnow envoy spent two hours with President Ilse Marr at her residence on Monday.', 'on Monday')).toBe('talks');
    expect(kind('On 9 May the mediator spent the afternoon with the rebel delegation.', 'On 9 May')).toBe('talks');
  });
  it('not time spent with family, children or money spent', () => {
    expect(kind('The envoy spent the weekend with her family in May.', 'in May')).toBeNull();
    expect(kind('The mayor spent two hours with the children on Monday.', 'on Monday')).toBeNull();
  });
});

describe('round 19: "it" standing for a force named in the sentence before', () => {
  const at = (s: string, d: string, p: string) => classifySentence(s, s.indexOf(d), p)?.type ?? null;
  const force = 'At its peak, in 2029, the Lake Patrol Force had nearly 3,000 troops on the shore.';
  it('tells its level, its cut and its end', () => {
    expect(at('Today it has about 1,500, and by the end of May it will be down to 600.', 'Today', force)).toBe('troops');
    expect(at('Today it has about 1,500, and by the end of May it will be down to 600.', 'by the end of May', force)).toBe('troops');
    expect(at('It now has about 900 people on the islands.', 'now', 'The observer mission once had 1,800 monitors.')).toBe('troops');
    expect(at('It is due to close at the end of the year.', 'at the end of the year', 'The patrol, which had about 2,000 soldiers in March, now has 1,100.')).toBe('troops');
  });
  it('not "it" for a town, a bank or a bakery, nor a force named nowhere before', () => {
    expect(at('It now has about 12,000 people.', 'now', 'The army sent 300 soldiers to the town in May.')).toBeNull();
    expect(at('It now has about 1,300 accounts.', 'now', 'The harbour mission of the bank had 40 staff.')).toBeNull();
    expect(at('It is due to close at the end of the year.', 'at the end of the year', 'The bakery opened in 2010.')).toBeNull();
    expect(at('Today it has about 1,500, and by the end of May it will be down to 600.', 'Today', 'The ferry line carried 9,000 passengers in 2029.')).toBeNull();
  });
});
