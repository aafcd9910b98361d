// A full garbage collection between the build's stages, when Node runs with --expose-gc (`npm run build` does; tests
// and `npm start` do not, and then this does nothing). V8 grew the heap rather than collect a finished stage's
// garbage, so the next stage's peak stacked on it: between Eleventy's page runs (5,000 articles: 0.93 → 1.62 GB over
// eight runs, 1.05 GB with this), after extraction and merging, and between exports (issue 8, BENCHMARKS.md).
// Below SMALL_HEAP there is no peak worth lowering, and each forced collection still costs 50–200 ms: the five-article
// build made eight of them on a 60 MB heap, about a fifth of its CPU time.

/** Heap in use (bytes) below which a forced collection is skipped. */
export const SMALL_HEAP = 256 * 1024 * 1024;

/** Collects now if the heap is large enough for it to pay; returns whether it did. */
export function collectGarbage(heapUsed: number = process.memoryUsage().heapUsed): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc || heapUsed < SMALL_HEAP) return false;
  gc();
  return true;
}
