// Round 17: a round of talks told only ahead of its day, which other tellings show held a week later, or whose own
// sentence says it was put off, is no event of its own (plans-not-kept.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../src/pipeline.js';
import type { TimelineEvent } from '../../src/types.js';
import { storyOf } from '../helpers/story-of.js';

const talks = (events: TimelineEvent[]) => events.filter((e) => e.type === 'talks').map((e) => e.date);

describe('round 17: plans not kept', () => {
  const preview = storyOf('preview', '2037-09-01', ['Delegates from Narvia and the river cantons met in Ostel on 28 August.', 'A third round is set for 15 September.']);
  const held = storyOf('held', '2037-09-24', ['The third round of the Ostel talks opened on 22 September, a week late.']);

  it('a round planned for a day and held a week later is one event, at the day it was held', () => {
    expect(talks(buildEvents([preview, held]))).toEqual(['2037-08-28', '2037-09-22']);
    expect(talks(buildEvents([held, preview]))).toEqual(['2037-08-28', '2037-09-22']);
  });

  it('a plan nothing contradicts stays', () => {
    expect(talks(buildEvents([preview]))).toEqual(['2037-08-28', '2037-09-15']);
  });

  it('a plan its own sentence says was put off is none', () => {
    const delay = storyOf('delay', '2037-09-16', ['The third round, which was due to open in Ostel on 15 September, has been postponed by a fortnight.']);
    expect(talks(buildEvents([delay]))).toEqual([]);
  });

  it('not another step of the sequence, nor a round held before the plan, nor one of other parties', () => {
    const fourth = storyOf('fourth', '2037-09-24', ['The fourth round of the Ostel talks opened on 22 September.']);
    expect(talks(buildEvents([preview, fourth]))).toEqual(['2037-08-28', '2037-09-15', '2037-09-22']);
    const before = storyOf('before', '2037-09-24', ['The third round of the Ostel talks opened on 10 September.']);
    expect(talks(buildEvents([preview, before]))).toEqual(['2037-08-28', '2037-09-10', '2037-09-15']);
    const plannedWith = storyOf('planned', '2037-09-01', ['A third round between Narvia and the cantons is set for 15 September.']);
    const others = storyOf('others', '2037-09-24', ['The third round of talks between Mayor Lisa Tamm and the taxi drivers opened on 22 September.']);
    expect(talks(buildEvents([plannedWith, others]))).toEqual(['2037-09-15', '2037-09-22']);
  });
});
