// Round 21, second kinds pass: failures found by probing with articles of our own on stories the read sets do not
// tell (a hostage release, a coup, a siege, a port's ransomware outage). Every sentence here is our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;
/** With the sentence's other date passed, as extraction passes it. */
const kindBeside = (sentence: string, at: string, other: string) => {
  const start = sentence.indexOf(other);
  return classifySentence(sentence, sentence.indexOf(at), undefined, [], [{ start, end: start + other.length }])?.type ?? null;
};

describe('round 21 probes: attacks that use no force', () => {
  it('an illness, a computer intrusion or an animal is no attack', () => {
    expect(kind('The senator suffered a heart attack on Monday.', 'on Monday')).toBeNull();
    expect(kind('The port suffered a ransomware attack on 3 November.', 'on 3 November')).toBeNull();
    expect(kind('Hackers carried out a cyber attack on the ministry on Monday.', 'on Monday')).toBeNull();
    expect(kind('The ministry was hit by a cyber-attack on Monday.', 'on Monday')).toBeNull();
    expect(kind('A shark attack closed the beach on Monday.', 'on Monday')).toBeNull();
  });
  it('"the attack" after a sentence telling only such an attack points back at it', () => {
    expect(kind('The attack began on 3 November.', 'on 3 November', 'The firm said a ransomware attack had halted its cranes.')).toBeNull();
    expect(kind('That attack cost the insurer $40 million in March.', 'in March', 'Hackers claimed a cyberattack on the grid.')).toBeNull();
  });
  it('but force stays force, whatever came before', () => {
    expect(kind('Rebels carried out an attack on the port on Monday.', 'on Monday')).toBe('attack');
    expect(kind('The army launched a fierce attack on the ridge on Monday.', 'on Monday')).toBe('attack');
    expect(kind('The attack began on 3 November.', 'on 3 November', 'Rebels fired rockets at the base.')).toBe('attack');
    expect(kind('Hackers claimed responsibility on Monday after a bomb attack on the ministry.', 'on Monday')).not.toBeNull();
  });
  it('an attack in words by a named speaker is a criticism', () => {
    expect(kind('The opposition leader launched a scathing attack on the budget on Monday.', 'on Monday')).toBe('statement');
    expect(kind('In a stinging attack on Wednesday, the union accused the minister of lying.', 'on Wednesday')).toBe('statement');
  });
});

describe('round 21 probes: harm words describing people', () => {
  it('the slain, the wounded, the kidnapped named by a noun are people, not a harm told at the date', () => {
    expect(kind('Relatives of the slain policemen will hold a memorial service on June 20.', 'on June 20')).toBeNull();
    expect(kind('Our teams evacuated 212 wounded civilians by bus on 19 August.', 'on 19 August')).toBeNull();
    expect(kind('A fund for kidnapped workers was launched on Monday.', 'on Monday')).toBeNull();
  });
  it('a harm told by a verb stays an attack', () => {
    expect(kind('Gunmen kidnapped workers on Monday.', 'on Monday')).toBe('attack');
    expect(kind('The blast wounded 12 civilians on Monday.', 'on Monday')).toBe('attack');
    expect(kind('Two policemen were killed on Monday.', 'on Monday')).toBe('attack');
    expect(kind('Militants killed two soldiers and wounded civilians in the market on Monday.', 'on Monday')).toBe('attack');
  });
});

describe('round 21 probes: a reduced relative with a date of its own', () => {
  const freed = 'Three engineers kidnapped from a dam site in January were released on Friday.';
  it('keeps its harm at its own date, not the main clause\'s', () => {
    expect(kindBeside(freed, 'on Friday', 'in January')).toBeNull();
    expect(kindBeside(freed, 'in January', 'on Friday')).toBe('attack');
    expect(kindBeside('Two soldiers killed near the border on Sunday were buried on Tuesday.', 'on Tuesday', 'on Sunday')).toBeNull();
    expect(kindBeside('The aid workers abducted near the border last year were freed on Sunday, the ministry said.', 'on Sunday', 'last year')).toBeNull();
  });
  it('a relative clause with no date of its own still names the main clause\'s development', () => {
    expect(kind('Three engineers kidnapped from a dam site were released on Friday.', 'on Friday')).toBe('attack');
  });
});

describe('round 21 probes: unnamed forecasters and researchers', () => {
  it('a trade of forecasting or study is no named speaker', () => {
    expect(kind('Forecasters warn of a storm reaching the capital on Thursday night.', 'on Thursday')).toBeNull();
    expect(kind('Security researchers warned on Friday that copycat attacks were likely.', 'on Friday')).toBeNull();
    expect(kind('Economists said on Friday that inflation would ease.', 'on Friday')).toBeNull();
  });
  it('a named body or person still speaks', () => {
    expect(kind('The weather service warned of flooding on Friday.', 'on Friday')).toBe('statement');
    expect(kind('The interior minister warned on Friday that copycat attacks were likely.', 'on Friday')).toBe('statement');
  });
});

describe('round 21 probes: a development only predicted by its predicate', () => {
  it('attacks "likely", clashes "possible", strikes "imminent" have not happened at the date', () => {
    expect(kind('Copycat attacks on smaller ports were likely in December, the minister said.', 'in December')).toBeNull();
    expect(kind('More clashes are possible along the border next week.', 'next week')).toBeNull();
    expect(kind('Further air strikes on the city look imminent this weekend.', 'this weekend')).toBeNull();
  });
  it('"likely" as an adverb before a participle judges a thing that happened', () => {
    expect(kind('The attacks were likely carried out by militants on Monday.', 'on Monday')).toBe('attack');
    expect(kind('Rocket attacks on the base were frequent in 2023.', 'in 2023')).toBe('attack');
  });
});

describe('round 21 probes: a date ending a clause before ", and"', () => {
  it('dates the clause before it, over an appositive, not the coordinated clause after it', () => {
    expect(kind('Soldiers seized the broadcaster in the capital, Hollin, before dawn on Wednesday, and an officer read a statement.', 'on Wednesday')).toBe('attack');
    expect(kind('Rebels shelled the port in the north, Kessa, on Monday, and the governor condemned the attack.', 'on Monday')).toBe('attack');
    expect(kind('The minister met rebel leaders in the capital, Hollin, on Monday, and the army said it would observe a truce.', 'on Monday')).toBe('talks');
  });
  it('a fronted date still dates the clause after it', () => {
    expect(kind('On Monday, the governor condemned the shelling.', 'On Monday')).toBe('statement');
  });
});
