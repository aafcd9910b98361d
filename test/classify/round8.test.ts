// Eighth round of kind rules, each on sentences of our own (the round was made on holdout5's misses).
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 8 kinds', () => {
  it("a navy's sailors and warships are its force: arriving, counted, leaving", () => {
    check(['The first Norlandic frigates steamed into Tesk in March 2014, at the request of the government.', 'in March 2014', 'troops', '154']);
    check(['At its height, in 2023, the contingent counted 1,900 sailors and airmen and two frigates.', 'in 2023', 'troops', '150']);
    check(['The frigate Arne pulled out of Tesk on Thursday.', 'on Thursday', 'troops', '0874']);
    check(['The frigate Arne, the last warship, is due to sail in mid-February.', 'in mid-February', 'troops', '0874']);
    check(['The first ship to go, the frigate Arne, sailed for home on Oct. 30.', 'on Oct. 30', 'troops', '0874']);
    check(['The last personnel are to be gone by the end of June.', 'by the end of June', 'troops', '0874']);
    check(['The contingent now numbers some 600.', 'now', 'troops', '150']);
  });

  it('ships, aircraft and convoys travel, but a visit is a person\'s', () => {
    check(['Norway, whose ships and aircraft arrived in 2014, is leaving.', 'in 2014', null]);
    check(['The convoy arrived in Tesk on Monday.', 'on Monday', null]);
    check(['The minister arrived in Tesk on Monday.', 'on Monday', 'talks', '042']);
  });

  it('sitting with someone and ringing someone are talks; ringing a bell is not', () => {
    check(['On 13 January Brandt sat with the prime minister in Tesk for three hours.', 'On 13 January', 'talks', '040']);
    check(['In mid-July, Brandt rang Olsen to tell him the ships would go home.', 'In mid-July', 'talks', '041']);
    check(['The ferry rang its bell on Monday.', 'on Monday', null]);
  });

  it('murder and arson are attacks', () => {
    check(['The government says that on 14th December gunmen murdered the mayor of Tesk.', 'on 14th December', 'attack', '186']);
    check(['2026-01-22: two fuel lorries set alight outside the base.', '2026-01-22', 'attack']);
  });

  it('whatever is handed to the army or the navy is handed over; so is an air station', () => {
    check(['Tesk air station was handed to the navy on Wednesday.', 'on Wednesday', 'troops', '087']);
    check(['The Tesk air station was handed over last week with a brass band.', 'last week', 'troops', '087']);
    check(['The mayor handed the keys of the city to the band on Friday.', 'on Friday', null]);
  });

  it('making something public or official is a statement', () => {
    check(['Defence Minister Ola Brandt made the timetable public on 3 Sept 2025.', 'on 3 Sept 2025', 'statement', '010']);
    check(['On 3 September, Brandt made it official in a speech to parliament.', 'On 3 September', 'statement']);
  });

  it('a speaker after a date is not swallowed by it', () => {
    check(['It is recalled that on 3rd September 2025 the Norlandic side declared its decision to withdraw its contingent.', 'on 3rd September 2025', 'statement']);
  });

  it('talks put off before and set again count at their new date; their old plan does not', () => {
    check(['The postponed negotiations between the government and the rebels are due to open in Tesk on Monday.', 'on Monday', 'talks']);
    check(['The third round of talks, called off in January, has been rescheduled for early next month, the council said.', 'early next month', 'talks']);
    check(['The third round of talks, called off in January, has been rescheduled for early next month, the council said.', 'in January', null]);
    check(['Talks scheduled for 25 March were postponed.', 'for 25 March', null]);
  });
});

describe('round 8: the reporter\'s call, and a dateline in ordinary case', () => {
  it('"Reached by telephone, X said …" is no call between parties', () => {
    const s = 'Reached by telephone in Tesk on Monday, Olsen said the movement was ready.';
    expect(classifySentence(s, s.indexOf('on Monday'))?.type).not.toBe('talks');
  });

  it('"Port Tesk, 16th January (NNA) —" is a dateline: its date dates nothing', () => {
    const s = 'Port Tesk, 16th January (NNA) — On the 14th of this month the air station was handed to the navy.';
    expect(classifySentence(s, s.indexOf('16th January'))).toBeNull();
    expect(classifySentence(s, s.indexOf('On the 14th'))?.type).toBe('troops');
  });
});
