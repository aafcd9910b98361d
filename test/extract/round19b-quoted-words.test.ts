// Round 19b: a date inside a quotation dates nothing outside it only when the quotation is a saying of its own (after
// a colon, opening the sentence, or after a comma with a verb of its own). A few words quoted inside the reporter's
// own clause, right after its verb or preposition, carry that clause's date. Sentences of our own (an invented
// harbour, Port Ilse).
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2043-05-07'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const told = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 19b: words quoted inside the reporter\'s clause', () => {
  it('keep the clause\'s development at their date', () => {
    // 7 May 2043 is a Thursday: "on Monday night" is 4 May.
    expect(told('The raid on the fuel depot at Port Ilse, the navy said, was carried out "on Monday night".')).toContainEqual(['attack', '2043-05-04']);
    expect(told('The bombing of the ferry landing took place "in the early hours of Monday", a harbour official said.')).toContainEqual(['attack', '2043-05-04']);
  });

  it('a saying of its own still dates nothing outside it', () => {
    expect(told('Asked whether the navy would shell the depot again, the admiral said: "Ask me on Monday."')).toEqual([]);
    expect(told('Asked whether the navy would shell the depot again, the admiral said, "You will know next week."')).toEqual([]);
  });
});
