// Fifteenth round (issue 4): a headline with its date after a dash and no full stop is a "Read next" teaser (the read
// gold excludes "Dunmere diary: a week under the drones - 8 February, 2029", holdout10; such links joined other
// stories' events in holdout10-holdout12). Lines of our own.
import { describe, expect, it } from 'vitest';
import { paragraphFurniture } from '../../src/extract/furniture.js';

describe('round 15: a headline dated after a dash', () => {
  it.each(['Ferry talks collapse in Orm as Delta Front walks out - 3 June, 2044', 'Rockets hit Velm fuel depot — 14 May 2044'])('%s is a teaser', (text) => {
    expect(paragraphFurniture([text])).toBe('teaser');
  });
  it.each(['The talks in Orm opened on Monday - 3 June.', 'Rebels shelled the port on 3 June - two days after the truce.'])('%s is the report', (text) => {
    expect(paragraphFurniture([text])).toBeUndefined();
  });
});
