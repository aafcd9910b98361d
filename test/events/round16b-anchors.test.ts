// Round 16b: which development a relative date counts from (resolve-relative.ts). A telling that places itself
// against the anchor ("a week before the referendum") is not the anchor.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { resolveRelative } from '../../src/events/resolve-relative.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function article(slug: string, published: string, sentences: string[]): Article {
  return {
    slug, file: `${slug}.md`, title: slug, published, authors: [], body: sentences.join(' '),
    sentences: sentences.map((text, index) => ({ index, id: `s-${index}`, text, paragraph: 0 })),
  } as Article;
}

/** Each resolved mention's sentence and anchor date. */
function anchored(articles: Article[]): string[] {
  const extracted = articles.map((a) => extractMentions(a));
  const published = new Map(articles.map((a) => [a.slug, { year: +a.published.slice(0, 4), month: +a.published.slice(5, 7), day: +a.published.slice(8, 10) }]));
  const resolved = resolveRelative(extracted.flatMap((e) => e.relative), mergeMentions(extracted.flatMap((e) => e.mentions)), published);
  return resolved.map((m) => `${m.article} s-${m.sentence}: ${m.date.qualifier ?? ''} ${formatIso(m.date.date)}`);
}

describe('round 16b: a telling placed against the anchor is not the anchor', () => {
  it('"left on 2 March, a week before the referendum" does not date "hours before the referendum"', () => {
    const story = article('check', '2030-04-20', [
      'The first Varnese battalion left the port of Oskel on 2 March, a week before the referendum.',
      'Shells hit the harbour at Oskel hours before the referendum, the coastguard said.',
    ]);
    expect(anchored([story])).toEqual([]);
  });

  it('nor does "after the referendum", with or without a count', () => {
    const story = article('check', '2030-04-20', [
      'Most of the Varnese battalion left Oskel on 14 March, days after the referendum.',
      'Shells hit the harbour at Oskel hours before the referendum, the coastguard said.',
    ]);
    expect(anchored([story])).toEqual([]);
  });

  it('a telling of the anchor itself still dates it, beside one placed against it', () => {
    const story = article('check', '2030-04-20', [
      'The first Varnese battalion left the port of Oskel on 2 March, a week before the referendum.',
      'Gunmen attacked a polling station in Oskel on 9 March, wounding two clerks.',
      'Shells hit the harbour at Oskel hours before the attack on the polling station, the coastguard said.',
    ]);
    expect(anchored([story])).toEqual(['check s-2: before 2030-03-09']);
  });
});
