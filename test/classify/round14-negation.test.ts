// Fourteenth round: developments the words deny, captives counted, an understanding signed; sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string) => classifySentence(sentence)?.type ?? null;

describe('round 14: a negated verb tells no development', () => {
  it('"did not consult", "has never attacked", "had not met" did not happen', () => {
    expect(kind('The inquiry regrets that the cabinet did not consult the river council before the vote.')).toBeNull();
    expect(kind('The Front has never attacked the pumping station at Varn.')).toBeNull();
    expect(kind('The two envoys had not met since the spring.')).toBeNull();
  });

  it('a development named beside the negation is still told', () => {
    expect(kind('The shelling of the weir did not stop the talks in Varn.')).not.toBeNull();
    expect(kind('The envoys met in Varn, but did not sign anything.')).toBe('talks');
    expect(kind('Not until Friday did the envoys meet in Varn.')).toBe('talks');
  });
});

describe('round 14: captives are no troop level', () => {
  it('"nineteen soldiers are still held by the Front" counts captives, not a force', () => {
    expect(kind('Nineteen soldiers are still held by the Front in the hills above Varn.')).toBeNull();
    expect(kind('Twelve sailors are still detained in the port of Varn.')).not.toBe('troops');
    // (Taking them hostage is an abduction, an attack.)
    expect(kind('Twelve sailors were taken hostage off Varn.')).toBe('attack');
  });

  it('soldiers still based somewhere are a force', () => {
    expect(kind('About 400 soldiers are still based at the Varn barracks.')).toBe('troops');
  });
});

describe('round 14: an understanding signed is an agreement', () => {
  it('"signed an understanding" is talks, as "reached an understanding" was', () => {
    expect(kind('Osk and the Front signed an understanding on the river line in Varn.')).toBe('talks');
    expect(kind('The understanding the two sides signed in Varn set up a joint patrol.')).toBe('talks');
  });
});
