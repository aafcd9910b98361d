// Round 20: a party that walked out of talks coming back, told with no subject of its own in the same sentence ("…
// walked out on 30 January, …, and returned on 14 February"; "… and did not return until it announced its change of
// heart on 9 February"): the return is a statement at its own date. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const found = (published: string, paragraphs: string[][]) =>
  extractMentions(articleOf(published, paragraphs)).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

describe('round 20: the return after a walkout, in the walkout\'s sentence', () => {
  it('"and returned on …", past an aside counted from the walkout', () => {
    const s = 'The Coast Front walked out of the talks on 3 March, the day after the navy shelled its harbour, and returned on 19 March.';
    expect(found('2044-06-01', [[s]])).toContainEqual(['on 19 March', 'statement', '2044-03-19']);
    expect(found('2044-06-01', [[s]])).toContainEqual(['on 3 March', 'statement', '2044-03-03']);
  });

  it('"did not return until … on …": the return is the until-clause\'s date', () => {
    const s = 'The Coast Front walked out of the talks in March and did not return until its council voted to go back on 2 May.';
    expect(found('2044-06-01', [[s]])).toEqual([
      ['in March', 'statement', '2044-03'],
      ['on 2 May', 'statement', '2044-05-02'],
    ]);
  });

  it('a return denied at a date, a return home (with the subject shared), or a return after no walkout gives nothing there', () => {
    const denied = 'The Coast Front walked out of the talks on 3 March and did not return on 19 March.';
    const home = 'The Coast Front walked out of the talks on 3 March and its delegates returned home on 4 March.';
    const homeShared = 'The Coast Front walked out of the talks on 3 March and returned home on 4 March.';
    const visit = 'The envoy visited the harbour on 3 March and returned on 5 March.';
    for (const s of [denied, homeShared]) expect(found('2044-06-01', [[s]]).map(([text]) => text)).toEqual(['on 3 March']);
    expect(found('2044-06-01', [[visit]])).toEqual([['on 3 March', 'talks', '2044-03-03']]);
  });
});
