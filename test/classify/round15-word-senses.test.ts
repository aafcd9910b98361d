// Fifteenth round (issue 4): word senses. Rounds that land, fall or hit are munitions (an attack), not a round of talks
// (the read sets' "the first rounds landed", holdout12). Sentences of our own.
import { describe, it } from 'vitest';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 15: rounds that land are fire', () => {
  it('rounds landing, falling or hitting are an attack', () => {
    check(['The first rounds landed just before dawn on Friday 4 June, most of them in the orchard.', 'on Friday 4 June', 'attack', '194']);
    check(['Four rounds hit the grain store on Tuesday.', 'on Tuesday', 'attack', '194']);
    check(['The last rounds fell near the ferry landing late on Sunday.', 'late on Sunday', 'attack']);
  });

  it('but a round of talks that falls apart, hits a snag or strikes a deal is still talks', () => {
    check(['The second round fell apart on Friday.', 'on Friday', 'talks']);
    check(['The third round hit a snag on Monday over the prisoner lists.', 'on Monday', 'talks']);
    check(['The first round opened in Kessel on Friday.', 'on Friday', 'talks']);
  });
});
