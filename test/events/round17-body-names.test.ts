// Round 17: a body named in full once in an article ("the Varsk Liberation Movement (VLM)", in a sentence that dates
// nothing) and by its head from then on ("the Movement") is that body in every statement of the article, so another
// article's "VLM said …" of the same day is the same speaker (speakers.ts, articleBodies with fullBodies).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../src/pipeline.js';
import type { TimelineEvent } from '../../src/types.js';
import { storyOf } from '../helpers/story-of.js';

const articlesOf = (events: TimelineEvent[], type: string, date: string) =>
  events.filter((e) => e.type === type && e.date === date).map((e) => [...new Set(e.sources.map((s) => s.article))].sort());

describe('round 17: a body named in full anywhere in its article is what its "the Movement" means', () => {
  const report = storyOf('report', '2041-06-02', [
    'The mediation between the government of Oskar and the Varsk Liberation Movement (VLM) began last year in Tennet.',
    'Harvest figures in the valley were the lowest in a decade.',
    'On 12 May, the Movement announced that it was suspending its participation, citing shelling near its villages.',
    'On 13 May the Movement denied responsibility for the ambush on the ring road.',
  ]);
  const wire = storyOf('wire', '2041-05-14', [
    'Trains ran late across the north on Tuesday.',
    'On 12 May the VLM said it would take no further part in the Tennet mediation until the shelling stopped.',
    'On 13 May the VLM denied killing the two customs officers on the ring road.',
  ]);

  it('joins the short form and the initials of one day', () => {
    const events = buildEvents([report, wire]);
    expect(articlesOf(events, 'statement', '2041-05-12')).toEqual([['report', 'wire']]);
    expect(articlesOf(events, 'statement', '2041-05-13')).toEqual([['report', 'wire']]);
    expect(articlesOf(buildEvents([wire, report]), 'statement', '2041-05-12')).toEqual([['report', 'wire']]);
  });

  it('a shorter name of the same body ("the Liberation Movement") is no second movement', () => {
    const both = storyOf('both', '2041-06-02', [
      'The Liberation Movement has fought the army since 2030; the Varsk Liberation Movement took that name in 2035.',
      'On 12 May, the Movement announced that it was suspending its participation.',
    ]);
    expect(articlesOf(buildEvents([both, wire]), 'statement', '2041-05-12')).toEqual([['both', 'wire']]);
  });

  it('not when the article names two movements: its "the Movement" is neither', () => {
    const two = storyOf('two', '2041-06-02', [
      'The Varsk Liberation Movement and the Orel Farmers Movement both sent envoys to Tennet.',
      'On 12 May, the Movement announced that it was suspending its participation.',
    ]);
    expect(articlesOf(buildEvents([two, wire]), 'statement', '2041-05-12')).toEqual([['two'], ['wire']]);
  });

  it('not another body of that head named in full elsewhere in its article', () => {
    const other = storyOf('other', '2041-06-02', [
      'The Orel Farmers Movement has its offices in Tennet.',
      'On 12 May, the Movement announced that it was suspending its participation.',
    ]);
    expect(articlesOf(buildEvents([other, wire]), 'statement', '2041-05-12')).toEqual([['other'], ['wire']]);
  });
});
