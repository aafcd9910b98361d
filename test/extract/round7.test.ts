// Seventh round of extraction rules, on captions of our own: a caption's photo date is its header's; another day
// in it dates what it is attached to, and what lies ahead is no picture.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { dayOfYear, describesPhoto, photoDates, toldInCaption } from '../../src/extract/furniture.js';
import type { Article } from '../../src/types.js';
import { articleOf } from '../helpers/article-of.js';

const article = articleOf;
const found = (a: Article) => extractMentions(a).mentions.map((m) => [m.sentence, m.date.text, m.classification.type]);

describe('round 7 captions', () => {
  it('reads the month and day a date names', () => {
    expect(dayOfYear('on the night of 18 February')).toEqual({ month: 2, day: 18 });
    expect(dayOfYear('Feb. 6')).toEqual({ month: 2, day: 6 });
    expect(dayOfYear('in March')).toEqual({ month: 3 });
    expect(dayOfYear('on Friday')).toBeUndefined();
  });

  it("takes the photo's date from a place-and-date header", () => {
    const a = article('2024-05-20', [['Pell, 4 May 2024.', 'Children play by the harbour.'], ['No header here.']]);
    expect([...photoDates(a.sentences)]).toEqual([[0, { month: 5, day: 4 }]]);
  });

  it("a day other than the photo's dates what it names; the photo's own day does not", () => {
    const s = 'Traders sweep up glass in the market after a grenade attack on the night of 3 May.';
    expect(toldInCaption(s, s.indexOf('3 May'), { month: 5, day: 4 }, '3 May')).toBe(true);
    expect(toldInCaption(s, s.indexOf('3 May'), { month: 5, day: 3 }, '3 May')).toBe(false);
    expect(toldInCaption(s, s.indexOf('3 May'))).toBe(false);
  });

  it('a caption telling what lies ahead describes no picture', () => {
    expect(describesPhoto('The last group is due to fly out on 12 March.')).toBe(false);
    expect(describesPhoto('Observers load their kit bags at the airfield.')).toBe(true);
  });

  it('in a photo essay, the attack of the day before yields an event; the photo of the day itself none', () => {
    const a = article('2024-05-20', [
      ['Pell, 4 May 2024.', 'Traders sweep up glass in the market after a grenade attack on the night of 3 May.'],
      ['Pell, 13 May 2024.', 'Delegates pose for a picture before their meeting on 13 May.'],
    ]);
    expect(found(a)).toEqual([[1, '3 May', 'attack']]);
  });
});

describe('round 8: a pasted page', () => {
  it("the headline repeated in the body is no sentence of the report", () => {
    const a = { ...article('2026-01-09', [['Rebels boycott talks after drone strike on Monday'], ['Rebels said on Thursday they would boycott the talks.']]), title: 'Rebels boycott talks after drone strike on Monday' };
    expect(found(a).map(([s]) => s)).toEqual([1]);
  });
});
