// What a saved news page says about itself in machine-readable form: <meta> tags (Open Graph, article:*, name=…),
// JSON-LD (schema.org NewsArticle and kin), <time datetime>, <link rel=canonical> and rel=author links. Each field
// records where it came from, so the importer can print it. A page's own metadata beats anything read from its text.
//
// Sources per field, strongest first:
//   title      <h1> in the article · og:title · JSON-LD headline · twitter:title · any <h1> · <title> without the site name
//   published  article:published_time · JSON-LD datePublished · itemprop=datePublished · <time datetime> in the article
//   authors    JSON-LD author (people only) · <meta name=author> · rel=author links
//   publisher  og:site_name · JSON-LD publisher.name · application-name
//   url        <link rel=canonical> · og:url · JSON-LD url
// Timestamps are read as the calendar day written in them ("2021-07-26T23:30:00-05:00" is 26 July): the page's
// own zone is the one its readers saw, and converting to ours would move late-evening stories a day.
import type { Element, Root } from 'hast';
import { asPersonalName, namesIn } from './byline.js';
import { parseDateLine } from './date-line.js';
import { attr, elements, flatText, isElement } from './hast-tools.js';

export interface Found<T> {
  value: T;
  /** Where on the page it was found: "og:title", "JSON-LD datePublished", "<h1>". */
  from: string;
}

export interface HtmlMetadata {
  title?: Found<string>;
  published?: Found<string>;
  authors?: Found<string[]>;
  publisher?: Found<string>;
  url?: Found<string>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The article-like objects of every JSON-LD block, including those inside `@graph` and arrays. */
function jsonLdArticles(tree: Root): Record<string, Json>[] {
  const found: Record<string, Json>[] = [];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const types = ([] as Json[]).concat(node['@type'] ?? []).map(String);
      if (types.some((t) => /(?:Article|BlogPosting|Report)$/.test(t))) found.push(node);
      if (node['@graph']) visit(node['@graph']);
    }
  };
  for (const { element } of elements(tree)) {
    if (!isElement(element, 'script') || !/ld\+json/i.test(attr(element, 'type') ?? '')) continue;
    const text = element.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    try {
      visit(JSON.parse(text) as Json);
    } catch {
      // A broken JSON-LD block says nothing; the other sources still count.
    }
  }
  return found;
}

const str = (value: Json | undefined): string | undefined => (typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined);

/** JSON-LD author / publisher values: a string, an object with `name`, or a list of those. */
function namedThings(value: Json | undefined): { name: string; organisation: boolean }[] {
  return ([] as Json[]).concat(value ?? []).flatMap((item) => {
    if (typeof item === 'string') return str(item) ? [{ name: str(item)!, organisation: false }] : [];
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const name = str(item['name']);
      const types = ([] as Json[]).concat(item['@type'] ?? []).map(String);
      return name ? [{ name, organisation: types.some((t) => /Organization|NewsMediaOrganization|Corporation/.test(t)) }] : [];
    }
    return [];
  });
}

/** `YYYY-MM-DD` from a machine-readable date, or undefined. */
function calendarDay(value: string | undefined): string | undefined {
  return value === undefined ? undefined : parseDateLine(value.trim())?.date;
}

const absoluteUrl = (value: string | undefined): string | undefined => (value && /^https?:\/\/\S+$/i.test(value.trim()) ? value.trim() : undefined);

/** `<title>` without a trailing or leading " | Site name" part. */
function titleWithoutSite(title: string, site: string | undefined): string {
  const parts = title.split(/\s+[|–—·•:-]\s+/);
  if (parts.length < 2) return title;
  if (site) {
    const key = site.toLowerCase();
    if (parts.at(-1)!.toLowerCase() === key) return parts.slice(0, -1).join(' - ');
    if (parts[0]!.toLowerCase() === key) return parts.slice(1).join(' - ');
  }
  // No site name to compare with: a short last part ("… | Levant Ledger") is the site.
  return parts.at(-1)!.split(' ').length <= 3 ? title.slice(0, title.lastIndexOf(parts.at(-1)!)).replace(/\s+[|–—·•:-]\s+$/, '') : title;
}

function first<T>(...candidates: (Found<T> | undefined)[]): Found<T> | undefined {
  return candidates.find((c) => c !== undefined);
}

const found = <T>(value: T | undefined, from: string): Found<T> | undefined => (value === undefined ? undefined : { value, from });

/**
 * The page's metadata. `article` is the element the body is read from (its <h1> and <time> are preferred over
 * those elsewhere on the page), or undefined when the page has none.
 */
export function readHtmlMetadata(tree: Root, article: Element | undefined): HtmlMetadata {
  const meta = new Map<string, string>();
  let canonical: string | undefined;
  let documentTitle: string | undefined;
  const authorLinks: string[] = [];
  const h1s: Element[] = [];
  for (const { element } of elements(tree)) {
    if (element.tagName === 'meta') {
      const key = (attr(element, 'property') ?? attr(element, 'name') ?? attr(element, 'itemProp'))?.toLowerCase();
      const content = attr(element, 'content') ?? attr(element, 'dateTime');
      if (key && content?.trim() && !meta.has(key)) meta.set(key, content.replace(/\s+/g, ' ').trim());
    } else if (element.tagName === 'link' && /\bcanonical\b/i.test(attr(element, 'rel') ?? '')) {
      canonical ??= attr(element, 'href');
    } else if (element.tagName === 'title') {
      documentTitle ??= flatText(element) || undefined;
    } else if (element.tagName === 'a' && /\bauthor\b/i.test(attr(element, 'rel') ?? '')) {
      authorLinks.push(flatText(element));
    } else if (element.tagName === 'h1' && flatText(element)) {
      h1s.push(element);
    }
  }
  const ld = jsonLdArticles(tree);
  const ldField = (key: string): string | undefined => ld.map((o) => str(o[key])).find(Boolean);
  const ldPublisher = ld.flatMap((o) => namedThings(o['publisher'])).map((p) => p.name)[0];
  const ldAuthors = ld.flatMap((o) => namedThings(o['author']));
  const ldUrl = ld.map((o) => str(o['url']) ?? (typeof o['mainEntityOfPage'] === 'object' && o['mainEntityOfPage'] && !Array.isArray(o['mainEntityOfPage']) ? str(o['mainEntityOfPage']['@id']) : str(o['mainEntityOfPage']))).find(Boolean);

  const inArticle = (el: Element): boolean => article !== undefined && [...elements(article)].some((e) => e.element === el);
  const articleH1 = h1s.find(inArticle);
  const publisher = first(
    found(meta.get('og:site_name'), 'og:site_name'),
    found(ldPublisher, 'JSON-LD publisher'),
    found(meta.get('application-name'), 'application-name'),
  );
  const title = first(
    found(articleH1 && flatText(articleH1), '<h1>'),
    found(meta.get('og:title'), 'og:title'),
    found(ldField('headline'), 'JSON-LD headline'),
    found(meta.get('twitter:title'), 'twitter:title'),
    found(h1s[0] && flatText(h1s[0]), '<h1>'),
    found(documentTitle && titleWithoutSite(documentTitle, publisher?.value), '<title>'),
  );

  // <time datetime> in the article: one marked as the publication time, else the first.
  const times = article ? [...elements(article)].map((e) => e.element).filter((e) => e.tagName === 'time' && attr(e, 'dateTime')) : [];
  const time = times.find((t) => /datePublished/i.test(attr(t, 'itemProp') ?? '') || attr(t, 'pubdate') !== undefined || /publish/i.test(attr(t, 'className') ?? '')) ?? times[0];
  const published = first(
    found(calendarDay(meta.get('article:published_time')), 'article:published_time'),
    found(calendarDay(ldField('datePublished')), 'JSON-LD datePublished'),
    found(calendarDay(meta.get('datepublished')), 'itemprop=datePublished'),
    found(calendarDay(meta.get('date') ?? meta.get('pubdate') ?? meta.get('publish-date')), '<meta name=date>'),
    found(calendarDay(time && attr(time, 'dateTime')), '<time datetime>'),
  );

  const people = (names: string[]): string[] | undefined => {
    const list = [...new Set(names.flatMap((n) => (asPersonalName(n) ? [asPersonalName(n)!] : namesIn(n))))];
    return list.length ? list : undefined;
  };
  const authors = first(
    found(people(ldAuthors.filter((a) => !a.organisation).map((a) => a.name)), 'JSON-LD author'),
    found(people(meta.has('author') ? [meta.get('author')!] : []), '<meta name=author>'),
    found(people(authorLinks), 'rel=author'),
  );

  const url = first(
    found(absoluteUrl(canonical), '<link rel=canonical>'),
    found(absoluteUrl(meta.get('og:url')), 'og:url'),
    found(absoluteUrl(ldUrl), 'JSON-LD url'),
  );

  const result: HtmlMetadata = {};
  if (title) result.title = title;
  if (published) result.published = published;
  if (authors) result.authors = authors;
  if (publisher) result.publisher = publisher;
  if (url) result.url = url;
  return result;
}
