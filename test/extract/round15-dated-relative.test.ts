// Fifteenth round: a relative clause with a date of its own dates the cue inside it, not the main clause's "now".
// Sentences of our own (a marine detachment in the port of Seld), published 20 May 2032.
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2032-05-20'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const found = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 15: a dated relative clause keeps its cue', () => {
  it('an arrival told in a relative clause is not told again by "now"', () => {
    expect(found('The 200 marines who landed on 2 May to secure the port are now guarding its quays.')).toEqual([['troops', '2032-05-02']]);
    expect(found('The sappers who arrived in April to clear the coast road are now working near Seld.')).toEqual([['troops', '2032-04']]);
  });

  it('a clause set off by commas, or one with no date, leaves "now" its troop level', () => {
    expect(found('About 900 soldiers, who arrived on 2 May, are now in the capital.')).toContainEqual(['troops', '2032-05-20']);
    expect(found('The mission, which deployed in March, now has about 900 soldiers.')).toContainEqual(['troops', '2032-05-20']);
  });
});
