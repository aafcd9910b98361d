// Round 20: a date alone between commas after an apposition with a past verb of its own ("the first we sent to Marra,
// on 12 November,") dates that verb, not the main clause's "will". Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

// Wednesday 21 March 2029.
const PUBLISHED = { year: 2029, month: 3, day: 21 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 20: a date after an apposition takes the apposition\'s past', () => {
  it('goes back to the sending, not ahead to the handover', () => {
    expect(dated('The battery at Kell Point, the first we sent to Marra, on the twelfth of November, will be handed over in June.')).toContainEqual(['twelfth of November', '2028-11-12']);
    expect(dated('The hospital, the one the engineers built near the port, on 2 May, will close next year.')).toContainEqual(['on 2 May', '2028-05-02']);
  });

  it('an apposition with no past verb, or a date that is not alone in its clause, keeps the main verb\'s future', () => {
    expect(dated('The battery at Kell Point, the first of its kind, on the twelfth of November, will be handed over in June.')).toContainEqual(['twelfth of November', '2029-11-12']);
    expect(dated('The battery, the first we sent, will be handed over on 12 November.').map(([, d]) => d)).toEqual(['2029-11-12']);
    expect(dated('The unit, the last that will leave, on 2 May, will fly home.')).toContainEqual(['on 2 May', '2029-05-02']);
  });
});
