// Round 19: a date inside a quotation that tells nothing of our kinds dates neither the development named outside the
// quotation nor the saying ('he said: "Ask me next week."'). Sentences of our own (an invented envoy in Kestrel Bay).
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

describe('round 19: a date inside a quotation, its cue outside', () => {
  it('dates nothing', () => {
    expect(told('Asked when the rebels would return to the talks after the bombing of their camps, the envoy said: "Ask me next week."')).toEqual([]);
  });

  it('the quotation\'s own development keeps its date, and "today" dates the saying', () => {
    expect(told('The envoy said: "We meet the rebels again next Tuesday."')).toContainEqual(['talks', '2043-05-12']);
    expect(told('"They shelled the harbour today," the port captain said.')).toContainEqual(['statement', '2043-05-07']);
  });
});
