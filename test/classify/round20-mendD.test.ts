// Round 20 mend D, in sentences of our own: a relative clause after a troop noun whose verb tells no deployment
// (force-relative.ts), a deadline to hand or get something in (nokind-conditions.ts) or one not kept, a "whether" whose
// question is what kind of thing happened (whether-presupposed.ts), a prize claimed (vocabulary.ts), and an answer
// titled by its question (answered-question.ts, describe-event.ts).
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { eventTitle } from '../../src/events/describe-event.js';
import type { Mention } from '../../src/types.js';

const kind = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;

describe('round 20 mend D: a relative clause after a troop noun', () => {
  it('no deployment when the verb has an object of its own, sends to an institution, or the noun hangs on a preposition', () => {
    expect(kind('Families of the soldiers the military court sent to prison in 2031 marched through Varlo on Sunday.', 'in 2031')).toBeNull();
    expect(kind('Families of the soldiers the military court sent to prison in 2031 marched through Varlo on Sunday.', 'on Sunday')).toBeNull();
    expect(kind('The battalion the Union sent supplies to in March is still short of fuel.', 'in March')).toBeNull();
    expect(kind('The soldiers the tribunal sent to jail in 2030 were freed on Monday.', 'in 2030')).toBeNull();
  });
  it('still a deployment: a place, a share of the force, troops sent to the force', () => {
    expect(kind('The battalion the Union sent to Korendo in March is still short of fuel.', 'in March')).toBe('troops');
    expect(kind('Most of the soldiers the Union deployed in March 2031 are still in the valley.', 'in March 2031')).toBe('troops');
  });
});

describe('round 20 mend D: a force given until a date', () => {
  it('not to hand or get something in, nor a past deadline the force did not keep', () => {
    expect(kind('The troops have until 30 September to hand in their old rifles, the army said.', 'until 30 September')).toBeNull();
    expect(kind('The soldiers have until 30 September to get their tax returns in, the finance office said.', 'until 30 September')).toBeNull();
    expect(kind('The troops had until 30 September 2031 to leave, but most stayed until December.', 'until 30 September 2031')).toBeNull();
  });
  it('still a leaving: a verb of leaving alone, or with the word that makes it one', () => {
    expect(kind('The troops have until 30 September to pull out of the valley.', 'until 30 September')).toBe('troops');
    expect(kind('The soldiers have until 30 September to get out of the port.', 'until 30 September')).toBe('troops');
    expect(kind('The troops had until 30 September 2031 to leave.', 'until 30 September 2031')).toBe('troops');
  });
});

describe('round 20 mend D: "whether X was a …" asking what X was', () => {
  it('the kind in question: a happening noun or alternatives after "was a"', () => {
    expect(kind('Residents asked whether the blast on 3 April was a bomb or a gas leak.', 'on 3 April')).toBeNull();
    expect(kind('It is unclear whether the fire on 3 April was an attack.', 'on 3 April')).toBeNull();
    expect(kind('It remains unclear whether the shooting on 3 April was an accident.', 'on 3 April')).toBeNull();
  });
  it('still taken as given: a characterisation', () => {
    expect(kind('Whether the killing of the mayor on 3 April was a breach is disputed.', 'on 3 April')).toBe('attack');
    expect(kind('Whether the bombing of the depot on 3 April was an act of war is disputed.', 'on 3 April')).toBe('attack');
  });
});

describe('round 20 mend D: a prize claimed', () => {
  it('no statement', () => {
    expect(kind('The club claimed the trophy on 20 March.', 'on 20 March')).toBeNull();
    expect(kind('The Liberal Party claimed the seat on 20 March.', 'on 20 March')).toBeNull();
  });
  it('still a statement: a claim of what happened', () => {
    expect(kind('The minister claimed on 20 March that the rebels had fled.', 'on 20 March')).toBe('statement');
  });
});

describe('round 20 mend D: an answer that is only a date is titled by its question', () => {
  const mention = (quote: string, context: string, cue: string, type: 'talks' | 'troops', date: string) =>
    ({ article: 'a', sentence: 1, quote, context, classification: { type, cue, cameo: '042' }, date: { text: date, index: quote.indexOf(date), tag: 'explicit-date', precision: 'month' } }) as unknown as Mention;
  it("the question's words, never the answer's label", () => {
    expect(eventTitle(mention('A: In March 2031.', 'Q: When did the president last visit Korendo?', 'visit', 'talks', 'In March 2031'))).toBe('The president last visit Korendo');
    expect(eventTitle(mention('A: On 14 May, in a ceremony at the gate.', 'Q: When does the fort pass to the army?', 'pass to the army', 'troops', 'On 14 May'))).toBe('The fort pass to the army');
  });
  it('an answer with a verb of its own keeps its own words', () => {
    expect(eventTitle(mention('A: The president visited Korendo in March 2031.', 'Q: When did the president last visit Korendo?', 'visited', 'talks', 'in March 2031'))).toMatch(/^A: The president visited Korendo/);
  });
});
