// Round 17 (issue 4): a log entry's timestamp took the talks its line announces for another day ("11 Jan 14:00 –
// Confirmation from …: third round of talks to open 22 Jan.", holdout14: talks on 11 January). The cues inside one
// phrase ("third round", "round of talks to open", "talks") are one development, the later date's. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

/** The kind at `at`, with the sentence's other date `other` passed as extraction passes it. */
function kind(sentence: string, at: string, other: string): string | null {
  const o = sentence.indexOf(other);
  return classifySentence(sentence, sentence.indexOf(at), undefined, [], [{ start: o, end: o + other.length }])?.type ?? null;
}

describe('round 17: one phrase of talks before a later date', () => {
  it("is the later date's, not the timestamp's", () => {
    const line = '03 Jun 09:30 – Confirmation from the capital: fourth round of talks to open 9 Jun.';
    expect(kind(line, '03 Jun 09:30', '9 Jun')).toBeNull();
    expect(kind(line, '9 Jun.', '03 Jun 09:30')).toBe('talks');
  });
  it('a development of its own between keeps the earlier date', () => {
    const s = 'The talks opened on 3 May, and shelling resumed on 9 May.';
    expect(kind(s, 'on 3 May', 'on 9 May')).toBe('talks');
    expect(kind(s, 'on 9 May', 'on 3 May')).toBe('attack');
  });
});
