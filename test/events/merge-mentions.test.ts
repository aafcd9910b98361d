import { describe, expect, it } from 'vitest';
import { parseCalendarDate, precisionOf } from '../../src/calendar/calendar-date.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { ordinalsNear } from '../../src/events/mention-evidence.js';
import { extractFacts } from '../../src/facts/extract-facts.js';
import type { EventType, Mention } from '../../src/types.js';

// Hand-made mentions in our own words: the merge step sees only these fields.
function mention(article: string, sentence: number, type: EventType, date: string, quote: string, extra: Partial<Mention> = {}): Mention {
  const d = parseCalendarDate(date)!;
  return {
    article, sentence, quote, actors: [], places: [], quantities: [], quotes: [],
    classification: { type, cue: 'x', cameo: '000' },
    date: { text: 'on Tuesday', index: 0, date: d, precision: precisionOf(d), stated: [], implied: [], tag: 'test', reason: '' },
    ...extra,
  };
}

const talksDay = mention('a', 1, 'talks', '2022-03-08', 'Envoys from both capitals opened a new round of border negotiations on Tuesday in Geneva.', { actors: ['Geneva envoys'], places: ['Geneva'] });
const talksMonth = mention('b', 4, 'talks', '2022-03', 'The border negotiations that opened in March made little headway, diplomats said.');
const talksOther = mention('c', 2, 'talks', '2022-03-08', 'The finance ministers met bankers on Tuesday to discuss the currency peg.', { actors: ['finance ministers'] });
const attackSameDay = mention('a', 3, 'attack', '2022-03-08', 'A roadside bomb struck a convoy near the border crossing on Tuesday.', { places: ['border crossing'] });
const talksDay2 = mention('d', 7, 'talks', '2022-03-08', 'Negotiators opened the border negotiations in Geneva on Tuesday, the foreign ministry said.', { places: ['Geneva'] });
const all = [talksDay, talksMonth, talksOther, attackSameDay, talksDay2];

const shape = (clusters: Mention[][]) => clusters.map((c) => c.map((m) => `${m.article}${m.sentence}`).sort().join('+')).sort();

describe('mergeMentions', () => {
  it('merges the same development told by several articles, and a vague mention into the precise one', () => {
    expect(shape(mergeMentions(all))).toEqual(['a1+b4+d7', 'a3', 'c2']);
  });

  it('never merges on date alone: different developments of one day and kind stay apart', () => {
    const clusters = mergeMentions([talksDay, talksOther]);
    expect(clusters).toHaveLength(2);
  });

  it('never merges different kinds', () => {
    expect(mergeMentions([talksDay, attackSameDay])).toHaveLength(2);
  });

  it('does not depend on the order mentions arrive in', () => {
    const expected = shape(mergeMentions(all));
    for (const order of [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [1, 4, 0, 3, 2]]) {
      expect(shape(mergeMentions(order.map((i) => all[i]!)))).toEqual(expected);
    }
  });

  it('is idempotent: merging the members of a cluster again gives that cluster', () => {
    for (const cluster of mergeMentions(all)) expect(mergeMentions(cluster)).toHaveLength(1);
  });

  it('merges one troop figure phrased two ways ("a force of 2,500" / "2,500 soldiers")', () => {
    const told = (article: string, quote: string) => mention(article, 1, 'troops', '2022-01', quote, { quantities: extractFacts(quote).quantities });
    const a = told('a', 'In January the republic sent a force of 2,500 to guard the northern border.');
    const b = told('b', 'The first 2,500 soldiers reached the frontier posts in January.');
    const other = told('c', 'The navy moved 400 sailors to the coast in January.');
    expect(shape(mergeMentions([a, b, other]))).toEqual(['a1+b1', 'c1']);
    // The shared figure is what joins them: without it their words alone are too few (since round 12 a figure in the
    // text counts even when not read as a quantity, so it goes from the text too).
    const unfigured = (m: Mention) => ({ ...m, quantities: [], quote: m.quote.replace('2,500', 'many') });
    expect(mergeMentions([unfigured(a), unfigured(b)])).toHaveLength(2);
  });

  it('an attack named as already known ("followed the bombing of …", "that was blown up on …") joins the attack at its place', () => {
    const attack = (article: string, quote: string, cue: string, places: string[]) =>
      mention(article, 2, 'attack', '2023-05-19', quote, { places, classification: { type: 'attack', cue, cameo: '183' } });
    const told = attack('a', 'Explosives tore open the oil line near Varna on Friday, halting the flow.', 'Explosives', ['Varna']);
    const followed = attack('b', 'The talks followed the bombing of the pipeline near Varna on 19 May, which the minister condemned.', 'bombing', ['Varna']);
    const clause = attack('c', 'The line reopened after repairs to the section near Varna that was blown up on 19 May.', 'blown up', ['Varna']);
    const elsewhere = attack('d', 'Traders shut their stalls after the bombing of the bus depot in Kesh on 19 May.', 'bombing', ['Kesh']);
    expect(shape(mergeMentions([told, followed, clause, elsewhere]))).toEqual(['a2+b2+c2', 'd2']);
    // Told as news in its own right, with as few shared words, it stays apart: the pointer is what joins them.
    const fresh = attack('e', 'Saboteurs wrecked a pumping station near Varna on Friday.', 'wrecked', ['Varna']);
    expect(mergeMentions([told, fresh])).toHaveLength(2);
  });

  describe('developments that share words but are not one (mayMerge)', () => {
    it('keeps numbered rounds of one process apart, even in one city and month', () => {
      const round = (article: string, date: string, quote: string) => mention(article, 1, 'talks', date, quote, { places: ['Lusaka'] });
      const second = round('a', '2023-05-10', 'The second round of water-sharing talks opened in Lusaka on Wednesday.');
      const third = round('b', '2023-05-24', 'The third round of water-sharing talks opened in Lusaka on Wednesday.');
      const vagueThird = round('c', '2023-05', 'Delegates returned to Lusaka in May for a third round of water-sharing talks.');
      const vagueSecond = round('d', '2023-05', 'A second round of water-sharing talks was held in Lusaka in May.');
      expect(shape(mergeMentions([second, third, vagueThird, vagueSecond]))).toEqual(['a1+d1', 'b1+c1']);
      // Without the ordinals the vague mentions find both rounds alike: the ordinal is what tells them apart.
      const plain = round('e', '2023-05', 'Delegates returned to Lusaka in May for water-sharing talks.');
      expect(mergeMentions([second, third, plain]).length).toBeLessThan(3);
    });

    it('reads ordinals from the date\'s own clause only', () => {
      expect([...ordinalsNear('The envoys met in Lusaka in May, and a third round is planned for June.', 26)]).toEqual([]);
      expect([...ordinalsNear('The envoys met in Lusaka in May, and a third round is planned for June.', 66)]).toEqual(['3']);
      // An ordinal standing for a step the sentence names, as its clause's subject: "the last (rotation)".
      const s = 'The next-to-last rotation of engineers sailed home on Friday; the last is due to sail in July.';
      expect([...ordinalsNear(s, s.indexOf('in July'))]).toEqual(['last']);
      expect([...ordinalsNear(s, s.indexOf('on Friday'))]).toEqual(['penultimate']);
      // Not a comparison ("the way the first one did"), nor with no sequence named.
      const t = "The round in Varn ended on Friday the way the first one did.";
      expect([...ordinalsNear(t, t.indexOf('on Friday'))]).toEqual([]);
      expect([...ordinalsNear('The ferry sailed on Friday; the last is due in July.', 40)]).toEqual([]);
      expect([...ordinalsNear('The next-to-last rotation of engineers flew home on Friday.', 50)]).toEqual(['penultimate']);
      expect([...ordinalsNear('The final batch of observers left on 3 May.', 30)]).toEqual(['last']);
      expect([...ordinalsNear('The first time the ministers met was in May.', 40)]).toEqual([]);
    });

    it('keeps two sayings of one speaker apart when their quotations share no word', () => {
      const said = (article: string, date: string, quote: string, words: string) => {
        const m = mention(article, 1, 'statement', date, quote, { actors: ['Ana Ruiz'], quotes: [{ text: words, speaker: 'Ana Ruiz' }] });
        return { ...m, date: { ...m.date, index: quote.length } }; // no date words to leave out of the profile
      };
      const a = said('a', '2023-05-10', 'Interior minister Ana Ruiz said on Wednesday the curfew was "a sad necessity".', 'a sad necessity');
      const b = said('b', '2023-05', 'Ana Ruiz said in May that the police "will not be intimidated".', 'will not be intimidated');
      const c = said('c', '2023-05-10', 'Ana Ruiz called the curfew "a sad necessity" on Wednesday.', 'a sad necessity');
      expect(shape(mergeMentions([a, b, c]))).toEqual(['a1+c1', 'b1']);
    });

    it('keeps a troop level apart from a handover of the same day unless they share a figure', () => {
      const troops = (article: string, quote: string, cameo: string) =>
        mention(article, 1, 'troops', '2023-05-10', quote, {
          actors: ['Northern Brigade'], places: ['Camp Ostra'], quantities: extractFacts(quote).quantities, classification: { type: 'troops', cue: 'x', cameo },
        });
      const handover = troops('a', 'The Northern Brigade handed Camp Ostra to the local army on Wednesday.', '087');
      const level = troops('b', 'On Wednesday 700 Northern Brigade soldiers were left at Camp Ostra, handed to the local army.', '150');
      const handover2 = troops('c', 'Camp Ostra passed from the Northern Brigade to the local army on Wednesday.', '087');
      expect(shape(mergeMentions([handover, level, handover2]))).toEqual(['a1+c1', 'b1']);
    });
  });
});

describe('the same place in a sequence backs shared words up', () => {
  it('joins "the next-to-last rotation … this month" to "the second-to-last rotation … on Saturday"', () => {
    const told = (article: string, date: string, quote: string) => {
      const m = mention(article, 1, 'troops', date, quote, { classification: { type: 'troops', cue: 'x', cameo: '0874' } });
      return { ...m, date: { ...m.date, index: quote.length } };
    };
    const day = told('a', '2023-04-29', 'The second-to-last rotation of the sapper company flew home, its commander waving from the ramp.');
    const month = told('b', '2023-04', 'The next-to-last rotation flies home, leaving a small staff in the capital.');
    const other = told('c', '2023-04-12', 'The navy pulled its patrol boats out of the northern lakes.');
    expect(shape(mergeMentions([day, month, other]))).toEqual(['a1+b1', 'c1']);
    // Told with ordinals that differ, the same words do not join them.
    const final = told('d', '2023-04', 'The final rotation flies home, leaving a small staff in the capital.');
    expect(shape(mergeMentions([day, final, other]))).toEqual(['a1', 'c1', 'd1']);
  });
});

describe('a week joins only a development inside that week', () => {
  // Published Monday 21 October 2024: "last week" is 14-20 October, printed as October, around.
  const lastWeek = (article: string, sentence: number, quote: string): Mention => {
    const m = mention(article, sentence, 'talks', '2024-10', quote, { places: ['Varn'] });
    return { ...m, date: { ...m.date, text: 'Last week', qualifier: 'around', span: { from: { year: 2024, month: 10, day: 14 }, to: { year: 2024, month: 10, day: 20 } } } };
  };
  const early = mention('p', 1, 'talks', '2024-10-02', 'The first round of ferry talks in Varn opened on Wednesday.', { places: ['Varn'] });
  const inWeek = mention('q', 1, 'talks', '2024-10-16', 'A second round of ferry talks opened in Varn on Wednesday.', { places: ['Varn'] });
  const week = lastWeek('r', 3, "Last week's round of ferry talks in Varn ended without a deal.");

  it('joins the round dated inside the week, not the month\'s other round', () => {
    expect(shape(mergeMentions([early, inWeek, week]))).toEqual(['p1', 'q1+r3']);
  });

  it('with no round inside the week it stays on its own, whatever the month holds', () => {
    expect(shape(mergeMentions([early, week]))).toEqual(['p1', 'r3']);
  });

  it('counts the lone round inside each week on its own, whatever another week of the month held', () => {
    // An earlier week with no round in it, read first, must not decide that the later week has none either.
    const span = (from: number, to: number) => ({ from: { year: 2024, month: 10, day: from }, to: { year: 2024, month: 10, day: to } });
    const weekOf = (article: string, quote: string, days: [number, number]): Mention => {
      const m = mention(article, 1, 'talks', '2024-10', quote);
      return { ...m, date: { ...m.date, text: 'last week', index: quote.indexOf('last week'), qualifier: 'around', span: span(...days) } };
    };
    const firstWeek = weekOf('a', 'Envoys in Zell said last week that nothing was planned.', [1, 7]);
    const thirdWeek = weekOf('s', 'Talks last week ended badly.', [14, 20]);
    expect(shape(mergeMentions([inWeek, thirdWeek]))).toEqual(['q1+s1']);
    expect(shape(mergeMentions([firstWeek, inWeek, thirdWeek]))).toEqual(['a1', 'q1+s1']);
  });
});

describe('one troop reduction, told as a phrasal verb or as its noun', () => {
  it('"wind down", "draw down", "drawdown" meet; "pulled out" and "pullout"; "withdrew" and "withdrawal"', async () => {
    const { contentWords } = await import('../../src/events/mention-evidence.js');
    expect(contentWords('Velia will wind down its police mission')).toContain('drawdown');
    expect(contentWords('the drawdown of the police mission')).toContain('drawdown');
    expect(contentWords('the army drew down the garrison')).toContain('drawdown');
    expect(contentWords('the marines pulled out of the port')).toContain('pullout');
    expect(contentWords('the marines withdrew; the withdrawal ended')).toEqual(expect.arrayContaining(['withdraw']));
    expect(contentWords('the wind blew down the fence')).not.toContain('drawdown');
  });

  it('a month-precise announcement joins the day-precise telling of it in other words', () => {
    const announced = mention('m', 12, 'statement', '2024-11', 'Nov. 2024 - Velia announces it will wind down its police mission on the islands by summer.', { actors: ['Velia'] });
    const told = mention('n', 4, 'statement', '2024-11-12', 'The handover is one step in the drawdown announced by Interior Minister Ana Lind on 12 November.', { actors: ['Ana Lind'] });
    expect(shape(mergeMentions([announced, told]))).toEqual(['m12+n4']);
  });
});

describe('a round of talks planned for a day, and the round held that day', () => {
  // The date's own words and place decide the tense.
  const at = (m: Mention, text: string): Mention => ({ ...m, date: { ...m.date, text, index: m.quote.indexOf(text) } });
  const planned = at(mention('p', 9, 'talks', '2024-06-11', 'The mediator told the radio the talks are due to resume on 11 June, with the same delegations.', { actors: ['radio'] }), 'on 11 June');
  const held = at(mention('q', 2, 'talks', '2024-06-11', 'Ferry union and port negotiators were back in Varn today for a second round of talks.', { places: ['Varn'] }), 'today');

  it('are one round, though they share little else', () => {
    expect(shape(mergeMentions([planned, held]))).toEqual(['p9+q2']);
  });

  it('stay apart when they name different places, or when one is a meeting rather than a round', () => {
    const plannedElsewhere = { ...planned, places: ['Ostra'] };
    expect(shape(mergeMentions([plannedElsewhere, held]))).toEqual(['p9', 'q2']);
    const meeting = mention('r', 1, 'talks', '2024-06-11', 'The harbour master met port negotiators in Varn today.', { places: ['Varn'] });
    expect(shape(mergeMentions([planned, meeting]))).toEqual(['p9', 'r1']);
  });

  it('a plan to meet again is a plan for another round; a first meeting is not', () => {
    const again = at(mention('u', 4, 'talks', '2024-06-11', 'The two port ministers agreed to meet again on 11 June.'), 'on 11 June');
    expect(shape(mergeMentions([again, held]))).toEqual(['q2+u4']);
    const first = at(mention('v', 4, 'talks', '2024-06-11', 'The two port ministers will meet on 11 June.'), 'on 11 June');
    expect(shape(mergeMentions([first, held]))).toEqual(['q2', 'v4']);
  });

  it('with nothing in common there is no evidence at all, plan or not (the merge index relies on it)', async () => {
    const { evidence, profileMention } = await import('../../src/events/mention-evidence.js');
    const next = at(mention('w', 1, 'talks', '2024-06-11', 'The next round is due to open on 11 June.'), 'on 11 June');
    // (Not "held talks": "talks" and "round" are one canonical word, a feature both would share.)
    const talks = at(mention('x', 1, 'talks', '2024-06-11', 'Both delegations met today.'), 'today');
    expect(evidence(profileMention(next), profileMention(talks))).toBe(0);
  });

  it('two tellings after the fact get no such help', () => {
    const heldToo = mention('s', 3, 'talks', '2024-06-11', 'The mediator said the talks resumed on 11 June with the same delegations.', { actors: ['mediator'] });
    const other = mention('t', 5, 'talks', '2024-06-11', 'Farm unions opened a round of talks in Lask on Tuesday.', { places: ['Lask'] });
    expect(shape(mergeMentions([heldToo, other]))).toEqual(['s3', 't5']);
  });
});

describe('fifth round: one development told in other words', () => {
  it('small synonym sets meet at one canonical word, per kind', async () => {
    const { canonicalWord, contentWords } = await import('../../src/events/mention-evidence.js');
    const words = (text: string, kind: EventType) => contentWords(text).map((w) => canonicalWord(w, kind));
    expect(words('the ceasefire talks', 'talks')).toContain('talk');
    expect(words('the negotiations', 'talks')).toContain('talk');
    expect(words('the third round', 'talks')).toContain('talk');
    // A mortar round is no round of talks.
    expect(words('mortar rounds', 'attack')).not.toContain('talk');
    expect(words('will withdraw 500 soldiers', 'troops')).toEqual(expect.arrayContaining(['withdraw', 'troop']));
    expect(words('the drawdown of 500 troops', 'troops')).toEqual(expect.arrayContaining(['withdraw', 'troop']));
    expect(words('cut its contingent by a fifth', 'troops')).toContain('withdraw');
    expect(words('handed the airbase to the army', 'troops')).toEqual(expect.arrayContaining(['handover', 'base']));
    expect(words('the handover of the base', 'troops')).toEqual(expect.arrayContaining(['handover', 'base']));
    expect(words('mortar shells struck the runway and injured three', 'attack')).toEqual(expect.arrayContaining(['attack', 'wound']));
  });

  it('going home is a withdrawal, and a contingent is troops: "the last of its troops will leave" / "the final contingent flew home"', () => {
    const leave = mention('l', 2, 'troops', '2024-09-30', 'The mission says the last of its troops will leave the islands on 30 September.');
    const home = mention('k', 6, 'troops', '2024-09-30', "The mission's final contingent flew home on 30 September, ending six years of patrols.");
    expect(shape(mergeMentions([leave, home]))).toEqual(['k6+l2']);
  });

  it('a body meets its initials, a person the surname with or without a title', async () => {
    const { nameKey } = await import('../../src/events/mention-evidence.js');
    expect(nameKey('Coastal Defence Front')).toBe(nameKey('CDF'));
    expect(nameKey('Popular Mobilization Forces')).toBe(nameKey('PMF'));
    expect(nameKey('Iraqi Security Forces')).not.toBe(nameKey('Popular Mobilization Forces'));
    expect(nameKey('Mr Varga')).toBe(nameKey('Ines Varga'));
    expect(nameKey('ISIS')).toBe('isis');
  });

  it('a troop cut told as a withdrawal and as a drawdown is one event; a base handover told two ways too', () => {
    const withdraw = mention('w', 3, 'troops', '2024-04', 'Ostra said it will withdraw 300 of its soldiers from the mission in April.', {
      actors: ['Ostra'], quantities: [{ value: 300, counts: 'troops', text: '300 of its soldiers' }],
    });
    const drawdown = mention('x', 5, 'troops', '2024-04', 'The drawdown of 300 troops is to begin in April.', {
      quantities: [{ value: 300, counts: 'troops', text: '300 troops' }],
    });
    expect(shape(mergeMentions([withdraw, drawdown]))).toEqual(['w3+x5']);
    const handed = mention('h', 1, 'troops', '2024-05-10', 'Varnish troops handed the Ostra airbase to the national army on Friday.', { places: ['Ostra'] });
    const told = 'The handover of the base on Friday was the third this year.';
    // Its date words where the sentence has them (the helper's default, at 0, would cut "The handov" off its words).
    const handover = mention('i', 4, 'troops', '2024-05-10', told);
    handover.date = { ...handover.date, text: 'on Friday', index: told.indexOf('on Friday') };
    expect(shape(mergeMentions([handed, handover]))).toEqual(['h1+i4']);
  });

  it('two attacks at one base days apart stay apart, and so do mentions that share nothing', async () => {
    const mortar = mention('m', 2, 'attack', '2024-05-06', 'Mortar rounds hit the base on Monday, wounding three soldiers.');
    const rockets = mention('n', 1, 'attack', '2024-05-13', 'The base came under rocket fire on Monday.');
    expect(shape(mergeMentions([mortar, rockets]))).toEqual(['m2', 'n1']);
    const { evidence, profileMention } = await import('../../src/events/mention-evidence.js');
    const a = mention('p', 1, 'talks', '2024-05-06', 'Envoys conferred quietly.');
    const b = mention('q', 1, 'talks', '2024-05-06', 'Ministers phoned.');
    expect(evidence(profileMention(a), profileMention(b))).toBe(0);
  });
});

describe('round 8: attacks by the same means, a call is no meeting, nouns in -ure, a force by its members', () => {
  const cameo = (type: EventType, code: string) => ({ classification: { type, cue: 'x', cameo: code } });

  it('two tellings of one drone attack on a post, in different words, are one event; a shelling that day is another', () => {
    const a = mention('a', 1, 'attack', '2024-02-06', 'On Saturday, a drone dropped two grenades on the post, now held by army soldiers, wounding one of them.', cameo('attack', '195'));
    const b = mention('b', 2, 'attack', '2024-02-06', 'A drone attacks the new army post at Kell Gap, wounding a soldier.', { ...cameo('attack', '195'), places: ['Kell Gap'] });
    const c = mention('c', 3, 'attack', '2024-02-06', 'Artillery shelled the village of Tamm on Saturday, wounding a farmer.', { ...cameo('attack', '194'), places: ['Tamm'] });
    expect(shape(mergeMentions([a, b, c]))).toEqual(['a1+b2', 'c3']);
  });

  it('a telephone call on the day a round opens is not the round', () => {
    const call = mention('a', 1, 'talks', '2024-01-19', 'President Ola Roos spoke by telephone with the mediator, Hal Ost, this morning about the second round of talks.', { ...cameo('talks', '041'), actors: ['Ola Roos', 'Hal Ost'] });
    const round = mention('b', 2, 'talks', '2024-01-19', 'The second round of talks opened in Ilm this morning, hosted by the mediator Hal Ost.', { ...cameo('talks', '046'), actors: ['Hal Ost'], places: ['Ilm'] });
    expect(mergeMentions([call, round])).toHaveLength(2);
  });

  it('"the closure of the mission announced by the council" and "announces that the mission will close" are one statement', () => {
    const a = mention('a', 1, 'statement', '2024-11-20', 'The handover is a step in the closure of the mission announced by the Concord Council on 20 November.', cameo('statement', '010'));
    const b = mention('b', 2, 'statement', '2024-11-20', 'Nov. 20 — The Six Rivers Concord announces that the mission will close and its bases pass to the army.', cameo('statement', '010'));
    expect(mergeMentions([a, b])).toHaveLength(1);
  });

  it("a mission's observers and its monitors are its force: two tellings of their departure are one", () => {
    const a = mention('a', 1, 'troops', '2027-06', 'The last observers are due to leave the country by the end of June.', cameo('troops', '0874'));
    const b = mention('b', 2, 'troops', '2027-06', 'The last monitors go home at the end of June.', cameo('troops', '0874'));
    expect(mergeMentions([a, b])).toHaveLength(1);
  });
});
