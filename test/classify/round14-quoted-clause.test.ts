// Round 14b: a quotation inside a clause does not end it ("who called the raid "a crime" on 6 May"); sentences of our
// own.
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2031-09-20'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const found = (body: string) =>
  extractMentions(page(body))
    .mentions.map((m) => [m.classification.type, formatIso(m.date.date), m.classification.cue])
    .sort((a, b) => `${a[1]}${a[0]}`.localeCompare(`${b[1]}${b[0]}`));

describe('round 14b: a clause goes on after a quotation inside it', () => {
  it('a relative clause\'s saying keeps its own date past the quotation', () => {
    expect(found('The harbour master, who called the blockade "an act of piracy" on 2 September, said on Thursday that the quays would reopen.')).toEqual([
      ['statement', '2031-09-02', 'called'],
      ['statement', '2031-09-18', 'said'],
    ]);
    expect(found('Senator Ilka Brenn, who described the pact as “a paper shield” in August, voted for it on Monday.')).toContainEqual(['statement', '2031-08', 'described']);
  });

  it('not a quotation that ends the clause, nor one opened after punctuation', () => {
    // The date after a complement's quotation is the saying's, as before.
    expect(found('The minister said the ceasefire was "holding" on Tuesday.')).toEqual([['statement', '2031-09-16', 'said']]);
    // A complement with no cue of its own before its quotation leaves the date to the saying.
    expect(found('The army said that the convoy was "safe" on Monday.')).toEqual([['statement', '2031-09-15', 'said']]);
  });
});
