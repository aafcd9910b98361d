// One article → dated mentions, where a sentence depends on the ones before it.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

/** An article of our own sentences, one paragraph. */
function article(published: string, sentences: string[]): Article {
  return {
    slug: 'test-article', file: 'test-article.md', title: 'Test', published, authors: [], body: sentences.join(' '),
    sentences: sentences.map((text, index) => ({ index, id: `s-${index}`, text, paragraph: 0 })),
  } as Article;
}

const dated = (a: Article) => extractMentions(a).mentions.map((m) => [m.sentence, m.date.text, m.date.date, m.classification.type]);

describe('extractMentions', () => {
  it('"Two days later" counts from the previous dated sentence, and a chain of them from each other', () => {
    const a = article('2023-06-15', [
      'On 2 May, rebels shelled the ferry port of Velin.',
      'Nobody was hurt.',
      'Two days later, gunmen shot dead a guard at the fuel depot.',
      'A week later, the army sent 300 troops to the town.',
    ]);
    expect(dated(a)).toEqual([
      [0, 'On 2 May', { year: 2023, month: 5, day: 2 }, 'attack'],
      [2, 'Two days later', { year: 2023, month: 5, day: 4 }, 'attack'],
      [3, 'A week later', { year: 2023, month: 5, day: 11 }, 'troops'],
    ]);
  });

  it('leaves it undated when no sentence before it is dated', () => {
    const a = article('2023-06-15', ['Rebels shelled the ferry port of Velin.', 'Two days later, gunmen shot dead a guard at the depot.']);
    expect(dated(a)).toEqual([]);
  });

  it('keeps both dates of one cue when they cannot be one day: two steps of one kind', () => {
    const a = article('2023-04-03', [
      'The third rotation of engineers will fly home at the end of this month, and the last one by mid-June.',
      'Observers arrived on Monday, 3 April, at the border post.',
    ]);
    const found = dated(a);
    expect(found.filter(([s]) => s === 0)).toEqual([
      [0, 'at the end of this month', { year: 2023, month: 4 }, 'troops'],
      [0, 'by mid-June', { year: 2023, month: 6 }, 'troops'],
    ]);
    // Two dates of one day ("on Monday, 3 April") are still one development, told once at the finer date.
    expect(found.filter(([s]) => s === 1)).toHaveLength(1);
  });

  it('reads a chronology\'s ambiguous numeric dates in the order its other entries settle', () => {
    const a = article('2023-06-01', [
      '28/02/2023 - Rebels fire rockets at the ferry port of Velin.',
      '04/03/2023 - The army sends 300 troops to Velin.',
    ]);
    expect(dated(a)).toEqual([
      [0, '28/02/2023', { year: 2023, month: 2, day: 28 }, 'attack'],
      [1, '04/03/2023', { year: 2023, month: 3, day: 4 }, 'troops'],
    ]);
  });
});
