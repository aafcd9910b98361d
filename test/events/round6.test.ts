// Sixth round of merging evidence, on mentions of our own.
import { describe, expect, it } from 'vitest';
import { parseCalendarDate, precisionOf } from '../../src/calendar/calendar-date.js';
import { canonicalWord, evidence, profileMention } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import type { EventType, Mention } from '../../src/types.js';

function mention(article: string, type: EventType, date: string, quote: string, extra: Partial<Mention> = {}): Mention {
  const d = parseCalendarDate(date)!;
  return {
    article, sentence: 1, quote, actors: [], places: [], quantities: [], quotes: [],
    classification: { type, cue: 'x', cameo: '000' },
    date: { text: 'zz', index: quote.length, date: d, precision: precisionOf(d), stated: [], implied: [], tag: 'test', reason: '' },
    ...extra,
  };
}

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
