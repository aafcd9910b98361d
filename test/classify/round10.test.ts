// Tenth round of kind rules, each on sentences of our own (the round was made on holdout7's misses).
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { paragraphFurniture } from '../../src/extract/furniture.js';
import { findQuantities } from '../../src/facts/find-quantities.js';
import { articleOf } from '../helpers/article-of.js';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 10 kinds', () => {
  it('meeting a ceiling, a target or a deadline is reaching it, not a meeting', () => {
    check(['The brigade met the ceiling of 900 set by the council on 15 October.', 'on 15 October', 'troops']);
    check(['The rebels met the deadline on 15 October.', 'on 15 October', null]);
    check(['The export target was met on 2 May, the ministry said.', 'on 2 May', null]);
    check(['The two ministries met their spending goal on Friday.', 'on Friday', null]);
    // People met are still met.
    check(['The envoy met the rebel commander in Osk on Friday.', 'on Friday', 'talks', '040']);
    check(['The envoy was met at the airport by two ministers on Friday.', 'on Friday', 'talks']);
  });

  it('a troop ceiling, and a force shrinking to a figure, are troop developments', () => {
    check(['Under the plan, the brigade must shrink to 900 by October 15.', 'by October 15', 'troops', '0874']);
    check(['14 Oct — The garrison’s strength drops below its 1,200 ceiling.', '14 Oct', 'troops']);
    check(['A ceiling of 3,000 was reached on 9 April, as agreed.', 'on 9 April', 'troops']);
    check(['1 June (planned) — The force’s ceiling falls to 2,000.', '1 June', 'troops', '0874']);
    // A price cap is no force; a roof's ceiling is no figure.
    check(['The ceiling of the old hall collapsed on 9 April.', 'on 9 April', null]);
  });

  it('"must" with a deadline is a timetable; "must" alone still hedges', () => {
    check(['The last battalion must be gone by 30 November, the treaty says.', 'by 30 November', 'troops']);
    check(['Critics say the army must withdraw its 400 soldiers next month.', 'next month', null]);
  });

  it('a bare figure after "to" counts troops when the sentence counted troops before it', () => {
    expect(findQuantities('The garrison has 2,100 soldiers; by May it must be down to 900.').map((q) => [q.value, q.counts])).toEqual([[2100, 'troops'], [900, 'troops']]);
    expect(findQuantities('The force must shrink to 1,500 by March and to 900 by June.').map((q) => [q.value, q.counts])).toEqual([[1500, 'troops'], [900, 'troops']]);
    expect(findQuantities('The ceiling falls to 2,000 in May.').map((q) => [q.value, q.counts])).toEqual([[2000, 'troops']]);
    // Not after a count of something else.
    expect(findQuantities('Rebels fired 12 rockets, and the toll rose to 15 by evening.').map((q) => [q.value, q.counts])).toEqual([[12, 'rockets']]);
  });

  it('a party calling off or putting off talks announces it; the date the talks were to open is no development', () => {
    check(['2 May — Velmar calls off the third round of talks, which was to open on 6 May, after a shelling.', '2 May', 'statement']);
    check(['2 May — Velmar calls off the third round of talks, which was to open on 6 May, after a shelling.', 'on 6 May', null]);
    check(['On Tuesday the mediator postponed the meeting by a week.', 'On Tuesday', 'statement']);
    // The new date of talks put off is still a plan for them.
    check(['The talks were postponed until 2 April.', 'until 2 April', 'talks']);
  });

  it('talks held by phone are a call, whatever the cue', () => {
    check(['9 May — The two foreign ministers discuss the ceasefire by phone.', '9 May', 'talks', '041']);
    check(['9 May — The two foreign ministers discuss the ceasefire in Osk.', '9 May', 'talks', '040']);
  });

  it('a chronology entry marked "(scheduled)" lies ahead', () => {
    check(['Mid-October (planned) — A fifth round of talks in Osk.', 'Mid-October', 'talks']);
  });

  it('a ceiling "of N" gives its figure', () => {
    expect(findQuantities('The ceiling of 3,000 was reached on 9 April.')).toEqual([{ value: 3000, counts: 'ceiling', text: 'ceiling of 3,000' }]);
  });

  it('an anniversary names the development it marks, and its date is not that development\'s', () => {
    check(['Families gather on 4 May, the fifth anniversary of the bridge bombing.', 'on 4 May', null]);
    check(['On 4 May, the anniversary of the ceasefire, rebels shelled the bridge.', 'On 4 May', 'attack']);
  });

  it('a cue inside a relative date\'s words only names what the date counts from', () => {
    const s = 'Gunmen burned a police post in Arv before dawn on Sunday, on the eve of the summit.';
    const at = s.indexOf('on the eve');
    expect(classifySentence(s, at)?.type).toBe('talks');
    expect(classifySentence(s, at, undefined, [{ start: at, end: s.length - 1 }])?.type).toBe('attack');
  });

  it('a sentence dated before its relative phrase takes no kind from the phrase', () => {
    const kinds = (text: string) => extractMentions(articleOf('2025-06-02', [[text]])).mentions.map((m) => `${m.classification.type} ${m.date.text}`);
    // Dated, and marking a date: the bombing belongs to an earlier year.
    expect(kinds('Next week the port will mark two years since the ferry bombing.')).toEqual([]);
    expect(kinds('Rockets hit the depot late on Sunday, on the eve of the summit.')).toEqual(['attack late on Sunday']);
    // A date after the relative phrase may date the development it names.
    expect(kinds('The troops left two days after rebels shelled the port on Friday.')).toContain('attack on Friday');
  });

  it('troops named by the subject fly, leave and arrive as troops, further back than a gap reaches', () => {
    check(['The final 340 Ostrian marines attached to the coastal task force (CTF) flew out of Velm on Sunday.', 'on Sunday', 'troops', '0874']);
    check(['4 Oct — The remaining Ostrian sailors, about 200 of them, fly home.', '4 Oct', 'troops', '0874']);
    check(['The first blue helmets arrived in Arv in the spring of 2015.', '2015', 'troops', '154']);
    check(['The charity donated 500 helmets to the hospital in 2015.', '2015', null]);
    check(['The ministry sent 2,000 helmets to the police in 2015.', '2015', null]);
    // A visitor who met troops still travels to talk.
    check(['The envoy, who visited the troops in May, flew to Osk on Monday.', 'on Monday', 'talks', '042']);
  });

  it('a body that deploys with no object deploys itself', () => {
    check(['The coastal force, which deployed in 2016, now has about 2,000 personnel.', 'in 2016', 'troops', '154']);
    check(['ORSA deployed to the border region in March.', 'in March', 'troops', '154']);
    check(['The company deployed new software in March.', 'in March', null]);
  });

  it('vehicles pay no visit, and a crowd of unnamed people makes no statement', () => {
    check(['Three supply trucks will visit the harbour district this afternoon.', 'this afternoon', null]);
    check(['The minister will visit the harbour district this afternoon.', 'this afternoon', 'talks', '042']);
    check(['Shopkeepers in Osk said on Friday that bread had run out.', 'on Friday', null]);
    check(['The mayor of Osk said on Friday that bread had run out.', 'on Friday', 'statement']);
  });

  it('a word before a possessive apostrophe still cancels a cue ("the teachers\' strike")', () => {
    check(["Classes resume on Monday after the teachers' strike.", 'on Monday', null]);
    check(['Classes resume on Monday after the drone strike.', 'on Monday', 'attack']);
  });

  it('a heading in capitals, alone in its paragraph, is furniture', () => {
    expect(paragraphFurniture(['BRIEFING NOTE: THE ARV WITHDRAWAL, MAY 2025'])).toBe('label');
    expect(paragraphFurniture(['OSK, May 4 (Wire) - Troops left the valley on Sunday.'])).toBeUndefined();
  });

  it('a date in a clause holding a plan overtaken dates nothing in another clause', () => {
    check(['The brigade had been due to sail in June, but Marr announced in May that it would stay.', 'in June', null]);
    check(['The brigade had been due to sail in June, but Marr announced in May that it would stay.', 'in May', 'statement']);
  });

  it('going home is no visit', () => {
    // Round 13: a people counted roughly ("300 or so Ostrians") is a body of troops, as "300 Ostrians" was in round 11:
    // no visit, but a troop move.
    check(['In early May, the last 300 or so Ostrians flew home from Velm.', 'In early May', 'troops', '0874']);
    check(['In early May, the envoy flew to Velm.', 'In early May', 'talks', '042']);
  });
});
