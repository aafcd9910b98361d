// Round 17: a round of talks or a troop move told only ahead of its day, which other tellings show came a week later, or
// whose own sentence says it was put off, is no event of its own (plans-not-kept.ts).
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

describe('round 17: troop moves planned and made later', () => {
  const troops = (events: TimelineEvent[]) => events.filter((e) => e.type === 'troops').map((e) => e.date);
  const plan = storyOf('plan', '2037-04-02', ['The Selmani signals company is due to leave Port Ardo on 20 April.']);

  it('a departure planned for a day and made two weeks later is one event, at the day it was made', () => {
    const left = storyOf('left', '2037-05-06', ['The Selmani signals company left Port Ardo on 4 May, after two years at the harbour.']);
    expect(troops(buildEvents([plan, left]))).toEqual(['2037-05-04']);
    expect(troops(buildEvents([left, plan]))).toEqual(['2037-05-04']);
  });

  it('a plan its own sentence says came late is none', () => {
    const late = storyOf('late', '2037-05-20', ['The Selmani signals company, due home on 20 April, flew out two weeks late.']);
    expect(troops(buildEvents([late]))).toEqual([]);
  });

  it('not an arrival, another unit, or a plan nothing contradicts', () => {
    expect(troops(buildEvents([plan]))).toEqual(['2037-04-20']);
    const arrived = storyOf('arrived', '2037-05-06', ['A Selmani signals company arrived at Port Ardo on 4 May.']);
    expect(troops(buildEvents([plan, arrived]))).toEqual(['2037-04-20', '2037-05-04']);
    const other = storyOf('other', '2037-05-06', ['The Dravish engineer battalion left Kessel on 4 May.']);
    expect(troops(buildEvents([plan, other]))).toEqual(['2037-04-20', '2037-05-04']);
  });
});
