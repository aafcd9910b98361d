// Sixteenth round (issue 4): a saying made at a development ("said at the handover on 15 May that …", holdout12;
// "said on 31 March, during a visit to Camp Halden, that …", holdout13) tells that development on the same date as
// well as the statement. Sentences of our own, on an invented river border between Osk and Marvale.
import { describe, expect, it } from 'vitest';
import { pageOf } from '../helpers/article-of.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';


const kinds = (body: string) =>
  extractMentions(pageOf(body))
    .mentions.map((m) => [m.classification.type, formatIso(m.date.date)])
    .sort();

describe('round 16: the occasion of a saying', () => {
  it('a handover or a visit a saying was made at took place on its date', () => {
    expect(kinds('The brigadier said at the handover on 15 May that more posts would follow.')).toEqual([
      ['statement', '2031-05-15'],
      ['troops', '2031-05-15'],
    ]);
    expect(kinds('The Osk minister said on 3 May, during a visit to the border camp, that the crossing would reopen.')).toEqual([
      ['statement', '2031-05-03'],
      ['talks', '2031-05-03'],
    ]);
  });

  it('a development only talked about, or an occasion of none of our kinds, adds nothing', () => {
    expect(kinds('The brigadier said on 15 May that the handover would come later.')).toEqual([['statement', '2031-05-15']]);
    expect(kinds('The minister said at a dinner on 3 May that the crossing would reopen.')).toEqual([['statement', '2031-05-03']]);
    expect(kinds('The minister said on 3 May that during the visit nothing was agreed.')).toEqual([['statement', '2031-05-03']]);
  });
});
