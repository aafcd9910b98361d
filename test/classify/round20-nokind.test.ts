// Round 20: dated tellings that got no kind — an armed force pounding a place (the 'armedSubject' condition of
// vocabulary.ts's pounding cue, written the same hour by two branches; this file keeps the nokind branch's cases), a party walking out of a process of
// talks named just before. Sentences of our own, each with sentences the rule must not fire on.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const classify = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous);
const kind = (sentence: string, at: string, previous?: string) => classify(sentence, at, previous)?.type ?? null;

describe('round 20: an armed force pounding a place is an attack', () => {
  it('aircraft, guns or troops pounding a place', () => {
    expect(kind('Army jets pounded militant camps in the hills on Monday.', 'on Monday')).toBe('attack');
    expect(kind('On 3 May artillery pounded the outskirts of the port.', 'On 3 May')).toBe('attack');
    expect(kind('Government forces had pounded the rebel-held town since dawn on Sunday.', 'on Sunday')).toBe('attack');
  });
  it('not the weather, the sea, a fist or a knock', () => {
    expect(kind('Heavy rain pounded the capital on Monday.', 'on Monday')).toBeNull();
    expect(kind('On Tuesday waves pounded the harbour wall.', 'On Tuesday')).toBeNull();
    expect(kind('The chairman pounded the table on Friday.', 'on Friday')).toBeNull();
    expect(kind('On Monday soldiers pounded on the door of the house.', 'On Monday')).toBeNull();
    expect(kind('The winning team pounded their rivals on Saturday.', 'on Saturday')).toBeNull();
  });
});

describe('round 20: walking out, the process of talks named just before', () => {
  const before = 'The delegations met again in Geneva, a month after the militia walked out of the process.';
  it('a party walking out after a sentence on a process walked out of, or a peace process', () => {
    expect(kind('The militia had walked out on 3 March, after the shelling of its villages.', 'on 3 March', before)).toBe('statement');
    expect(kind('The militia walked out on 3 March.', 'on 3 March', 'Both sides have backed the peace process since 2020.')).toBe('statement');
  });
  it('not a process of another kind, nor a workforce walking out', () => {
    expect(kind('The applicants walked out on 3 March.', 'on 3 March', 'The approval process took eight months.')).toBeNull();
    expect(kind('The nurses walked out on 3 March.', 'on 3 March', 'The nurses have opposed the peace process since 2020.')).toBeNull();
    expect(kind('The militia walked out on 3 March.', 'on 3 March', 'The hiring process was slow.')).toBeNull();
  });
});
