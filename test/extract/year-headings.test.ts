// A chronology grouped by year: its headings give its entries the year they leave out.
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { yearHeadings } from '../../src/extract/year-headings.js';
import type { Article } from '../../src/types.js';

function article(published: string, body: string): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'chronology', file: 'chronology.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const BODY = [
  'A short history of the harbour dispute.',
  '## 2023',
  '**Oct. 4:** The alliance announces that its soldiers will leave the coast within a year.',
  '### Late autumn',
  '**Nov. 30:** Envoys agree that they will meet again in spring.',
  '## 2024',
  '**Jan. 9:** The first 200 soldiers leave the coast.',
  '## Outlook',
  'The last soldiers will leave by Oct. 4, the alliance says.',
].join('\n\n');

describe('year headings', () => {
  it('maps each paragraph to the year heading it sits under, until a heading of its level or above', () => {
    expect([...yearHeadings(BODY)]).toEqual([[1, 2023], [2, 2023], [3, 2024]]);
  });

  it('finds nothing in a body without a year heading', () => {
    expect(yearHeadings('## Background\n\nThe talks began in 2019.').size).toBe(0);
  });

  it('dates a chronology entry in its heading\'s year, whatever the tense of its clauses', () => {
    const found = extractMentions(article('2024-02-01', BODY)).mentions.map((m) => [m.date.text, m.date.date]);
    expect(found).toContainEqual(['Oct. 4', { year: 2023, month: 10, day: 4 }]);
    expect(found).toContainEqual(['Jan. 9', { year: 2024, month: 1, day: 9 }]);
    // Outside the year sections the tense decides again.
    expect(found).toContainEqual(['by Oct. 4', { year: 2024, month: 10, day: 4 }]);
  });

  it('also reads a heading that names a year among other words, and a paragraph that is a year alone', () => {
    const body = ['## 2023: the first year', 'Entry one.', '**2024**', 'Entry two.', 'Entry three.', '## Outlook', 'Entry four.'].join('\n\n');
    expect([...yearHeadings(body)]).toEqual([[0, 2023], [2, 2024], [3, 2024]]);
    const a = article('2025-02-01', ['**2024**', '**Oct. 4:** The alliance announces that its soldiers will leave the coast within a year.'].join('\n\n'));
    expect(extractMentions(a).mentions.map((m) => m.date.date)).toEqual([{ year: 2024, month: 10, day: 4 }]);
  });
});
