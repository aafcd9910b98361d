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
});

