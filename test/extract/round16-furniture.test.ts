// Sixteenth round (issue 4): page furniture the read gold excludes and we dated — a "Most read:" strip of linked
// headlines, each dated in brackets and set apart by bars, and a transcript's title line (holdout13). Lines of our
// own, on an invented river border between Osk and Marvale.
import { describe, expect, it } from 'vitest';
import { paragraphFurniture } from '../../src/extract/furniture.js';

describe('round 16: a strip of linked headlines', () => {
  it.each([
    'Most read: Rebels shell Tarn port (3 May) | Envoy meets Osk leaders (6 May) | Weather warning for the coast',
    'Trending: Ferry talks stall in Varn (12 June 2031) | Drone downed over weir (14 June 2031)',
    'Marvale recalls its envoy (2 April) | Osk shells the weir (4 April) | Markets',
  ])('%s is furniture', (text) => {
    expect(paragraphFurniture([text])).toBeDefined();
  });

  it.each([
    '| 3 May | Rebels shell Tarn port (three dead) |',
    'Rebels shelled Tarn port on 3 May (see map) and the envoy met Osk leaders on 6 May.',
    'The ceasefire (signed on 3 May) held until the shelling of 6 May.',
  ])('%s is the report', (text) => {
    expect(paragraphFurniture([text])).toBeUndefined();
  });
});

describe("round 16: a record's title line", () => {
  it.each([
    'Transcript of the monthly press conference, Varn, Tuesday 12 May 2031, 14:30',
    'Minutes of the joint border commission, Osk, 3 June 2031',
    'Full transcript of the interview with General Ana Pell, 9 April 2031',
  ])('%s is furniture', (text) => {
    expect(paragraphFurniture([text])).toBe('label');
  });

  it.each([
    'The transcript of the press conference, released on 12 May 2031, shows the minister misspoke.',
    'Minutes of the commission were leaked on 3 June 2031.',
  ])('%s is the report', (text) => {
    expect(paragraphFurniture([text])).toBeUndefined();
  });
});
