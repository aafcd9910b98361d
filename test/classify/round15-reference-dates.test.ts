// Fifteenth round (issue 4): a date after "of" right after a noun of none of our kinds names that thing's date, a
// reference state ("the status quo ante of September 2025", holdout6), and dates no development. Sentences of our own.
import { describe, it } from 'vitest';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 15: "the <thing> of <date>" dates the thing', () => {
  it('a reference state dates no development', () => {
    check(['The Coastal Army remains committed to a pullback and the restoration of the status quo ante of May 2041 in the delta.', 'May 2041', null]);
    check(['Both brigades pulled back to the lines of June 2040 on Friday.', 'June 2040', null]);
  });
  it('but a cue in the noun phrase, a part of a period, and the development\'s own date still date it', () => {
    check(['It was the third attack on the depot this year, after the rocket salvoes of 3 April and 9 May.', '3 April', 'attack']);
    check(['The brigade withdrew at the end of June.', 'June', 'troops']);
    check(['Both brigades pulled back to the lines of June 2040 on Friday.', 'on Friday', 'troops']);
  });
});
