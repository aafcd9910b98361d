// Mentions dated only against another development ("Hours before the talks opened, …") take that development's date.
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { resolveRelative } from '../../src/events/resolve-relative.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function article(slug: string, published: string, sentences: string[]): Article {
  return {
    slug, file: `${slug}.md`, title: slug, published, authors: [], body: sentences.join(' '),
    sentences: sentences.map((text, index) => ({ index, id: `s-${index}`, text, paragraph: 0 })),
  } as Article;
}

describe('resolveRelative', () => {
  it('a past-tense telling hangs on talks before publication, never on a round still to come', () => {
    const a = article('review', '2023-01-16', [
      'Negotiators finally sat down in Geneva on 8 March 2022.',
      'Hours before the talks opened, a roadside bomb hit a relief convoy near the pass.',
      'The next round of talks is scheduled for 2 February.',
    ]);
    const { mentions, relative } = extractMentions(a);
    expect(mentions.map((m) => m.date.date)).toEqual([{ year: 2022, month: 3, day: 8 }, { year: 2023, month: 2, day: 2 }]);
    const resolved = resolveRelative(relative, mergeMentions(mentions), new Map([['review', { year: 2023, month: 1, day: 16 }]]));
    expect(resolved.map((m) => [m.classification.type, m.date.date, m.date.qualifier])).toEqual([
      ['attack', { year: 2022, month: 3, day: 8 }, 'before'],
    ]);
  });

  it('"the talks" in the sentence right after a telling of talks are those talks, not the round nearest publication', () => {
    const a = article('review', '2023-01-16', [
      'Negotiators finally sat down in Geneva on 8 March 2022.',
      'Hours before the talks opened, a roadside bomb hit a relief convoy near the pass.',
      'Last June, a third round in Geneva ended without agreement.',
    ]);
    const { mentions, relative } = extractMentions(a);
    const resolved = resolveRelative(relative, mergeMentions(mentions), new Map([['review', { year: 2023, month: 1, day: 16 }]]));
    expect(resolved.map((m) => m.date.date)).toEqual([{ year: 2022, month: 3, day: 8 }]);
  });
});

describe('whole days counted from an event already found', () => {
  const published = new Map([['wire', { year: 2024, month: 9, day: 12 }]]);
  const resolveIn = (sentences: string[]) => {
    const a = article('wire', '2024-09-12', sentences);
    const { mentions, relative } = extractMentions(a);
    return resolveRelative(relative, mergeMentions(mentions), published);
  };

  it('"the day before the shelling" is the day before the shelling\'s day, exactly', () => {
    const resolved = resolveIn([
      'Artillery shelled the ferry terminal at Ostra on Tuesday, killing two dockworkers.',
      'The day before the shelling, the harbour master travelled to Varn to meet the rebel commander.',
    ]);
    expect(resolved.map((m) => [m.classification.type, m.date.date, m.date.precision, m.date.qualifier])).toEqual([
      ['talks', { year: 2024, month: 9, day: 9 }, 'day', undefined],
    ]);
    expect(resolved[0]!.date.reason).toContain('counts one day back from the shelling');
  });

  it('"two days after the talks" counts forward', () => {
    const resolved = resolveIn([
      'Harbour and rebel negotiators held talks in Varn on Friday 6 September.',
      'Two days after the talks, gunmen attacked the customs office in Ostra.',
    ]);
    expect(resolved.map((m) => [m.classification.type, m.date.date, m.date.precision])).toEqual([
      ['attack', { year: 2024, month: 9, day: 8 }, 'day'],
    ]);
  });

  it('from an event known only to its month, a day count gives no day: around that month', () => {
    const resolved = resolveIn([
      'Artillery shelled the ferry terminal at Ostra in August.',
      'The day before the shelling, the harbour master travelled to Varn to meet the rebel commander.',
    ]);
    expect(resolved.map((m) => [m.date.date, m.date.precision, m.date.qualifier])).toEqual([[{ year: 2024, month: 8 }, 'month', 'around']]);
  });
});
