// Round 19: "The third round, on 18 March, opened five days after mortars had fallen on the camp": a day and a count
// of days on two sides of the one verb they both time restate that day from the anchor, as an apposed count does
// ("walked out on 21 February, the morning after jets bombed …"). Sentences of our own (an invented valley, Orrin Dale).
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2046-07-01'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const told = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 19: a count of days across the verb a day times', () => {
  it('dates the anchor the other way from that day', () => {
    expect(told('The fourth round, on 12 June, opened three days after gunmen had ambushed a police convoy near Orrin.')).toEqual([
      ['talks', '2046-06-12'],
      ['attack', '2046-06-09'],
    ]);
  });

  it('not across a new clause', () => {
    expect(told('The envoy met both sides on 12 June, and three days after gunmen ambushed a convoy, the army shelled the ridge.')).not.toContainEqual(['attack', '2046-06-09']);
  });

  // The count times the saying itself ("said three days after …"), so the ambush lies three days before the day the
  // mayor spoke (src/extract/counted-back.ts); a count inside the saying's "that" complement would not.
  it('a count that times a saying counts back from its day', () => {
    expect(told('On 12 June the mayor said three days after gunmen ambushed a convoy that the town was calm.')).toContainEqual(['attack', '2046-06-09']);
    expect(told('On 12 June the mayor said that the town had been calm three days after gunmen ambushed a convoy.')).not.toContainEqual(['attack', '2046-06-09']);
  });
});
