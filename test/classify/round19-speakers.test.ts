// Round 19: who speaks. An unnamed private person known by a tie to someone ("one soldier's mum", "a neighbour")
// makes no statement of the story (holdout16's gold excludes a relative's remark); and a saying verb that is a
// participle describing the noun before it, in a reduced relative clause whose noun is the subject of a later verb
// ("Force majeure declared on 2 March … is lifted"), has nobody speaking (holdout16: a company notice gave two
// statements). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { tokens } from '../../src/nlp/wink.js';
import { reducedRelative } from '../../src/classify/reduced-relative.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 19: an unnamed relative or neighbour', () => {
  it('makes no statement', () => {
    expect(kind('A soldier’s father told the Courier last night: "We are proud of him."', 'last night')).toBeNull();
    expect(kind('One sailor’s wife said on Monday that the families had heard nothing.', 'on Monday')).toBeNull();
    expect(kind('A neighbour said on Friday that the shooting had lasted an hour.', 'on Friday')).not.toBe('statement');
  });
  it('but a relative named in apposition, or a named person, speaks', () => {
    expect(kind('His mother, Anne Kell, told the Courier on Monday that he was proud to serve.', 'on Monday')).toBe('statement');
    expect(kind('The minister’s spokesman said on Monday that the talks would resume.', 'on Monday')).toBe('statement');
  });
});

describe('round 19: a saying participle in a reduced relative clause', () => {
  it('has no speaker', () => {
    expect(kind('Force majeure declared on 2 March under the firm’s supply contracts is lifted with effect from 1 June.', 'on 2 March')).toBeNull();
    expect(kind('Force majeure declared on 2 March under the firm’s supply contracts is lifted with effect from 1 June.', 'from 1 June')).toBeNull();
    expect(kind('The curfew announced on Monday remains in force.', 'on Monday')).toBeNull();
  });
  it('but a finite saying, an agent, or a subject before the verb speaks', () => {
    expect(kind('The council announced on Monday that the curfew was over.', 'on Monday')).toBe('statement');
    expect(kind('The army declared on Friday the curfew was over.', 'on Friday')).toBe('statement');
    expect(kind('The handover ends the mission announced by the Tarn Council on 20 May.', 'on 20 May')).toBe('statement');
    expect(kind('The battery the minister promised in Tarn last month is said to be on the road.', 'last month')).toBe('statement');
    expect(kind('Defence Minister Ada Fenn promised on 27 May to send them.', 'on 27 May')).toBe('statement');
  });
  it('reads the clause after the verb', () => {
    const at = (s: string, w: string) => reducedRelative(tokens(s), tokens(s).findIndex((t) => t.normal === w));
    expect(at('The curfew announced on Monday remains in force.', 'announced')).toBe(true);
    expect(at('The army announced on Friday.', 'announced')).toBe(false);
  });
});
