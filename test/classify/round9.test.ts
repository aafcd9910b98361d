// Ninth round of kind rules, each on sentences of our own (the round was made on holdout6's misses).
import { describe, it } from 'vitest';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 9 kinds', () => {
  it('a deal that was struck was reached; a town that was struck was attacked', () => {
    check(['Under a deal the negotiators had struck in May, the militia withdrew from the hills.', 'in May', 'talks', '046']);
    check(['The ceasefire the two commanders struck on Monday is holding.', 'on Monday', 'talks', '046']);
    check(['Rebels struck the airport on Monday.', 'on Monday', 'attack', '190']);
  });

  it('bringing down an aircraft is an attack, even when the tagger misses the verb', () => {
    check(['Overnight on Sunday, air defences shot down two drones over Kessa, the ministry said.', 'on Sunday', 'attack', '195']);
    check(['A police helicopter was brought down near Osk on Friday.', 'on Friday', 'attack', '195']);
    check(['Parliament shot down the budget on Friday.', 'on Friday', null]);
  });

  it('saying nothing is no statement', () => {
    check(['The interior ministry did not respond to a request for comment on Tuesday.', 'on Tuesday', null]);
    check(['A spokesman for the rebels declined to comment on Tuesday.', 'on Tuesday', null]);
    check(['The rebels could not be reached for comment on Tuesday.', 'on Tuesday', null]);
    check(['A spokesman for the rebels commented on Tuesday that the talks were over.', 'on Tuesday', 'statement']);
  });

  it('boasting is saying', () => {
    check(['The commander boasted on Friday that his men had finished the job.', 'on Friday', 'statement', '010']);
  });

  it("a news outlet's report tells the development it reports, unless the date is the report's own", () => {
    check(['4 Mar — State television says drones struck the depot at Velm.', '4 Mar', 'attack']);
    check(['On the same day, state radio reported that rebel mortars had hit the market in Osk.', 'On the same day', 'attack']);
    check(['State radio said on Sunday that the rebels had attacked the port.', 'on Sunday', 'statement']);
    check(['The minister says drones struck the depot on 4 March.', 'on 4 March', 'attack']);
    check(['On 4 March the minister said drones had struck the depot.', 'On 4 March', 'statement']);
  });

  it('the occasion of a saying dates the saying', () => {
    check(['The envoy, speaking on Monday before leaving Osk, said both armies would stay.', 'on Monday', 'statement', '010']);
    check(['Addressing reporters on Monday, the envoy said the talks had failed.', 'on Monday', 'statement']);
  });

  it('thinning out posts or troops is a pullback; keeping troops is a troop level', () => {
    check(['Two days later, the navy thinned out its posts on the cape.', 'Two days later', 'troops', '0874']);
    check(['Keldria now keeps about 8,000 troops along the river.', 'now', 'troops', '150']);
    check(['The crowd thinned out on Friday.', 'on Friday', null]);
  });
});
