// Fifteenth round (issue 4): a masthead or document header written as short fields between middle dots is page
// furniture (the read gold excludes a meetings-coverage header with the session date, holdout12). Lines of our own.
import { describe, expect, it } from 'vitest';
import { paragraphFurniture } from '../../src/extract/furniture.js';

describe('round 15: a line of fields between middle dots', () => {
  it.each([
    'Meetings Coverage · Harbour Council · 52nd Session (AM) · HC/M/52 · 4 June 2044',
    'VELM RADIO · EVENING NEWS · TUESDAY 3 MAY 2044',
    'Published 3 May 2044 · Updated 4 May 2044, 10:12',
    'Quarterly Review · No. 7 · Spring 2044',
  ])('%s is furniture', (text) => {
    expect(paragraphFurniture([text])).toBe('label');
  });

  it.each([
    // Prose, even with a middle dot, and a sentence with a full stop, stay the report.
    'The council met on 4 June · the first time since the bombing of the harbour in March, when eleven people died in the market.',
    'Talks · resumed in Velm on Monday · after a month.',
    'The envoys met in Velm on Monday and agreed to meet again on Friday.',
  ])('%s is not', (text) => {
    expect(paragraphFurniture([text])).toBeUndefined();
  });
});
