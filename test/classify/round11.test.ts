// Eleventh round of kind rules, each on sentences of our own (the round was made on holdout8's and holdout9's misses).
import { describe, it } from 'vitest';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 11 kinds', () => {
  it('a stance taken on a development named in its object is dated by the stance', () => {
    check(['The Orrin Front denied any part in the raid this morning.', 'this morning', 'statement', '016']);
    check(['The harbour union denied any role in the arson attack on Friday.', 'on Friday', 'statement', '016']);
    check(['The governor praised the talks with the herders on Tuesday.', 'on Tuesday', 'statement']);
    // A verb after the date tells its own development; and not any saying: asking about a strike dates the strike.
    check(['The Front denied that the raid on Friday killed anyone.', 'on Friday', 'attack']);
    check(['Several deputies asked about the shelling of the ferry on 3 May.', 'on 3 May', 'attack']);
    check(['The minister told her counterpart of it in a phone call on 16 July.', 'on 16 July', 'talks']);
  });

  it('calling a development something is a statement in the speaker\'s own words, also in a relative clause', () => {
    check(['The governor, who on Tuesday called the raid a crime, has asked for help.', 'on Tuesday', 'statement', '010']);
    check(['The mayor called the shelling an outrage on Friday.', 'on Friday', 'statement', '010']);
    // Calling a meeting, or calling envoys to one, names no words of the speaker's.
    check(['The governor called a meeting of the clans on Tuesday.', 'on Tuesday', 'talks']);
    check(['The governor called the envoys to a meeting on Tuesday.', 'on Tuesday', 'talks']);
  });

  it('a count of a demonym plural, or arriving with a contingent, is a troop arrival and no visit', () => {
    check(['About 300 Pellarians arrived last Thursday and went to the bridges.', 'last Thursday', 'troops', '154']);
    check(['She arrived in Osk with the first Pellarian contingent in January 2024.', 'in January 2024', 'troops', '154']);
    // Two people are no force, and arriving with a minister is a visit.
    check(['The minister and two Pellarians arrived on Thursday for talks.', 'on Thursday', 'talks']);
    check(['The envoy arrived in Osk with the foreign minister on Thursday.', 'on Thursday', 'talks']);
  });
});
