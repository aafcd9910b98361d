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
});
