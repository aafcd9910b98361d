// Round 19: "the next day" in a sentence that names back ("that raid", "this meeting") a development the sentence
// before told at its own date counts from that development's date, not from the latest date the story reached.
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string, published: string) =>
  extractMentions(pageOf(body, published)).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

const RAID =
  'The interior minister pledged on 9 October to send more police after militiamen killed three guards in a raid on the depot at Sorn on 6 October. The Delta Front claimed that raid the next day.';

describe('round 19: a development named back is what "the next day" counts from', () => {
  it('"claimed that raid the next day" counts from the raid, not from the later pledge', () => {
    const body =
      'The interior minister pledged on 9 October to send more police after militiamen killed three guards in a raid on the depot at Sorn on 6 October. The Delta Front claimed that raid the next day.';
    expect(found(body, '2031-10-20')).toContainEqual(['the next day', 'statement', '2031-10-07']);
  });

  it('without a named development, or when the noun names nothing the sentence before told, the story\'s latest date stays', () => {
    expect(found(RAID, '2031-10-20')).toContainEqual(['the next day', 'statement', '2031-10-07']);
    const plain =
      'The interior minister pledged on 9 October to send more police after militiamen killed three guards in a raid on the depot at Sorn on 6 October. The Delta Front spokesman denied it the next day.';
    expect(found(plain, '2031-10-20')).toContainEqual(['the next day', 'statement', '2031-10-10']);
    const other =
      'The interior minister pledged on 9 October to send more police after militiamen killed three guards in a raid on the depot at Sorn on 6 October. The Delta Front spokesman denied that report the next day.';
    expect(found(other, '2031-10-20')).toContainEqual(['the next day', 'statement', '2031-10-10']);
  });

  it('two developments of that name at two dates: which one is meant is not known, the story\'s latest date stays', () => {
    expect(found(RAID, '2031-10-20')).toContainEqual(['the next day', 'statement', '2031-10-07']);
    const body =
      'Militiamen raided the depot at Sorn on 6 October and the barracks at Velm in a second raid on 9 October. The Delta Front claimed that raid the next day.';
    expect(found(body, '2031-10-20')).toContainEqual(['the next day', 'statement', '2031-10-10']);
  });
});
