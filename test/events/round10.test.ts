// Tenth round of merging evidence, on mentions of our own (the round was made on holdout7's misses).
import { describe, expect, it } from 'vitest';
import { contentWords, mayMerge, profileMention } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { resolveRelative } from '../../src/events/resolve-relative.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';
import { mentionOf } from '../helpers/mention-of.js';
import type { EventType, Mention, Quantity } from '../../src/types.js';

const mention = mentionOf;
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

describe('round 10 demonyms', () => {
  it('a demonym meets its country in the words of a telling', () => {
    expect(contentWords('Ostravian gunners')[0]).toBe(contentWords('Ostravia')[0]);
    expect(contentWords('the Vellian navy')[0]).toBe(contentWords('Vell')[0]);
    // Short words are left alone.
    expect(contentWords('Asian')).toEqual(['asian']);
  });
});

describe('round 10 attacks at two places', () => {
  const attack = (article: string, quote: string, places: string[], quantities: Quantity[]) =>
    mention(article, 'attack', '2025-05-04', quote, { places, quantities, classification: { type: 'attack', cue: 'bomb', cameo: '183' } });

  it('two roadside bombs of one day near two towns, with different tolls, stay two attacks', () => {
    const a = attack('a', 'A roadside bomb hit an army lorry near Kesh, killing four soldiers', ['Kesh'], [q(4, 'killed')]);
    const b = attack('b', 'A roadside bomb struck a supply convoy near Ulm, killing two guards', ['Ulm'], [q(2, 'killed')]);
    expect(mayMerge(profileMention(a), profileMention(b))).toBe(false);
    expect(mergeMentions([a, b])).toHaveLength(2);
  });

  it('one attack told at a town and at the site within it still merges when no toll tells them apart', () => {
    const a = attack('a', 'A drone set fire to the fuel depot at Harrow Point', ['Harrow Point'], []);
    // Round 20: only when the article says the site is in the town (here the caption before it names the town); two
    // named places are otherwise two attacks (round20-attack-places.test.ts).
    const b = attack('b', 'Firefighters damp down the fuel depot at Fort Vell, set ablaze by a drone', ['Fort Vell'], []);
    expect(mayMerge(profileMention(a), profileMention({ ...b, context: 'Harrow Point, 30 January.' }))).toBe(true);
    expect(mayMerge(profileMention(a), profileMention(b))).toBe(false);
    // The same toll at two names of one place is one attack too.
    const c = attack('c', 'A roadside bomb hit an army lorry on the Kesh road, killing four soldiers', ['Kesh road'], [q(4, 'killed')]);
    const d = attack('d', 'Four soldiers were killed by a roadside bomb near Varn junction', ['Varn'], [q(4, 'killed')]);
    expect(mayMerge(profileMention(c), profileMention(d))).toBe(true);
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

describe('round 10 ordinal anchors', () => {
  it('"On the same day as the second raid" is the day of the article\'s second raid, not the first', () => {
    const a = articleOf('2025-09-20', [[
      'Militia fighters raided the police post at Osk again on 14 September, wounding one.',
      'A drone was shot down over the valley on 1 September.',
      'The first raid on the post, on 2 September, killed two officers.',
      'On the same day as the second raid, the governor, Ilse Marr, resigned in protest and said the army had failed.',
    ]]);
    const { mentions, relative } = extractMentions(a);
    expect(relative.map((r) => [r.relative.anchor, r.relative.days])).toEqual([['the second raid', 0]]);
    const resolved = resolveRelative(relative, mergeMentions(mentions), new Map([['a', { year: 2025, month: 9, day: 20 }]]));
    expect(resolved.map((m) => [m.classification.type, m.date.date, m.date.qualifier])).toEqual([['statement', { year: 2025, month: 9, day: 14 }, undefined]]);
  });
});

describe('round 10 anchors point back', () => {
  it('"Two days after the raid" counts from the raid told before it, not a later one nearer publication', () => {
    const a = articleOf('2025-09-30', [[
      'On 2 September, militia fighters stormed the police post at Osk, killing two officers.',
      'The governor, Ilse Marr, condemned the raid that evening.',
      'Two days after the raid, the interior minister, Pol Varn, announced that the post would close.',
      'On 25 September, gunmen stormed the customs house at Tarr.',
    ]]);
    const { mentions, relative } = extractMentions(a);
    const resolved = resolveRelative(relative, mergeMentions(mentions), new Map([['a', { year: 2025, month: 9, day: 30 }]]));
    expect(resolved.map((m) => [m.classification.type, m.date.date])).toEqual([['statement', { year: 2025, month: 9, day: 4 }]]);
  });
});
