// A last read of round 16's kinds (issue 4): cues it added that misfired on ordinary English. Sentences of our own
// (an invented river border between Osk and Marvale), published on 20 May 2031.
import { describe, expect, it } from 'vitest';
import { pageOf } from '../helpers/article-of.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';


const kinds = (body: string) => extractMentions(pageOf(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('going somewhere is a visit only when a person or delegation goes', () => {
  it('a minister going to a camp, also named in apposition, visits it', () => {
    expect(kinds('The Osk defence minister, Ada Rast, went to Camp Orla on 3 May.')).toEqual([['talks', '2031-05-03']]);
    expect(kinds('Rast went to Camp Orla on 3 May.')).toEqual([['talks', '2031-05-03']]);
  });

  it('not a prize, a case or a shipment going to someone', () => {
    expect(kinds('The prize went to Mira Dov on Monday.')).toEqual([]);
    expect(kinds('The first grain shipment went to Orla on 3 May.')).toEqual([]);
  });
});

describe('standing beside someone is a meeting, standing alongside a country is not', () => {
  it('a leader who stood beside a visitor met them', () => {
    expect(kinds('President Ana Pell stood beside the visiting premier, Ivo Marr, in Varn on Monday.')).toEqual([['talks', '2031-05-19']]);
  });

  it('the present "stands alongside" of solidarity is no meeting', () => {
    expect(kinds('Marvale stands alongside Osk, the minister said on Monday.')).toEqual([['statement', '2031-05-19']]);
  });
});

describe('troops being home', () => {
  it('a battalion that "was home to" something is no return; one home by a date is', () => {
    expect(kinds('The Osk battalion was home to a brass band in 2019.')).toEqual([]);
    expect(kinds('The Osk battalion was home by 3 May.')).toEqual([['troops', '2031-05-03']]);
  });
});

describe('a body meeting on its own is no talks, but one meeting someone is', () => {
  it('an adverb after "met" does not hide who was met, nor does a place before "with"', () => {
    expect(kinds('The security committee met again with rebel commanders on Friday.')).toEqual([['talks', '2031-05-16']]);
    expect(kinds('The security committee met in Kesh on Friday with rebel commanders.')).toEqual([['talks', '2031-05-16']]);
  });

  it('a joint commission meeting is talks between its parties', () => {
    expect(kinds('The joint ceasefire commission met in Kesh on 3 May.')).toEqual([['talks', '2031-05-03']]);
  });

  it('a council sitting to decide is still none', () => {
    expect(kinds('The council meets in June to decide how long the mission should stay.')).toEqual([]);
  });
});
