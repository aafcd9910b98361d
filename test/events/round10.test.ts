// Tenth round of merging evidence, on mentions of our own (the round was made on holdout7's misses).
import { describe, expect, it } from 'vitest';
import { parseCalendarDate, precisionOf } from '../../src/calendar/calendar-date.js';
import { profileMention } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { resolveRelative } from '../../src/events/resolve-relative.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';
import type { EventType, Mention, Quantity } from '../../src/types.js';

function mention(article: string, type: EventType, date: string, quote: string, extra: Partial<Mention> = {}): Mention {
  const d = parseCalendarDate(date)!;
  return {
    article, sentence: 1, quote, actors: [], places: [], quantities: [], quotes: [],
    classification: { type, cue: 'x', cameo: '0874' },
    date: { text: 'zz', index: quote.length, date: d, precision: precisionOf(d), stated: [], implied: [], tag: 'test', reason: '' },
    ...extra,
  };
}
const q = (value: number, counts: string): Quantity => ({ value, counts, text: String(value) });

describe('round 10 merging', () => {
  it('a troop ceiling\'s figure is the figure a force must shrink to', () => {
    const a = mention('a', 'troops', '2025-10-15', 'Under the plan, the brigade must shrink to 900 by', { quantities: [q(900, 'troops')] });
    const b = mention('b', 'troops', '2025-10-15', 'The ceiling of 900 was reached on', { quantities: [q(900, 'ceiling')] });
    expect(profileMention(b).quantities).toEqual(new Set(['900 troops']));
    expect(mergeMentions([a, b])).toHaveLength(1);
    // Not in a development of another kind, and not another figure.
    expect(profileMention({ ...b, classification: { type: 'statement', cue: 'x', cameo: '010' } }).quantities).toEqual(new Set(['900 ceiling']));
    const c = mention('c', 'troops', '2025-10-15', 'The ceiling of 1,500 was reached on', { quantities: [q(1500, 'ceiling')] });
    expect(mergeMentions([a, c])).toHaveLength(2);
  });

  it('in a troop development a mission is its force, and blue helmets are troops', () => {
    const a = mention('a', 'troops', '2015', 'The council sends a stabilisation mission to Arv', { classification: { type: 'troops', cue: 'sends', cameo: '154' } });
    const b = mention('b', 'troops', '2015', 'The first blue helmets arrived in Arv in the spring of', { classification: { type: 'troops', cue: 'arrived', cameo: '154' } });
    expect(profileMention(a).terms.has('troop')).toBe(true);
    expect(profileMention(b).terms.has('troop')).toBe(true);
    expect(mergeMentions([a, b])).toHaveLength(1);
    // Not in talks: a mission there is a delegation.
    expect(profileMention({ ...a, classification: { type: 'talks', cue: 'x', cameo: '040' } }).terms.has('troop')).toBe(false);
  });
});

describe('round 10 anchors', () => {
  it('"Hours after the raid" hangs on the raid, not on a later statement that only names it', () => {
    const a = articleOf('2025-09-10', [[
      'Militia fighters stormed a police post near Osk on Monday, killing two officers.',
      'The post had been rebuilt only last year.',
      'Hours after the raid, the governor, Ilse Marr, condemned it.',
      'Shopkeepers in Osk said on Tuesday that bread prices had doubled since the raid.',
    ]]);
    const { mentions, relative } = extractMentions(a);
    const resolved = resolveRelative(relative, mergeMentions(mentions), new Map([['a', { year: 2025, month: 9, day: 10 }]]));
    expect(resolved.map((m) => [m.classification.type, m.date.date, m.date.qualifier])).toEqual([
      ['statement', { year: 2025, month: 9, day: 8 }, 'after'],
    ]);
  });
});
