// Round 19: a date right after "than" is the other term of a comparison ("less worried than a month ago"): the time
// the present is measured against, where nothing is told. Sentences of our own (an invented mediator in Tessaly).
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { datesComparison } from '../../src/extract/compared-time.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2042-03-12'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const told = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 19: the time a comparison measures against', () => {
  it('dates no saying', () => {
    expect(told('The mediator said on Tuesday that she was far more hopeful than a month ago.')).toEqual([['statement', '2042-03-11']]);
    expect(told('The minister said yesterday the talks were in better shape than they were in January.')).toEqual([['statement', '2042-03-11']]);
  });

  it('not a deadline, nor a date chosen instead of another', () => {
    const s = 'The council said the troops must leave no later than 30 June.';
    expect(datesComparison(s, s.indexOf('30 June'))).toBe(false);
    const r = 'The envoy will meet the rebels on Friday rather than on Monday.';
    expect(datesComparison(r, r.indexOf('Monday'))).toBe(false);
    expect(told('The envoy met the rebel leader on 2 March, earlier than planned.')).toEqual([['talks', '2042-03-02']]);
  });
});
