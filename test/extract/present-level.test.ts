// A troop level in the present tense with no date of its own is dated by publication, as "there are now …" is.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function article(published: string, sentences: string[]): Article {
  return {
    slug: 'a', file: 'a.md', title: 'a', published, authors: [], body: sentences.join(' '),
    sentences: sentences.map((text, index) => ({ index, id: `s-${index}`, text, paragraph: 0 })),
  } as Article;
}

const levels = (sentences: string[]) =>
  extractMentions(article('2024-10-08', sentences)).mentions.map((m) => [m.sentence, m.classification.type, m.date.date, m.date.precision, m.date.tag, m.date.text]);

describe('present-tense troop levels without "now"', () => {
  it('dates a level told in the present tense by the publication day, naming its verb', () => {
    expect(levels([
      'Roughly 3,500 marines remain on the northern islands.',
      'Some 700 soldiers are still deployed along the canal.',
      'The garrison numbers about 450.',
      'It now numbers about 800.',
    ])).toEqual([
      [0, 'troops', { year: 2024, month: 10, day: 8 }, 'day', 'present-level', 'remain'],
      [1, 'troops', { year: 2024, month: 10, day: 8 }, 'day', 'present-level', 'are'],
      [2, 'troops', { year: 2024, month: 10, day: 8 }, 'day', 'present-level', 'numbers'],
      [3, 'troops', { year: 2024, month: 10, day: 8 }, 'day', 'present-tense', 'now'],
    ]);
  });

  it('says why in the reason', () => {
    const [m] = extractMentions(article('2024-10-08', ['Roughly 3,500 marines remain on the northern islands.'])).mentions;
    expect(m!.date.reason).toMatch(/present tense.*published Tuesday 8 October 2024.*→ Tuesday 8 October 2024/);
  });

  it('leaves past and future levels, capacities, quotations, moves and other kinds undated', () => {
    expect(levels([
      'Roughly 3,500 marines remained on the islands.',
      'About 900 peacekeepers will remain on the islands.',
      'The base can house up to 2,000 soldiers.',
      '“We have 500 soldiers there,” the general said.',
      'The ministry sends 400 more police to the border.',
      'The talks remain stalled over 3 points.',
    ])).toEqual([]);
  });

  it('a sentence with a date of its own is dated by that date', () => {
    expect(levels(['In June, about 3,500 marines remain on the islands.']).map((l) => l[4])).not.toContain('present-level');
  });
});

describe('the title of a present-tense level', () => {
  it('keeps the verb that dated it', async () => {
    const { compressTitle } = await import('../../src/events/describe-event.js');
    const [m] = extractMentions(article('2024-10-08', ['Roughly 3,500 marines remain on the northern islands.'])).mentions;
    expect(compressTitle(m!).title).toBe('Roughly 3,500 marines remain on the northern islands');
  });
});
