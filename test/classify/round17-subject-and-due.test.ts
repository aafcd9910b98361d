// Round 17 (issue 4), tellings of another kind: a relative clause between a handed-over post and its verb hid the
// post ("The guard posts at the … tunnel, where two … soldiers were killed on 2 February, will pass to the … Police by
// mid-May", holdout13, read as the killing's); a negotiator "due at" a place is a visit told ahead ("… defence
// minister, …, is due at the camp on Saturday 24 February", holdout14, nothing). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 17: a relative clause between a post and its verb', () => {
  it('is skipped to find the post handed over', () => {
    expect(kind('The guard posts at the Pell tunnel, where two soldiers were killed on 2 February, will pass to the Norlandic Railway Police by mid-May.', 'by mid-May')).toBe('troops');
    expect(kind('The checkpoint at Osk, which the rebels shelled in March, was handed over to the army on 3 May.', 'on 3 May')).toBe('troops');
  });
  it('the killing in it keeps its own date', () => {
    expect(kind('The guard posts at the Pell tunnel, where two soldiers were killed on 2 February, will pass to the Norlandic Railway Police by mid-May.', 'on 2 February')).toBe('attack');
  });
});

describe('round 17: a negotiator due at a place', () => {
  it('is a visit', () => {
    expect(kind("Norland's defence minister, Ada Brisk, is due at the camp on Saturday 24 February; the soldiers are betting on news of a homecoming.", 'on Saturday 24 February')).toBe('talks');
  });
  it('not a time, a court, or a thing due', () => {
    expect(kind('The payment is due at the end of June.', 'at the end of June')).toBeNull();
    expect(kind('The minister is due in court on 3 May.', 'on 3 May')).toBeNull();
    expect(kind('The envoy is due at the end of June.', 'at the end of June')).toBeNull();
  });
});
