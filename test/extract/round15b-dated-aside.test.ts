// Round 15b: "The talks, originally set for 3 May, opened on 10 May": an aside with a date of its own parts the subject
// from its verb; the date after it still dates what the main clause tells. Sentences of our own (a fisheries dispute
// off Cape Orrin), published 12 June 2032.
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2032-06-12'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const found = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 15b: a dated aside does not hide the main clause', () => {
  it('the real date dates the development, the planned one nothing', () => {
    expect(found('The fisheries talks, originally set for 2 April, opened on 9 April at Cape Orrin.')).toEqual([['talks', '2032-04-09']]);
    expect(found('The talks, which had been due on 2 April, opened on 9 April at Cape Orrin.')).toEqual([['talks', '2032-04-09']]);
  });

  it('an aside with no date of its own, or a long lead before it, is left alone', () => {
    expect(found('The skippers, angry and tired, met the inspectors on 9 April.')).toEqual([['talks', '2032-04-09']]);
    expect(found('Weeks of quarrels over quotas and over the boats seized at sea, first raised on 2 April, were aired on 9 April.')).toEqual([]);
  });
});
