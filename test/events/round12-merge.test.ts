// Twelfth round of merging, on mentions of our own (the round was made on the merges holdout5–holdout9 missed).
import { describe, expect, it } from 'vitest';
import { contentWords, ordinalsNear, profileMention, sameFigure } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { mentionOf } from '../helpers/mention-of.js';
import type { EventType, Mention, Quantity } from '../../src/types.js';

const mention = mentionOf;
const q = (value: number, counts: string): Quantity => ({ value, counts, text: String(value) });
const troops = (cue: string, cameo: string) => ({ classification: { type: 'troops' as const, cue, cameo } });

describe('round 12 words', () => {
  it('a consonant doubled before -ed or -ing is one letter', () => {
    expect(contentWords('the brigade thinned out its pickets')).toEqual(contentWords('the brigade thins out its pickets'));
    expect(contentWords('patrols stopped')).toEqual(contentWords('patrols stop'));
    // Not a double letter of the word itself.
    expect(contentWords('shelling')).toEqual(contentWords('shells'));
    expect(contentWords('added weight')).toEqual(['weight']);
  });

  it('a hyphenated compound is its words', () => {
    expect(contentWords('the heavy-weapons withdrawal')).toEqual(contentWords('the heavy weapons withdrawal'));
    expect(contentWords('a buffer-zone accord')).toEqual(contentWords('a buffer zone accord'));
  });

  it('moving something back is a pullback, wherever its object stands', () => {
    expect(contentWords('the units began hauling nothing; they pulled their howitzers back')).toContain('pullback');
    expect(contentWords('Ostmark moves nearly 900 soldiers back from the ridge')).toContain('pullback');
    expect(contentWords('the pull-back of the guns')).toContain('pullback');
    expect(contentWords('the minister moved to Pellau')).not.toContain('pullback');
  });

  it('two tellings of one pullback of guns meet though one says "weapons" and one "guns"', () => {
    const a = mention('a', 'troops', '2031-09-08', 'Militia and army crews started pulling their heavy guns back from the canal on', troops('pulling', '0874'));
    const b = mention('b', 'troops', '2031-09-08', 'Things calmed after the heavy-weapons pullback that began on', troops('pullback', '0874'));
    expect(mergeMentions([a, b])).toHaveLength(1);
  });

  it('one post thinned out, told in two tenses, is one development', () => {
    const a = mention('a', 'troops', '2031-03-14', '14 Mar — Ostmark thins out its posts at the weir.', troops('thins out', '0874'));
    const b = mention('b', 'troops', '2031-03-14', 'Two days later, our own army thinned out its posts along the dyke, and', troops('thinned out', '0874'));
    expect(mergeMentions([a, b])).toHaveLength(1);
  });

  it('talks that ended in a deal meet the talks that agreed it', () => {
    const a = mention('a', 'talks', '2031-05-02', 'The ceasefire deal the two generals struck at the gap on', { classification: { type: 'talks', cue: 'struck', cameo: '057' } });
    const b = mention('b', 'talks', '2031-05-02', 'Negotiators agreed a ceasefire line at the gap on', { classification: { type: 'talks', cue: 'agreed', cameo: '057' } });
    expect(mergeMentions([a, b])).toHaveLength(1);
  });
});

describe('round 12 steps of a force', () => {
  it('the first or last soldiers of a force are a step of a sequence', () => {
    expect(ordinalsNear('The last 412 Ostmarker soldiers of the mission flew out of Tesk on', 0)).toEqual(new Set(['last']));
    expect(ordinalsNear('Its last soldiers left on', 0)).toEqual(new Set(['last']));
    expect(ordinalsNear('The last of them are due to leave', 0)).toEqual(new Set(['last']));
    expect(ordinalsNear('the first 250 Pellish trainers flew home', 0)).toEqual(new Set(['1']));
    // Not a time, and not an opening.
    expect(ordinalsNear('Last week soldiers fired on the crowd', 0).size).toBe(0);
    expect(ordinalsNear('opening fire on soldiers', 0).size).toBe(0);
  });

  it('two tellings of a force\'s last soldiers leaving meet, and the first and the last stay apart', () => {
    const a = mention('a', 'troops', '2031-06', 'The final Pellish personnel are to be gone by the end of', troops('gone', '0874'));
    const b = mention('b', 'troops', '2031-06', 'The last of them are due to leave by the end of', troops('leave', '0874'));
    expect(mergeMentions([a, b])).toHaveLength(1);
    const c = mention('c', 'troops', '2031-06', 'The first Pellish personnel are to be gone by the end of', troops('gone', '0874'));
    expect(mergeMentions([b, c])).toHaveLength(2);
  });

  it('a troop figure a move governs is the move, not a level', () => {
    const moved = mention('a', 'troops', '2031-11-20', 'The ridge has been calm since the pullback of about 700 Ostmarker troops on', {
      ...troops('700 Ostmarker troops', '150'), quantities: [q(700, 'troops')],
    });
    expect(profileMention(moved).cameo).toBe('0874');
    const b = mention('b', 'troops', '2031-11-20', 'some 650 Ostmarker soldiers withdrew from the ridge on', { ...troops('withdrew', '0874'), quantities: [q(650, 'troops')] });
    expect(mergeMentions([moved, b])).toHaveLength(1);
    // A figure alone stays a level, kept from a move of that day that shares no figure.
    const level = mention('c', 'troops', '2031-11-20', 'There are now about 700 Ostmarker troops on the ridge', { ...troops('700 Ostmarker troops', '150'), quantities: [q(700, 'troops')] });
    expect(profileMention(level).cameo).toBe('150');
    expect(mergeMentions([level, b])).toHaveLength(2);
  });
});

describe('round 12 ordinals in lists and coordinated clauses', () => {
  it('an ordinal standing right before a date, its noun left out, is the step that date dates', () => {
    const list = 'The delegations held a first round in Tarn on 3 May, a second on 9 June and a third on 14 July, when they signed.';
    expect(ordinalsNear(list, list.indexOf('3 May'))).toEqual(new Set(['1']));
    expect(ordinalsNear(list, list.indexOf('9 June'))).toEqual(new Set(['2']));
    expect(ordinalsNear(list, list.indexOf('14 July'))).toEqual(new Set(['3']));
  });

  it('a list\'s third date meets the third round planned for it, and not the second', () => {
    const list = 'The delegations held a first round in Tarn on 3 May, a second on 9 June and a third on 14 July, when they signed.';
    const talks = { classification: { type: 'talks' as const, cue: 'round', cameo: '040' }, places: ['Tarn'] };
    const third = mention('a', 'talks', '2031-07-14', list, { ...talks, date: { text: '14 July', index: list.indexOf('14 July'), date: { year: 2031, month: 7, day: 14 }, precision: 'day', stated: [], implied: [], tag: 'test', reason: '' } });
    const plan = mention('b', 'talks', '2031-07-14', 'The third round of talks is due to open in Tarn on', talks);
    expect(mergeMentions([third, plan])).toHaveLength(1);
    const second = mention('c', 'talks', '2031-07-14', 'The second round of talks is due to open in Tarn on', talks);
    expect(mergeMentions([third, second])).toHaveLength(2);
  });

  it('"and a second round …" starts a clause of its own: the date before it dates no second round', () => {
    const s = 'The dialogue began in March and a second round was held in late May.';
    expect(ordinalsNear(s, s.indexOf('March')).size).toBe(0);
    expect(ordinalsNear(s, s.indexOf('late May'))).toEqual(new Set(['2']));
    // A comma before the conjunction broke the clause before, as it still does.
    const t = 'They met in April, and a third round is due to open on Monday';
    expect(ordinalsNear(t, t.indexOf('April')).size).toBe(0);
  });
});

describe('round 12 a statement\'s own words', () => {
  const said = { classification: { type: 'statement' as const, cue: 'denied', cameo: '013' } };
  it('a date inside a relative clause dates that clause\'s saying, not the quotation of the main clause', () => {
    const quote = 'Their spokesman, Ivo Marrek, who on Monday denied that the Front had any part in the Salt Quay raid, called the curfew "a collective punishment" last night.';
    const date = { text: 'on Monday', index: quote.indexOf('on Monday'), date: { year: 2031, month: 3, day: 3 }, precision: 'day' as const, stated: [], implied: [], tag: 'test', reason: '' };
    const a = mention('a', 'statement', '2031-03-03', quote, { ...said, date, actors: ['Ivo Marrek'], quotes: [{ text: 'a collective punishment' }] });
    expect(profileMention(a).quoted.size).toBe(0);
    const b = mention('b', 'statement', '2031-03-03', 'The Front denied any part in the Salt Quay raid this morning, its spokesman Ivo Marrek telling reporters that "our men were far away".', {
      ...said, actors: ['Ivo Marrek'], quotes: [{ text: 'our men were far away' }],
    });
    expect(mergeMentions([a, b])).toHaveLength(1);
    // The main clause's date keeps its quotation.
    const last = { ...date, text: 'last night', index: quote.indexOf('last night') };
    expect(profileMention({ ...a, date: last }).quoted.size).toBeGreaterThan(0);
  });
});

describe('round 12 a closer partner at the same precision', () => {
  it('a month\'s telling stays with its close partner of that month, which joins no day, rather than joining a day\'s cluster it barely shares a word with', () => {
    const post = mention('a', 'troops', '2031-01-05', 'The army hands its forward post in the Kell valley to the border guard on', troops('hands', '087'));
    const moves = mention('b', 'troops', '2031-01', 'Ostmark moves two more brigades into the Kell valley in', troops('moves', '154'));
    const mobilised = mention('c', 'troops', '2031-01', 'Earlier this month, Ostmark mobilised two more brigades to its northern front, officials say, and', troops('mobilised', '154'));
    const clusters = mergeMentions([post, moves, mobilised]).map((c) => c.map((m) => m.article).sort().join(''));
    expect(clusters.sort()).toEqual(['a', 'bc']);
    // Without its partner it still joins the day's cluster, as before.
    expect(mergeMentions([post, moves])).toHaveLength(1);
  });
});

describe('round 12 figures', () => {
  it('a figure both tellings write backs up what they share, also rounded', () => {
    expect(sameFigure(300, 310)).toBe(true);
    expect(sameFigure(1800, 1760)).toBe(true);
    // Neither round, or too far apart: two figures.
    expect(sameFigure(310, 320)).toBe(false);
    expect(sameFigure(1500, 1800)).toBe(false);
    const a = mention('a', 'troops', '2031-04-04', 'GENERAL: We are about 1,900 now, because 240 Ostmarkers came in on Friday and took over the bridges', troops('came', '154'));
    const b = mention('b', 'troops', '2031-04-04', 'Some 240 Ostmarker monitors reached the city on', { ...troops('reached', '154'), quantities: [q(240, 'monitors')] });
    expect(profileMention(a).figures).toEqual([1900, 240]);
    expect(mergeMentions([a, b])).toHaveLength(1);
    // Another figure: two developments.
    const c = mention('c', 'troops', '2031-04-04', 'Some 90 Ostmarker monitors reached the city on', { ...troops('reached', '154'), quantities: [q(90, 'monitors')] });
    expect(mergeMentions([a, c])).toHaveLength(2);
  });

  it('years, codes and small counts are no figures', () => {
    const m = mention('a', 'troops', '2031-04-04', 'In 2019 the post at PP-14 on the RN7 had 12 guards and 1,250 soldiers', troops('had', '150'));
    expect(profileMention(m).figures).toEqual([1250]);
  });

  it('an arrival and a departure sharing a rounded figure may be one move', () => {
    const left = mention('a', 'troops', '2031-02-26', 'The first contingent, of 310 trainers, returned to Pellar on', { ...troops('returned', '154'), quantities: [q(310, 'troops')] });
    const home = mention('b', 'troops', '2031-02-26', 'The first 300 Pellish trainers flew home on', { ...troops('flew home', '0874'), quantities: [q(300, 'troops')] });
    expect(mergeMentions([left, home])).toHaveLength(1);
  });
});

describe('round 12 a telling that names nobody', () => {
  const attack = { classification: { type: 'attack' as const, cue: 'attack', cameo: '190' } };
  const pointing = mention('a', 'attack', '2031-04-21', "Q: Yesterday's attack wounded nobody.", {
    ...attack, sentence: 5, context: 'The minister spoke a day after drones hit the Ossa naval yard for the second time in a week.',
  });

  it('is scored with the words of the sentence before it against another article', () => {
    expect(profileMention(pointing).wide?.terms.has('ossa')).toBe(true);
    const told = mention('b', 'attack', '2031-04-21', 'The naval yard at Ossa was attacked by drones on', { ...attack, places: ['Ossa'] });
    expect(profileMention(told).wide).toBeUndefined();
    expect(mergeMentions([pointing, told])).toHaveLength(1);
  });

  it('not against its own article, whose sentence before may tell another development of that day', () => {
    const before = mention('a', 'attack', '2031-04-21', 'Drones hit the Ossa naval yard again on', { ...attack, sentence: 4, places: ['Ossa'] });
    expect(mergeMentions([pointing, before])).toHaveLength(2);
  });

  it('a telling that names someone or somewhere keeps to its own words; a transcript\'s "Q" names nobody', () => {
    const named = { ...pointing, actors: ['Lina Varro'] };
    expect(profileMention(named).wide).toBeUndefined();
    const asked = { ...pointing, actors: ['Q'] };
    expect(profileMention(asked).actors.size).toBe(0);
    expect(profileMention(asked).wide).toBeDefined();
  });
});
