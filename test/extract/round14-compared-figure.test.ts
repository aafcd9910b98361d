// Round 14b: the date of a comparison's earlier figure ("down from 900 at the end of March") dates that figure, never
// the saying. Sentences of our own (an invented police mission in the Varra hills).
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { datesComparedFigure } from '../../src/extract/compared-figure.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2033-10-08'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const told = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 14b: the earlier figure of a comparison', () => {
  it('its date is no date of the saying', () => {
    expect(told('Roughly 1,200, the interior ministry says, down from 2,050 at the end of June.')).toEqual([]);
    expect(told('Some 640, the mission said on Friday, up from 410 in August.')).toEqual([['statement', '2033-10-07']]);
  });

  it('a troop level at that date still counts', () => {
    expect(told('The garrison now numbers about 700 gendarmes, down from 1,300 in July.')).toContainEqual(['troops', '2033-07']);
  });

  it('not a date with no figure before it, nor a figure moved to by a date', () => {
    expect(datesComparedFigure('The curfew has been lifted from 3 July.', 'The curfew has been lifted '.length)).toBe(false);
    expect(datesComparedFigure('The ministry said on 2 October that 400 officers would leave.', 'The ministry said '.length)).toBe(false);
    expect(told('The ministry said on 2 October that it would withdraw 400 officers.')).toContainEqual(['statement', '2033-10-02']);
  });
});
