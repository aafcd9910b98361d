// Fifteenth round (issue 4): sayings about a development are statements (CAMEO 010/015, ACLED's "claims"), grouped
// from the read sets' "telling of another kind" predictions (holdout5-holdout12). Sentences of our own.
import { describe, it } from 'vitest';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 15: sayings about a development are statements', () => {
  it('claiming an attack is claiming responsibility for it', () => {
    check(['| 14/06/2044 | Coastal Brigade spokesman Idris Malo claims the pier bombing.', '14/06/2044', 'statement', '015']);
    check(['On Tuesday the Valley Army claimed the ambush on the oil convoy.', 'On Tuesday', 'statement', '015']);
    // Not claimed: the attack stays the attack; a claim about something else is a plain saying.
    check(['Nobody has claimed the ambush of 3 May on the oil convoy.', '3 May', 'attack']);
    check(['On Tuesday the Valley Army claimed the harbour was quiet.', 'On Tuesday', 'statement', '010']);
  });

  it('putting talks back or off is announcing a postponement', () => {
    check(['| 12/09/2044 | The mediator puts the third round back by ten days.', '12/09/2044', 'statement', '010']);
    check(['On Monday the host government pushed back the summit to November.', 'On Monday', 'statement']);
    check(['The envoy delayed the meeting with the herders on Friday.', 'on Friday', 'statement']);
    // A round held, and a round put back that the date only names, stay talks.
    check(['The third round opened in Lesk on Monday.', 'on Monday', 'talks']);
    check(['Soldiers put the barriers back on the bridge on Friday.', 'on Friday', null]);
  });

  it('suspending one\'s part or role in talks, and walking out of them, are statements', () => {
    check(['| 03/03/2045 | The Delta Movement suspends its part in the negotiations.', '03/03/2045', 'statement', '010']);
    check(['The opposition walked out of the dialogue on 9 May.', 'on 9 May', 'statement', '010']);
    // Dockers walking out is a strike, none of our kinds.
    check(['Dockers walked out on Wednesday over unpaid wages.', 'on Wednesday', null]);
  });

  it('a toll given by a named speaker is a statement, not the attack it counts', () => {
    check(['The army spokesman put the number of dead at four on Sunday.', 'on Sunday', 'statement', '010']);
    check(['On Sunday the health ministry put the death toll at eleven.', 'On Sunday', 'statement', '010']);
    // Police as a source only attribute; the killing is told by its own verb.
    check(['Gunmen killed four villagers on Sunday.', 'on Sunday', 'attack']);
  });
});

describe('round 15: a saying that runs over its own object tells, it does not attribute', () => {
  it('a suspension after an opening phrase is the statement at that phrase\'s date', () => {
    check(['The Front therefore declares that, from today, its negotiators suspend their participation in the talks at the old customs house.', 'from today', 'statement', '010']);
    // A trailing attribution still attributes: the clash is what the date dates.
    check(['Gunmen attacked the customs post on Monday, the governor told reporters.', 'on Monday', 'attack']);
  });
});

describe('round 15: "who" speaks for its antecedent', () => {
  it('an anonymous source in front of "who say" is still anonymous', () => {
    check(['Last week the Hill Front moved two battalions to the pass, according to local officials, who say trucks now block the road.', 'now', null]);
  });
  it('a named speaker in front of "who said" still speaks', () => {
    check(['The round was held in Orm, according to the mediator, who said on Monday that both sides had signed.', 'on Monday', 'statement']);
  });
});

describe('round 15: unnamed trades and crowds make no statement', () => {
  it('fishermen, protesters, drivers saying something', () => {
    check(['Fishermen in the old harbour said on Tuesday that they had stayed ashore since the weekend.', 'on Tuesday', null]);
    check(['Protesters said on Monday that they would march again on Friday.', 'on Monday', null]);
  });
  it('but a named fisherman, or a union\'s named leader, speaks', () => {
    check(['Ansel Roy, a fisherman in the old harbour, said on Tuesday that the patrol boats had gone.', 'on Tuesday', 'statement']);
  });
});
