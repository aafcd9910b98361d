// A saved page → the text of its article, one block per line, paragraphs apart, ready for the pasted-text rules.
// The article is the <article> with the most paragraph text, else <main>, else the body. Inside it, elements that
// are page furniture by what they are go: navigation, asides, footers, figures and their captions, forms, embeds,
// code; and elements whose role, class or id name a kind of furniture (share bars, related stories, newsletters,
// ads, comments). Rules name kinds of web-page parts, never one outlet's markup. An element holding the headline
// or half the article's paragraph text is never removed, whatever its class says ("article-body--has-related").
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { RemovedLine } from './import-raw-text.js';
import { attr, detach, elements, flatText, isElement, nameWords } from './hast-tools.js';

export interface HtmlBody {
  /** The element the article was read from, or undefined when it is the whole body. */
  article: Element | undefined;
  /** "<article>", "<main>", "<body>". */
  from: string;
  /** Text with a line per block and a blank line between paragraphs. */
  text: string;
  /** Elements removed, one entry each, with their visible text. */
  removed: RemovedLine[];
}

/** Removed by tag name: never article prose. Code is removed silently (it has no visible text). */
const FURNITURE_TAGS: Record<string, string> = {
  nav: 'navigation (<nav>)',
  aside: 'aside (<aside>)',
  footer: 'footer (<footer>)',
  figure: 'figure and caption (<figure>)',
  figcaption: 'caption (<figcaption>)',
  form: 'form (<form>)',
  button: 'button',
  select: 'form control',
  textarea: 'form control',
  dialog: 'dialog',
  menu: 'menu',
  iframe: 'embed',
  object: 'embed',
  embed: 'embed',
  video: 'media player',
  audio: 'media player',
  picture: 'image',
  svg: 'icon',
  canvas: 'embed',
};
const CODE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta']);

const FURNITURE_ROLES: Record<string, string> = {
  navigation: 'navigation', banner: 'site header', contentinfo: 'site footer', complementary: 'aside',
  search: 'search', dialog: 'dialog', alertdialog: 'dialog', menu: 'menu', menubar: 'menu', toolbar: 'toolbar',
};

/** Words in class names and ids that name a kind of page furniture. */
const FURNITURE_WORDS: Record<string, string> = {
  share: 'share widget', sharing: 'share widget', social: 'share widget', sharebar: 'share widget',
  related: 'related stories', recirculation: 'related stories', recirc: 'related stories', recommended: 'related stories',
  trending: 'related stories', outbrain: 'related stories', taboola: 'related stories', teaser: 'related stories',
  newsletter: 'newsletter promo', subscribe: 'newsletter promo', subscription: 'newsletter promo', signup: 'newsletter promo',
  paywall: 'paywall notice', ad: 'advertisement', ads: 'advertisement', advert: 'advertisement',
  advertisement: 'advertisement', adslot: 'advertisement', sponsored: 'advertisement', promo: 'promo',
  comment: 'comments', comments: 'comments', disqus: 'comments',
  sidebar: 'sidebar', breadcrumb: 'breadcrumbs', breadcrumbs: 'breadcrumbs',
  cookie: 'cookie notice', cookies: 'cookie notice', consent: 'cookie notice', modal: 'dialog', popup: 'dialog',
  tweet: 'embedded post', embed: 'embedded post', embedded: 'embedded post',
  caption: 'caption', credit: 'caption', credits: 'caption', bio: 'author bio', tags: 'tags', toolbar: 'toolbar',
};
/** Class names that hide text from sighted readers: screen-reader labels ("Share on Facebook"). */
const HIDDEN_CLASSES = /(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text|visuallyhidden|hidden)(?:\s|$)/;

/** Paragraph text in an element: what "half the article" is measured in. */
function paragraphChars(element: Element): number {
  let total = 0;
  for (const { element: e } of elements(element)) if (e.tagName === 'p') total += flatText(e).length;
  return total;
}

export interface ArticleElement {
  /** The element the article is read from, or undefined when it is the whole body. */
  article: Element | undefined;
  /** "<article>", "<main>", "<body>". */
  from: string;
  body: Element | Root;
}

/** Where the article is: the <article> (or itemprop=articleBody) with the most paragraph text, else <main>, else the body. */
export function findArticle(tree: Root): ArticleElement {
  const all = [...elements(tree)].map((e) => e.element);
  const body = all.find((e) => e.tagName === 'body') ?? tree;
  const best = (candidates: Element[]): Element | undefined =>
    candidates.reduce<Element | undefined>((a, b) => (a === undefined || paragraphChars(b) > paragraphChars(a) ? b : a), undefined);
  const article = best(all.filter((e) => e.tagName === 'article' || /\barticle(?:Body)?\b/.test(attr(e, 'itemProp') ?? '')).filter((e) => paragraphChars(e) > 0));
  if (article) return { article, from: `<${article.tagName}>`, body };
  const main = best(all.filter((e) => e.tagName === 'main' || attr(e, 'role') === 'main'));
  if (main) return { article: main, from: '<main>', body };
  return { article: undefined, from: '<body>', body };
}

/** Why an element is furniture, or undefined. */
function furnitureReason(element: Element, ancestors: readonly Element[], root: Element | Root): string | undefined {
  const tag = element.tagName;
  if (FURNITURE_TAGS[tag]) return FURNITURE_TAGS[tag];
  if (attr(element, 'hidden') !== undefined || attr(element, 'ariaHidden') === 'true') return 'hidden';
  if (HIDDEN_CLASSES.test(attr(element, 'className') ?? '')) return 'hidden label';
  // A header holding navigation, or the page's banner, is the site's header; an article's own header is kept.
  if (tag === 'header' && (ancestors.every((a) => a.tagName !== 'article') || [...elements(element)].some((e) => e.element.tagName === 'nav'))) {
    return 'site header (<header>)';
  }
  if (tag === 'article' && root.type === 'element' && root !== element) return 'story teaser (nested <article>)';
  const role = attr(element, 'role');
  if (role && FURNITURE_ROLES[role]) return `${FURNITURE_ROLES[role]} (role=${role})`;
  const word = nameWords(element).find((w) => FURNITURE_WORDS[w]);
  if (word) return `${FURNITURE_WORDS[word]} (class or id "${word}")`;
  return undefined;
}

/** The article's text with furniture removed. Removes the furniture from the tree it was found in. */
export function readHtmlBody({ article, from, body }: ArticleElement): HtmlBody {
  const root = article ?? body;
  const removed: RemovedLine[] = [];
  if (article) {
    const outside = flatText(body).length - flatText(article).length;
    if (outside > 0) removed.push({ line: `${outside} characters of page around the ${from}`, reason: `outside the ${from}` });
  }
  const h1 = [...elements(root)].find((e) => e.element.tagName === 'h1')?.element;
  const total = root.type === 'element' ? paragraphChars(root) : [...elements(root)].reduce((n, e) => n + (e.element.tagName === 'p' ? flatText(e.element).length : 0), 0);

  const prune = (parent: Element | Root, ancestors: Element[]): void => {
    for (const child of [...parent.children]) {
      if (!isElement(child)) continue;
      if (CODE_TAGS.has(child.tagName)) {
        detach(parent, child);
        continue;
      }
      const reason = furnitureReason(child, ancestors, root);
      // Structural tags are always furniture; a class, role or header guess never takes the headline or most of the text.
      const protectedByContent =
        !FURNITURE_TAGS[child.tagName] && ((h1 !== undefined && (child === h1 || [...elements(child)].some((e) => e.element === h1))) || (total > 0 && paragraphChars(child) * 2 >= total));
      if (reason && !protectedByContent) {
        const text = flatText(child);
        if (text) removed.push({ line: text, reason });
        detach(parent, child);
        continue;
      }
      prune(child, [...ancestors, child]);
    }
  };
  prune(root, root.type === 'element' ? [root] : []);

  const text = toText(root)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { article, from, text, removed };
}
