// A full garbage collection between the build's stages, when Node runs with --expose-gc (`npm run build` does; tests
// and `npm start` do not, and then this does nothing). V8 grew the heap rather than collect a finished stage's
// garbage, so the next stage's peak stacked on it: between Eleventy's page runs (5,000 articles: 0.93 → 1.62 GB over
// eight runs, 1.05 GB with this), after extraction and merging, and between exports (issue 8, BENCHMARKS.md).
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
