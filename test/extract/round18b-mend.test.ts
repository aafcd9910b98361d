// Round 18b: a day counted on from an earlier date finds the cue it shares as whole words, not inside another word
// ("met" in "helmet"), so the shared verb is not taken for a verb of its own. Sentences of our own, published
// 20 September 2031.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const found = (...sentences: string[]) =>
  extractMentions(articleOf('2031-09-20', sentences.map((s) => [s]))).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

describe('round 18b: the cue of a day counted on, as whole words', () => {
  it('"met" is not found in "helmet": the next day\'s meeting shares the verb', () => {
    expect(found('12 March - The commander of the helmet units met the mayor in Kesh, and the governor the next day.')).toEqual([
      ['12 March', 'talks', '2031-03-12'],
      ['the next day', 'talks', '2031-03-13'],
    ]);
  });
});
