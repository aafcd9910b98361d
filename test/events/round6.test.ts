// Sixth round of merging evidence, on mentions of our own.
import { describe, expect, it } from 'vitest';
import { canonicalWord, evidence, mayMerge, profileMention } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { mentionOf } from '../helpers/mention-of.js';
import type { EventType, Mention } from '../../src/types.js';

const mention = (article: string, type: EventType, date: string, quote: string, extra: Partial<Mention> = {}) => mentionOf(article, type, date, quote, extra, '000');

describe('round 6 synonyms', () => {
  it('hosting talks is meeting; troops that land arrive; peacekeepers and marines are troops', () => {
    expect(canonicalWord('host', 'talks')).toBe(canonicalWord('met', 'talks'));
    expect(canonicalWord('land', 'troops')).toBe(canonicalWord('deploy', 'troops'));
    expect(canonicalWord('peacekeeper', 'troops')).toBe('troop');
    expect(canonicalWord('marin', 'attack')).toBe('troop');
    // Per kind: an attack that lands is no deployment.
    expect(canonicalWord('land', 'attack')).toBe('land');
  });

  it('"X hosts talks between A and B in Selm" and "A and B met in Selm" of one year are one development', () => {
    const a = mention('a', 'talks', '2019', 'The Republic of Orr hosts the first direct talks between the council and the rebels in Selm.', { places: ['Selm'] });
    const b = mention('b', 'talks', '2019', 'That year the two sides met in Selm for nine days and went home empty-handed.', { places: ['Selm'] });
    expect(evidence(profileMention(a), profileMention(b))).toBeGreaterThanOrEqual(0.5);
    expect(mergeMentions([a, b])).toHaveLength(1);
  });

  it('still keeps apart talks in another city the same year', () => {
    const a = mention('a', 'talks', '2019', 'The Republic of Orr hosts talks between the council and the rebels in Selm.', { places: ['Selm'] });
    const c = mention('c', 'talks', '2019', 'The two sides met in Varo for a day.', { places: ['Varo'] });
    expect(mergeMentions([a, c])).toHaveLength(2);
  });

  it('in a troop development, "the force" is its soldiers; a body\'s name is not', () => {
    const terms = (quote: string, type: EventType = 'troops') => profileMention(mention('a', type, '2019-05', quote)).terms;
    expect(terms('The force deployed to the border to guard the crossings.').has('troop')).toBe(true);
    expect(terms('The Northern Peace Force deployed to the border.').has('troop')).toBe(false);
    expect(terms('The force of the blast shattered windows.', 'attack').has('troop')).toBe(false);
  });

  it('"the force deployed …" and "the first peacekeepers land …" of one month, at one place, are one deployment', () => {
    const a = mention('a', 'troops', '2019-05', 'The force deployed in May to watch over the truce, which ended a long war on Tessa, the southern island.', { actors: ['Tessa'] });
    const b = mention('b', 'troops', '2019-05', 'The first peacekeepers land on Tessa, with orders to guard the arms stores and patrol the island.', { actors: ['Tessa'] });
    expect(mergeMentions([a, b])).toHaveLength(1);
  });
});

describe('round 6 vetoes and weights', () => {
  const cameo = (m: Mention, code: string): Mention => ({ ...m, classification: { ...m.classification, cameo: code } });

  it('an arrival and a departure of one month are two moves, unless they share a figure', () => {
    // No "first" and "last" here: since round 12 those are steps of a sequence, kept apart whatever they share.
    const arrive = cameo(mention('a', 'troops', '2019-09', 'Peacekeepers land at the port of Ness to begin their deployment.'), '154');
    const leave = cameo(mention('b', 'troops', '2019-09-30', 'The peacekeepers flew home from Ness, ending their deployment.'), '0874');
    expect(mayMerge(profileMention(arrive), profileMention(leave))).toBe(false);
    expect(mergeMentions([arrive, leave])).toHaveLength(2);
    const q = [{ value: 400, counts: 'troops', text: '400 soldiers' }];
    expect(mayMerge(profileMention({ ...arrive, quantities: q }), profileMention({ ...leave, quantities: q }))).toBe(true);
  });

  it('talks naming different venues, none in common, are different rounds', () => {
    const a = mention('a', 'talks', '2019', 'The first direct talks between the council and the rebels took place in Selm.', { places: ['Selm'] });
    const b = mention('b', 'talks', '2019-03-08', 'The first direct talks between the council and the rebels opened in Varo on Friday.', { places: ['Varo'] });
    expect(mayMerge(profileMention(a), profileMention(b))).toBe(false);
    expect(mergeMentions([a, b])).toHaveLength(2);
    // One venue named two ways is one venue: the base and its name, or a place the other telling names in passing.
    const camp = mention('d', 'talks', '2019-03-08', 'Envoys met at Camp Rell on Friday for the first direct talks.', { places: ['Camp Rell'] });
    const rell = mention('e', 'talks', '2019-03-08', 'The first direct talks opened at Rell on Friday.', { places: ['Rell'] });
    expect(mayMerge(profileMention(camp), profileMention(rell))).toBe(true);
    const palace = mention('f', 'talks', '2019-03-08', 'Envoys met in the Orange Palace in Varo on Friday.', { places: ['Orange Palace'] });
    expect(mayMerge(profileMention(palace), profileMention(b))).toBe(true);
    // Two places that share only a common word ("Port …") are still two.
    const portA = mention('g', 'talks', '2019-03-08', 'Envoys met in Port Ness on Friday.', { places: ['Port Ness'] });
    const portB = mention('h', 'talks', '2019-03-08', 'Envoys met in Port Arla on Friday.', { places: ['Port Arla'] });
    expect(mayMerge(profileMention(portA), profileMention(portB))).toBe(false);
    // One naming no place at all may still join.
    const c = mention('c', 'talks', '2019-03-08', 'The first direct talks between the council and the rebels opened on Friday.');
    expect(mayMerge(profileMention(b), profileMention(c))).toBe(true);
  });

  it('one shared word is no half of the evidence when the shorter telling has only two words', () => {
    const short = mention('a', 'talks', '2019-12-01', 'A further round of talks is planned.');
    const other = mention('b', 'talks', '2019', 'Orr hosts the first direct talks between the council and the rebels in Selm.', { places: ['Selm'] });
    expect(evidence(profileMention(short), profileMention(other))).toBeLessThan(0.4);
    // (With another round that year, so that the low bar for the year's only round does not apply.)
    const another = mention('c', 'talks', '2019-06-02', 'Envoys from Orr and Varo signed a fishing accord on Sunday.');
    expect(mergeMentions([short, other, another])).toHaveLength(3);
  });

  it('a round told only by its year is matched to no planned round', () => {
    const plan = mention('a', 'talks', '2019-12-01', 'Negotiators from both sides will meet again for a new round of talks in Selm on 1 December.', { places: ['Selm'] });
    const year = mention('b', 'talks', '2019', 'Negotiators from both sides held a round of talks in Selm.', { places: ['Selm'] });
    const month = { ...year, date: { ...year.date, date: { year: 2019, month: 12 }, precision: 'month' as const } };
    const planEvidence = (x: Mention) => evidence(profileMention(plan), profileMention(x));
    expect(planEvidence(month) - planEvidence(year)).toBeCloseTo(0.4);
  });
});
