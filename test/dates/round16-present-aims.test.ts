// An aim told in the present ("proposes to", "wants to", "seeks to") and a handover told in the present ("takes over")
// lie ahead of publication, not a year back. Sentences of our own (a river-port dispute between Ostrel and the Damar
// League), published on 5 March 2034.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';

const PUBLISHED = { year: 2034, month: 3, day: 5 };
const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

describe('an aim in the present', () => {
  it('"proposes to", "seeks to" date what is aimed at, ahead', () => {
    expect(dated('The Damar League proposes to reopen the river port on 24 March.')).toEqual([['on 24 March', '2034-03-24']]);
    expect(dated('The mediator seeks to bring both delegations to Vann on 2 April.')).toEqual([['on 2 April', '2034-04-02']]);
  });

  it('the same verbs in the past are left to the clause (a plan made then may have been dropped)', () => {
    expect(dated('The League proposed on 2 February to reopen the port.')).toEqual([['on 2 February', '2034-02-02']]);
  });

  it('an attack named with its date stays done under an aim ("seeks to question … about the raid on 2 March")', () => {
    expect(dated('The League seeks to question the harbour master about the raid on 2 March.')).toEqual([['on 2 March', '2034-03-02']]);
    expect(dated('The League seeks to question the harbour master about the raid on 12 March.')).toEqual([['on 12 March', '2033-03-12']]);
  });

  it('a noun of proposal is no aim verb', () => {
    expect(dated('Ostrel rejected the proposals of 24 January outright.')).toEqual([['24 January', '2034-01-24']]);
  });
});

describe('a handover in the simple present', () => {
  it('"takes over" with no verb of past or future is a timetable: the nearest such day', () => {
    expect(dated('The coastguard takes over the river patrols on 20 March.')).toEqual([['on 20 March', '2034-03-20']]);
  });

  it('told in the past, it stays before publication', () => {
    expect(dated('The coastguard took over the river patrols on 20 March.')).toEqual([['on 20 March', '2033-03-20']]);
  });
});
