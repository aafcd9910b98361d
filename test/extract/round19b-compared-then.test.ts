// Round 19b: a comparison's time ("than on 2 March") dates nothing, unless a clause after it, opened by "when",
// "as" or "after" with a verb of its own, tells a development then: that development is at the date, told by that
// clause's own words. Sentences of our own (an invented hill town, Sarrow).
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2042-03-12'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const told = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date), m.classification.cue]);

describe('round 19b: a clause that tells what happened at a comparison\'s time', () => {
  it('dates its own development', () => {
    const raid = told('The bombardment of Sarrow on Monday was fiercer than on 3 March, when militiamen fired rockets at the market.');
    expect(raid.map(([kind, day]) => [kind, day])).toEqual([
      ['attack', '2042-03-10'],
      ['attack', '2042-03-03'],
    ]);
    // Told by the clause's own words, not the comparison's.
    expect(raid[1]![2]).not.toMatch(/bombardment/);
    expect(told('The envoy said on Tuesday that she was calmer than she had been on 4 March, when the talks in Sarrow broke down.')).toContainEqual(['talks', '2042-03-04', expect.any(String)]);
  });

  it('not a clause that tells nothing of our kinds, nor a comparison with no clause after it', () => {
    expect(told('The bombardment of Sarrow on Monday was fiercer than on 3 March, when the weather was calm.').map(([k, d]) => [k, d])).toEqual([['attack', '2042-03-10']]);
    expect(told('The envoy said on Tuesday that she was calmer than on 4 March.').map(([k, d]) => [k, d])).toEqual([['statement', '2042-03-11']]);
  });
});
