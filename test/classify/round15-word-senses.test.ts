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

describe('round 15: storming is an attack, not a team storming back', () => {
  it('storming a place, in a main clause and in a fronted when-clause with its own date', () => {
    check(['Gunmen stormed the customs post at Vell on Monday night.', 'on Monday', 'attack', '193']);
    check(['When the River Brigades stormed the grain depot in May 2040, the governor answered by closing the bridge.', 'in May 2040', 'attack']);
  });
  it('not storming out of a meeting, nor a team storming back', () => {
    check(['The delegates stormed out of the meeting on Friday.', 'on Friday', 'statement']);
    check(['The home side stormed back to win on Saturday.', 'on Saturday', null]);
  });
});

describe('round 15: weapons shown, traded or found are not used', () => {
  it('a weapon that is the object of a parade, a sale or a find is no attack', () => {
    check(['The Hill Front had paraded its new heavy mortars through Ossel last April, and nobody took much notice.', 'last April', null]);
    check(['The navy unveiled two armed drones on Monday.', 'on Monday', null]);
    check(['Police found a cache of rockets in a barn on Monday.', 'on Monday', null]);
  });
  it('but weapons fired, striking or shot down are an attack', () => {
    check(['The Hill Front fired mortars at the barracks on Monday.', 'on Monday', 'attack']);
    check(['Two drones struck the fuel depot on Monday.', 'on Monday', 'attack']);
    check(['Air defences shot down two drones on Monday.', 'on Monday', 'attack']);
  });
});
