// Round 21 probes: a caption ends in its agency and photographer between brackets ("[Northwire/Ana Voss]"); its
// present tense describes the picture, so a weekday in it dates no timetable ahead (a timetable's simple present
// elsewhere still does). Pages of our own; Wednesday 17 September 2031 is publication.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { paragraphFurniture } from '../../src/extract/furniture.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string, published: string) =>
  extractMentions(pageOf(body, published)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 21: a caption with a bracketed credit', () => {
  it('is a caption', () => {
    expect(paragraphFurniture(['Marines wade ashore at the river port on Monday [Northwire/Ana Voss]'])).toBe('caption');
    expect(paragraphFurniture(['Engineers leave the airfield on Tuesday morning (Orla Press/Getty Images)'])).toBe('caption');
    expect(paragraphFurniture(['The president visits the flooded delta on Sunday [Daily Current/Tom Rees]'])).toBe('caption');
  });

  it('is no caption without the slashed credit at its end', () => {
    expect(paragraphFurniture(['The last engineers leave the airfield on Friday, a spokesman said.'])).toBeUndefined();
    expect(paragraphFurniture(['The two armies [north/south] pull out on Friday, the treaty says.'])).toBeUndefined();
  });

  it('its timetable present dates nothing; the same words in the report look ahead', () => {
    expect(found('The last 250 soldiers leave the airfield on Monday [Northwire/Ana Voss]\n\nThe last 250 soldiers pulled out of the airfield on Monday, ending a six-year deployment.', '2031-09-17')).toEqual([
      ['troops', '2031-09-15'],
    ]);
    expect(found('The last 250 soldiers leave the airfield on Friday, the ministry said.', '2031-09-17')).toEqual([['troops', '2031-09-19']]);
  });
});
