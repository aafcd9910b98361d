// Round 19: a development counted from another ("came two weeks after …") has no calendar date of its own, so a date
// set off after the anchoring clause dates the anchoring clause's development (holdout16: an ambush and a rocket attack
// that "came less than two weeks after" talks held "on Nov. 20" took the talks' date as attacks). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 19: a date after the clause a development is counted from', () => {
  it('dates the anchoring development', () => {
    expect(kind('The raid came less than two weeks after the government and the rebels held their first talks, on 3 May at the old palace.', 'on 3 May')).toBe('talks');
    expect(kind('The shelling began a fortnight after the envoys met in Tarn, the capital, on 8 and 9 June.', 'on 8')).toBe('talks');
    expect(kind('The talks collapsed three days after rebels shelled the port, on 12 July.', 'on 12 July')).toBe('attack');
  });
  it('but not a date of the counted development itself, nor one after a bare noun or in a clause of its own', () => {
    expect(kind('Troops withdrew from Kell two days after the raid, on 5 May.', 'on 5 May')).toBe('troops');
    expect(kind('On 5 May, two days after rebels shelled the port, the troops withdrew.', 'On 5 May')).toBe('troops');
    expect(kind('The army pulled out of Kell a week after rebels shelled the town, and on 9 May the mayor said the town was calm.', 'on 9 May')).toBe('statement');
  });
});
