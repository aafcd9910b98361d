// Round 19b: a verbless tail after a counted subordinate clause ("…two days after the bridge was blown, on 4 May") is
// that clause's (split-clauses.ts), and it is still the anchor's own clause for the count: the main clause is dated
// that day plus the count, not left pending or lost. A hedged count ("less than a week after") keeps the side of the
// day it reaches. Sentences of our own (an invented river port, Meddow).
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2046-07-01'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const told = (body: string, published?: string) =>
  extractMentions(page(body, published)).mentions.map((m) => [m.classification.type, formatIso(m.date.date), m.date.qualifier ?? '']);

describe('round 19b: a counted tail dates the main clause from its day', () => {
  it('the main clause counts from the tail day', () => {
    expect(told('The raid on Meddow came three days after the two delegations held talks in the old customs hall, on 4 June.')).toEqual([
      ['talks', '2046-06-04', ''],
      ['attack', '2046-06-07', ''],
    ]);
    expect(told('The last border battalion withdrew five days after the accord was signed, on 9 June.')).toEqual([
      ['talks', '2046-06-09', ''],
      ['troops', '2046-06-14', ''],
    ]);
  });

  it('not from another telling of the anchor elsewhere in the article', () => {
    const mentions = told('The raid on Meddow came three days after the delegations held talks in the customs hall, on 4 June.\n\nThe talks, on 20 June, broke up early.');
    expect(mentions).toContainEqual(['attack', '2046-06-07', '']);
    expect(mentions.filter(([kind]) => kind === 'attack')).toHaveLength(1);
  });

  it('a hedged count keeps only the side of the day it reaches', () => {
    expect(told('The raid on Meddow came less than a week after the delegations held talks in the customs hall, on 4 June.')).toContainEqual(['attack', '2046-06-11', 'before']);
    expect(told('The raid on Meddow came nearly a week after the delegations held talks in the customs hall, on 4 June.')).toContainEqual(['attack', '2046-06-11', 'around']);
  });

  it('a tail before a clause of its own, or a count the date stands in, is no such anchor', () => {
    // The date opens a clause with its own verb: it is that clause's (the withdrawal), not the anchor's.
    expect(told('The raid on Meddow came three days after the delegations held talks, on 4 June the last company left.')).not.toContainEqual(['attack', '2046-06-07', '']);
    // No count: a plain "after" clause dates nothing by a count.
    expect(told('Gunmen attacked the port after the delegations met, on 4 June.')).not.toContainEqual(['attack', '2046-06-07', '']);
  });
});
