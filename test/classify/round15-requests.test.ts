// Fifteenth round (issue 4): a date after the infinitive a request governs dates the act asked for (a deadline), not
// the asking, as a date after a promise's infinitive does (the read gold excludes "asks the Ministry to report … by 30
// June", holdout12; holdout8's "report to the House by 31 July"). Sentences of our own.
import { describe, it } from 'vitest';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 15: a request\'s deadline dates the act asked for', () => {
  it('an act of none of our kinds: nothing at that date', () => {
    check(['The panel asks the Interior Ministry to report to it on the convoy\'s escort by 15 October.', 'by 15 October', null]);
    check(['The assembly urged the harbour board to publish the accounts by the end of May.', 'by the end of May', null]);
  });
  it('but the asking keeps its own date, before the infinitive', () => {
    check(['The assembly asked the harbour board on Monday to publish the accounts.', 'on Monday', 'statement']);
    check(['On Monday the panel asked for a report on the convoy ambush.', 'On Monday', 'statement']);
  });
});

describe('round 15: a decision\'s infinitive dates the decided act', () => {
  it('a force closed at a later date is that force\'s end, not the decision', () => {
    check(['The Pact\'s decision of 3 March to close the Harbour Protection Force on 30 November surprised the crews.', 'on 30 November', 'troops', '0874']);
    check(['The council decided on 3 March to disband the Harbour Protection Force on 30 November.', 'on 30 November', 'troops']);
  });
  it('but the decision keeps its own date, and an air force base closed is no force ended', () => {
    check(['The council decided on 3 March to disband the Harbour Protection Force on 30 November.', 'on 3 March', 'statement']);
    check(['The ministry closed the air force base at Orm on Monday.', 'on Monday', null]);
  });
});
