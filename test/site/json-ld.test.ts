import { describe, expect, it } from 'vitest';
import { articleJsonLd, eventJsonLd, jsonLdString } from '../../src/site/json-ld.js';
import type { TimelineEvent } from '../../src/types.js';

const event: TimelineEvent = {
  id: 'e1', url: '/events/e1/', date: '2021-04', precision: 'month', type: 'attack', cameo: '190',
  title: 'Drone hits </script><script>alert(1)</script> airport', summary: 'A drone hit the airport <!-- here -->.',
  actors: ['US'], places: ['Erbil'], quantities: [],
  sources: [
    { article: 'a', title: 'Drone attack', publisher: 'Rudaw', published: '2021-04-19', sentence: 3, url: '/articles/a/#s-3', quote: 'q', date: '2021-04', dateText: 'in April', dateReason: 'r', quantities: [] },
    { article: 'a', title: 'Drone attack', publisher: 'Rudaw', published: '2021-04-19', sentence: 5, url: '/articles/a/#s-5', quote: 'q2', date: '2021-04', dateText: 'in April', dateReason: 'r', quantities: [] },
  ],
};
const pages = new Map([['a', { page: '/articles/a/', sourceUrl: 'https://example.com/a' }]]);

describe('jsonLdString', () => {
  it('cannot end its script element or open a comment, and reads back to the same data', () => {
    const data = { text: '</script><!-- \u2028 <b>' };
    const out = jsonLdString(data);
    expect(out).not.toMatch(/<\/?script|<!--|</i);
    expect(JSON.parse(out)).toEqual(data);
  });
});

describe('eventJsonLd', () => {
  it('is a schema.org Event at the text precision, reported by each article once as a NewsArticle', () => {
    const data = JSON.parse(eventJsonLd(event, pages, 'https://timeline.example.org'));
    expect(data).toMatchObject({
      '@context': 'https://schema.org', '@type': 'Event', '@id': 'https://timeline.example.org/events/e1/',
      name: event.title, startDate: '2021-04', location: [{ '@type': 'Place', name: 'Erbil' }], about: [{ '@type': 'Thing', name: 'US' }],
    });
    expect(data.subjectOf).toEqual([{
      '@type': 'NewsArticle', '@id': 'https://timeline.example.org/articles/a/', url: 'https://timeline.example.org/articles/a/',
      headline: 'Drone attack', datePublished: '2021-04-19', publisher: { '@type': 'Organization', name: 'Rudaw' }, isBasedOn: 'https://example.com/a',
    }]);
  });

  it('uses root-relative URLs without a base URL, and escapes markup in article text', () => {
    const out = eventJsonLd(event, pages, '');
    expect(JSON.parse(out).url).toBe('/events/e1/');
    expect(out).not.toContain('</script');
    expect(out).not.toContain('<!--');
  });
});

describe('articleJsonLd', () => {
  it('is a NewsArticle with its authors, publisher and the original it is based on', () => {
    const data = JSON.parse(articleJsonLd({ slug: 'a', url: '/articles/a/', title: 'T', published: '2021-04-19', publisher: 'Rudaw', authors: ['Sura Ali'], sourceUrl: 'https://example.com/a' }, ''));
    expect(data).toEqual({
      '@context': 'https://schema.org', '@type': 'NewsArticle', '@id': '/articles/a/', url: '/articles/a/', headline: 'T', datePublished: '2021-04-19',
      author: [{ '@type': 'Person', name: 'Sura Ali' }], publisher: { '@type': 'Organization', name: 'Rudaw' }, isBasedOn: 'https://example.com/a',
    });
  });
});
