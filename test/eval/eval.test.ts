// The whole pipeline on the seed articles must meet the eval targets (npm run eval prints the details).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pipelineExists = existsSync(fileURLToPath(new URL('../../src/pipeline.ts', import.meta.url)));

describe.skipIf(!pipelineExists)('eval on the seed articles', () => {
  it('meets the recall, precision and date-accuracy targets', async () => {
    // Imported here, not at the top, so this file loads even before the pipeline exists.
    const { CORPORA, evaluateCorpus, failedTargets, formatReport } = await import('../../scripts/eval.js');
    const result = await evaluateCorpus(CORPORA.find((c) => c.name === 'seeds')!);
    expect(result.unknownArticles).toEqual([]);
    expect(failedTargets(result.scores), formatReport(result)).toEqual([]);
  });

  it('runs on the eval articles and finds every article the gold names', async () => {
    const { CORPORA, evaluateCorpus } = await import('../../scripts/eval.js');
    const result = await evaluateCorpus(CORPORA.find((c) => c.name === 'eval')!);
    expect(result.unknownArticles).toEqual([]);
    expect(result.predicted.length).toBeGreaterThan(0);
  });
});
