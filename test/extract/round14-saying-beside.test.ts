// Fourteenth round: a visit or meeting and what was said at it are two developments at one date (the read gold counts
// both); sentences of our own.
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2028-05-20'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const found = (body: string) =>
  extractMentions(page(body))
    .mentions.map((m) => [m.classification.type, formatIso(m.date.date)])
    .sort((a, b) => `${a[1]}${a[0]}`.localeCompare(`${b[1]}${b[0]}`));

describe('round 14: what was said at a visit or meeting', () => {
  it('a saying coordinated with a visit by one person, on its date', () => {
    expect(found('President Ada Renn visited the Harl district this morning and said the city would "not bend".')).toEqual([
      ['statement', '2028-05-20'],
      ['talks', '2028-05-20'],
    ]);
    expect(found('The envoy came to Osk on 12 May and promised to train the coastguard\'s crews.')).toEqual([
      ['statement', '2028-05-12'],
      ['talks', '2028-05-12'],
    ]);
  });

  it('a third party speaking at talks ("with X telling …")', () => {
    expect(found('The first round opened at the abbey on Monday, 15 May, with the bishop telling the delegations that the sea belongs to everyone.')).toEqual([
      ['statement', '2028-05-15'],
      ['talks', '2028-05-15'],
    ]);
  });

  it('not what two parties say together, a saying of another date, nor a saying in a quotation', () => {
    // The parties' joint word is the outcome of their talks.
    expect(found('The two presidents met in Osk on 12 May and told their generals to pull back.')).toEqual([['talks', '2028-05-12']]);
    expect(found('Renn and Vell met in Osk on 12 May and confirmed that the camp will pass to the army.')).toEqual([['talks', '2028-05-12']]);
    // A saying told with its own date is that date's.
    expect(found('The minister met the mayor on 2 May; she said on 4 May that the meeting had gone well.')).toEqual([
      ['talks', '2028-05-02'],
      ['statement', '2028-05-04'],
    ]);
    // Discussing is the talks themselves.
    expect(found('The envoy met the president on Tuesday and the two discussed the border.')).toEqual([['talks', '2028-05-16']]);
  });
});
