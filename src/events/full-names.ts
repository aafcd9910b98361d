// The bodies each article names in full (speakers.ts, fullBodies), by slug, made for an article only when merging
// first asks for it: a rebuild merges again only the shards an added article touches, and reading every article's
// sentences for names it would not use took ~0.2 s at 1,000 articles (issue 8). Merging only ever `get`s.
import type { Article } from '../types.js';
import { fullBodies } from './speakers.js';

export class FullNames extends Map<string, readonly string[]> {
  constructor(
    private readonly articles: ReadonlyMap<string, Article>,
    private readonly names: (sentences: readonly string[]) => readonly string[] = fullBodies,
  ) {
    super();
  }

  override get(slug: string): readonly string[] | undefined {
    let known = super.get(slug);
    if (known === undefined) {
      const article = this.articles.get(slug);
      if (article) super.set(slug, (known = this.names(article.sentences.map((s) => s.text))));
    }
    return known;
  }
}
