// Round 21 probes: a date that modifies the noun a saying is about ("said of the February session", "speaking of the
// 2029 ceasefire", "wrote about Tuesday's raid") dates that topic, never the saying; the topic keeps its date when its
// own words tell a development. A date after the noun, or the saying's own date, is untouched. Pages of our own;
// Wednesday 12 March 2031 is publication.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string) => extractMentions(pageOf(body, '2031-03-12')).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 21: the date of what a saying is about', () => {
  it('gives the saying no date', () => {
    expect(found('The chief negotiator said of the February session that it had been the hardest of his career.')).toEqual([]);
    expect(found('Speaking of the 2029 accord, the foreign minister said it had kept the border quiet.')).toEqual([]);
    expect(found('The archbishop wrote about the January vigil that it had given the town hope.')).toEqual([]);
  });

  it('dates the topic when it is a development', () => {
    expect(found('The governor said of the March 3 bombing that it would not derail the talks.')).toEqual([['attack', '2031-03-03']]);
    expect(found('Talking about Tuesday’s ambush, the colonel said his men had been betrayed.')).toEqual([['attack', '2031-03-11']]);
  });

  it('leaves a saying dated on its own, and a date after the noun', () => {
    expect(found('The governor said on Tuesday that the bridge would reopen.')).toEqual([['statement', '2031-03-11']]);
    expect(found('The envoy spoke of the May talks as a turning point, the ministry said on Monday.')).toEqual([['statement', '2031-03-10']]);
    expect(found('The minister spoke about the crisis on Monday in a radio interview.')).toEqual([['statement', '2031-03-10']]);
  });
});
