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
