import { describe, expect, it } from 'vitest';
import { atomFeed, PLACEHOLDER_BASE_URL } from '../../src/site/feed.js';
import type { TimelineEvent } from '../../src/types.js';

const event = (id: string, date: string, published: string[], extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id, url: `/events/${id}/`, date, precision: 'day', type: 'attack', cameo: '190', title: `Title ${id}`, summary: `Summary ${id}`, actors: [], places: [], quantities: [],
  sources: published.map((p, i) => ({ article: `a${i}`, title: `Article <${i}>`, publisher: 'Rudaw', published: p, sentence: i, url: `/articles/a${i}/#s-${i}`, quote: 'He said "go" & left.', date, dateText: 'x', dateReason: 'x', quantities: [] })),
  ...extra,
});

describe('atomFeed', () => {
  const events = [
    event('old', '2014-06-10', ['2021-04-20']),
    event('a', '2021-04-07', ['2021-04-07', '2021-04-19']),
    event('b', '2021-04-14', ['2021-04-19']),
    event('c', '2021-04-18', ['2021-04-19', '2021-04-08']),
  ];

  it('puts the newest news first: by newest source publication, then latest in the timeline', () => {
    const feed = atomFeed(events, 'https://t.example');
    expect(feed.entries.map((e) => [e.url, e.updated])).toEqual([
      ['/events/old/', '2021-04-20T00:00:00Z'],
      ['/events/c/', '2021-04-19T00:00:00Z'],
      ['/events/b/', '2021-04-19T00:00:00Z'],
      ['/events/a/', '2021-04-19T00:00:00Z'],
    ]);
    expect(feed.updated).toBe('2021-04-20T00:00:00Z');
    expect(atomFeed(events, '', 2).entries).toHaveLength(2);
  });

  it('writes entry HTML with absolute links and escaped article text', () => {
    const feed = atomFeed([events[2]!], '');
    const html = feed.entries[0]!.contentHtml;
    expect(html).toContain(`<a href="${PLACEHOLDER_BASE_URL}/articles/a0/#s-0">Article &lt;0&gt;</a>`);
    expect(html).toContain('<q>He said &quot;go&quot; &amp; left.</q>');
    expect(feed.entries[0]!.summary).toBe('14 April 2021: Summary b');
  });

  it('has a fixed date when there is nothing to announce', () => {
    expect(atomFeed([], '')).toEqual({ updated: '1970-01-01T00:00:00Z', entries: [] });
  });
});
