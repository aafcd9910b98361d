// Round 19b: a date in the verb phrase of "should have" / "ought to have" is when a development was due, told as not
// done then: it dates nothing. "must have" tells what surely happened, and keeps its date. Sentences of our own (an
// invented garrison at Hollin Ford).
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { duePast } from '../../src/extract/unrealised-past.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2043-05-07'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const told = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 19b: the date a development was due', () => {
  it('dates nothing, quoted or not', () => {
    expect(told('Farmers at Hollin Ford said the pullout of the garrison should have been finished "two months ago".')).not.toContainEqual(['troops', '2043-03']);
    expect(told('The mayor said the garrison ought to have withdrawn from Hollin Ford in February.')).not.toContainEqual(['troops', '2043-02']);
  });

  it('not "must have", nor a date outside that verb phrase', () => {
    const s = 'The shell must have landed on Monday, the officer said.';
    expect(duePast(s, s.indexOf('on Monday'))).toBe(false);
    const r = 'On 2 May the mayor said the garrison should have left long ago.';
    expect(duePast(r, r.indexOf('On 2 May'))).toBe(false);
    expect(told(r)).toContainEqual(['statement', '2043-05-02']);
  });
});
