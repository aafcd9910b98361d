// Fifteenth round: a body's decision and the aim it decides on. Sentences of our own (a customs mission on the
// Tarvel-Oskan border), published 20 May 2032.
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

const PUBLISHED = '2032-05-20';

function page(body: string, published = PUBLISHED): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const found = (body: string, published?: string) =>
  extractMentions(page(body, published))
    .mentions.map((m) => [m.classification.type, formatIso(m.date.date)])
    .sort((a, b) => `${a[1]}${a[0]}`.localeCompare(`${b[1]}${b[0]}`));

const dated = (sentence: string, published = { year: 2032, month: 11, day: 25 }) =>
  resolveDates(sentence, published).dates.map((d) => [d.text, formatIso(d.date)]);

describe('round 15: the date of a decision named as a noun', () => {
  it('"the decision of the board on 4 April to …" lies behind, whatever the "to" after it says', () => {
    expect(dated('The auditors welcome the decision of the customs board on 4 April to end the joint patrols.')).toEqual([['on 4 April', '2032-04-04']]);
    // (A move in the present, "end", would otherwise take the nearest 4 April: the next one, from late November.)
    expect(dated('The auditors note the decision of the board on 4 April to stop the patrols by the end of the year.')[0]).toEqual(['on 4 April', '2032-04-04']);
    expect(dated("The board's decision in March to recall its inspectors surprised Oskan officials.")).toEqual([['in March', '2032-03']]);
  });

  it('what a decision or an agreement is to bring about still lies ahead', () => {
    expect(dated('The board has decided to recall its inspectors on 3 December.')).toEqual([['on 3 December', '2032-12-03']]);
    expect(dated('Ministers agreed on 2 October to meet again on 9 December.')).toEqual([
      ['on 2 October', '2032-10-02'],
      ['on 9 December', '2032-12-09'],
    ]);
    expect(dated('The board will decide on 1 December to extend the mission or not.')).toEqual([['on 1 December', '2032-12-01']]);
  });
});

describe('round 15: a date inside what was decided dates no statement', () => {
  it('the aim\'s date is not the deciding\'s', () => {
    const found1 = found("The weekly recalls that the customs board's decision of 4 April to wind up the border mission on 30 September had angered Oskan traders.");
    expect(found1).toContainEqual(['statement', '2032-04-04']);
    expect(found1).not.toContainEqual(['statement', '2032-09-30']);
  });

  it('a statement dated before its "to", or by a date of its own clause, keeps it', () => {
    expect(found('The customs board decided on 4 April to wind up the mission.')).toContainEqual(['statement', '2032-04-04']);
    expect(found('The board announced its decision to leave, and its chairman said on 12 May that it was final.')).toContainEqual(['statement', '2032-05-12']);
  });
});

describe('round 15: a date inside what was asked dates no statement', () => {
  it('the request is not made at its deadline', () => {
    // (The handover asked for by mid-June is a troop development at its deadline since round 18c, as gold counts it:
    // only the request must not be dated there.)
    const statements = (sentence: string) => found(sentence).filter(([kind]) => kind === 'statement');
    expect(statements('The customs board asked the Oskan police to take over the guard of the border post by mid-June.')).toEqual([]);
    expect(statements('Adopting its decision by consensus, the board also asked the police to take over the guard of the post by mid-June.')).toEqual([]);
  });

  it('a statement with a date of its own before the request keeps it', () => {
    expect(found('The customs board said on 12 May that it had asked the police to take over the border post.')).toContainEqual(['statement', '2032-05-12']);
  });
});
