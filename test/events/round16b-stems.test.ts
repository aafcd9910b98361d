// Round 16b: a word and its inflections meet at one stem, short words too ("vote" / "voted"), so an anchor named by
// a noun finds the development told by its verb (mention-evidence.ts, stem).
import { describe, expect, it } from 'vitest';
import { storyOf } from '../helpers/story-of.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { terms } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { resolveRelative } from '../../src/events/resolve-relative.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

const article = storyOf;

function anchored(articles: Article[]): string[] {
  const extracted = articles.map((a) => extractMentions(a));
  const published = new Map(articles.map((a) => [a.slug, { year: +a.published.slice(0, 4), month: +a.published.slice(5, 7), day: +a.published.slice(8, 10) }]));
  const resolved = resolveRelative(extracted.flatMap((e) => e.relative), mergeMentions(extracted.flatMap((e) => e.mentions)), published);
  return resolved.map((m) => `${m.article}: ${m.date.qualifier ?? ''} ${formatIso(m.date.date)}`);
}

const shared = (a: string, b: string) => [...terms(a)].filter((t) => terms(b).has(t));

describe('round 16b: a four-letter word meets its inflections', () => {
  it('"vote" meets "voted", "votes" and "voting"; "fire" meets "fired"', () => {
    expect(shared('the vote', 'senators voted')).toEqual(['vot']);
    expect(shared('after the votes', 'voting began')).toEqual(['vot']);
    expect(shared('the fire', 'gunmen fired')).toEqual(['fir']);
  });

  it('never to a stem of fewer than three letters, and "news" is not "new"', () => {
    expect([...terms('a ring road')]).toEqual(['ring', 'road']);
    expect(shared('the aid they need', 'the needed aid')).toEqual(['aid', 'need']);
    expect([...terms('the uses of aid')]).toEqual(['uses', 'aid']);
    expect(shared('a news conference', 'a new conference')).toEqual(['conferenc']);
  });

  it('an anchor named by the noun finds the development its verb tells', () => {
    const story = article('senate', '2029-05-06', [
      'The last 300 Tarnow troops left the Lusk valley on 4 May, after senators voted.',
      'A rocket hit the senate chamber hours before the vote, police said.',
    ]);
    expect(anchored([story]).filter((line) => line.includes('before'))).toEqual(['senate: before 2029-05-04']);
  });
});
