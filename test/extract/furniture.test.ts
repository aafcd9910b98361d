import { describe, expect, it } from 'vitest';
import { describesPhoto, furnitureSentences, paragraphFurniture } from '../../src/extract/furniture.js';
import { isTarget } from '../../src/extract/extract-mentions.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { parseCalendarDate } from '../../src/calendar/calendar-date.js';
import type { Sentence } from '../../src/types.js';

describe('page furniture', () => {
  it.each([
    ['Read more: Ferry strike: unions walk out at Varn (3 May 2024)', 'label'],
    ['14:20 Read also: Rockets hit the old port', 'label'],
    ['Related coverage:', 'label'],
    ['Sign up for our evening bulletin, every weekday at 6pm.', 'label'],
    ['Get our islands briefing in your inbox every Friday.', 'label'],
    ['Sport: Varn Rovers beat Ostra 2-0 on Saturday.', 'label'],
    ['Weather: a storm is expected to hit the coast on Sunday.', 'label'],
    ['CORRECTION: An earlier version of this story said the talks opened on Monday.', 'notice'],
    ["Editor's note: this story was updated on 4 May to add the ministry's reply.", 'notice'],
    ['This article was amended on 5 May 2024 to correct the number of soldiers killed.', 'notice'],
    ['An earlier version of this report gave the wrong date for the bombing.', 'notice'],
    ['Rockets hit the Varn fuel depot (2 May 2024)', 'teaser'],
    ['Photo: Envoys shake hands in Varn on Monday.', 'caption'],
    ['Ostra harbour, 2 May 2024.', 'caption'],
  ])('%s → %s', (text, kind) => {
    expect(paragraphFurniture([text])).toBe(kind);
  });

  it.each([
    'The talks opened in Varn on Monday.',
    'Sports minister Ada Fenn met the envoy on Monday.',
    'Related talks in Ostra opened on Monday.',
    'The rockets hit the depot (the second attack this month) on 2 May.',
    'Weather delayed the talks on Monday.',
    'The correction of the border line was agreed on Monday.',
  ])('the report itself: %s', (text) => {
    expect(paragraphFurniture([text])).toBeUndefined();
  });

  it('a caption sentence in the present describes the picture; one in the past tells what happened', () => {
    expect(describesPhoto('Photo: Envoys shake hands before their first meeting in Varn on Monday.')).toBe(true);
    expect(describesPhoto('Soldiers leave the airfield, 28 August 2024.')).toBe(true);
    expect(describesPhoto('They met on Friday for two hours and agreed to open a hotline.')).toBe(false);
    const sentences: Sentence[] = [
      { index: 0, id: 's-0', paragraph: 0, text: 'Varn crossing, 28 March 2024.' },
      { index: 1, id: 's-1', paragraph: 0, text: 'Border commanders shake hands before their first meeting.' },
      { index: 2, id: 's-2', paragraph: 0, text: 'They met on Friday for two hours.' },
      { index: 3, id: 's-3', paragraph: 1, text: 'Read more: Talks open in Varn (4 May 2024)' },
      { index: 4, id: 's-4', paragraph: 2, text: 'The talks opened in Varn on Monday.' },
    ];
    expect([...furnitureSentences(sentences).keys()]).toEqual([0, 1, 3]);
  });
});

describe('a deadline a year ahead is a target, not a date', () => {
  const published = parseCalendarDate('2024-11-20')!;
  const first = (s: string) => resolveDates(s, published).dates[0]!;
  it.each([
    ['The mission will wind down by the middle of 2025.', true],
    ['Ostra will withdraw the rest of its soldiers by 2027.', true],
    ['The last rotation will leave by 14 May.', false],
    ['The last rotation will leave in 2025.', false],
    ['By 2019 all the foreign soldiers had left.', false],
  ])('%s → %s', (sentence, target) => {
    expect(isTarget(sentence, first(sentence))).toBe(target);
  });
});
