// Permanent event URLs while the corpus grows: the five seed articles added one at a time, in several orders, with
// the ledger carried from build to build (through its file format, as the build does). Library functions only.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/articles/load-articles.js';
import { extractMentions, type ArticleMentions } from '../../src/extract/extract-mentions.js';
import { match } from '../../src/ledger/assign-ledger-ids.js';
import { emptyLedger, isLive, ledgerSources, parseLedger, serializeLedger, sourceKey, type Ledger } from '../../src/ledger/ledger.js';
import { redirectPages } from '../../src/ledger/redirect-pages.js';
import { updateLedger } from '../../src/ledger/update-ledger.js';
import { buildEvents } from '../../src/pipeline.js';
import { siteData } from '../../src/site/build-site-data.js';
import type { SiteEvent } from '../../src/site/site-data.js';
import type { Article, TimelineEvent } from '../../src/types.js';
import { renderingFor } from '../helpers/rendering.js';

let articles: Article[];
const extracted = new Map<string, ArticleMentions>();
const extract = (article: Article): ArticleMentions => {
  if (!extracted.has(article.slug)) extracted.set(article.slug, extractMentions(article));
  return extracted.get(article.slug)!;
};

beforeAll(async () => {
  articles = await loadArticles('content/articles');
});

/** One build as `npm run build` does it: events from the ledger, the ledger updated and written (here: re-read). */
function build(subset: readonly Article[], ledger: Ledger): { events: TimelineEvent[]; ledger: Ledger; site: ReturnType<typeof siteData> } {
  const events = buildEvents(subset, { extract, ledger });
  const updated = parseLedger(serializeLedger(updateLedger(ledger, events)), 'event-ledger.json');
  return { events, ledger: updated, site: siteData(subset, events, undefined, renderingFor(subset)) };
}

const ORDERS = [
  [0, 1, 2, 3, 4],
  [4, 3, 2, 1, 0],
  [2, 0, 4, 1, 3],
  [1, 3, 0, 4, 2],
  [3, 4, 1, 2, 0],
];

describe.each(ORDERS)('adding the seed articles one at a time, order %i %i %i %i %i', (...order) => {
  it('every event URL issued along the way resolves at the end to an event page, directly or by one redirect', () => {
    let ledger = emptyLedger();
    const issued = new Set<string>();
    let last: ReturnType<typeof build> | undefined;
    for (let k = 1; k <= order.length; k++) {
      const step = build(order.slice(0, k).map((i) => articles[i]!), ledger);
      // An id the ledger knew is only ever kept by an event sharing a sentence with it: never reused for another.
      for (const event of step.events) {
        const before = ledger.events[event.id];
        if (before) expect(match(before, event).shared, event.id).toBeGreaterThan(0);
        issued.add(event.id);
      }
      expect(new Set(step.events.map((e) => e.id)).size).toBe(step.events.length);
      ledger = step.ledger;
      last = step;
    }
    const pages = new Map(last!.site.events.map((e) => [e.url, e]));
    const redirects = new Map(redirectPages(ledger, last!.site.events).map((r) => [r.url, r]));
    for (const id of issued) {
      const url = `/events/${id}/`;
      if (pages.has(url)) continue;
      const redirect = redirects.get(url);
      expect(redirect, `${url} has neither a page nor a redirect`).toBeDefined();
      expect(redirect!.target, `${url} redirects nowhere`).toBeDefined();
      expect(pages.has(redirect!.target!.url), `${url} → ${redirect!.target!.url}, which is not a page`).toBe(true);
    }
    // No URL is both a page and a redirect.
    for (const url of redirects.keys()) expect(pages.has(url)).toBe(false);
    // Every id the ledger lists is one that was issued.
    expect(Object.keys(ledger.events).sort()).toEqual([...issued].sort());
  });

  it('adding an article changes no event it has nothing to do with', () => {
    let ledger = emptyLedger();
    let before: ReturnType<typeof build> | undefined;
    for (const i of order) {
      const added = articles[i]!.slug;
      const subset = before ? [...before.site.articles.map((a) => articles.find((x) => x.slug === a.slug)!), articles[i]!] : [articles[i]!];
      const after = build(subset, ledger);
      if (before) {
        const old = new Map(before.site.events.map((e) => [e.id, e]));
        for (const event of after.site.events) {
          if (event.sources.some((s) => s.article === added)) continue;
          // Its own page data is the same; only the links to its neighbours may name a new event.
          expect(withoutNeighbours(event), event.id).toEqual(withoutNeighbours(old.get(event.id)));
        }
      }
      ledger = after.ledger;
      before = after;
    }
  });
});

/** Previous, next and related events are links to other events, which a new article may well change. */
function withoutNeighbours(event: SiteEvent | undefined): Omit<SiteEvent, 'previous' | 'next' | 'related'> | undefined {
  if (!event) return undefined;
  const { previous: _p, next: _n, related: _r, ...rest } = event;
  return rest;
}

describe('the ledger the build writes', () => {
  it('changes nothing on a build from itself: same ids, same bytes', () => {
    const first = build(articles, emptyLedger());
    const second = build(articles, first.ledger);
    expect(second.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(serializeLedger(second.ledger)).toBe(serializeLedger(first.ledger));
    expect(second.site).toEqual(first.site);
  });

  it('gives the same ids as a build without a ledger when it starts empty', () => {
    expect(buildEvents(articles, { ledger: emptyLedger(), extract }).map((e) => e.id)).toEqual(buildEvents(articles, { extract }).map((e) => e.id));
  });

  // Whether the committed ledger is up to date is for CI to check after its build (git diff --exit-code): a test
  // that read it here would race the whole-site test, whose build rewrites it when it is stale.
  it('is committed in the form the build writes', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile('content/event-ledger.json', 'utf8');
    expect(serializeLedger(parseLedger(text, 'content/event-ledger.json'))).toBe(text);
  });

  it('records every live event with its kind and sentence keys', () => {
    const { events, ledger } = build(articles, emptyLedger());
    for (const event of events) {
      expect(ledger.events[event.id]).toEqual({ type: event.type, sources: ledgerSources(event.sources) });
      expect(Object.keys(ledger.events[event.id]!.sources)).toEqual(event.sources.map(sourceKey).sort());
      expect(isLive(ledger.events[event.id]!)).toBe(true);
    }
  });
});

describe('editing an article', () => {
  it('keeps the ids of its events when a paragraph added at the top renumbers its sentences', async () => {
    const { parseArticle } = await import('../../src/articles/read-article.js');
    const { readFile } = await import('node:fs/promises');
    const first = build(articles, emptyLedger());
    const target = articles.find((a) => first.events.some((e) => e.sources.every((s) => s.article === a.slug)))!;
    const source = await readFile(target.file, 'utf8');
    const end = source.indexOf('\n---', 3) + 4;
    const edited = parseArticle(target.file, `${source.slice(0, end)}\n\nThis report has been expanded with comment from officials on both sides.\n${source.slice(end)}`);
    expect(edited.sentences.length).toBe(target.sentences.length + 1);
    const after = build(articles.map((a) => (a === target ? edited : a)), first.ledger);
    expect(after.events.map((e) => e.id).sort()).toEqual(first.events.map((e) => e.id).sort());
    expect(Object.values(after.ledger.events).every(isLive)).toBe(true);
  });
});
