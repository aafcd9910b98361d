import { afterEach, describe, expect, it, vi } from 'vitest';
import { SMALL_HEAP, collectGarbage } from '../../src/site/collect-garbage.js';

const holder = globalThis as { gc?: () => void };
const original = holder.gc;

describe('collectGarbage', () => {
  afterEach(() => {
    holder.gc = original;
  });

  it('forces a collection only when the heap is large', () => {
    const gc = vi.fn();
    holder.gc = gc;
    expect(collectGarbage(SMALL_HEAP - 1)).toBe(false);
    expect(gc).not.toHaveBeenCalled();
    expect(collectGarbage(SMALL_HEAP * 2)).toBe(true);
    expect(gc).toHaveBeenCalledTimes(1);
  });

  it('does nothing without --expose-gc, however large the heap', () => {
    holder.gc = undefined;
    expect(collectGarbage(SMALL_HEAP * 4)).toBe(false);
  });
});
