// A small article of hand-written paragraphs (each a list of sentences), for extraction tests.
import { segmentBody } from '../../src/articles/segment-body.js';
import type { Article } from '../../src/types.js';

export function articleOf(published: string, paragraphs: string[][]): Article {
  let index = 0;
  const sentences = paragraphs.flatMap((p, paragraph) => p.map((text) => ({ index, id: `s-${index++}`, text, paragraph })));
  return { slug: 'a', file: 'a.md', title: 'T', published, authors: [], body: paragraphs.map((p) => p.join(' ')).join('\n\n'), sentences } as Article;
}

/** A small article from a body of text, split into sentences as a real article's body is. */
export function pageOf(body: string, published = '2031-05-20'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}
