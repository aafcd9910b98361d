// Round 20 mend E: misfires of the day's elided-noun, apposed-date, claimed-back and overnight rules, reproduced by a
// reviewer on sentences of its own (and ours like them). A bare figure counts troops only for the body that had them;
// a relative clause inside an apposition does not date what follows it; an irregular verb of attack is named back by
// its noun; a future "overnight" in an entry is the night ahead.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { withElidedNoun } from '../../src/extract/elided-noun.js';
import { stemOf } from '../../src/extract/named-back.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string, published: string) =>
  extractMentions(pageOf(body, published)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);
const cues = (body: string, published: string) => extractMentions(pageOf(body, published)).mentions.map((m) => m.classification.cue);
const troopLevels = (body: string, published: string) => found(body, published).filter(([type]) => type === 'troops');

describe('round 20 mend E: a bare figure of another body is no troop level', () => {
  it('"its air wing now has 12", "the clinic has 35" are no troop level', () => {
    expect(cues('The force peaked at 4,200 troops in October 2031, and its air wing now has 12.', '2032-05-10')).not.toContain('has 12');
    expect(cues('The mission had 4,200 troops in 2030; the field hospital now has about 40 beds in use and the clinic has 35.', '2032-05-10')).not.toContain('has 35');
    expect(withElidedNoun('the clinic has 35.', 'The mission had 4,200 troops in 2030; ')).toBeUndefined();
    expect(withElidedNoun('its air wing now has 12.', 'The force peaked at 4,200 troops in October 2031, and ')).toBeUndefined();
  });

  it('the same body, unsaid, a pronoun or its noun again, still has a level now', () => {
    expect(troopLevels('The force peaked at about 4,200 troops in October 2040 and now has around 3,750.', '2040-12-10')).toContainEqual(['troops', '2040-12-10']);
    expect(troopLevels('The force peaked at 4,200 troops in October 2031, and it now has 3,000.', '2032-05-10')).toContainEqual(['troops', '2032-05-10']);
    expect(troopLevels('The force peaked at 4,200 troops in October 2031, and the force now has 3,000.', '2032-05-10')).toContainEqual(['troops', '2032-05-10']);
    expect(withElidedNoun('the brigade now has 1,100.', 'The brigade reached 1,600 marines in March 2030; ')?.text).toBe('the brigade now has 1,100 marines.');
  });
});

describe('round 20 mend E: a relative clause inside an apposition', () => {
  // Monday 10 May 2032.
  const PUBLISHED = { year: 2032, month: 5, day: 10 };
  const dated = (sentence: string) => resolveDates(sentence, PUBLISHED).dates.map((d) => [d.text, formatIso(d.date)]);

  it('"who served", "who negotiated" do not send the main clause\'s future back', () => {
    expect(dated('The minister, a former general who served in Korendo, on Friday, will open talks with the rebels in Varlo.')).toContainEqual(['on Friday', '2032-05-14']);
    expect(dated('The envoy, a veteran who negotiated the last truce, on Tuesday, will meet the rebels in Varlo.')).toContainEqual(['on Tuesday', '2032-05-11']);
  });

  it('the apposition\'s own past verb still dates it', () => {
    expect(dated('The battery at Kell Point, the first we sent to Marra, on Friday, will be handed over in June.')).toContainEqual(['on Friday', '2032-05-07']);
    expect(dated('The company, the unit that flew in, on Tuesday, will guard the port.')).toContainEqual(['on Tuesday', '2032-05-04']);
  });
});

describe('round 20 mend E: a comment clause does not change whose the date is', () => {
  // The reviewer's "welcomed the meeting between the two leaders on 2 May, which it called overdue" gives the
  // statement as it does without the comment (round 11: a date after a stance's object is the stance's), and as
  // "denounced the shelling of the port on 3 June, which they described as a crime" does (round 20 mend B).
  const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;
  it('with or without the comment, the same reading', () => {
    const bare = 'The opposition welcomed the meeting between the two leaders on 2 May.';
    const commented = 'The opposition welcomed the meeting between the two leaders on 2 May, which it called overdue.';
    expect(kind(commented, 'on 2 May')).toBe(kind(bare, 'on 2 May'));
    expect(kind('The opposition welcomed the meeting between the two leaders on 2 May, which lasted four hours.', 'on 2 May')).toBe('talks');
  });
});

describe('round 20 mend E: an irregular verb of attack named back', () => {
  it('"denied the strike" counts from "struck", not the latest date', () => {
    const body = 'Jets struck a village near Brakka on 2 March. On 20 April the army bombed Tessaly. The ministry denied the strike the next day.';
    expect(found(body, '2032-05-10')).toContainEqual(['statement', '2032-03-03']);
    expect(found(body, '2032-05-10')).not.toContainEqual(['statement', '2032-04-21']);
  });

  it('shoot and shot, fight and fought share a stem; other words do not', () => {
    expect(stemOf('shot')).toBe(stemOf('shooting'));
    expect(stemOf('fought')).toBe(stemOf('fighting'));
    expect(stemOf('struck')).toBe(stemOf('strike'));
    expect(stemOf('struck')).not.toBe(stemOf('structure'));
  });

  it('two tellings that fit leave the story\'s date', () => {
    const body = 'Jets struck a village near Brakka on 2 March. On 20 April drones struck Tessaly. The ministry denied the strike the next day.';
    expect(found(body, '2032-05-10')).toContainEqual(['statement', '2032-04-21']);
  });
});

describe('round 20 mend E: a future "overnight" in an entry', () => {
  const BLOG = (line: string) => ['10 May 2032, 07:15', 'Rebels shelled the port of Varlo overnight, the army said.', '9 May 2032, 22:40', line].join('\n\n');
  it('is the night ahead: the next day', () => {
    const got = found(BLOG('The foreign minister said talks would resume overnight.'), '2032-05-10');
    expect(got).toContainEqual(['talks', '2032-05-10']);
    expect(got).not.toContainEqual(['talks', '2032-05-09']);
  });

  it('a past one is still the entry\'s own day', () => {
    const got = found(BLOG('The foreign minister said talks resumed overnight.'), '2032-05-10');
    expect(got).toContainEqual(['talks', '2032-05-09']);
    expect(got).toContainEqual(['attack', '2032-05-10']);
  });
});
