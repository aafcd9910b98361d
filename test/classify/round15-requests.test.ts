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
