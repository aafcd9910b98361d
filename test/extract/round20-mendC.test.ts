// Round 20 mend C: "at the meeting of the party council … the next day" counts from the party council's meeting, not
// from the defence ministers' meeting told earlier (told-anchor.ts, resolve-relative.ts, occasion-qualifier.ts); and
// "the strikes" of a union's pay claim are a stoppage of work, no attack (labour-strike.ts). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { buildEvents } from '../../src/pipeline.js';
import { articleOf } from '../helpers/article-of.js';

const found = (published: string, paragraphs: string[][]) =>
  extractMentions(articleOf(published, paragraphs)).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);
const events = (published: string, paragraphs: string[][]) => buildEvents([articleOf(published, paragraphs)]).map((e) => [e.date, e.type]);

const MINISTERS = "The foreign ministers' meeting in Lissa on 4 May broke up without an accord on the ceasefire line.";
const CONGRESS = "The opposition party's congress met in Varn last week to pick its candidate.";
const SAYINGS = (occasion: string) =>
  `Mr Hale said at ${occasion} that he would not run, and Prime Minister Osk told parliament the next day that the vote would be held in the autumn.`;

describe('round 20 mend C: a qualified occasion is not another occasion of its head noun', () => {
  it('"at the meeting of the party congress" takes no day from the ministers\' meeting, in the article or merged', () => {
    const paragraphs = [[MINISTERS], [CONGRESS], [SAYINGS('the meeting of the party congress')]];
    expect(found('2052-05-22', paragraphs)).toEqual([['on 4 May', 'talks', '2052-05-04']]);
    expect(events('2052-05-22', paragraphs)).toEqual([['2052-05-04', 'talks']]);
  });

  it('nor does a possessive qualifier: "at the party congress\'s meeting"', () => {
    const paragraphs = [[MINISTERS], [CONGRESS], [SAYINGS("the party congress's meeting")]];
    expect(events('2052-05-22', paragraphs)).toEqual([['2052-05-04', 'talks']]);
  });

  it('a qualifier the telling carries still counts from it: "at the meeting of the foreign ministers"', () => {
    const paragraphs = [[MINISTERS], [CONGRESS], [SAYINGS('the meeting of the foreign ministers')]];
    expect(found('2052-05-22', paragraphs)).toEqual([
      ['on 4 May', 'talks', '2052-05-04'],
      ['at the meeting of the foreign ministers', 'statement', '2052-05-04'],
      ['the next day', 'statement', '2052-05-05'],
    ]);
  });

  it('an unqualified "at the meeting" still counts from the one meeting told', () => {
    const paragraphs = [[MINISTERS], [SAYINGS('the meeting')]];
    expect(found('2052-05-22', paragraphs).slice(1)).toEqual([
      ['at the meeting', 'statement', '2052-05-04'],
      ['the next day', 'statement', '2052-05-05'],
    ]);
  });
});

describe('round 20 mend C: strikes in a labour dispute are no attack', () => {
  it('"the strikes came again …, as the union pressed its pay claim" yields no attack', () => {
    const text = 'The strikes resumed on Tuesday at the rail yards, as the union pressed its wage demands.';
    expect(found('2052-05-22', [[text]]).filter((m) => m[1] === 'attack')).toEqual([]);
  });

  it('an armed strike beside a union is still one: "air strikes … killing two union members"', () => {
    expect(found('2052-05-22', [['Air strikes hit the rail yards on Tuesday, killing two union members.']]).map((m) => m[1])).toEqual(['attack']);
    expect(found('2052-05-22', [['The strikes hit the rail yards again on Tuesday, the army said.']]).map((m) => m[1])).toEqual(['attack']);
  });
});
