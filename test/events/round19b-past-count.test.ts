// Round 19b: a past-tense telling counted from a development ("The raid came ten days after the talks") lands before
// publication: an anchor whose count from it would reach past the article's own date is not that telling's anchor.
import { describe, expect, it } from 'vitest';
import { storyOf } from '../helpers/story-of.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { resolveRelative } from '../../src/events/resolve-relative.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function anchored(articles: Article[]): string[] {
  const extracted = articles.map((a) => extractMentions(a));
  const published = new Map(articles.map((a) => [a.slug, { year: +a.published.slice(0, 4), month: +a.published.slice(5, 7), day: +a.published.slice(8, 10) }]));
  const resolved = resolveRelative(extracted.flatMap((e) => e.relative), mergeMentions(extracted.flatMap((e) => e.mentions)), published);
  return resolved.map((m) => `${m.classification.type} ${formatIso(m.date.date)}`);
}

describe('round 19b: a past count never lands after publication', () => {
  it('skips an anchor too late for the count', () => {
    const story = storyOf('meddow', '2046-06-25', ['The talks at Meddow, on 20 June, broke up early.', 'The raid on the river port came ten days after the talks.']);
    expect(anchored([story])).toEqual([]);
  });

  it('still counts from an anchor early enough', () => {
    const story = storyOf('meddow', '2046-06-25', ['The talks at Meddow, on 10 June, broke up early.', 'The raid on the river port came ten days after the talks.']);
    expect(anchored([story])).toEqual(['attack 2046-06-20']);
  });
});
