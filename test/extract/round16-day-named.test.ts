// Sixteenth round (issue 4): a date followed by a clause naming its day by what else happened on it ("The second
// round opened on 11 March, on a morning when gunmen had already shot up a coastguard patrol boat", holdout11) tells
// that development too, on the same date. Sentences of our own, on an invented river border between Osk and Marvale.
import { describe, expect, it } from 'vitest';
import { pageOf } from '../helpers/article-of.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';


const kinds = (body: string) =>
  extractMentions(pageOf(body))
    .mentions.map((m) => [m.classification.type, formatIso(m.date.date)])
    .sort();

describe('round 16: a day named by what else happened on it', () => {
  it('tells that development on the same date', () => {
    expect(kinds('The second round opened on 11 March, on a morning when gunmen had already shot up a police boat off Varn.')).toEqual([
      ['attack', '2031-03-11'],
      ['talks', '2031-03-11'],
    ]);
    expect(kinds('The talks resumed on 4 May, the day rebels shelled the port.')).toEqual([
      ['attack', '2031-05-04'],
      ['talks', '2031-05-04'],
    ]);
  });

  it('not a day described by no development of ours, nor a day counted from another', () => {
    expect(kinds('The talks resumed on 4 May, a day of heavy rain.')).toEqual([['talks', '2031-05-04']]);
    expect(kinds('The talks resumed on 4 May, the day after rebels shelled the port.')).toEqual([
      ['attack', '2031-05-03'],
      ['talks', '2031-05-04'],
    ]);
  });
});
