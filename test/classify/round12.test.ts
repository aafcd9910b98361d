// Twelfth round of kind rules, each on sentences of our own (the round was made on the read sets' sentences that
// tell two developments and keep one).
import { describe, it } from 'vitest';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 12 kinds', () => {
  it('a deployment ended, told by its verb with the body as object or subject, is a withdrawal', () => {
    check(['Velmora announced on 3 May that its observer mission would end by 30 September.', 'by 30 September', 'troops', '0874']);
    check(['The council said in March that it would close the mission by 30 June.', 'by 30 June', 'troops', '0874']);
    check(['The naval deployment is due to close in August.', 'in August', 'troops', '0874']);
    check(['The police mission ended on 4 May.', 'on 4 May', 'troops', '0874']);
    // The announcing keeps its own date.
    check(['Velmora announced on 3 May that its observer mission would end by 30 September.', 'on 3 May', 'statement']);
    // A noun phrase is no ending told, and "close" as an adjective closes nothing.
    check(["The mission's end came on 3 May.", 'on 3 May', null]);
    check(['The market stalls stand close to the mission on 3 May.', 'on 3 May', null]);
  });

  it('a bare figure had or counted, in a sentence that names the troops elsewhere, is a troop level', () => {
    check(['The garrison, which had about 2,400 soldiers in May, now has about 1,700 after the first rotation left.', 'now', 'troops', '150']);
    check(['COLONEL: There are now about 900 of us, because 120 Pellarians arrived last week.', 'now', 'troops', '150']);
    // Helicopters are counted by their own noun, and a sentence naming no troops counts no troops.
    check(['The navy now has 14 helicopters and 400 sailors on the island.', 'now', 'troops', '150']);
    check(['The ministry now has about 1,700 after the spring hiring.', 'now', null]);
  });

  it('"X or no X" tells no X', () => {
    check(['We will stay in Pell until the lease ends, by 30 September, rockets or no rockets.', 'by 30 September', null]);
    check(['Rockets hit Pell on Monday, the garrison said.', 'on Monday', 'attack']);
  });

  it('a part of the troops named before ("every one of them", "most of them") going home is a withdrawal', () => {
    check(['About 400 Pellarian soldiers are still in Osk, and every one of them will be home by 31 May.', 'by 31 May', 'troops', '0874']);
    check(['Some 300 soldiers remain at the fort, and most of them will be gone by 31 May.', 'by 31 May', 'troops', '0874']);
    // Without troops named before, "them" may be anyone.
    check(['The envoys are still in Osk, and most of them will be home by 31 May.', 'by 31 May', null]);
  });

  it('the figure a force fell from is its level at the date beside it', () => {
    check(['The force must shrink to 3,000 troops by 30 June, from about 4,200 in January.', 'in January', 'troops', '150']);
    check(['The force now has about 3,900 observers, down from about 4,100 in January.', 'in January', 'troops', '150']);
    // A count of something else ("from 12 countries") is none.
    check(["The soldiers' rations were bought from 12 countries in 2019.", 'in 2019', null]);
  });

  it("a date after a promise's infinitive dates the promised act, not the promise", () => {
    check(['The league has promised to send 80 more soldiers in May.', 'in May', 'troops', '154']);
    check(['The league has pledged to reopen the border crossing in May.', 'in May', null]);
    // Before the infinitive, the date is the promise's.
    check(['The league promised on Monday to send 80 more soldiers.', 'on Monday', 'statement']);
  });
});

