// Properties of merging over generated mention sets (fast-check): the clusters do not depend on the order the
// mentions come in, merging a cluster again gives that cluster back, and every mention lands in exactly one
// cluster of its own kind. Mentions are drawn from small vocabularies around a few dates so that many pairs
// share words, names, places and figures, and merge.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionKey, mergeMentions } from '../../src/events/merge-mentions.js';
import { EVENT_TYPES, type DateQualifier, type Mention, type Precision } from '../../src/types.js';

const WORDS = ['talks', 'rocket', 'drone', 'base', 'troops', 'withdrawal', 'minister', 'envoy', 'border', 'ceasefire', 'convoy', 'airport', 'delegation', 'agreement', 'strategic', 'dialogue'];
const ACTORS = ['Mustafa al-Kadhimi', 'Fuad Hussein', 'US forces', 'Iraqi government', 'Popular Mobilisation Forces', 'Antony Blinken'];
const PLACES = ['Baghdad', 'Erbil', 'Ain al-Asad', 'Washington'];
const COUNTS = ['troops', 'rockets'];

const draft = fc.record({
  article: fc.constantFrom('2021-04-07-a', '2021-04-19-b', '2021-05-02-c', '2021-05-20-d'),
  type: fc.constantFrom(...EVENT_TYPES),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
  context: fc.option(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }), { nil: undefined }),
  actors: fc.uniqueArray(fc.constantFrom(...ACTORS), { maxLength: 2 }),
  places: fc.uniqueArray(fc.constantFrom(...PLACES), { maxLength: 2 }),
  quantity: fc.option(fc.record({ value: fc.constantFrom(2500, 3000, 5), counts: fc.constantFrom(...COUNTS) }), { nil: undefined }),
  precision: fc.constantFrom<Precision>('day', 'day', 'month', 'year'),
  month: fc.constantFrom(4, 5),
  day: fc.constantFrom(7, 8, 14, 20),
  qualifier: fc.option(fc.constantFrom<DateQualifier>('early', 'mid', 'late', 'around'), { nil: undefined }),
});

/** Drafts → mentions, each sentence its own, so every mention has its own key (article, sentence, offset, kind). */
const mentions = fc.array(draft, { minLength: 1, maxLength: 40 }).map((drafts) =>
  drafts.map((d, sentence): Mention => {
    const date = d.precision === 'day' ? { year: 2021, month: d.month, day: d.day } : d.precision === 'month' ? { year: 2021, month: d.month } : { year: 2021 };
    const text = d.precision === 'day' ? `on ${d.day} ${d.month === 4 ? 'April' : 'May'}` : d.precision === 'month' ? `in ${d.month === 4 ? 'April' : 'May'}` : 'in 2021';
    const quote = `${text} ${[...d.actors, ...d.words, ...d.places].join(' ')}.`;
    return {
      article: d.article,
      sentence,
      quote,
      ...(d.context ? { context: `${d.context.join(' ')}.` } : {}),
      classification: { type: d.type, cue: d.words[0]!, cameo: '040' },
      date: {
        text,
        index: 0,
        date,
        precision: d.precision,
        stated: [],
        implied: [],
        ...(d.qualifier && d.precision !== 'day' ? { qualifier: d.qualifier } : {}),
        tag: 'generated',
        reason: 'generated',
      },
      actors: d.actors,
      places: d.places,
      quantities: d.quantity ? [{ ...d.quantity, text: `${d.quantity.value} ${d.quantity.counts}` }] : [],
      quotes: [],
    };
  }),
);

const keys = (clusters: Mention[][]) => clusters.map((cluster) => cluster.map(mentionKey));

describe('mergeMentions', () => {
  it('gives the same clusters whatever order the mentions come in', () => {
    let merged = 0;
    fc.assert(
      fc.property(mentions, fc.func(fc.integer()), (input, rank) => {
        const shuffled = input.map((m, i) => ({ m, r: rank(i) })).sort((a, b) => a.r - b.r).map(({ m }) => m);
        const clusters = mergeMentions(input);
        if (clusters.some((c) => c.length > 1)) merged++;
        expect(keys(mergeMentions(shuffled))).toEqual(keys(clusters));
        expect(keys(mergeMentions([...input].reverse()))).toEqual(keys(clusters));
      }),
      { numRuns: 300 },
    );
    // Not vacuous: many generated sets merge something (about half of them; 100 of 300 leaves room for chance).
    expect(merged).toBeGreaterThan(100);
  });

  it('is idempotent: a cluster merged again on its own is that one cluster, and the result again is the result', () => {
    fc.assert(
      fc.property(mentions, (input) => {
        const clusters = mergeMentions(input);
        for (const cluster of clusters) expect(keys(mergeMentions(cluster))).toEqual([cluster.map(mentionKey)]);
        expect(keys(mergeMentions(clusters.flat()))).toEqual(keys(clusters));
      }),
      { numRuns: 300 },
    );
  });

  it('puts every mention in exactly one cluster, with mentions of its own kind only', () => {
    fc.assert(
      fc.property(mentions, (input) => {
        const clusters = mergeMentions(input);
        expect(clusters.flat().map(mentionKey).sort()).toEqual(input.map(mentionKey).sort());
        for (const cluster of clusters) expect(new Set(cluster.map((m) => m.classification.type)).size).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
