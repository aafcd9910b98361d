// Round 17b, review mends in extraction: the new date of a plan put off keeps its reading ("is now due to open on 18
// December"); a diary heading's place is a capitalised name, not a note ("Thursday 15 February, late evening").
// Sentences and pages of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { dayHeadings } from '../../src/extract/day-headings.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { postponedPlan } from '../../src/extract/postponed-plan.js';
import { articleOf } from '../helpers/article-of.js';

const found = (published: string, ...sentences: string[]) =>
  extractMentions(articleOf(published, sentences.map((s) => [s]))).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);
const plan = (sentence: string, date: string) => postponedPlan(sentence, sentence.indexOf(date), date);

describe('round 17b: the new date of a plan put off', () => {
  it('"now due", "now set for", "newly scheduled for" is the plan as it stands: kept', () => {
    expect(plan('The fourth session of the Korvel talks, put back last month, is now due to open on 9 March.', 'on 9 March')).toBe(false);
    expect(plan('The session was postponed from 2 March and is now set for 9 March.', '9 March')).toBe(false);
    expect(plan('The session, delayed by the storm, was newly scheduled for 9 March.', '9 March')).toBe(false);
    expect(found('2029-02-20', 'The fourth session of the Korvel talks, put back last month, is now due to open on 9 March.')).toEqual([['on 9 March', 'talks', '2029-03-09']]);
    expect(found('2029-02-20', 'The Korvel talks were delayed from 2 March and will now open on 9 March.')).toEqual([['on 9 March', 'talks', '2029-03-09']]);
  });

  it('the old date still gives nothing, "now" or not', () => {
    expect(plan('The session was postponed from 2 March and is now set for 9 March.', '2 March')).toBe(true);
    expect(plan('The Korvel talks, now postponed from 2 March, open on 9 March.', '2 March')).toBe(true);
    expect(plan('The fourth session, due on 2 March, was put back a week.', 'on 2 March')).toBe(true);
    expect(found('2029-02-20', 'The fourth session of the Korvel talks, due on 2 March, was put back a week.')).toEqual([]);
  });
});

describe('round 17b: the place on a day heading is capitalised', () => {
  const headings = (...paragraphs: string[]) => [...dayHeadings(paragraphs.join('\n\n'), { year: 2027, month: 5, day: 8 }).keys()];
  it('"Monday 3 May, late evening" is no heading', () => {
    expect(headings('Monday 3 May, late evening', 'Gunners shelled the landing.', 'Wednesday 5 May, early on', 'The envoy met the commander.')).toEqual([]);
    expect(headings('Monday 3 May, late evening', 'Gunners shelled the landing.', 'Wednesday 5 May', 'The envoy met the commander.')).toEqual([]);
  });
  it('a capitalised place, a line all in capitals, or a bracketed note still is', () => {
    expect(headings('Monday 3 May, Velk', 'Gunners shelled the landing.', 'Wednesday 5 May, Port Osk', 'The envoy met the commander.')).toEqual([1, 3]);
    expect(headings('MONDAY 3 MAY, VELK', 'Gunners shelled the landing.', 'WEDNESDAY 5 MAY (late)', 'The envoy met the commander.')).toEqual([1, 3]);
  });
});
