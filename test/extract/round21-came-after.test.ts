// Round 21: "The strike came two days after pirates fired on a tanker": a sentence with no date of its own, whose
// subject names back the development the sentence before dated, times it by the count; the anchor's own clause lies
// that many days before. Pages of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string, published: string) =>
  extractMentions(pageOf(body, published)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 21: a development that "came N days after" a clause', () => {
  it('dates the anchor clause that many days before the day the sentence before told', () => {
    expect(found('Jets bombed the rebel camps above Orsk on Saturday, 12 April 2031.\n\nThe raid came three days after gunmen ambushed a police convoy near the dam.', '2031-04-14')).toEqual([
      ['attack', '2031-04-12'],
      ['attack', '2031-04-09'],
    ]);
    expect(found('Mortars hit the airport at Velk on 20 May.\n\nIt came a week after rebels shelled the ferry landing at Osk.', '2031-05-22')).toEqual([
      ['attack', '2031-05-20'],
      ['attack', '2031-05-13'],
    ]);
    expect(found('A drone struck the fuel depot at Tarn on 3 June, officials said.\n\nThe attack on the depot followed two days after militiamen fired rockets at the barracks.', '2031-06-05')).toEqual([
      ['attack', '2031-06-03'],
      ['attack', '2031-06-01'],
    ]);
  });

  it('not when the subject is no development the sentence before told, nor when the sentence dates itself', () => {
    expect(found('The envoy met the rebel leader in Osk on 20 May.\n\nThe raid came a week after gunmen ambushed a police convoy.', '2031-05-22')).toEqual([['talks', '2031-05-20']]);
    expect(found('Mortars hit the airport at Velk on 20 May.\n\nThe rebels called the barrage revenge, three days after police raided their camp.', '2031-05-24')).toEqual([['attack', '2031-05-20']]);
    expect(found('Mortars hit the airport at Velk on 20 May.\n\nThe council met four days after rebels shelled the ferry landing.', '2031-05-24')).toEqual([['attack', '2031-05-20']]);
  });
});
