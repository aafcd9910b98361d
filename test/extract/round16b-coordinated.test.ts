// Round 16b (issue 4): a second date joined by "and" to a first, with no subject of its own, tells the next step of
// the first date's development ("began on 24 April and was completed on 15 May", holdout9; "shrink to 1,000 by the
// end of August and be gone by 31 December", holdout13; "should end its mission by 31 December", holdout11).
// Sentences of our own, on an invented lake dispute between Tessary and Ormand.
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2034-02-10'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const kinds = (body: string, published?: string) =>
  extractMentions(page(body, published))
    .mentions.map((m) => [m.classification.type, formatIso(m.date.date)])
    .sort();

describe('round 16b: a coordinated second date shares the first date\'s development', () => {
  it('a verb of phase with no subject of its own', () => {
    expect(kinds('The withdrawal of Tessary\'s artillery from the shore began on 3 January and was completed on 29 January.')).toEqual([
      ['troops', '2034-01-03'],
      ['troops', '2034-01-29'],
    ]);
    expect(kinds('The ministers agreed on Monday that the garrison would be reduced to 300 soldiers by the end of May and be gone by 30 September.')).toContainEqual(['troops', '2034-09-30']);
  });

  it('not a new subject, nor a verb that tells something else', () => {
    // (A main clause's first verb already dates every date after it; these tell the first in a relative clause.)
    expect(kinds('The withdrawal, which began on 3 January and was criticised by the opposition on 29 January, is over.')).not.toContainEqual(['troops', '2034-01-29']);
    expect(kinds('The withdrawal, which began on 3 January and was undone by a court on 29 January, is over.')).not.toContainEqual(['troops', '2034-01-29']);
    expect(kinds('Rockets hit the ferry pier on 4 January, and a storm closed the harbour on 6 January.')).toEqual([['attack', '2034-01-04']]);
  });
});
