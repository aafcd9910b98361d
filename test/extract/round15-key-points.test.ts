// Fifteenth round (issue 4): a live page's key points in headline grammar restate its entries and are furniture (the
// read gold excludes "Talks in Aubrel to go ahead on Monday", "Morwen's soldiers to leave the observer force in March",
// holdout9-holdout12); an item told in the past still tells (holdout1, holdout2). A page of our own.
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { headlineItem, keyPointParagraphs } from '../../src/extract/key-points.js';
import type { Article } from '../../src/types.js';

function article(body: string): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'k', file: 'k.md', title: 'T', published: '2044-05-11', authors: [], body, sentences } as Article;
}

const BODY = [
  'Key events',
  '- Harbour talks to resume in Velm on Friday, mediator says\n- Coastal Brigade suspends its part in the talks\n- The two delegations met for four hours in Velm on Monday',
  '09:40',
  'The mediator said this morning that the harbour talks would resume in Velm on Friday.',
].join('\n\n');

describe('round 15: key points', () => {
  it('finds the list under a key-points label', () => {
    expect([...keyPointParagraphs(BODY)]).toEqual([1, 2, 3]);
    expect(keyPointParagraphs('- Harbour talks to resume on Friday').size).toBe(0);
  });

  it('tells headline grammar from an item told in the past', () => {
    expect(headlineItem('Harbour talks to resume in Velm on Friday, mediator says')).toBe(true);
    expect(headlineItem('Coastal Brigade suspends its part in the talks')).toBe(true);
    expect(headlineItem('The two delegations met for four hours in Velm on Monday')).toBe(false);
  });

  it('yields the entries and the items told in the past, not the headlines', () => {
    const cited = new Set(extractMentions(article(BODY)).mentions.map((m) => m.sentence));
    expect(cited.has(1)).toBe(false);
    expect(cited.has(3)).toBe(true);
    expect(cited.has(5)).toBe(true);
  });
});
