// Round 17 (issue 4): a chronology line telling two developments of its day lost the second, a saying ("15 May -
// …'s air force takes over the … battery; President … calls it "our own shield at last".", holdout10: the statement
// event missed this telling). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { sayingInLine } from '../../src/classify/classify-sentence.js';

const said = (line: string) => sayingInLine(line, 0)?.type ?? null;

describe('round 17: a saying after a semicolon in a line its date heads', () => {
  it('is a statement of that day', () => {
    expect(said('15 May - Norland\'s air force takes over the Pell battery; President Brisk calls it "our own shield at last".')).toBe('statement');
    expect(said('3 June: the last convoy leaves Osk; the defence minister says the mission "did its job".')).toBe('statement');
  });
  it('not a line without a saying, a sentence the date does not head, nor a quoted saying', () => {
    expect(said('13 Jan 04:55 – Two drones hit the accommodation lines; third drone shot down by the gun line.')).toBeNull();
    expect(said('On 12 March rockets hit the depot; the army said three soldiers were hurt.')).toBeNull();
    expect(said('12 Mar – Rockets hit the depot; "we said nothing", a guard recalls.')).toBeNull();
  });
});
