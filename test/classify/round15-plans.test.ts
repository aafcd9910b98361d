// Fifteenth round (issue 4): a plan told as the first of two ("had originally been scheduled for", "was initially due
// to") is a plan not kept; its date dates nothing (the read gold excludes such sentences: holdout6, holdout12).
// Sentences of our own.
import { describe, it } from 'vitest';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 15: a plan marked "originally" or "initially" was not kept', () => {
  it('dates nothing, with or without "had been"', () => {
    check(['The fourth round had originally been scheduled for 9 October.', '9 October', null]);
    check(['The summit was originally scheduled for 12 May.', '12 May', null]);
    check(['The talks had initially been due to open on Monday.', 'on Monday', null]);
    check(['The engineers were initially due to leave on 3 May but stayed until June.', 'on 3 May', null]);
  });

  it('but a plan kept, or a plan with no such word, still dates the development', () => {
    check(['The first round opened in Tarn on Monday, as originally planned.', 'on Monday', 'talks']);
    check(['The second round is scheduled for 12 May.', '12 May', 'talks']);
    check(['The delegations, who originally came from the hill villages, met the mediator on Friday.', 'on Friday', 'talks']);
  });
});
