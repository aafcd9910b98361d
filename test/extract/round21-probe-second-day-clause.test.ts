// Round 21 probes: talks "going on" the day after talks dated to the day are that round's next day, but only when the
// going-on word is in the mention's own clause: "The summit resumes tomorrow, and the two leaders sign a pact on
// Saturday" keeps the signing. Pages of our own; Thursday 18 September 2031 is publication.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string) => extractMentions(pageOf(body, '2031-09-18')).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 21: a second day of talks is read in its own clause', () => {
  it('keeps a signing in a clause of its own', () => {
    expect(found('The regional summit opened in the port on Friday, 19 September 2031.\n\nThe summit resumes on Saturday morning, and the two presidents sign a border pact on Sunday.')).toEqual([
      ['talks', '2031-09-19'],
      ['talks', '2031-09-21'],
    ]);
  });

  it('still takes back the going-on day itself', () => {
    expect(found('The regional summit opened in the port on Friday, 19 September 2031.\n\nThe delegations sit down again on Saturday.')).toEqual([['talks', '2031-09-19']]);
  });
});
