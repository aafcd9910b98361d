// Sixth round of kind rules, each on sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import type { EventType } from '../../src/types.js';

type Case = [sentence: string, date: string, type: EventType | null, cue?: string];

function check([sentence, date, type, cue]: Case) {
  const near = sentence.indexOf(date);
  expect(near).toBeGreaterThanOrEqual(0);
  const result = classifySentence(sentence, near);
  if (type === null) return expect(result).toBeNull();
  expect(result?.type).toBe(type);
  if (cue) expect(result?.cue).toBe(cue);
}

describe('round 6 kinds', () => {
  it('an infinitive of purpose makes no clause of its own: the meeting is dated', () => {
    check(['The mayor met the regional envoy, Ruth Calloway, in Selm on Monday to plan the vote, and both left the meeting smiling.', 'on Monday', 'talks']);
  });

  it('a word in parentheses after a chronology date makes no clause of its own', () => {
    check(['March 3 (planned): The fifth round of negotiations is due to open in Kessel.', 'March 3', 'talks']);
  });

  it('a speaker characterising something in words of their own makes a statement', () => {
    check(['The governor, in a post online on Friday, called the shelling "a crime against the whole valley".', 'on Friday', 'statement', 'called']);
    check(['The premier, at a rally on Tuesday, described the ceasefire as a trap.', 'on Tuesday', 'statement', 'described']);
  });

  it('but calling up reservists is no saying', () => {
    const r = classifySentence('On Sunday, the ministry called up 4,000 reservists.', 0);
    expect(r?.type).not.toBe('statement');
  });

  it('a saying before a "would" before the date dates the forecast, even after "before"', () => {
    check(['A ministry spokeswoman told reporters she would not comment on the plan before Friday.', 'before Friday', null]);
  });

  it('a unit that sails or ships out leaves', () => {
    check(['The second engineer battalion is due to sail at the end of August.', 'at the end of August', 'troops']);
    check(['About 300 marines shipped out on Wednesday.', 'on Wednesday', 'troops']);
  });

  it('a date in the possessive dates the development it names, never the clause\'s verb', () => {
    check(["The mayor said Sunday's attack had shaken the town.", 'Sunday', 'attack', 'attack']);
    check(['The mayor said Sunday’s parade had cheered the town.', 'Sunday', null]);
    check(["The mayor said Tuesday's sudden and carefully planned mortar attack had shaken the town.", 'Tuesday', 'attack', 'mortar attack']);
  });

  it('a date followed by "the day <something happened>" dates what happened', () => {
    check(['Soldiers raise their flag on 4 June, the day the garrison handed the fort over to the militia.', 'on 4 June', 'troops', 'handed']);
    check(['Crowds gathered in the square on Friday, the day the curfew ended.', 'on Friday', null]);
  });

  it('"since <date>, when <something happened>" dates what happened; "since <date>" alone is a span', () => {
    check(['It was the heaviest shelling of the port since 9 April, when rebel gunners hit the fuel jetty.', 'since 9 April', 'attack']);
    check(['Mortars have hit the port since 9 April.', 'since 9 April', null]);
  });

  it('something flown is no visit', () => {
    check(['On Friday a drone was flown into the fuel depot at Ness.', 'On Friday', 'attack']);
    check(['The envoy flew to Ness on Friday.', 'on Friday', 'talks']);
  });

  it('troops that left a place in a month leave; troops left in place remain', () => {
    check(['Most of the foreign soldiers left the port in June.', 'in June', 'troops']);
    const stay = 'About 300 soldiers will be left in place until June.';
    expect(classifySentence(stay, stay.indexOf('until June'))?.cameo).not.toBe('0874');
  });

  it('talks called off did not take place at their date; a new date they were put off to still counts', () => {
    check(['Talks scheduled for 25 March were postponed indefinitely.', '25 March', null]);
    check(['The meeting planned for Monday was cancelled after the shelling.', 'Monday', null]);
    check(["The minister called off Monday's visit to Selm.", 'Monday', null]);
    check(['The talks were postponed until 2 April.', '2 April', 'talks']);
    check(['The two sides met in Selm on Monday and postponed a decision on the depots.', 'on Monday', 'talks']);
    check(['A bomb attack on the market was foiled on Monday, police said.', 'on Monday', null]);
    check(['Rebels attacked the base on Monday, but guards prevented them from entering.', 'on Monday', 'attack']);
  });

  it('a count standing for troops named in the sentence before leaves with them', () => {
    const previous = 'The mission now has about 1,900 soldiers in the country.';
    const s = 'A further 400 will leave by the end of May.';
    expect(classifySentence(s, s.indexOf('by the end of May'), previous)?.type).toBe('troops');
    const t = '400 more will leave by the end of May.';
    expect(classifySentence(t, t.indexOf('by the end of May'), previous)?.type).toBe('troops');
    // Without troops named before, a count is nobody in particular.
    expect(classifySentence(s, s.indexOf('by the end of May'), 'The fair drew 3,000 visitors.')).toBeNull();
  });

  it('a truce named with the act that made it is talks; fighting told by its onset is an attack', () => {
    check(['The truce agreed on 12 March has largely held.', 'on 12 March', 'talks', 'truce agreed']);
    check(['Fighting broke out again in the port on Sunday.', 'on Sunday', 'attack']);
    check(['Heavy fighting flared in the northern villages on Sunday.', 'on Sunday', 'attack']);
    // Unrest is not combat: "violence flared" names no use of force.
    check(['Violence flared in the northern villages on Sunday.', 'on Sunday', null]);
    check(['Talks on fighting corruption resumed on Monday.', 'on Monday', 'talks']);
  });
});
