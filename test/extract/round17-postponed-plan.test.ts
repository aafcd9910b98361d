// Round 17: the date of a plan that the same sentence says was put back, put off or called off dates no development.
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { postponedPlan } from '../../src/extract/postponed-plan.js';
import { articleOf } from '../helpers/article-of.js';

const found = (published: string, ...sentences: string[]) =>
  extractMentions(articleOf(published, sentences.map((s) => [s]))).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);
const plan = (sentence: string, date: string) => postponedPlan(sentence, sentence.indexOf(date), date);

describe('round 17: a plan put off in its own sentence', () => {
  it('"due on", "scheduled to open on", "set for", "postponed from": the plan\'s day is no talks', () => {
    expect(plan('The third session, due on 4 June, was postponed by the mediators.', 'on 4 June')).toBe(true);
    expect(plan('The mediators said on 1 June that the session scheduled to open on 4 June would be pushed back a fortnight.', 'on 4 June')).toBe(true);
    expect(plan('The summit set for 9 September has been called off.', '9 September')).toBe(true);
    expect(plan('The vote, delayed from 3 May, was held on a wet Sunday.', '3 May')).toBe(true);
  });

  it('the plan\'s day yields nothing; the new date and the day of the putting off keep theirs', () => {
    const told = found('2029-06-20', 'The third session of the Korvel talks, due on 4 June, was put back to 11 June by the mediators on 30 May.');
    expect(told.map((row) => row[0])).toEqual(['11 June', 'on 30 May']);
    expect(found('2029-05-20', 'The third session of the Korvel talks is due on 4 June.')).toEqual([['on 4 June', 'talks', '2029-06-04']]);
  });

  it('not a plan that goes ahead, nor a "due to" of cause, nor a plan with no putting off', () => {
    expect(plan('The session due on 4 June will not be postponed, the mediators insisted.', 'on 4 June')).toBe(false);
    expect(plan('The final was postponed due to rain on Saturday.', 'on Saturday')).toBe(false);
    expect(plan('The third session is due on 4 June.', 'on 4 June')).toBe(false);
    expect(plan('The session due on 4 June opened on time; the vote on the budget was postponed.', 'on 4 June')).toBe(false);
  });
});
