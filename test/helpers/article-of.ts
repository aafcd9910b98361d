// A small article of hand-written paragraphs (each a list of sentences), for extraction tests.
import type { Article } from '../../src/types.js';

export function articleOf(published: string, paragraphs: string[][]): Article {
  let index = 0;
  const sentences = paragraphs.flatMap((p, paragraph) => p.map((text) => ({ index, id: `s-${index++}`, text, paragraph })));
  return { slug: 'a', file: 'a.md', title: 'T', published, authors: [], body: paragraphs.map((p) => p.join(' ')).join('\n\n'), sentences } as Article;
}
