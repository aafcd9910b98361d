// A request's or decision's aim ("asked the police to take over …") lies ahead of the asking, but a saying followed by
// a clause of its own ("told reporters he had flown to …") is no request, and a place after "to" is no aim.
import { describe, expect, it } from 'vitest';
import { tenseAt } from '../../src/dates/tense.js';
import { datesDecidedAim } from '../../src/extract/decided-aim.js';

const at = (sentence: string, date: string) => sentence.indexOf(date);
const tense = (sentence: string, date: string) => tenseAt(sentence, at(sentence, date), date.length);

describe('the aim of a request or a decision', () => {
  it('is read after "asked … to" and "decision … to"', () => {
    const asked = 'The council asked the harbour police to take over the ferry landing by mid-May.';
    expect(tense(asked, 'by mid-May')).toMatchObject({ tense: 'future', then: true });
    expect(datesDecidedAim(asked, at(asked, 'by mid-May'), 'asked')).toBe(true);
    const decided = "The assembly's decision of 2 March to disband the guard on 30 September stands.";
    expect(datesDecidedAim(decided, at(decided, 'on 30 September'), 'decision of')).toBe(true);
  });

  it('is not a clause of its own after a saying, nor a place after "to"', () => {
    const flew = 'The spokesman told reporters he had flown to Varde on Monday.';
    expect(tense(flew, 'on Monday').tense).toBe('past');
    expect(datesDecidedAim(flew, at(flew, 'on Monday'), 'told')).toBe(false);
    const returned = 'Officials told the agency the convoy returned to Varde on 3 May.';
    expect(tense(returned, 'on 3 May').tense).toBe('past');
    expect(datesDecidedAim(returned, at(returned, 'on 3 May'), 'told')).toBe(false);
    const place = 'The minister was asked about the convoy to Varde on 3 May.';
    expect(datesDecidedAim(place, at(place, 'on 3 May'), 'asked')).toBe(false);
  });
});
