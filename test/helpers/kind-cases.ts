// A kind case: a sentence, the date expression in it, and the kind (and CAMEO code) the classifier should give the
// development that date dates; null when it dates none of our kinds.
import { expect } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import type { EventType } from '../../src/types.js';

export type KindCase = [sentence: string, date: string, type: EventType | null, cameo?: string];

export function checkKind([sentence, date, type, cameo]: KindCase): void {
  const near = sentence.indexOf(date);
  expect(near, `"${date}" is in the sentence`).toBeGreaterThanOrEqual(0);
  const result = classifySentence(sentence, near);
  if (type === null) {
    expect(result, sentence).toBeNull();
    return;
  }
  expect(result?.type, sentence).toBe(type);
  if (cameo) expect(result?.cameo, sentence).toBe(cameo);
}
