// Round 20 mend B: misfires of the day's statement, kin, interval and pronoun rules, reproduced by a reviewer on
// sentences of its own. A relative clause that only comments on what is named leaves the date the saying's; a
// stance with its own date leaves a later date to what it denies; a summit's host is no broadcaster; an official's
// kin and a coordinated official meet; a dated relative clause after an interval's noun tells its developments; a
// state's craft with a service's modifiers is "they"; an outlet's unnamed editor is its own voice.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;
/** The kind at `at`, with the sentence's other dates (`others`) passed as extraction passes them. */
const kindAmong = (sentence: string, at: string, others: readonly string[]) =>
  classifySentence(sentence, sentence.indexOf(at), undefined, [], others.map((o) => ({ start: sentence.indexOf(o), end: sentence.indexOf(o) + o.length })))?.type ?? null;
const kindAfter = (previous: string, sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;

describe('round 20 mend B: a comment in a relative clause', () => {
  it('a speaker calling or saying something of what is named leaves the date the saying\'s', () => {
    expect(kind('The interior minister condemned the bombing on Friday, which she called cowardly.', 'on Friday')).toBe('statement');
    expect(kind('The opposition denounced the shelling of the port on 3 June, which they described as a crime.', 'on 3 June')).toBe('statement');
    expect(kind('The union condemned the strike ballot on Tuesday, which it said was rigged.', 'on Tuesday')).toBe('statement');
  });
  it('a relative clause telling the development still dates it', () => {
    expect(kind('The minister condemned the bombing at the bridge on 14 March, in which four officers were killed.', 'on 14 March')).toBe('attack');
    expect(kind('The minister condemned the ambush on Monday, which killed four.', 'on Monday')).toBe('attack');
    expect(kind('The envoy condemned the raid on Monday, which she said killed four.', 'on Monday')).toBe('attack');
  });
});

describe('round 20 mend B: a labour strike named by its modifier', () => {
  it('a strike ballot or strike action is no attack', () => {
    expect(kind('The union condemned the strike ballot on Tuesday, in which members backed a walkout.', 'on Tuesday')).toBe('statement');
    expect(kind('The port was closed by strike action on Tuesday.', 'on Tuesday')).toBeNull();
  });
  it('an armed strike is one still', () => {
    expect(kind('The minister condemned the air strike on Tuesday, in which four died.', 'on Tuesday')).toBe('attack');
    expect(kind('A drone strike hit the depot on Tuesday.', 'on Tuesday')).toBe('attack');
  });
});

describe('round 20 mend B: a stance with a date of its own', () => {
  const gerund = 'The Vessian army on Monday denied carrying out the airstrike on the market in Orm on 2 March.';
  const noun = 'The Vessian army on Monday denied the airstrike on the market in Orm on 2 March.';
  it('the later date is what is denied', () => {
    expect(kindAmong(gerund, 'on 2 March', ['on Monday'])).toBe('attack');
    expect(kindAmong(noun, 'on 2 March', ['on Monday'])).toBe('attack');
  });
  it('the stance keeps its own date', () => {
    expect(kindAmong(gerund, 'on Monday', ['on 2 March'])).toBe('statement');
    expect(kindAmong(noun, 'on Monday', ['on 2 March'])).toBe('statement');
  });
  it('a stance with one date keeps it', () => {
    expect(kind('The militia denied carrying out the ambush on Monday.', 'on Monday')).toBe('statement');
    expect(kind('The militia denied the ambush on Monday.', 'on Monday')).toBe('statement');
  });
});

describe('round 20 mend B: a host off air', () => {
  it('a summit host who holds an office speaks', () => {
    expect(kind('Summit host Prime Minister Ada Renn told the leaders on Friday that the truce must hold.', 'on Friday')).toBe('statement');
    expect(kind('Host Ida Marr told the delegates on Friday that the truce must hold.', 'on Friday')).toBe('statement');
  });
  it('a host or an anchor on air is the press', () => {
    expect(kind('Radio host Ida Marr said on Friday that no one had been charged.', 'on Friday')).toBeNull();
    expect(kind('Evening news anchor Tom Vos said on Friday that no one had been charged.', 'on Friday')).toBeNull();
  });
});

describe('round 20 mend B: an official\'s kin', () => {
  it('an office-holder with kin meets', () => {
    expect(kind('President Olav Dern and his wife met King Harald of Vessia in Tarvik on Friday.', 'on Friday')).toBe('talks');
    expect(kind("The general's wife met the rebel envoy on Thursday.", 'on Thursday')).toBe('talks');
  });
  it('private kin do not', () => {
    expect(kind('Anna Kell and her husband met the governor on Friday.', 'on Friday')).toBeNull();
    expect(kind("The soldier's wife met the governor on Friday.", 'on Friday')).toBeNull();
  });
});

describe('round 20 mend B: an interval with dated developments', () => {
  it('a relative clause dating the interval\'s developments tells them', () => {
    const s = 'Three days passed between the two meetings in Harl, which were held on 2 March and 5 March.';
    expect(kind(s, 'on 2 March')).toBe('talks');
    expect(kind('A gap of three days between the two meetings in Harl, which were held on 2 March and 5 March.', 'on 2 March')).toBe('talks');
  });
  it('the interval alone tells none', () => {
    expect(kind('On Monday there were three days between the two meetings in Harl.', 'On Monday')).toBeNull();
    expect(kind('On Monday there were three days between the two meetings in Harl, which the mediators praised.', 'On Monday')).toBeNull();
  });
  it('a named place before another\'s plan does not hand the date on', () => {
    expect(kind('They discussed the second round of talks in Vasho, which Tesmara has pencilled in for Monday 16 March.', 'Monday 16 March')).toBeNull();
  });
});

describe('round 20 mend B: "they" for a state\'s craft with modifiers', () => {
  it('fighter jets and attack helicopters are the force "they" stands for', () => {
    expect(kindAfter('The Vessian fighter jets left Port Orm on 2 March.', 'They arrived in Tarvik on 4 March.', 'on 4 March')).toBe('troops');
    expect(kindAfter('The Vessian attack helicopters left Orm on 2 March.', 'They arrived in Korva on 4 March.', 'on 4 March')).toBe('troops');
  });
  it('civil craft are not', () => {
    expect(kindAfter('The civilian transport aircraft left Port Orm on 2 March.', 'They arrived in Tarvik on 4 March.', 'on 4 March')).not.toBe('troops');
  });
});

describe('round 20 mend B: an outlet\'s unnamed staff', () => {
  it('an editor or a columnist by role alone is the outlet\'s voice', () => {
    expect(kind('The editor wrote on Tuesday that the paper would not publish the letters.', 'on Tuesday')).toBeNull();
    expect(kind('Our columnist argued on Tuesday that the truce was failing.', 'on Tuesday')).toBeNull();
  });
  it('a party speaking to an editor still speaks', () => {
    expect(kind('The minister wrote to the editor on Tuesday that the truce would hold.', 'on Tuesday')).toBe('statement');
  });
});
