// Small articles of one paragraph each, for merging and anchoring tests, and what those tests ask of the result.
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article, Mention } from '../../src/types.js';

/** An article `slug` published on `published`, its sentences one paragraph. */
export function storyOf(slug: string, published: string, sentences: string[]): Article {
  return {
    slug, file: `${slug}.md`, title: slug, published, authors: [], body: sentences.join(' '),
    sentences: sentences.map((text, index) => ({ index, id: `s-${index}`, text, paragraph: 0 })),
  } as Article;
}

/** Every dated mention the articles yield. */
export const mentionsOf = (articles: Article[]): Mention[] => articles.flatMap((a) => extractMentions(a).mentions);

/** The articles (sorted, each once) of the cluster holding `slug`'s telling of `kind` dated `day`. */
export function joinedArticles(clusters: Mention[][], slug: string, kind: string, day: string): string[] {
  return clusters
    .find((c) => c.some((m) => m.article === slug && m.classification.type === kind && formatIso(m.date.date) === day))!
    .map((m) => m.article)
    .filter((a, i, all) => all.indexOf(a) === i)
    .sort();
}
