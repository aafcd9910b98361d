// Sixteenth round (issue 4): a development named as a state dated only by "now" ("I think the talks are the only
// thing that matters now", holdout13; "the drawdown now under way", holdout7), and one named as the topic of a
// briefing ("The Minister will brief the council on the talks on 8 April", holdout13), tell no development at their
// dates. Sentences of our own, on an invented river border between Osk and Marvale.
import { describe, expect, it } from 'vitest';
import { pageOf } from '../helpers/article-of.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';


const kinds = (body: string) => extractMentions(pageOf(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 16: a development named as a state of "now"', () => {
  it.each([
    'I think the negotiations are the only hope now.',
    'Below are the main moments, from the first patrol to the withdrawal now under way.',
    'Frankly, the ceasefire is all anyone in Osk cares about now.',
  ])('%s tells nothing', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('a troop figure of now, and a development on a day, stay', () => {
    expect(kinds('About 450 soldiers remain now.')).toEqual([['troops', '2031-05-20']]);
    expect(kinds('I think the negotiations of 3 May were the only hope.')).toEqual([['talks', '2031-05-03']]);
  });
});

describe('round 16: a development as the topic of a briefing', () => {
  it.each(['The envoy will brief the assembly on the negotiations on 3 June.', 'The minister briefed MPs on Tuesday about the shelling.'])('%s tells nothing', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('a development dated inside the topic, or a briefing that is itself a meeting, stays', () => {
    expect(kinds('She updated reporters about the raid of 2 May.')).toEqual([['attack', '2031-05-02']]);
    expect(kinds('The envoy will meet the assembly on 3 June to discuss the negotiations.')).toContainEqual(['talks', '2031-06-03']);
  });
});
