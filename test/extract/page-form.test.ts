// Furniture that only the page's form shows: a labelled list of other stories, the author's biography.
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { biographyParagraphs } from '../../src/extract/furniture.js';
import { labelledListParagraphs } from '../../src/extract/page-lists.js';
import type { Article } from '../../src/types.js';

function article(body: string, authors: string[] = ['Mira Holt']): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published: '2025-03-14', authors, body, sentences } as Article;
}

const BODY = [
  'Rebels shelled the port of Dunmore on Thursday, killing two dock workers.',
  'Mira Holt has reported on the conflict since 2019. She was in Dunmore when the port was shelled in 2023.',
  '**Most popular**',
  '1. Army sends 500 troops to the border on Monday\n2. Rebels attack a convoy near Harlen on Sunday',
  'The talks in Harlen broke down on Tuesday.',
  '- The mayor visited the market on Friday.',
].join('\n\n');

describe('page form', () => {
  it('finds the paragraphs of a list that a label alone introduces, and only those', () => {
    // Paragraphs: 0 report, 1 biography, 2 label, 3 and 4 the list's items, 5 report, 6 an unlabelled list item.
    expect([...labelledListParagraphs(BODY)]).toEqual([3, 4]);
    expect(labelledListParagraphs('- Army sends troops on Monday').size).toBe(0);
    expect([...labelledListParagraphs('## You may also like\n\n- Army sends troops on Monday')]).toEqual([0]);
  });

  it('finds a biography by the author\'s name opening a paragraph with a verb', () => {
    const a = article(BODY);
    expect([...biographyParagraphs(a.sentences, a.authors)]).toEqual([1]);
    // A name quoted inside the report, or an author not named in full, is no biography.
    expect(biographyParagraphs(article('"We will stay," Mira Holt was told on Monday.').sentences, ['Mira Holt']).size).toBe(0);
    expect(biographyParagraphs(article('Staff has covered this.').sentences, ['Staff']).size).toBe(0);
  });

  it('yields only the report\'s developments', () => {
    const found = extractMentions(article(BODY)).mentions.map((m) => [m.sentence, m.classification.type]);
    expect(found.map(([, kind]) => kind)).toEqual(['attack', 'talks', 'talks']);
  });
});
