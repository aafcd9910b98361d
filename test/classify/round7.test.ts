// Seventh round of kind rules, each on sentences of our own (the round was made on holdout4's misses).
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 7 kinds', () => {
  it("a mission's observers and monitors are its force: counted, arriving, leaving", () => {
    check(['The mission now has about 900 monitors in the valley.', 'now', 'troops', '150']);
    check(['2023 — The force reaches its peak strength of some 4,000 observers.', '2023', 'troops', '150']);
    check(['In late May, about 200 Norlandic observers flew home from the northern airstrip.', 'In late May', 'troops', '0874']);
    check(['May 2023 — The first UN monitors arrive in the port city.', 'May 2023', 'troops', '154']);
    // Observers who only comment are still no speakers, and no force.
    check(['Observers said on Monday that the truce was fragile.', 'on Monday', null]);
  });

  it('a unit whose strength comes first ("an 80-strong company") is troops; a delegation is not', () => {
    check(["Norland's 80-strong medical company left the airbase last week.", 'last week', 'troops', '0874']);
    check(['A 12-strong delegation arrived in Tesk on Monday.', 'on Monday', 'talks']);
  });

  it('bringing or taking troops home is a withdrawal', () => {
    check(['Norland brought its 120 peacekeepers home last April.', 'last April', 'troops', '0874']);
    check(['Velmar took its 300 observers home in June.', 'in June', 'troops', '0874']);
  });

  it('leaving a military base is a withdrawal; leaving a camp of no army is not', () => {
    check(['Their 40 medics left Camp Orla on 3 May.', 'on 3 May', 'troops', '0874']);
    check(['The last engineers vacated the airbase on Friday.', 'on Friday', 'troops', '0874']);
    check(['Thousands of families left the camp on Friday.', 'on Friday', null]);
  });

  it('a post or an airport handed over, and a base passing to the army, are handovers', () => {
    check(['On Friday the brigade handed its post at the river crossing to the police.', 'On Friday', 'troops', '087']);
    check(["The northern airbase, the contingent's main hub, will pass to the navy on 1 June.", 'on 1 June', 'troops', '087']);
    check(['The logistics depot at the airfield passes to the army in early March.', 'in early March', 'troops', '087']);
    // Power passing to a party is no base.
    check(['Power will pass to the new council on 1 June.', 'on 1 June', null]);
  });

  it('moving troops into a place deploys them (not a troop count)', () => {
    check(['On Saturday the army moved 800 more soldiers into the province.', 'On Saturday', 'troops', '154']);
  });

  it('the dead, buried or mourned, are no troop level', () => {
    check(['The three soldiers were buried on Thursday in their home villages.', 'on Thursday', null]);
  });

  it('a relative clause takes its subject from the noun before it', () => {
    check(['The mission, which deployed in June 2019 to watch the truce line, is closing.', 'in June 2019', 'troops', '154']);
  });

  it('"came under small-arms fire" is an attack', () => {
    check(['On Tuesday a convoy came under heavy small-arms fire near the ford.', 'On Tuesday', 'attack', '193']);
  });

  it('a round named by its date in the possessive is a round of talks; a round of shelling is not', () => {
    check(["Last week's round in Tesk produced little.", 'Last week', 'talks', '046']);
    const shelling = "Monday's round of shelling hit the market.";
    expect(classifySentence(shelling, 0)?.type).not.toBe('talks');
  });

  it('a speaker named in apposition after a noun phrase still speaks ("the mayor of the port, Lena Vos, called on")', () => {
    check(['On Monday the mayor of the port, Lena Vos, called on the government to "act now".', 'On Monday', 'statement', '020']);
    check(['The mayor of the port, Lena Vos, called on the government on Monday to "stop the talks".', 'on Monday', 'statement']);
    // A participle clause after a noun is still no speaker: "The drawdown, announced in January, …".
    check(['The drawdown, announced in January, will take a year.', 'in January', 'troops']);
  });

  it('arriving only times a saying: "said on arriving this morning" is a statement', () => {
    check(['The envoy said on arriving this morning that he expected a deal.', 'this morning', 'statement']);
    check(['The envoy arrived in Tesk this morning for talks.', 'this morning', 'talks', '042']);
  });

  it('a group of the troops named in the sentence before leaves with them', () => {
    const previous = 'Norlandic observers pack their kit at the airfield.';
    const s = "The first of Norland's last two groups is due to fly out on 12 March.";
    expect(classifySentence(s, s.indexOf('on 12 March'), previous)).toMatchObject({ type: 'troops', cameo: '0874' });
    // Without troops before it, a group flying out is no withdrawal.
    expect(classifySentence(s, s.indexOf('on 12 March'), 'Tourists queue at the airport.')?.type).not.toBe('troops');
  });

  it('a plan in the past perfect was overtaken: it dates nothing', () => {
    check(['They had been due to meet on 3 May.', 'on 3 May', null]);
    check(['The talks had been scheduled for Monday but were moved.', 'for Monday', null]);
    check(['The last battalion had been expected to leave on 1 June.', 'on 1 June', null]);
    // A plan in the simple past may have been kept.
    check(['The envoys were due to meet on 3 May and did so.', 'on 3 May', 'talks']);
  });

  it("a publication's own issue or edition date dates no development", () => {
    check(['Our last issue, of 13 May, led on the drone strike.', '13 May', null]);
    check(['The 13 May edition led on the strike.', '13 May', null]);
    check(['The strike on 13 May killed two.', 'on 13 May', 'attack']);
  });
});

describe('round 7: an issue dated by its own words', () => {
  it('"the issue dated 13 May" dates the issue', () => check(['The issue dated 13 May led on the strike.', '13 May', null]));
});
