// Phrases that must yield nothing: durations, vague spans, habits, times of day alone, counts, ages, reading
// times, ordinals, and words that only look like dates. chrono finds several of them; the refiners drop them.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { day } from './cases.js';

const sentences = [
  'The talks lasted for two years before collapsing.',
  'In the past few months, militias have stepped up their attacks.',
  'Attacks on convoys have grown in recent weeks.',
  'In the last few months, the group has regrouped in the desert.',
  'The move comes amid near daily rocket fire on the bases.',
  'Militia members gather outside the base every Tuesday.',
  'Within 24 hours, the ceasefire had broken down.',
  'The curfew runs for 24 hours.',
  'The rockets landed at 3 pm.',
  'Shops close at noon.',
  '2 min read',
  'The suspect, aged 45, was arrested.',
  'The 45-year-old man was detained.',
  'There are 2,500 soldiers stationed at the base.',
  'Nearly 60 percent of the coalition forces have left.',
  'Militants fired 14 rockets at the airbase.',
  'The first round ended without agreement.',
  'Phase 2 of the withdrawal begins soon.',
  'Protesters will march to the embassy.',
  'Theresa May said the deal was dead.',
  'The prime minister may visit the capital.',
  'The 9/11 attacks changed the region.',
  'The newsroom runs 24/7.',
  'One in three residents, or 1/3 of the town, has fled.',
  'Good Friday prayers were held in the old city.',
  'Three days later, the militia struck again.',
  'The day before, officials met in secret.',
  'The ceasefire took effect the following day.',
  'Over the past week, fuel queues have grown.',
  'The delegates sat down for lunch.',
  'The Sun reported the story first.',
  'The council voted 150-3 in favour.',
  'Resolution 2334 was adopted unanimously.',
  'About 2000 troops remain in the country.',
  'The deal could be reached in two weeks.',
  'This brief updates Policy Brief 9/2021.',
  'The base has been attacked repeatedly over the past two years.',
  'Forces will remain for the next few months.',
];

describe('negative cases', () => {
  for (const s of sentences) {
    it(s, () => {
      expect(resolveDates(s, day('2021-04-19'))).toEqual({ dates: [], relative: [] });
    });
  }
});
