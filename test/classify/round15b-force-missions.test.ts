// Round 15b: a mission named by soldiers' or monitors' work ("training mission", "observer mission") is a body of
// troops: its arriving is a deployment, not a visit. A diplomatic or trade mission, or a bare "mission", still visits.
// Sentences of our own (a naval training mission on the Corran coast).
import { describe, it } from 'vitest';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 15b: a force mission arrives as troops', () => {
  it('a training or observer mission arriving is troops', () => {
    check(['The Corran Naval Training Mission (CNTM), which arrived in 2019, now has 600 sailors ashore.', 'in 2019', 'troops']);
    check(['An observer mission arrived in the coastal towns on 4 June.', 'on 4 June', 'troops']);
  });

  it('a trade, diplomatic or bare mission arriving is still a visit', () => {
    check(['A trade mission arrived in the port on 4 June.', 'on 4 June', 'talks']);
    check(['The diplomatic mission arrived in the capital on 4 June.', 'on 4 June', 'talks']);
    check(['The mission arrived in the capital on 4 June.', 'on 4 June', 'talks']);
  });
});
