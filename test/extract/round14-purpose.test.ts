// Round 14b: an infinitive of purpose after a dated act ("rang X last night to ask for a halt to the raids before the
// vote") names an aim; its dates date nothing. Sentences of our own (an invented river dispute between Pell and Adra).
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { inPurposeClause } from '../../src/extract/purpose-clause.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2032-03-12'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const told = (body: string) => {
  const { mentions, relative } = extractMentions(page(body));
  return [...mentions.map((m) => [m.classification.type, formatIso(m.date.date)]), ...relative.map((r) => [r.classification.type, r.relative.text])];
};

describe('round 14b: the aim of a dated act', () => {
  it('a date inside the purpose dates nothing; the act keeps its own', () => {
    // "next week's talks" made a second, month-wide talks event.
    expect(told("Adra's interior minister met the Pell mayor on Tuesday to prepare next week's round of talks.")).toEqual([['talks', '2032-03-09']]);
    // "before the vote" made a shelling counted back from a vote.
    expect(told('The governor spoke to the militia chief by telephone last night, her aides say, to ask for a halt to the shelling before the vote.')).not.toContainEqual([
      'attack',
      'before the vote',
    ]);
  });

  it('not an infinitive a verb governs, nor a clause of its own after a comma', () => {
    expect(inPurposeClause('The two sides agreed to discuss a truce before the vote.', 41)).toBe(false);
    expect(inPurposeClause('Adra plans to withdraw its boats by 1 June.', 33)).toBe(false);
    const s = 'The ministers meet on Monday to prepare the third round, which is due to open on 2 April.';
    expect(inPurposeClause(s, s.indexOf('on 2 April'))).toBe(false);
    expect(told(s)).toContainEqual(['talks', '2032-04-02']);
  });
});
