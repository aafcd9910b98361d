// Schema.org JSON-LD for event pages (an Event, with the articles that report it as `subjectOf` NewsArticles) and
// article pages (a NewsArticle), serialised here so templates output a finished string.
//
// The string goes inside <script type="application/ld+json">, where the HTML parser ends the element at the first
// "</script" and treats "<!--" specially, whatever the JSON says. Every "<" is therefore written as the JSON
// escape \u003c, which no article text can undo and every JSON parser reads back as "<". URLs are absolute when
// the site has a base URL, root-relative otherwise (JSON-LD resolves them against the page).
import type { TimelineEvent } from '../types.js';

/** Where an article's page is on this site, and the original's address. */
export interface ArticlePages {
  page: string;
  sourceUrl?: string;
}

export interface JsonLdArticle {
  slug: string;
  url: string;
  title: string;
  published: string;
  publisher?: string;
  authors: readonly string[];
  description?: string;
  /** The original article's address. */
  sourceUrl?: string;
}

/** JSON that is safe as the text of a <script type="application/ld+json"> element. */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const organization = (name: string | undefined) => (name ? { publisher: { '@type': 'Organization', name } } : {});

/** The NewsArticle schema.org object, as an article page states it and as an event names each report. */
function newsArticle(
  article: { url: string; title: string; published: string; authors?: readonly string[]; publisher?: string | undefined; description?: string | undefined; sourceUrl?: string | undefined },
  baseUrl: string,
) {
  return {
    '@type': 'NewsArticle',
    '@id': baseUrl + article.url,
    url: baseUrl + article.url,
    headline: article.title,
    datePublished: article.published,
    ...(article.authors?.length ? { author: article.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...organization(article.publisher),
    ...(article.description ? { description: article.description } : {}),
    ...(article.sourceUrl ? { isBasedOn: article.sourceUrl } : {}),
  };
}

/** A NewsArticle for one article page. */
export function articleJsonLd(article: JsonLdArticle, baseUrl: string): string {
  return jsonLdString({ '@context': 'https://schema.org', ...newsArticle(article, baseUrl) });
}

/** Reporting articles an event's JSON-LD names at most: the first, as the page shows them in full (issue 8's 200 KB). */
export const JSON_LD_REPORTS = 50;

/**
 * An Event for one event page: its date at the text's precision (ISO 8601 allows "2021-04" and "2021"), its places
 * as `location`, its actors as what it is `about`, and each article citing it (the first JSON_LD_REPORTS) as a `subjectOf` NewsArticle.
 */
export function eventJsonLd(event: TimelineEvent, articles: ReadonlyMap<string, ArticlePages>, baseUrl: string, limit = JSON_LD_REPORTS): string {
  const seen = new Set<string>();
  const reports = event.sources.flatMap((source) => {
    if (seen.has(source.article) || seen.size >= limit) return [];
    seen.add(source.article);
    const article = articles.get(source.article);
    const url = article?.page ?? `/articles/${source.article}/`;
    return [newsArticle({ url, title: source.title, published: source.published, publisher: source.publisher, sourceUrl: article?.sourceUrl }, baseUrl)];
  });
  return jsonLdString({
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': baseUrl + event.url,
    url: baseUrl + event.url,
    name: event.title,
    description: event.summary,
    startDate: event.date,
    ...(event.places.length ? { location: event.places.map((name) => ({ '@type': 'Place', name })) } : {}),
    ...(event.actors.length ? { about: event.actors.map((name) => ({ '@type': 'Thing', name })) } : {}),
    subjectOf: reports,
  });
}
